"""Fixtures for GUI tests: Chinese translations installed once, and a main window on the
``village`` store that runs its queries synchronously."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.services.case_actions import perform_action
from mediation_desk.services.case_register import register_case
from mediation_desk.ui import i18n
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.state import UiState
from mediation_desk.ui.tasks import SyncTaskRunner
from tests.services import helpers

MakeWindow = Callable[[], MainWindow]


@pytest.fixture(scope="session")
def zh_ui(qapp: QApplication) -> Iterator[None]:
    """The shipped default language; installed before any window exists."""
    translators = i18n.install_translators(qapp, "zh")
    yield
    i18n.remove_translators(qapp, translators)


@pytest.fixture
def make_window(village: AppContext, qtbot: Any, zh_ui: None) -> MakeWindow:
    def make() -> MainWindow:
        window = MainWindow(village, runner=SyncTaskRunner(),
                            state=UiState(village.paths.config_dir),
                            station_name="青石村人民调解委员会")
        qtbot.addWidget(window)
        return window
    return make


def register(ctx: AppContext, **overrides: Any) -> str:
    """Register a case (helpers.case_data with overrides); returns its id."""
    return register_case(ctx, helpers.case_data(**overrides)).summary.id


def register_overdue(ctx: AppContext, **overrides: Any) -> str:
    """Received 2026-09-01, accepted 2026-09-02: its one-month limit passed on 2026-10-02."""
    case_id = register(ctx, received_on="2026-09-01", **overrides)
    perform_action(ctx, case_id, "accept", {"host_mediator_id": helpers.mediator(ctx),
                                            "on_date": "2026-09-02"})
    return case_id


def other_parties(applicant: str = "王五", respondent: str = "赵六") -> list[dict[str, Any]]:
    """Two new persons without ID numbers (case_data's own persons can be registered once)."""
    return [
        {"role": "applicant", "consented": True,
         "person": helpers.person(applicant, gender="male", address="青石村一组3号")},
        {"role": "respondent", "consented": True,
         "person": helpers.person(respondent, gender="male", address="青石村一组5号")},
    ]


def other_case(applicant: str = "王五", respondent: str = "赵六") -> dict[str, Any]:
    """Overrides for case_data: a case that shares no name or word with the default one."""
    return {"parties": other_parties(applicant, respondent),
            "facts": f"{applicant}与{respondent}因承包地边界的界桩位置发生争执。",
            "requests": ["请求重新确认界桩位置"]}


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as a Chinese input method does: one committed string per character.

    (qtbot.keyClicks takes ASCII only; QTest aborts on 张.) The widget gets focus first, as
    it would when the user clicks into it."""
    widget.setFocus()
    for char in text:
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(widget, event)
