"""The obligations of an agreement as a small table: what is to be done, by whom, by when and
for how much. Each line is real input boxes (no hidden cell editors), so it works like the rest
of the form; amounts are typed in yuan."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.domain.errors import DomainError, ValidationErrors
from mediation_desk.domain.money import format_yuan, parse_yuan
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs.record_widgets import (
    OptionalDateEdit,
    combo_value,
    fill_combo,
    qdate,
    set_combo_value,
)
from mediation_desk.ui.field_errors import MARK, error_label
from mediation_desk.ui.i18n import current_language
from mediation_desk.wording import messages

Row = dict[str, Any]


class _ItemRow:
    def __init__(self, editor: ItemsEditor, i: int) -> None:
        self.description = QLineEdit(editor)
        self.description.setObjectName(f"item_description_{i}")
        self.obligor = QComboBox(editor)
        self.obligor.setObjectName(f"item_obligor_{i}")
        self.due = OptionalDateEdit(editor)
        self.due.setObjectName(f"item_due_{i}")
        self.due.reference = editor.reference
        self.amount = QLineEdit(editor)
        self.amount.setObjectName(f"item_amount_{i}")
        self.amount.setPlaceholderText("0")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.remove = QPushButton("✕", editor)
        self.remove.setObjectName(f"item_remove_{i}")
        self.remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove.setAutoDefault(False)
        self.remove.setFixedWidth(self.remove.fontMetrics().horizontalAdvance("✕") * 3)
        n = i + 1
        for widget, name in (
                (self.description,
                 QCoreApplication.translate("ItemsEditor", "Obligation %1")),
                (self.obligor,
                 QCoreApplication.translate("ItemsEditor", "Who must do obligation %1")),
                (self.due,
                 QCoreApplication.translate("ItemsEditor", "Due date of obligation %1")),
                (self.amount,
                 QCoreApplication.translate("ItemsEditor", "Amount of obligation %1 in yuan")),
                (self.remove,
                 QCoreApplication.translate("ItemsEditor", "Remove obligation %1"))):
            widget.setAccessibleName(labels.fill(name, n))
        self.remove.setToolTip(self.remove.accessibleName())
        fill_combo(self.obligor, editor.party_choices)

    def widgets(self) -> list[QWidget]:
        return [self.description, self.obligor, self.due, self.amount, self.remove]

    def state(self) -> Row:
        return {"description": self.description.text(), "obligor": combo_value(self.obligor),
                "due": self.due.iso(), "amount": self.amount.text()}

    def set_state(self, row: Row) -> None:
        self.description.setText(str(row.get("description") or ""))
        set_combo_value(self.obligor, row.get("obligor"))
        self.due.set_iso(row.get("due"))
        self.amount.setText(str(row.get("amount") or ""))

    def blank(self) -> bool:
        return not (self.description.text().strip() or self.amount.text().strip())


class ItemsEditor(QWidget):
    changed = Signal()
    rows_changed = Signal()
    """Input boxes were added or removed: the dialog redoes its Tab order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.party_choices: list[tuple[Any, str]] = [(None, "—")]
        self.reference = qdate(date.today())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)
        self.headers = [QLabel(text, self) for text in (
            self.tr("What is to be done"), self.tr("By whom"), self.tr("By when"),
            self.tr("Amount (yuan)"))]
        for col, header in enumerate(self.headers):
            self.grid.addWidget(header, 0, col)
        outer.addLayout(self.grid)
        self.empty_label = QLabel(self.tr("No obligations listed yet."), self)
        outer.addWidget(self.empty_label)
        self.error_label = error_label(self, "item_errors")
        outer.addWidget(self.error_label)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("+ Add an obligation"), self)
        self.add_button.setObjectName("add_item_button")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_item())
        self.total_label = QLabel(self)
        self.total_label.setObjectName("items_total_label")
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.total_label)
        outer.addLayout(row)
        self.rows: list[_ItemRow] = []
        self._show_header()

    # Setup -------------------------------------------------------------------------------

    def set_parties(self, options: Sequence[tuple[str, str]], reference: date) -> None:
        """Who can be named as obliged (the case's parties); the calendar's opening month."""
        self.party_choices = [(None, "—"), *options]
        self.reference = qdate(reference)
        for r in self.rows:
            fill_combo(r.obligor, self.party_choices, combo_value(r.obligor))
            r.due.reference = self.reference

    # Values ------------------------------------------------------------------------------

    def state(self) -> list[Row]:
        return [r.state() for r in self.rows]

    def set_state(self, rows: Sequence[Row]) -> None:
        self._rebuild(list(rows))
        self.changed.emit()

    def items(self) -> list[dict[str, Any]]:
        """The service's ``items``; amounts parsed (ValidationErrors names bad ones)."""
        out: list[dict[str, Any]] = []
        errors: list[DomainError] = []
        for i, r in enumerate(self.rows):
            amount = 0
            text = r.amount.text().strip()
            if text:
                try:
                    amount = parse_yuan(text, field=f"items[{i}].amount_fen")
                except DomainError as exc:
                    errors.append(exc)
            out.append({"description": r.description.text().strip(),
                        "obligor_party_id": combo_value(r.obligor), "due_on": r.due.iso(),
                        "amount_fen": amount})
        if errors:
            raise ValidationErrors(errors)
        return out

    def total_fen(self) -> int:
        """The sum of the amounts that can be read (the others are reported on saving)."""
        total = 0
        for r in self.rows:
            with contextlib.suppress(DomainError):
                total += parse_yuan(r.amount.text()) if r.amount.text().strip() else 0
        return total

    def drop_blank(self) -> None:
        """Remove empty lines (before saving, so that line numbers match the messages)."""
        if any(r.blank() for r in self.rows):
            self.set_state([r.state() for r in self.rows if not r.blank()])

    # Editing -----------------------------------------------------------------------------

    def add_item(self, row: Row | None = None) -> None:
        self._rebuild([*self.state(), row or {}])
        self.changed.emit()
        self.rows[-1].description.setFocus()

    def remove_item(self, index: int) -> None:
        rows = self.state()
        del rows[index]
        self._rebuild(rows)
        self.changed.emit()
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].description.setFocus()
        else:
            self.add_button.setFocus()

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for r in self.rows:
            chain += [r.description, r.obligor, r.due, r.amount]
        return [*chain, self.add_button]

    # Errors ------------------------------------------------------------------------------

    def show_errors(self, errors: Sequence[DomainError]) -> None:
        """Problems with single lines (``items[1].due_on``), named by line and column."""
        lang = current_language()
        lines = [MARK + messages.describe(e.to_dict(), lang)[0] for e in errors]
        self.error_label.setText("\n".join(lines))
        self.error_label.setVisible(bool(lines))
        for e in errors:
            widget = self._widget_for(e.field)
            if widget is not None:
                widget.setAccessibleDescription(messages.message(e.code, e.params, lang))

    def clear_errors(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
        for r in self.rows:
            for w in r.widgets():
                w.setAccessibleDescription("")

    def _widget_for(self, field: str | None) -> QWidget | None:
        if not field or not field.startswith("items["):
            return None
        try:
            index = int(field[6:].split("]", 1)[0])
        except ValueError:
            return None
        if index >= len(self.rows):
            return None
        r = self.rows[index]
        name = field.rsplit(".", 1)[-1]
        return {"description": r.description, "obligor_party_id": r.obligor, "due_on": r.due,
                "amount_fen": r.amount}.get(name, r.description)

    # Rows --------------------------------------------------------------------------------

    def _rebuild(self, rows: list[Row]) -> None:
        for r in self.rows:
            for w in r.widgets():
                self.grid.removeWidget(w)
                w.hide()  # gone at once, even before Qt gets round to deleting it
                w.deleteLater()
        self.rows = []
        for i, state in enumerate(rows):
            r = _ItemRow(self, i)
            r.set_state(state)
            for col, w in enumerate(r.widgets()):
                self.grid.addWidget(w, i + 1, col)
            r.description.textEdited.connect(self.changed)
            r.obligor.currentIndexChanged.connect(self.changed)
            r.due.dateChanged.connect(self.changed)
            r.amount.textEdited.connect(self._amount_edited)
            r.remove.clicked.connect(lambda _=False, i=i: self.remove_item(i))
            self.rows.append(r)
        self._show_header()
        self._update_total()
        self.rows_changed.emit()

    def _amount_edited(self) -> None:
        self._update_total()
        self.changed.emit()

    def _update_total(self) -> None:
        total = self.total_fen()
        self.total_label.setText(labels.fill(self.tr("Total: ¥%1"), format_yuan(total))
                                 if total else "")

    def _show_header(self) -> None:
        for header in self.headers:
            header.setVisible(bool(self.rows))
        self.empty_label.setVisible(not self.rows)
