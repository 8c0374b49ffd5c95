"""The 历史 tab: the case's event log in words — when, who, what, and what changed."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTableWidget

from mediation_desk.bootstrap import CHINA_TZ
from mediation_desk.domain.money import format_yuan
from mediation_desk.domain.views import CaseDetail, EventView
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs import case_tab_html as h
from mediation_desk.ui.dialogs.case_tab_tables import fill_table
from mediation_desk.ui.i18n import current_language
from mediation_desk.wording import audit_text, messages

Codes = Mapping[str, Mapping[str, str]]
# Values shown through the wording of enum values (书面, 调解不成, 同意回避 ...).
_VALUE_KEYS = ("reason", "result", "kind")


class HistoryTab(QObject):
    def fill(self, table: QTableWidget, d: CaseDetail, codes: Codes) -> None:
        rows = [[e.at.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M"), e.actor,
                 self.what(e), self.change(e, d, codes)] for e in d.events]
        fill_table(table, rows)

    def what(self, e: EventView) -> str:
        lang = current_language()
        if e.action == "case.register":
            return self.tr("Registered the dispute")
        # Lifecycle steps (case.<action>), records, and everything else the log knows
        # (a full ID number shown, a retention review …).
        return audit_text.action_label(e.action, lang)

    def change(self, e: EventView, d: CaseDetail, codes: Codes) -> str:
        after = self._describe(e.after or {}, d, codes)
        before = self._describe(e.before or {}, d, codes)
        if before and after:
            return labels.fill(self.tr("%1 → %2"), before, after)
        return after or before

    def _describe(self, values: Mapping[str, object], d: CaseDetail, codes: Codes) -> str:
        lang = current_language()
        parts = []
        for key, value in values.items():
            if value is None or value == "" or value == []:
                continue
            shown = self._value(key, value, d, codes)
            if shown is None:
                continue
            caption = self._key(key, lang)
            if key == "to" and "from" not in values:
                caption = self.tr("receiving body")  # a report's "to" is a body, not a date
            parts.append(labels.fill(self.tr("%1: %2"), caption, shown))
        return labels.join_names(parts)

    def _key(self, key: str, lang: str) -> str:
        own = {"effective_on": self.tr("in force from"), "interviewee": self.tr("person asked"),
               "court": self.tr("court"), "criteria": self.tr("because"),
               "flagged_on": self.tr("date"), "from": self.tr("from"), "to": self.tr("to"),
               "chosen_by_party": self.tr("chosen by a party"),
               "mediator_id": self.tr("mediator")}
        return own.get(key) or audit_text.caption(key, lang)

    def _value(self, key: str, value: object, d: CaseDetail, codes: Codes) -> str | None:
        if key == "mediator_id":
            return {m.mediator_id: m.name for m in d.mediators}.get(str(value), "")
        if key == "item_id":
            return {i.id: i.description for a in d.agreements for i in a.items}.get(
                str(value), "")
        if key.endswith("_id"):
            return None  # an internal id says nothing to a person
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if key == "amount_fen" and isinstance(value, int):
            return labels.fill(self.tr("%1 yuan"), format_yuan(value))
        if key == "status":
            return messages.status_label(str(value), current_language())
        if key == "purpose":  # why a full ID number was shown
            return audit_text.purpose_label(str(value), current_language())
        if key == "decision":  # a retention review
            return audit_text.decision_label(str(value), current_language())
        if key == "retention":
            return audit_text.retention_label(str(value), current_language())
        if key == "category":
            return h.code_label(codes, "dispute_category", str(value))
        if key == "criteria" and isinstance(value, list):
            return labels.join_names([h.code_label(codes, "major_criterion", str(v))
                                      for v in value])
        if isinstance(value, list):
            return labels.join_names([str(v) for v in value])
        if key in _VALUE_KEYS:
            return h.value_label(str(value))
        return str(value)
