"""The idle lock: after some minutes without keyboard or mouse the window is covered and asks
for the signed-in person's password (a shared laptop in a village office is often left open
while its user steps out).

* ``IdleWatcher`` is an application-wide event filter: any key, click, wheel or mouse move
  in any of the app's windows restarts its timer.
* ``LockCover`` is an opaque widget over the whole main window (menus, pages and status bar
  included), so nothing of the data is readable behind the lock.
* ``LockDialog`` asks for the password (``accounts.verify_password``: wrong tries count and
  lock the account like at sign-in) or lets the person sign out for someone else. Esc and
  the window's × do nothing: the lock is left only by the password or by signing out.

``ui/session.py`` ties them together (which windows hide, what signing out does)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.services import accounts
from mediation_desk.ui import labels, text_size
from mediation_desk.ui.account_labels import person_text
from mediation_desk.ui.dialogs.account_form import AccountForm
from mediation_desk.ui.forms.ui_lock_dialog import Ui_LockDialog
from mediation_desk.ui.tasks import TaskRunner

DEFAULT_MINUTES = 10
MIN_MINUTES, MAX_MINUTES = 1, 120
IDLE_PREFERENCE = "idle_lock_minutes"  # machine-local (UiState)
ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
    QEvent.Type.InputMethod})
TITLE_SCALE = 1.4


def minutes_from(text: str) -> int:
    """The saved preference as minutes; anything unreadable is the default."""
    try:
        value = int(text)
    except ValueError:
        return DEFAULT_MINUTES
    return min(max(value, MIN_MINUTES), MAX_MINUTES)


class IdleWatcher(QObject):
    idle = Signal()
    """Nothing was typed or clicked for the whole timeout."""

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)
        self._filtering = False

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        # The filter sees every event of the app: installed only while counting down.
        app = QCoreApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
            self._filtering = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self._timer.isActive():
            self._timer.start()  # restart: the countdown begins again from now
        return False


class LockCover(QWidget):
    """An opaque sheet over the whole main window while it is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lock_cover")
        self.setAutoFillBackground(True)  # opaque: the window's own colour, nothing shows
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        self.label = QLabel(self.tr("Mediation Desk is locked."), self)
        self.label.setObjectName("lock_cover_label")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text_size.follow_scaled(self.label, TITLE_SCALE)
        layout.addWidget(self.label)
        window.installEventFilter(self)
        self.hide()

    def cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize \
                and self.isVisible():
            self.setGeometry(self.parentWidget().rect())
        return False


class LockDialog(AccountForm):
    """The password to go on, or 退出登录."""

    sign_out_requested = Signal()

    def __init__(self, ctx: AppContext, runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.ui = ui = Ui_LockDialog()
        ui.setupUi(self)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        text_size.follow_scaled(ui.title_label, TITLE_SCALE)
        font = ui.title_label.font()
        font.setBold(True)
        ui.title_label.setFont(font)
        p = ctx.principal
        ui.who_label.setText(labels.fill(self.tr(
            "Signed in: %1. Type the password to go on."), person_text(p.display_name,
                                                                       p.login, p.role)))
        self.setup_form(ui.unlock_button, None, ui.general_error_label,
                        (("password", ui.password_edit),), shortcut=False)
        ui.sign_out_button.clicked.connect(self.sign_out_requested)
        ui.password_edit.setFocus()

    def collect(self) -> Callable[[], Any] | None:
        ctx, password = self.ctx, self.ui.password_edit.text()
        return lambda: accounts.verify_password(ctx, password)

    def failed(self, exc: Any) -> None:
        self.ui.password_edit.clear()
        self.ui.password_edit.setFocus()

    def reject(self) -> None:
        """Esc and × leave the lock shut (``done`` still closes it, after signing out)."""

