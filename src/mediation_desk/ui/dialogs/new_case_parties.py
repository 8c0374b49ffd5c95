"""The parties table of the new-case form and the parties behind its rows.

Each entry keeps what the party dialog handed back: ``data`` (the PartyInput dict sent to the
service), ``display`` (masked values for the table) and ``form`` (the dialog's state, so the
party can be edited again and kept in the draft)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from mediation_desk.domain.enums import PartyRole
from mediation_desk.domain.errors import DomainError, ValidationErrors
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs.party_choices import gender_text
from mediation_desk.ui.field_errors import MARK
from mediation_desk.ui.i18n import current_language
from mediation_desk.wording import messages

Entry = dict[str, Any]
_PARTY_PATH = re.compile(r"parties\[(\d+)\](?:\.(.+))?$")


def party_index(field: str | None) -> tuple[int, str] | None:
    """``parties[1].person.id_number`` → (1, "person.id_number")."""
    match = _PARTY_PATH.match(field or "")
    return (int(match[1]), match[2] or "") if match else None


class PartyList(QObject):
    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self._table = table
        self.entries: list[Entry] = []
        self._problems: dict[int, list[DomainError]] = {}

    # Contents -----------------------------------------------------------------------------

    def set_entries(self, entries: list[Entry]) -> None:
        self.entries = [dict(e) for e in entries]
        self._problems.clear()
        self._refresh()

    def put(self, row: int | None, entry: Entry) -> int:
        """Replace the party in ``row``, or append when ``row`` is None; returns its row."""
        if row is None or not 0 <= row < len(self.entries):
            self.entries.append(entry)
            row = len(self.entries) - 1
        else:
            self.entries[row] = entry
        self._problems.pop(row, None)  # edited: the old complaint may no longer hold
        self._refresh()
        self._table.selectRow(row)
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            del self.entries[row]
            self._problems.clear()  # indexes have moved
            self._refresh()

    def current_row(self) -> int | None:
        row = self._table.currentRow()
        return row if 0 <= row < len(self.entries) else None

    def party_data(self) -> list[dict[str, Any]]:
        return [e["data"] for e in self.entries]

    def names(self) -> list[str]:
        return [e["display"].get("name", "") for e in self.entries]

    def roles(self) -> list[str]:
        return [e["display"].get("role", "") for e in self.entries]

    def next_role(self) -> str:
        """The role a newly added party most likely has, in the order of the paper form."""
        roles = self.roles()
        if PartyRole.APPLICANT.value not in roles:
            return PartyRole.APPLICANT.value
        return PartyRole.RESPONDENT.value

    # Problems -----------------------------------------------------------------------------

    def set_problems(self, errors: list[DomainError]) -> list[str]:
        """Mark the rows the service refused; returns a line per problem that names the party
        (第2个当事人（张三）的身份证号：…), for the message beside the table."""
        self._problems.clear()
        lines: list[str] = []
        for err in errors:
            found = party_index(err.field)
            if err.field == "parties" and err.code == "field.too_few":
                lines.append(MARK + self.tr("Add at least two parties: the applicant and the "
                                            "respondent."))
            elif found is None:
                lines.append(MARK + messages.message(err.code, err.params, current_language()))
            else:
                index, rest = found
                self._problems.setdefault(index, []).append(
                    DomainError(err.code, rest or None, **err.params))
                lines.append(MARK + self._party_line(index, rest, err))
        self._refresh()
        return lines

    def problems_for(self, row: int) -> ValidationErrors | None:
        """The refusals of one party, with paths relative to it (for the party dialog)."""
        found = self._problems.get(row)
        return ValidationErrors(list(found)) if found else None

    def _party_line(self, index: int, rest: str, err: DomainError) -> str:
        lang = current_language()
        who = messages.field_label(f"parties[{index}]", lang)
        name = self.entries[index]["display"].get("name", "") if index < len(self.entries) else ""
        if name:
            who = labels.fill(self.tr("%1 (%2)"), who, name)
        if rest:
            who = labels.fill(self.tr("%1's %2"), who, messages.field_label(rest, lang))
        return labels.fill(self.tr("%1: %2"), who,
                           messages.message(err.code, err.params, lang))

    # Table --------------------------------------------------------------------------------

    def _refresh(self) -> None:
        table = self._table
        table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            d = entry["display"]
            name = d.get("name", "")
            if row in self._problems:
                name = MARK + name  # a sign, not only a colour, that this party needs fixing
            age = d.get("age")
            cells = [labels.role_label(d.get("role", "")), name, gender_text(d.get("gender", "")),
                     str(age) if age is not None else "", d.get("phone_masked", ""),
                     d.get("id_masked", ""),
                     self.tr("yes") if d.get("consented") else self.tr("no")]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row in self._problems:
                    item.setToolTip("\n".join(
                        messages.message(e.code, e.params, current_language())
                        for e in self._problems[row]))
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
