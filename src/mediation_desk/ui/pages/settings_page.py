"""设置 page: text size (applied at once), interface language (after a restart), where the
data folder is, which station this is, and the version.

Everything here is machine-local (``UiState``) except the station, which is read from the
store through the TaskRunner."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QButtonGroup, QWidget

from mediation_desk import __version__
from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.views import StationView
from mediation_desk.services.station import get_station
from mediation_desk.ui import i18n, labels, text_size
from mediation_desk.ui.forms.ui_settings_page import Ui_SettingsPage
from mediation_desk.ui.pages.settings_accounts import SettingsAccounts
from mediation_desk.ui.pages.settings_retention import SettingsRetention
from mediation_desk.ui.state import UiState
from mediation_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

LANGUAGE_PREFERENCE = "language"  # the key ui.app reads at start-up
QUERY_KEY = "settings_station"
# Language names are shown in their own language, so either reader finds theirs.
_LANGUAGE_NAMES = (("zh", "中文"), ("en", "English"))
_EMPTY = "—"


class SettingsPage(QWidget):
    """The settings of this computer; changes take effect (and are saved) at once."""

    text_size_changed = Signal(int)
    """The user chose another text size here; carries the point size (already applied)."""
    language_changed = Signal(str)
    """The user chose another interface language ("zh" or "en"); used from the next start."""

    def __init__(self, ctx: AppContext, state: UiState, parent: QWidget | None = None, *,
                 runner: TaskRunner | None = None,
                 text_size_control: text_size.TextSizeControl | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._state = state
        self._runner = runner if runner is not None else TaskRunner(self)
        # Shared with the window's View menu when given, so both remember the size alike.
        self.text_size = (text_size_control if text_size_control is not None
                          else text_size.TextSizeControl(state, self))

        self._size_group = QButtonGroup(self)
        for size, radio in ((text_size.STANDARD, self.ui.standard_radio),
                            (text_size.LARGER, self.ui.larger_radio),
                            (text_size.LARGEST, self.ui.largest_radio)):
            self._size_group.addButton(radio, size)
        for code, name in _LANGUAGE_NAMES:
            self.ui.language_combo.addItem(name, code)
        self.ui.data_folder_value.setText(str(ctx.paths.data_dir))
        self.ui.version_label.setText(labels.fill(self.tr("Mediation Desk version %1"),
                                                  __version__))
        self._show_text_size()
        self._show_language()

        self._size_group.idClicked.connect(self._on_size_group_idClicked)
        self.ui.language_combo.activated.connect(self._on_language_combo_activated)
        self.ui.open_folder_button.clicked.connect(self._on_open_folder_button_clicked)
        self.text_size.changed.connect(self._on_text_size_changed)
        # Who is signed in, 账户与权限…, the idle lock's minutes (issue 8).
        self.accounts = SettingsAccounts(self, ctx, state, self._runner)
        self.retention = SettingsRetention(self, ctx, self._runner)  # 保管期限审查…
        self.refresh()

    # Public API ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the station again (after set-up or sync may have changed it)."""
        ctx = self._ctx
        self._runner.submit(lambda: get_station(ctx), on_done=self._on_station_loaded,
                            on_error=self._on_station_failed, key=QUERY_KEY)

    def chosen_language(self) -> str:
        return str(self.ui.language_combo.currentData())

    def chosen_text_size(self) -> int:
        return self._size_group.checkedId()

    def folder_url(self) -> QUrl:
        return QUrl.fromLocalFile(str(self._ctx.paths.data_dir))

    def apply_permissions(self) -> None:
        """Someone else signed in: their name, and what their role may change here."""
        self.accounts.apply_permissions()
        self.retention.apply_permissions()

    def show_item(self, case_id: str) -> None:
        """A 今日待办 line about a dossier due for review: the review, with it selected."""
        self.retention.open(case_id)

    # Qt overrides ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The View menu (Ctrl++ …) changes the application font without going through here.
        if event.type() == QEvent.Type.FontChange:
            self._show_text_size()

    # Slots -----------------------------------------------------------------------------

    def _on_size_group_idClicked(self, size: int) -> None:
        self.text_size.set_size(size)
        self.text_size_changed.emit(size)

    def _on_text_size_changed(self, _size: int) -> None:
        self._show_text_size()

    def _on_language_combo_activated(self, _index: int) -> None:
        lang = self.chosen_language()
        self._state.set_preference(LANGUAGE_PREFERENCE, lang)
        self.language_changed.emit(lang)

    def _on_open_folder_button_clicked(self) -> None:
        if not QDesktopServices.openUrl(self.folder_url()):
            log.warning("no file manager opened %s", self._ctx.paths.data_dir)

    def _on_station_loaded(self, station: StationView | None) -> None:
        if station is None:
            self.ui.station_name_value.setText(self.tr("Not set up yet"))
            self.ui.station_code_value.setText(_EMPTY)
            self.ui.station_township_value.setText(_EMPTY)
            return
        self.ui.station_name_value.setText(station.name)
        self.ui.station_code_value.setText(station.code)
        self.ui.station_township_value.setText(station.township_name or _EMPTY)

    def _on_station_failed(self, exc: BaseException) -> None:
        log.error("could not read the station", exc_info=exc)
        self.ui.station_name_value.setText(self.tr("Could not be read; see the log."))

    # Helpers ---------------------------------------------------------------------------

    def _show_text_size(self) -> None:
        button = self._size_group.button(text_size.current_size())
        if button is not None:
            button.setChecked(True)
            return
        # A size between the steps (edited by hand): no choice is marked.
        self._size_group.setExclusive(False)
        for radio in self._size_group.buttons():
            radio.setChecked(False)
        self._size_group.setExclusive(True)

    def _show_language(self) -> None:
        lang = self._state.preference(LANGUAGE_PREFERENCE) or i18n.current_language()
        index = self.ui.language_combo.findData(lang)
        self.ui.language_combo.setCurrentIndex(max(index, 0))
