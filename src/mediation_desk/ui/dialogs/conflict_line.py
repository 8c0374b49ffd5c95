"""The conflict-of-interest warning under a mediator field (回避提示).

When a mediator is picked, the case's parties are checked against his household, recorded
relatives and the joint-defence groups he heads (services.conflicts) on a reader thread, and
what was found shows as a ⚠ sentence under the field. It never blocks saving: the parties may
choose a mediator they trust (人民调解法 第二十三条) — but nobody should overlook it."""

from __future__ import annotations

import itertools
import logging
from html import escape

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.relation_views import ConflictView
from mediation_desk.services.conflicts import mediator_conflicts
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.wording.conflict_text import conflict_parts, conflict_warning

log = logging.getLogger(__name__)

# Dark amber on the dialog's own background: readable, and the ⚠ and words carry the meaning.
WARNING_STYLE = "color: #6b4400;"
_serial = itertools.count(1)


def warning_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(f"{name}_conflicts")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setStyleSheet(WARNING_STYLE)
    label.hide()
    return label


def show_warning(label: QLabel, conflicts: list[ConflictView]) -> str:
    """What was found in bold, the parties' right after it; hidden when nothing. Returns the
    plain text (for screen readers and tests)."""
    found, right = conflict_parts(conflicts, current_language())
    label.setText(f"<b>{escape(found)}</b><br>{escape(right)}" if found else "")
    label.setVisible(bool(found))
    return conflict_warning(conflicts, current_language())


def place_under(layout: QFormLayout, widget: QWidget, label: QLabel) -> None:
    """Put ``label`` on a row of its own under ``widget`` (after the field's error line)."""
    row, _role = layout.getWidgetPosition(widget)
    if row < 0:
        layout.addRow("", label)
        return
    below = layout.itemAt(row + 1, QFormLayout.ItemRole.FieldRole)
    if below is not None and below.widget() is not None \
            and below.widget().objectName().endswith("_error"):
        row += 1
    layout.insertRow(row + 1, "", label)


class ConflictLine(QObject):
    """Watches one mediator combo (item data = mediator id) and shows its conflicts."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, case_id: str, combo: QComboBox,
                 label: QLabel) -> None:
        super().__init__(combo)
        self._ctx = ctx
        self._runner = runner
        self._case_id = case_id
        self.combo = combo
        self.label = label
        self.key = f"conflicts:{case_id}:{next(_serial)}"
        self.found: list[ConflictView] = []
        self.text = ""
        """The warning shown, as plain text ("" when none)."""
        combo.currentIndexChanged.connect(self.check)
        # A result arriving after the form closed must not touch the deleted label.
        combo.destroyed.connect(lambda *_: runner.cancel(self.key))

    def check(self) -> None:
        """Check the mediator now chosen (nothing chosen: no line)."""
        mediator_id = self.combo.currentData()
        if not mediator_id:
            self._runner.cancel(self.key)
            self._show([])
            return
        ctx, case_id = self._ctx, self._case_id
        self._runner.submit(lambda: mediator_conflicts(ctx, case_id, str(mediator_id)),
                            on_done=self._show, on_error=self._failed, key=self.key)

    def stop(self) -> None:
        self._runner.cancel(self.key)

    def _show(self, found: list[ConflictView]) -> None:
        if not shiboken6.isValid(self.label):
            return
        self.found = list(found)
        self.text = show_warning(self.label, self.found)
        self.combo.setAccessibleDescription(self.text)

    def _failed(self, exc: BaseException) -> None:
        # The check is a help, not a gate: a failure leaves the form usable and says nothing
        # wrong about the mediator.
        log.error("conflict check failed", exc_info=exc)
        self._show([])
