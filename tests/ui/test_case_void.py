"""作废 in the case window: shown only to a role with CASE_VOID, asks for the reason under a
plain warning, voids through the service and closes; the case leaves the list."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.permissions import Principal, Role
from mediation_desk.services.case_queries import CaseFilter, list_cases
from mediation_desk.ui.dialogs.case_window import CaseWindow
from tests.ui.conftest import MakeWindow, register, type_text

pytestmark = pytest.mark.gui

CHAIR = Principal(login="wangjg", display_name="王建国", role=Role.CHAIR, user_id="c-1")
MEDIATOR = Principal(login="zhang3", display_name="张三", role=Role.MEDIATOR, user_id="m-1")


def case_window(window: Any, case_id: str) -> CaseWindow:
    window.show_case(case_id)
    return next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, CaseWindow) and w.case_id == case_id)


def test_a_mediator_is_not_offered_void(village: AppContext, make_window: MakeWindow) -> None:
    case_id = register(village)
    village.act_as(MEDIATOR)
    cw = case_window(make_window(), case_id)
    assert cw.ui.void_button.isHidden()


def test_a_chair_voids_with_a_reason(village: AppContext, make_window: MakeWindow,
                                     qtbot: Any) -> None:
    case_id = register(village)
    village.act_as(CHAIR)
    window = make_window()
    window.show()
    cw = case_window(window, case_id)
    assert not cw.ui.void_button.isHidden() and cw.ui.void_button.text() == "作废(&V)…"
    dialog = cw.void.open_dialog()
    assert dialog is not None
    assert "记录连同案号和作废理由都会保留" in dialog.ui.warning_label.text()
    assert "不再出现在案件列表和统计里" in dialog.ui.warning_label.text()
    dialog.ui.save_button.click()  # no reason
    error = dialog.findChild(QLabel, "reason_error")
    assert error.isVisible() and "必须填写" in error.text()
    type_text(dialog.ui.reason_edit, "重复登记")
    dialog.ui.save_button.click()
    assert not cw.isVisible()
    assert list_cases(village, CaseFilter()).total == 0
    assert "已作废" in window.statusBar().currentMessage()
    window.session.watcher.stop()


def test_an_archived_case_offers_no_void(village: AppContext, make_window: MakeWindow) -> None:
    from mediation_desk.store.tables import MediationCase

    case_id = register(village)
    with village.uow(write=True) as uow:
        uow.session.get(MediationCase, case_id).status = "archived"
        uow.commit()
    cw = case_window(make_window(), case_id)  # role None: may void, but not an archive
    assert cw.ui.void_button.isHidden()
