"""显示完整身份证号: asks why (打印司法确认申请材料, 核对当事人身份, 当事人本人查阅, or 其他 with
words), then shows the full number for ``SHOW_SECONDS`` seconds, or until the dialog
closes, and masks it again. The service logs every reveal with the login and the purpose
(and, from a case, in the case's 历史).

No draft is ever written (``draft_key`` None): the form is short, and nothing of a revealed
number may reach the disk. The number is dropped from memory when it is masked again."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.privacy_views import OTHER_PURPOSE, REVEAL_PURPOSES
from mediation_desk.services import persons
from mediation_desk.ui import labels
from mediation_desk.ui.field_errors import FieldErrors, error_label
from mediation_desk.ui.forms.ui_reveal_id_dialog import Ui_RevealIdDialog
from mediation_desk.ui.guarded_dialog import GuardedDialog
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.wording import audit_text

SHOW_SECONDS = 30
NUMBER_SCALE = 1.6


def spaced(number: str) -> str:
    """110105 19491231 002X: read out in three parts (region, birth date, sequence)."""
    if len(number) == 18:
        return f"{number[:6]} {number[6:14]} {number[14:]}"
    return number


class RevealIdDialog(GuardedDialog):
    revealed = Signal()
    """A number was shown (and logged): the case's history has a new entry."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, *, name: str, masked: str,
                 person_id: str | None = None, party_id: str | None = None,
                 case_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, None, "", parent)
        self.ui = Ui_RevealIdDialog()
        self.ui.setupUi(self)
        self._runner = runner
        self._person_id, self._party_id, self._case_id = person_id, party_id, case_id
        self._masked = masked
        self._number: str | None = None
        self.remaining = 0
        ui = self.ui
        ui.intro_label.setText(labels.fill(self.tr(
            "The full ID number of %1 is shown for %2 seconds, then masked again. Who shows "
            "it, and why, is recorded in the log."), name, SHOW_SECONDS))
        for code in REVEAL_PURPOSES:
            ui.purpose_combo.addItem(audit_text.purpose_label(code, current_language()), code)
        font = QFont(ui.number_label.font())
        font.setPointSizeF(font.pointSizeF() * NUMBER_SCALE)
        font.setBold(True)
        ui.number_label.setFont(font)
        self.errors = FieldErrors(ui.error_label)
        # The form sits in a nested layout: each field's error line goes right under it.
        for row, (field, widget) in enumerate((("purpose", ui.purpose_combo),
                                               ("note", ui.note_edit))):
            label = error_label(self, f"{field}_error")
            ui.form.insertRow(2 * row + 1, "", label)
            self.errors.bind(field, widget, label)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        ui.purpose_combo.currentIndexChanged.connect(self._on_purpose_changed)
        ui.show_button.clicked.connect(self._on_show_clicked)
        ui.close_button.clicked.connect(self.reject)
        self._on_purpose_changed()
        self.mask()
        self.offer_draft()

    # Public API ---------------------------------------------------------------------------

    @property
    def showing(self) -> bool:
        return self._number is not None

    def reveal(self) -> None:
        """Ask the service (which checks the permission and logs) for the number."""
        ui = self.ui
        purpose, note = ui.purpose_combo.currentData(), ui.note_edit.text().strip()
        ctx = self.ctx
        if self._party_id is not None:
            party_id = self._party_id

            def job() -> str:
                return persons.reveal_party_id_number(ctx, party_id, purpose=purpose,
                                                      note=note)
        else:
            person_id, case_id = self._person_id or "", self._case_id

            def job() -> str:
                return persons.reveal_id_number(ctx, person_id, purpose=purpose, note=note,
                                                case_id=case_id)
        self.errors.clear()
        ui.show_button.setEnabled(False)
        self._runner.submit(job, on_done=self._on_revealed, on_error=self._on_failed,
                            write=True)

    def mask(self) -> None:
        """Back to the masked number; the full one is forgotten."""
        self.timer.stop()
        self._number = None
        self.remaining = 0
        ui = self.ui
        ui.number_label.setText(self._masked or "—")
        ui.countdown_label.setText(self.tr("Masked."))
        ui.show_button.setText(self.tr("&Show"))
        ui.show_button.setEnabled(True)

    # Drafts (never written: see the module's docstring) -----------------------------------

    def form_state(self) -> dict[str, object]:
        return {}

    def restore_form_state(self, state: dict[str, object]) -> None:
        return None

    # Qt overrides -------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self.mask()
        super().done(result)

    # Slots --------------------------------------------------------------------------------

    def _on_show_clicked(self) -> None:
        if self.showing:
            self.mask()
        else:
            self.reveal()

    def _on_purpose_changed(self, *_args: object) -> None:
        other = self.ui.purpose_combo.currentData() == OTHER_PURPOSE
        self.ui.note_label.setText(self.tr("&Explain: *") if other else self.tr("&Explain:"))

    def _on_revealed(self, number: str) -> None:
        if not self.isVisible():
            return  # closed meanwhile: nothing to show
        self._number = number
        self.remaining = SHOW_SECONDS
        self.ui.number_label.setText(spaced(number))
        self.ui.show_button.setText(self.tr("&Hide now"))
        self.ui.show_button.setEnabled(True)
        self._show_remaining()
        self.timer.start()
        self.revealed.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.ui.show_button.setEnabled(True)
        self.errors.show(exc if isinstance(exc, DomainError) else DomainError(
            "internal.unexpected", None, kind=type(exc).__name__))

    def _tick(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.mask()
        else:
            self._show_remaining()

    def _show_remaining(self) -> None:
        self.ui.countdown_label.setText(self.tr(
            "Masked again in %n second(s).", "", self.remaining))
