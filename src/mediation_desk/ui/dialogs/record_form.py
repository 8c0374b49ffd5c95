"""What every record dialog does the same way: its draft key, the lists it reads when it
opens, and saving — the service runs on the write thread, refusals go beside the fields, and
on success the caller gets the new case detail and the dialog closes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.enums import CodeTable
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.views import CaseDetail
from mediation_desk.services import code_tables, mediators
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs.conflict_line import ConflictLine, place_under, warning_label
from mediation_desk.ui.dialogs.record_fields import FormInfo, Lookups, Service
from mediation_desk.ui.dialogs.record_specs_case import CONFLICT_CHECKED
from mediation_desk.ui.field_errors import FieldErrors
from mediation_desk.ui.guarded_dialog import GuardedDialog
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.wording import messages

log = logging.getLogger(__name__)

OnSaved = Callable[[CaseDetail], None]


def draft_key(case_id: str, kind: str, ref_id: str | None = None) -> str:
    return f"case/{case_id}/record/{kind}" + (f"/{ref_id}" if ref_id else "")


def read_lookups(ctx: AppContext, *, roster: bool, criteria: bool) -> Lookups:
    """Runs on a reader thread."""
    return Lookups(
        mediators=mediators.list_mediators(ctx, active_only=True) if roster else [],
        criteria=code_tables.choices(ctx, CodeTable.MAJOR_CRITERION) if criteria else [])


class RecordForm(GuardedDialog):
    """Base of the record dialogs. A subclass builds its widgets, sets ``errors``,
    ``save_button`` and ``general_label``, and gives ``collect()`` (the service's input, or
    a DomainError for what the form itself can tell) and ``service``."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, detail: CaseDetail, kind: str,
                 title: str, on_saved: OnSaved, *, ref_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, draft_key(detail.summary.id, kind, ref_id),
                         labels.fill(QCoreApplication.translate("RecordForm", "%1 — %2"),
                                     title, detail.summary.case_no), parent)
        self.runner = runner
        self.detail = detail
        self.kind = kind
        self.ref_id = ref_id
        self.on_saved = on_saved
        self.info = FormInfo(detail=detail, today=ctx.today(), ref_id=ref_id)
        self.saving = False
        self.errors: FieldErrors
        self.save_button: QPushButton
        self.general_label: QLabel
        self.service: Service
        self._save_label = ""
        self.conflict_lines: dict[str, ConflictLine] = {}
        """Mediator fields watched for conflicts of interest, by field name."""
        self.setWindowTitle(self.draft_title)

    # For subclasses ----------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        raise NotImplementedError

    def apply_lookups(self, lookups: Lookups) -> None:
        """The roster or code table arrived: fill the lists that need them."""

    def setup_buttons(self, save: QPushButton, cancel: QPushButton) -> None:
        self.save_button = save
        self._save_label = save.text()
        save.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        save.setDefault(True)
        save.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)

    def load_lookups(self, *, roster: bool, criteria: bool = False) -> None:
        """Read the lists in the background; Save waits for them."""
        if not (roster or criteria):
            return
        ctx = self.ctx
        self.save_button.setEnabled(False)
        self.runner.submit(lambda: read_lookups(ctx, roster=roster, criteria=criteria),
                           on_done=self._on_lookups, on_error=self._on_lookups_failed,
                           key=f"lookups:{self.draft_key}")

    # Saving ------------------------------------------------------------------------------

    def save(self) -> None:
        if self.saving or not self.save_button.isEnabled():
            return
        self.clear_errors()
        try:
            data = self.collect()
        except DomainError as exc:
            self.show_errors(exc)
            return
        ctx, case_id, service = self.ctx, self.detail.summary.id, self.service
        self._set_saving(True)
        self.runner.submit(lambda: service(ctx, case_id, data), on_done=self._on_saved,
                           on_error=self._on_save_failed, key=f"save:{self.draft_key}",
                           write=True)

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.save_button.setEnabled(not saving)
        self.save_button.setText(QCoreApplication.translate("RecordForm", "Saving…")
                                 if saving else self._save_label)

    def _on_saved(self, detail: CaseDetail) -> None:
        self._set_saving(False)
        self.detail = detail
        try:
            self.on_saved(detail)
        except Exception:  # noqa: BLE001 - the record is stored; the dialog must still close
            log.exception("on_saved of the %s form failed", self.kind)
        self.finish_saved()

    def _on_save_failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        if isinstance(exc, DomainError):
            self.show_errors(exc)
            return
        log.error("saving the %s record failed", self.kind, exc_info=exc)
        self.show_general(messages.message(
            "internal.unexpected",
            {"kind": type(exc).__name__, "log": str(self.ctx.paths.log_dir / "errors.log")},
            current_language()))

    def clear_errors(self) -> None:
        self.errors.clear()

    def show_errors(self, exc: DomainError) -> None:
        """A refusal: each problem beside its field (a form with lists may place more)."""
        self.errors.show(exc)

    def show_general(self, text: str) -> None:
        self.general_label.setText("⚠ " + text)
        self.general_label.show()

    # Lookups -----------------------------------------------------------------------------

    def _on_lookups(self, lookups: Lookups) -> None:
        # Filling lists is not typing: it must not make the form "changed".
        restoring, self._restoring = self._restoring, True
        try:
            self.apply_lookups(lookups)
        finally:
            self._restoring = restoring
        self.save_button.setEnabled(True)
        self._watch_conflicts()

    def _watch_conflicts(self) -> None:
        """Once the mediator lists are filled: a warning line under each mediator field the
        kind names in CONFLICT_CHECKED (回避提示), updated whenever another one is picked."""
        for name in CONFLICT_CHECKED.get(self.kind, ()):
            combo = self.findChild(QComboBox, name)
            if combo is None or name in self.conflict_lines:
                continue
            layout = combo.parentWidget().layout() if combo.parentWidget() else None
            label = warning_label(combo.parentWidget() or self, name)
            if isinstance(layout, QFormLayout):
                place_under(layout, combo, label)
            line = ConflictLine(self.ctx, self.runner, self.detail.summary.id, combo, label)
            self.conflict_lines[name] = line
            line.check()

    def _on_lookups_failed(self, exc: BaseException) -> None:
        log.error("could not read the lists of the %s form", self.kind, exc_info=exc)
        self.show_general(QCoreApplication.translate(
            "RecordForm", "The choices of this form (mediators, criteria) could not be read. "
                          "Close the form and open it again."))

    # Closing -----------------------------------------------------------------------------

    def reject(self) -> None:
        if self.saving:
            return  # the write is under way; its answer decides whether the form closes
        super().reject()

    def done(self, result: int) -> None:
        # Lists still being read would arrive at a closed (deleted) form: drop them.
        self.runner.cancel(f"lookups:{self.draft_key}")
        for line in self.conflict_lines.values():
            line.stop()
        super().done(result)
