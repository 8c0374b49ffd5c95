"""Comparing fingerprints before trusting another station (sync.md §2).

``EnrollDialog``: at a village, the township's identity file (.mzid) is read and its name,
code and fingerprint are shown large; only the explicit "指纹一致，登记" enrolls it.
``VillageConfirmDialog``: at the township, a village's first bundle waits until a person
has compared the village's fingerprint the same way."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError, ValidationErrors
from mediation_desk.domain.sync_views import IdentityView, PeerView
from mediation_desk.services import sync_keys
from mediation_desk.ui import labels, text_size
from mediation_desk.ui.field_errors import ERROR_STYLE, MARK
from mediation_desk.ui.forms.ui_enroll_dialog import Ui_EnrollDialog
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.models.sync_models import spaced
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.wording import messages

log = logging.getLogger(__name__)

NAME_SCALE = 1.4
FINGERPRINT_SCALE = 1.8
# Enrolling over these needs the person to say "replace" (another township, or new keys).
REPLACEABLE = ("sync.other_upstream", "sync.key_changed")


def error_sentence(exc: BaseException) -> str:
    """The core's own sentence for a refusal; a plain one for anything unexpected (the
    details go to the log, never on screen)."""
    lang = current_language()
    if isinstance(exc, ValidationErrors):
        return "\n".join(messages.describe(exc.to_dict(), lang))
    if isinstance(exc, DomainError):
        return messages.message(exc.code, exc.params, lang)
    if isinstance(exc, OSError):
        log.warning("file error in sync", exc_info=exc)
        return QCoreApplication.translate(
            "EnrollDialog", "The file or folder could not be read or written. Check that the "
            "stick is still plugged in, then try again.")
    log.error("sync action failed", exc_info=exc)
    return QCoreApplication.translate(
        "EnrollDialog", "Something went wrong; it was written to the log. Try again.")


class _FingerprintDialog(QDialog):
    """A station's name, code and fingerprint, large, with a confirm button."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ui = Ui_EnrollDialog()
        self.ui.setupUi(self)
        self.identity: IdentityView | None = None
        text_size.follow_scaled(self.ui.name_label, NAME_SCALE)
        text_size.follow_scaled(self.ui.fingerprint_label, FINGERPRINT_SCALE)
        font = self.ui.fingerprint_label.font()
        font.setBold(True)
        self.ui.fingerprint_label.setFont(font)
        self.ui.error_label.setStyleSheet(ERROR_STYLE)
        self.ui.error_label.hide()
        self.ui.replace_button.hide()
        self.ui.confirm_button.setEnabled(False)
        self.ui.cancel_button.setDefault(False)
        self.ui.confirm_button.setAutoDefault(False)
        self.ui.cancel_button.setFocus()

    def show_identity(self, ident: IdentityView) -> None:
        self.identity = ident
        self.ui.name_label.setText(ident.name)
        self.ui.code_label.setText(labels.fill(QCoreApplication.translate(
            "EnrollDialog", "Code: %1"), ident.code))
        self.ui.fingerprint_label.setText(spaced(ident.fingerprint))
        self.ui.confirm_button.setEnabled(True)

    def show_error(self, text: str) -> None:
        self.ui.error_label.setText(MARK + text)
        self.ui.error_label.show()


class EnrollDialog(_FingerprintDialog):
    enrolled = Signal(object)
    """The township is enrolled; carries its PeerView."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.path = path
        self._busy = False
        self.ui.intro_label.setText(labels.fill(self.tr(
            "The file %1 says it belongs to this township. Before it is enrolled, the "
            "fingerprint below must be the same as the one on the township's screen."),
            path.name))
        self.ui.compare_label.setText(self.tr(
            "Compare it with the fingerprint shown on the township's computer, group by "
            "group (or have it read out by phone). Enroll only when every digit is the same."))
        self.ui.confirm_button.clicked.connect(lambda: self.enroll(replace=False))
        self.ui.replace_button.clicked.connect(lambda: self.enroll(replace=True))
        runner.submit(lambda: sync_keys.read_identity(path), on_done=self.show_identity,
                      on_error=self._on_unreadable)

    def _on_unreadable(self, exc: BaseException) -> None:
        self.ui.name_label.setText(self.tr("This file cannot be used."))
        self.show_error(error_sentence(exc))

    def enroll(self, *, replace: bool) -> None:
        ident = self.identity
        if ident is None or self._busy:
            return
        self._busy = True
        ctx = self.ctx
        self.runner.submit(lambda: sync_keys.enroll(ctx, ident, replace=replace),
                           on_done=self._on_enrolled, on_error=self._on_refused, write=True)

    def _on_enrolled(self, peer: PeerView) -> None:
        self._busy = False
        self.enrolled.emit(peer)
        self.accept()

    def _on_refused(self, exc: BaseException) -> None:
        self._busy = False
        self.show_error(error_sentence(exc))
        if isinstance(exc, DomainError) and exc.code in REPLACEABLE:
            self.ui.confirm_button.hide()
            self.ui.replace_button.setText(self.tr("&Replace the township enrolled before"))
            self.ui.replace_button.show()


class VillageConfirmDialog(_FingerprintDialog):
    """At the township: the first bundle of a village. Accepted = the person confirmed."""

    def __init__(self, ident: IdentityView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A village reports for the first time"))
        self.ui.intro_label.setText(self.tr(
            "This is the first bundle from this village. Its data is imported only after "
            "you have compared its fingerprint."))
        self.ui.compare_label.setText(self.tr(
            "Compare it group by group with the fingerprint shown on the village's computer "
            "(or have it read out by phone)."))
        self.ui.confirm_button.setText(self.tr("The fingerprints match: import"))
        self.ui.cancel_button.setText(self.tr("Do not import"))
        self.ui.confirm_button.clicked.connect(self.accept)
        self.show_identity(ident)
