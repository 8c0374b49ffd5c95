"""Larger text that the whole window follows (live, remembered, Ctrl++/Ctrl+-/Ctrl+0) and
the settings page: text size, interface language, data folder, station, version."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from mediation_desk import __version__
from mediation_desk.bootstrap import AppContext
from mediation_desk.ui import app, text_size
from mediation_desk.ui.pages.settings_page import SettingsPage
from mediation_desk.ui.state import UiState
from mediation_desk.ui.tasks import SyncTaskRunner
from tests.ui.conftest import MakeWindow

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def standard_text(qapp: QApplication) -> Iterator[None]:
    """Every test starts and ends at the standard size: the app font is process-wide."""
    text_size.apply(text_size.STANDARD)
    yield
    text_size.apply(text_size.STANDARD)


@pytest.fixture
def state(village: AppContext) -> UiState:
    return UiState(village.paths.config_dir)


@pytest.fixture
def page(village: AppContext, state: UiState, qtbot: Any, zh_ui: None) -> SettingsPage:
    page = SettingsPage(village, state, runner=SyncTaskRunner())
    qtbot.addWidget(page)
    return page


def test_larger_text_grows_the_whole_window(make_window: MakeWindow, state: UiState,
                                            qapp: QApplication) -> None:
    window = make_window()
    window.show()
    label = window.case_list_page.ui.search_label
    before = label.sizeHint().height()
    text_size.TextSizeControl(state).set_size(text_size.LARGEST)
    assert qapp.font().pointSize() == 16
    assert label.font().pointSize() == 16
    assert label.sizeHint().height() > before
    table = window.case_list_page.ui.case_table
    assert table.verticalHeader().defaultSectionSize() > table.fontMetrics().height()


def test_widgets_with_their_own_size_or_a_style_sheet_follow(make_window: MakeWindow,
                                                             qtbot: Any) -> None:
    window = make_window()
    nav = window.ui.nav_list
    text_size.follow_scaled(nav, 1.2)
    assert nav.font().pointSizeF() == pytest.approx(13.2)
    sheet = QWidget()
    qtbot.addWidget(sheet)
    sheet.setStyleSheet("QLabel { padding: 2px; }")
    inner = QLabel("示例", sheet)
    QVBoxLayout(sheet).addWidget(inner)
    sheet.show()
    text_size.apply(text_size.LARGER)
    assert nav.font().pointSizeF() == pytest.approx(13 * 1.2)
    assert inner.font().pointSize() == 13


def test_text_size_is_remembered(state: UiState, village: AppContext) -> None:
    assert text_size.saved_size(state) == text_size.STANDARD
    text_size.TextSizeControl(state).set_size(text_size.LARGER)
    assert text_size.saved_size(UiState(village.paths.config_dir)) == 13
    assert app.saved_preferences(str(village.paths.data_dir)) == ("", 13)


def test_unusable_saved_size_falls_back_to_standard(state: UiState) -> None:
    state.set_preference(text_size.PREFERENCE, "huge")
    assert text_size.saved_size(state) == text_size.STANDARD
    state.set_preference(text_size.PREFERENCE, "200")
    assert text_size.saved_size(state) == text_size.STANDARD


def test_keyboard_steps_through_the_sizes(state: UiState, qtbot: Any,
                                          qapp: QApplication) -> None:
    control = text_size.TextSizeControl(state)
    host = QWidget()
    qtbot.addWidget(host)
    host.addActions(control.actions())
    with qtbot.waitActive(host):
        host.show()
        host.activateWindow()
    assert control.action_larger.shortcut() == QKeySequence(QKeySequence.StandardKey.ZoomIn)
    assert control.action_smaller.shortcut() == QKeySequence(QKeySequence.StandardKey.ZoomOut)
    ctrl = Qt.KeyboardModifier.ControlModifier
    sizes = []
    for key in (Qt.Key.Key_Plus, Qt.Key.Key_Plus, Qt.Key.Key_Plus, Qt.Key.Key_Minus,
                Qt.Key.Key_0):
        qtbot.keyClick(host, key, ctrl)
        sizes.append(qapp.font().pointSize())
    assert sizes == [13, 16, 16, 13, 11]
    assert text_size.saved_size(state) == 11


def test_settings_page_shows_station_folder_and_version(page: SettingsPage,
                                                        village: AppContext) -> None:
    assert page.ui.text_size_group.title() == "文字大小"
    assert [r.text() for r in (page.ui.standard_radio, page.ui.larger_radio,
                               page.ui.largest_radio)] == ["标准(&S)", "较大(&L)", "特大(&G)"]
    assert page.ui.station_name_value.text() == "青石村人民调解委员会"
    assert page.ui.station_code_value.text() == "510100000001"
    assert page.ui.station_township_value.text() == "青龙镇"
    assert page.ui.data_folder_value.text() == str(village.paths.data_dir)
    assert page.ui.version_label.text() == f"调解工作台 版本 {__version__}"
    assert page.chosen_text_size() == text_size.STANDARD


def test_choosing_a_size_on_the_page_applies_it_at_once(page: SettingsPage, qtbot: Any,
                                                        state: UiState,
                                                        qapp: QApplication) -> None:
    page.show()
    with qtbot.waitSignal(page.text_size_changed) as signal:
        qtbot.mouseClick(page.ui.larger_radio, Qt.MouseButton.LeftButton)
    assert signal.args == [13]
    assert qapp.font().pointSize() == 13
    assert page.ui.sample_label.font().pointSize() == 13
    # The View menu changes the size elsewhere: the page shows the new choice.
    text_size.TextSizeControl(state).set_size(text_size.LARGEST)
    assert page.chosen_text_size() == 16
    assert page.ui.largest_radio.isChecked()


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_folder_button_opens_the_data_folder(page: SettingsPage, qtbot: Any,
                                                  village: AppContext) -> None:
    catcher = _UrlCatcher()
    # Qt's own hook for file URLs, so no file manager starts during the test.
    QDesktopServices.setUrlHandler("file", catcher, "catch")
    try:
        qtbot.mouseClick(page.ui.open_folder_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in catcher.urls] == [str(village.paths.data_dir)]


def test_language_choice_is_saved_for_the_next_start(page: SettingsPage, qtbot: Any,
                                                     village: AppContext) -> None:
    combo = page.ui.language_combo
    assert combo.currentText() == "中文"
    assert page.ui.language_note_label.text() == "更改语言后，需要重新启动调解工作台才会生效。"
    page.show()
    with qtbot.waitSignal(page.language_changed) as signal:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert signal.args == ["en"]
    assert UiState(village.paths.config_dir).preference("language") == "en"
    saved, _size = app.saved_preferences(str(village.paths.data_dir))
    assert saved == "en"
    assert app.choose_language(None, {}, saved) == "en"
    # --lang and the environment still win over the saved choice.
    assert app.choose_language("zh", {}, saved) == "zh"
    assert app.choose_language(None, {"MEDIATION_DESK_LANG": "zh"}, saved) == "zh"
    reopened = SettingsPage(village, UiState(village.paths.config_dir),
                            runner=SyncTaskRunner())
    qtbot.addWidget(reopened)
    assert reopened.chosen_language() == "en"
