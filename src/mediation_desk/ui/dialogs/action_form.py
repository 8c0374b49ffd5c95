"""The inputs of one lifecycle step: exactly what the rules (domain/lifecycle.py) and the
step's effect (services/case_actions.py) need, and nothing the case file already holds.

Widgets are keyed by the ActionCommand field they fill, so refusals land beside them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.commands import ActionCommand
from mediation_desk.domain.enums import CodeTable, EscalationKind, NoticeMethod
from mediation_desk.domain.lifecycle import (
    DECLINE_REASONS,
    ESCALATED_CLOSE_REASONS,
    NON_PERFORMANCE_CLOSE_REASONS,
)
from mediation_desk.domain.views import CaseDetail, CodeChoice, MediatorView
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs import case_tab_html as h
from mediation_desk.ui.dialogs.case_tab_text import records_of
from mediation_desk.ui.dialogs.conflict_line import ConflictLine, place_under, warning_label
from mediation_desk.ui.field_errors import FieldErrors
from mediation_desk.ui.guarded_dialog import date_value, set_date_value
from mediation_desk.ui.tasks import TaskRunner

NOTE_LINES = 3
REASON_MAX = ActionCommand.model_fields["reason"].metadata[0].max_length  # type: ignore[attr-defined]


def has_host(d: CaseDetail) -> bool:
    return any(m.is_host and m.removed_on is None for m in d.mediators)


def all_noticed(d: CaseDetail) -> bool:
    told = {r.summary for r in records_of(d, "rights_notice")}
    return bool(d.parties) and all(p.name in told for p in d.parties)


def plan(action: str, d: CaseDetail) -> tuple[list[str], str | None, tuple[str, ...] | None]:
    """(fields in paper order, reason code table, reason codes allowed (None = the table))."""
    fields = ["on_date"]
    table: str | None = None
    allowed: tuple[str, ...] | None = None
    status = d.summary.status
    if action == "accept":
        fields += [] if has_host(d) else ["host_mediator_id"]
        fields += [] if d.consent_recorded else ["consent_of_all_parties"]
    elif action == "decline":
        fields += ["reason", "note"]
        table, allowed = CodeTable.DECLINE_REASON.value, DECLINE_REASONS
    elif action == "start_mediation":
        fields += [] if all_noticed(d) else ["notice_given_to_all", "notice_method"]
    elif action == "terminate":
        fields += ["reason", "advised_routes", "note"]
        table = CodeTable.TERMINATION_REASON.value
    elif action == "escalate":
        fields += ["to_body", "escalation_kind", "note"]
    elif action == "remediate":
        fields += ["consent_of_all_parties", "reason_text"]
    elif action == "close" and status == "non_performance":
        fields += ["reason", "note"]
        table, allowed = CodeTable.CLOSE_REASON.value, NON_PERFORMANCE_CLOSE_REASONS
    elif action == "close" and status == "escalated":
        fields += ["reason", "result_text"]
        table, allowed = CodeTable.CLOSE_REASON.value, ESCALATED_CLOSE_REASONS
    elif action in ("return_from_escalation", "start_performance", "complete_performance",
                    "mark_non_performance", "close"):
        fields += ["note"]
    return fields, table, allowed


class ActionForm(QObject):
    """Builds the rows into ``layout`` (a QFormLayout on ``area``) and reads them back."""

    def __init__(self, action: str, detail: CaseDetail, today: date, area: QWidget,
                 layout: QFormLayout, *, ctx: AppContext | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(area)
        self.action = action
        self.case_id = detail.summary.id
        # For the conflict check of the presiding mediator; without them, the dialog's own.
        self._ctx = ctx
        self._runner = runner
        self.conflict_line: ConflictLine | None = None
        self.fields, self.reason_table, self.reason_codes = plan(action, detail)
        self._area = area
        self._layout = layout
        self._pending: dict[str, Any] = {}
        self.route_checks: dict[str, QCheckBox] = {}
        self.widgets: dict[str, QWidget] = {}
        for name in self.fields:
            getattr(self, f"_add_{name}")(detail, today)

    # Building ----------------------------------------------------------------------------

    def _row(self, name: str, caption: str, widget: QWidget) -> None:
        widget.setObjectName(f"{name}_input")
        self.widgets[name] = widget
        if caption:
            label = QLabel(caption, self._area)
            label.setBuddy(widget)
            label.setWordWrap(True)
            self._layout.addRow(label, widget)
        else:
            self._layout.addRow(widget)

    def _add_on_date(self, d: CaseDetail, today: date) -> None:
        edit = QDateEdit(self._area)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDateRange(QDate(d.summary.received_on), QDate(max(today, d.summary.received_on)))
        edit.setDate(QDate(today))
        edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._row("on_date", self.tr("Date:"), edit)

    def _add_host_mediator_id(self, d: CaseDetail, today: date) -> None:
        combo = QComboBox(self._area)
        combo.addItem(self.tr("Loading…"), None)
        combo.setEnabled(False)
        self._row("host_mediator_id", self.tr("Presiding mediator:"), combo)

    def _add_consent_of_all_parties(self, d: CaseDetail, today: date) -> None:
        text = (self.tr("All parties agree to mediate again") if self.action == "remediate"
                else self.tr("All parties agree to mediation (none clearly refuses)"))
        self._row("consent_of_all_parties", "", QCheckBox(text, self._area))

    def _add_notice_given_to_all(self, d: CaseDetail, today: date) -> None:
        box = QCheckBox(self.tr("Every party has been told of their rights and duties"),
                        self._area)
        self._row("notice_given_to_all", "", box)

    def _add_notice_method(self, d: CaseDetail, today: date) -> None:
        combo = QComboBox(self._area)
        for method in (NoticeMethod.WRITTEN, NoticeMethod.ORAL):
            combo.addItem(h.value_label(method.value), method.value)
        self._row("notice_method", self.tr("How they were told:"), combo)

    def _add_reason(self, d: CaseDetail, today: date) -> None:
        combo = QComboBox(self._area)
        combo.addItem(self.tr("— choose a reason —"), None)
        for code in self.reason_codes or ():
            combo.addItem(h.value_label(code), code)
        self._select_single(combo)
        self._row("reason", self.tr("Reason:"), combo)

    def _add_reason_text(self, d: CaseDetail, today: date) -> None:
        edit = QLineEdit(self._area)
        edit.setMaxLength(REASON_MAX)
        edit.setPlaceholderText(self.tr("e.g. the agreement is clearly unfair to one party"))
        self._row("reason", self.tr("Why mediate again:"), edit)

    def _add_advised_routes(self, d: CaseDetail, today: date) -> None:
        group = QGroupBox(self._area)
        QVBoxLayout(group)
        self._row("advised_routes", self.tr("The parties were told they may:"), group)

    def _add_to_body(self, d: CaseDetail, today: date) -> None:
        edit = QLineEdit(self._area)
        edit.setPlaceholderText(self.tr("e.g. the township justice office"))
        self._row("to_body", self.tr("Receiving body:"), edit)

    def _add_escalation_kind(self, d: CaseDetail, today: date) -> None:
        combo = QComboBox(self._area)
        for kind in (EscalationKind.TRANSFER, EscalationKind.JOINT_MEDIATION):
            combo.addItem(h.value_label(kind.value), kind.value)
        self._row("escalation_kind", self.tr("Kind:"), combo)

    def _add_result_text(self, d: CaseDetail, today: date) -> None:
        self._row("result_text", self.tr("What the receiving body decided:"), self._text_box())

    def _add_note(self, d: CaseDetail, today: date) -> None:
        self._row("note", self.tr("Note:"), self._text_box())

    def _text_box(self) -> QPlainTextEdit:
        edit = QPlainTextEdit(self._area)
        edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * NOTE_LINES + 16)
        return edit

    @staticmethod
    def _select_single(combo: QComboBox) -> None:
        # One possible answer (e.g. "handled elsewhere") is no choice: take it.
        if combo.count() == 2:
            combo.setCurrentIndex(1)

    # Choices arriving from the background ------------------------------------------------

    def needs_mediators(self) -> bool:
        return "host_mediator_id" in self.widgets

    def tables(self) -> list[str]:
        wanted = [self.reason_table] if self.reason_table else []
        if "advised_routes" in self.widgets:
            wanted.append(CodeTable.ADVISED_ROUTE.value)
        return wanted

    def set_choices(self, choices: Mapping[str, Sequence[CodeChoice]],
                    mediators: Sequence[MediatorView]) -> None:
        combo = self.widgets.get("reason")
        if isinstance(combo, QComboBox) and self.reason_table:
            rows = {c.code: c for c in choices.get(self.reason_table, [])}
            codes = self.reason_codes if self.reason_codes is not None else tuple(rows)
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— choose a reason —"), None)
            for code in codes:
                text = labels.code_label(rows[code]) if code in rows else h.value_label(code)
                combo.addItem(text, code)
            self._select_single(combo)
            self._set_combo(combo, current)
            combo.blockSignals(False)
        group = self.widgets.get("advised_routes")
        if isinstance(group, QGroupBox):
            for route in choices.get(CodeTable.ADVISED_ROUTE.value, []):
                check = QCheckBox(labels.code_label(route), group)
                check.setObjectName(f"route_{route.code}")
                group.layout().addWidget(check)
                self.route_checks[route.code] = check
        host = self.widgets.get("host_mediator_id")
        if isinstance(host, QComboBox):
            host.clear()
            host.addItem(self.tr("— choose the mediator who presides —") if mediators else
                         self.tr("— no serving mediator on the roster yet —"), None)
            for m in mediators:
                host.addItem(m.name, m.id)
            host.setEnabled(True)
            self._watch_conflicts(host)
        self.restore(self._pending)

    def _watch_conflicts(self, host: QComboBox) -> None:
        """A 回避提示 line under the presiding mediator once the roster is there."""
        if self.conflict_line is not None:
            return
        window = self._area.window()
        ctx = self._ctx or getattr(window, "ctx", None)
        runner = self._runner or getattr(window, "runner", None)
        if not isinstance(ctx, AppContext) or not isinstance(runner, TaskRunner):
            return
        label = warning_label(self._area, "host_mediator_id")
        place_under(self._layout, host, label)
        self.conflict_line = ConflictLine(ctx, runner, self.case_id, host, label)
        self.conflict_line.check()

    # Reading and restoring ---------------------------------------------------------------

    def data(self) -> dict[str, Any]:
        """The ActionCommand fields this step asks for."""
        out: dict[str, Any] = {}
        for name, w in self.widgets.items():
            if isinstance(w, QDateEdit):
                out[name] = date_value(w)
            elif isinstance(w, QComboBox):
                out[name] = w.currentData()
            elif isinstance(w, QCheckBox):
                out[name] = w.isChecked()
            elif isinstance(w, QLineEdit):
                out[name] = w.text().strip() or None
            elif isinstance(w, QPlainTextEdit):
                text = w.toPlainText().strip()
                out[name] = text if name == "note" else (text or None)
            elif isinstance(w, QGroupBox):
                out[name] = [c for c, box in self.route_checks.items() if box.isChecked()]
        return {k: v for k, v in out.items() if v is not None}

    def state(self) -> dict[str, Any]:
        return {**self._pending, **self.data()}

    def restore(self, state: Mapping[str, Any]) -> None:
        self._pending = {}
        for name, value in state.items():
            w = self.widgets.get(name)
            if isinstance(w, QDateEdit):
                set_date_value(w, value)
            elif isinstance(w, QComboBox):
                if not self._set_combo(w, value):
                    self._pending[name] = value  # its choices have not arrived yet
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            elif isinstance(w, QLineEdit):
                w.setText(str(value or ""))
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(str(value or ""))
            elif isinstance(w, QGroupBox):
                if not self.route_checks:
                    self._pending[name] = value
                for code, box in self.route_checks.items():
                    box.setChecked(code in (value or []))

    @staticmethod
    def _set_combo(combo: QComboBox, value: Any) -> bool:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)
        return index >= 0

    def bind(self, errors: FieldErrors) -> None:
        for name, w in self.widgets.items():
            label = errors.bind(name, w)
            if name == "reason":
                errors.bind("reason_code", w, label)  # the rules' name for the same input

    def inputs(self) -> list[QWidget]:
        """Every input in paper order (for Tab order and change tracking)."""
        return list(self.widgets.values())

    def route_inputs(self) -> list[QCheckBox]:
        return list(self.route_checks.values())
