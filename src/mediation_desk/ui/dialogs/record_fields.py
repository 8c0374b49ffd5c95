"""The fields of the small record forms, declared as data, and the widgets that enter them.

A ``Field`` names the service input field it fills, its label and its kind; ``make_input``
builds the widget. Every input's value is JSON-able (ISO dates, ids, text, lists), so the
same value goes to the service and into the form's draft."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.views import CaseDetail, CodeChoice, MediatorView
from mediation_desk.services.record_kinds import agreement_in_force
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs.record_widgets import (
    CheckList,
    combo_value,
    date_iso,
    fill_combo,
    make_date_edit,
    set_combo_value,
    set_date_iso,
)

CTX = "RecordFields"
LONG_TEXT_LINES = 5


def tr(text: str) -> str:
    """A label declared with QT_TRANSLATE_NOOP("RecordFields", ...), in the interface language."""
    return QCoreApplication.translate(CTX, text) if text else ""


def not_recorded() -> str:
    return QCoreApplication.translate("RecordFields", "(not recorded)")


@dataclass(frozen=True)
class FormInfo:
    """What defaults and options are computed from."""

    detail: CaseDetail
    today: date
    ref_id: str | None = None


Default = Callable[[FormInfo], Any] | Any


@dataclass(frozen=True)
class Field:
    """One input of a record form.

    ``kind``: date, future_date, text, long_text, check, choice, suggest (free text with
    suggestions), party, parties, case_mediator, mediator, mediators, criteria, open_item,
    pending_recusal, count (a number of persons). ``label``/``hint``/choice labels are English sources in the
    "RecordFields" context. ``optional`` adds a "not recorded" entry to a choice list;
    ``required`` makes an empty tick list an error."""

    name: str
    label: str
    kind: str
    default: Default = None
    choices: tuple[tuple[str, str], ...] = ()
    hint: str = ""
    optional: bool = False
    required: bool = False
    excluded: Callable[[FormInfo], set[str]] = field(default=lambda _info: set())

    def default_value(self, info: FormInfo) -> Any:
        return self.default(info) if callable(self.default) else self.default


Service = Callable[[AppContext, str, dict[str, Any]], CaseDetail]


@dataclass(frozen=True)
class RecordSpec:
    """A small record form: what the step is (``heading``), the service that stores it and
    its fields. A ref_id (the item or request the form is about) is the default of the
    field that chooses one."""

    heading: str
    service: Service
    fields: tuple[Field, ...]


@dataclass
class Lookups:
    """Lists read in the background when a form opens."""

    mediators: list[MediatorView] = field(default_factory=list)
    criteria: list[CodeChoice] = field(default_factory=list)


LOOKUP_KINDS = {"mediator", "mediators"}
CODE_KINDS = {"criteria"}
MAX_COUNT = 100_000  # persons involved (PreventedInput's own limit)


class Input:
    """A built field: its widget, how to read and set its value, and when it changed."""

    def __init__(self, spec: Field, widget: QWidget, info: FormInfo) -> None:
        self.spec = spec
        self.widget = widget
        self.info = info

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, QDateEdit):
            return date_iso(w)
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QLineEdit):
            return w.text().strip()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip()
        if isinstance(w, QComboBox):
            return combo_value(w)
        if isinstance(w, QSpinBox):
            return w.value()
        if isinstance(w, CheckList):
            return w.values()
        raise TypeError(type(w))

    def set_value(self, value: Any) -> None:
        w = self.widget
        if isinstance(w, QDateEdit):
            set_date_iso(w, value)
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QLineEdit):
            w.setText(str(value or ""))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(str(value or ""))
        elif isinstance(w, QComboBox):
            set_combo_value(w, value)
        elif isinstance(w, QSpinBox):
            w.setValue(int(value or 0))
        elif isinstance(w, CheckList):
            w.set_values(value or [])

    def connect(self, slot: Callable[..., None]) -> None:
        """Call ``slot`` when the user changes the value."""
        w = self.widget
        signal = {QDateEdit: "dateChanged", QCheckBox: "toggled", QLineEdit: "textEdited",
                  QPlainTextEdit: "textChanged", QComboBox: "currentIndexChanged",
                  QSpinBox: "valueChanged",
                  CheckList: "changed"}
        for cls, name in signal.items():
            if isinstance(w, cls):
                getattr(w, name).connect(slot)
        if isinstance(w, QComboBox) and w.isEditable():
            w.editTextChanged.connect(slot)

    def apply_lookups(self, lookups: Lookups) -> None:
        kind = self.spec.kind
        excluded = self.spec.excluded(self.info)
        if kind in LOOKUP_KINDS:
            options = [(m.id, m.name) for m in lookups.mediators if m.id not in excluded]
            self._set_options(options)
        elif kind in CODE_KINDS:
            self._set_options([(c.code, labels.code_label(c))
                               for c in lookups.criteria if c.code not in excluded])

    def _set_options(self, options: list[tuple[str, str]]) -> None:
        w = self.widget
        default = self.spec.default_value(self.info)
        if isinstance(w, CheckList):
            w.set_options(options, default or [])
        elif isinstance(w, QComboBox):
            if self.spec.optional:
                options = [(None, not_recorded()), *options]
            fill_combo(w, options, default)


def _host_id(detail: CaseDetail) -> str | None:
    return next((m.mediator_id for m in detail.mediators
                 if m.is_host and m.removed_on is None), None)


def the_ref(info: FormInfo) -> str | None:
    """The item or request the form was opened for (from the case window's selection)."""
    return info.ref_id


def host_mediator(info: FormInfo) -> str | None:
    return _host_id(info.detail)


def case_mediators(info: FormInfo) -> list[str]:
    return [m.mediator_id for m in info.detail.mediators if m.removed_on is None]


def all_parties(info: FormInfo) -> list[str]:
    return [p.id for p in info.detail.parties]


def party_options(detail: CaseDetail) -> list[tuple[str, str]]:
    template = QCoreApplication.translate("RecordFields", "%1 (%2)")
    return [(p.id, labels.fill(template, p.name, labels.role_label(p.role)))
            for p in detail.parties]


def open_item_options(detail: CaseDetail) -> list[tuple[str, str]]:
    a = agreement_in_force(detail)
    out = []
    for item in (a.items if a else []):
        if item.status in ("pending", "overdue"):
            due = item.due_on.isoformat() if item.due_on else \
                QCoreApplication.translate("RecordFields", "no due date")
            template = QCoreApplication.translate("RecordFields", "%1 (due %2)")
            out.append((item.id, labels.fill(template, item.description, due)))
    return out


def pending_recusal_options(detail: CaseDetail) -> list[tuple[str, str]]:
    names = {m.mediator_id: m.name for m in detail.mediators}
    return [(r.id, labels.fill(QCoreApplication.translate("RecordFields", "%1, asked on %2"),
                               names.get(str(r.details.get("mediator_id")), ""),
                               r.on.isoformat()))
            for r in detail.records
            if r.kind == "recusal" and r.details.get("result") == "pending"]


def make_input(spec: Field, parent: QWidget, info: FormInfo) -> Input:
    kind = spec.kind
    default = spec.default_value(info)
    widget: QWidget
    if kind in ("date", "future_date"):
        widget = make_date_edit(parent, info.today, allow_future=kind == "future_date")
        if default:
            set_date_iso(widget, default)
    elif kind == "text":
        widget = QLineEdit(str(default or ""), parent)
    elif kind == "long_text":
        widget = QPlainTextEdit(str(default or ""), parent)
        widget.setTabChangesFocus(True)  # Tab moves on, as on every other field
        widget.setMinimumHeight(widget.fontMetrics().lineSpacing() * LONG_TEXT_LINES)
    elif kind == "count":
        widget = QSpinBox(parent)
        widget.setRange(0, MAX_COUNT)
        widget.setValue(int(default or 0))
    elif kind == "check":
        widget = QCheckBox(tr(spec.label), parent)
        widget.setChecked(bool(default))
    elif kind in ("parties", "mediators", "criteria"):
        widget = CheckList(parent)
        widget.setObjectName(spec.name)
        if kind == "parties":
            widget.set_options(party_options(info.detail), default or [])
    else:
        widget = QComboBox(parent)
        static: list[tuple[Any, str]] | None = None
        if kind == "choice":
            static = [(v, tr(text)) for v, text in spec.choices]
        elif kind == "suggest":
            widget.setEditable(True)
            static = [(tr(text), tr(text)) for _v, text in spec.choices]
        elif kind == "party":
            static = party_options(info.detail)
        elif kind == "case_mediator":
            static = [(m.mediator_id, m.name) for m in info.detail.mediators
                      if m.removed_on is None]
        elif kind == "open_item":
            static = open_item_options(info.detail)
        elif kind == "pending_recusal":
            static = pending_recusal_options(info.detail)
        if static is not None:
            if spec.optional:
                static = [(None, not_recorded()), *static]
            fill_combo(widget, static, default)
            if kind == "suggest":
                widget.setEditText(str(default or ""))
    widget.setObjectName(spec.name)
    widget.setAccessibleName(tr(spec.label))
    return Input(spec, widget, info)
