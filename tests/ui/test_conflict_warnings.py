"""回避提示 in the windows: the warning under a mediator field (assign, accept, replacement),
the marks in the case window's mediators tab, and the relatives dialog (add, remove)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QMessageBox

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.views import CaseDetail
from mediation_desk.services import case_records, relations
from mediation_desk.services.case_actions import perform_action
from mediation_desk.services.case_queries import get_case
from mediation_desk.services.case_register import register_case
from mediation_desk.services.mediators import add_mediator
from mediation_desk.ui.dialogs.action_dialog import ActionDialog
from mediation_desk.ui.dialogs.case_window import CaseWindow
from mediation_desk.ui.dialogs.record_dialogs import open_record
from mediation_desk.ui.dialogs.relatives_dialog import RelativesDialog
from mediation_desk.ui.state import UiState
from mediation_desk.ui.tasks import SyncTaskRunner
from tests.services.helpers import case_data, mediator
from tests.ui.conftest import type_text

pytestmark = pytest.mark.gui

_OPEN: list[QDialog] = []


@pytest.fixture(autouse=True)
def _close_dialogs() -> Iterator[None]:
    yield
    while _OPEN:
        dialog = _OPEN.pop()
        if shiboken6.isValid(dialog):
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            dialog.done(QDialog.DialogCode.Rejected)
            dialog.deleteLater()


class Case:
    """A registered case (李四 v. 张三), a stranger mediator and 张三's brother 张大伟."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.detail = register_case(ctx, case_data())
        zhang = next(p for p in self.detail.parties if p.name == "张三")
        self.stranger = mediator(ctx)
        brother = add_mediator(ctx, {"person": {"name": "张大伟", "gender": "male"},
                                     "role": "member"})
        self.brother = brother.id
        relations.add_relation(ctx, {"person_id": zhang.person_id,
                                     "relative_id": brother.person_id, "relation": "sibling"})

    def fresh(self) -> CaseDetail:
        return get_case(self.ctx, self.detail.summary.id)


def plain(html: str) -> str:
    return unescape(re.sub(r"<br>", " ", re.sub(r"<(?!br>)[^>]+>", "", html)))


def warning(dialog: QDialog, field: str) -> str:
    """The warning under a field as the user reads it ("" when none shows)."""
    label = dialog.findChild(QLabel, f"{field}_conflicts")
    assert label is not None, field
    return plain(label.text()) if label.isVisibleTo(dialog) else ""


def choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


BROTHER = "张大伟是当事人张三的兄弟（近亲属）"


def test_assign_dialog_warns_for_a_relative_and_still_saves(village: AppContext, zh_ui: None,
                                                            qtbot: Any) -> None:
    case = Case(village)
    saved: list[CaseDetail] = []
    dialog: Any = open_record(None, village, SyncTaskRunner(), case.detail, "assign_mediator",
                              saved.append)
    _OPEN.append(dialog)
    combo = dialog.widget("mediator_id")
    choose(combo, case.stranger)
    assert warning(dialog, "mediator_id") == ""
    choose(combo, case.brother)
    text = warning(dialog, "mediator_id")
    assert text.startswith("⚠ 回避提示：" + BROTHER) and "第二十三条" in text
    assert BROTHER in combo.accessibleDescription()  # screen readers hear it too
    # The label sits right under the field, before the next one.
    form = dialog.ui.fields_form
    label = dialog.findChild(QLabel, "mediator_id_conflicts")
    assert form.getWidgetPosition(label)[0] < form.getWidgetPosition(
        dialog.widget("chosen_by_party"))[0]
    choose(combo, case.stranger)
    assert warning(dialog, "mediator_id") == ""
    choose(combo, case.brother)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [m.name for m in saved[0].mediators] == ["张大伟"]  # a warning never blocks


def test_accept_dialog_warns_about_the_presiding_mediator(village: AppContext, zh_ui: None,
                                                          qtbot: Any) -> None:
    case = Case(village)
    dialog = ActionDialog(village, SyncTaskRunner(), case.detail, "accept")
    qtbot.addWidget(dialog)
    dialog.show()
    host = dialog.form.widgets["host_mediator_id"]
    assert warning(dialog, "host_mediator_id") == ""  # nobody chosen yet
    choose(host, case.brother)
    assert BROTHER in warning(dialog, "host_mediator_id")
    choose(host, case.stranger)
    assert warning(dialog, "host_mediator_id") == ""


def test_mediators_tab_marks_the_related_mediator(village: AppContext, zh_ui: None,
                                                  qtbot: Any) -> None:
    case = Case(village)
    case_id = case.detail.summary.id
    perform_action(village, case_id, "accept", {"host_mediator_id": case.stranger,
                                                "on_date": "2026-11-03"})
    case_records.assign_mediator(village, case_id, case.brother)
    window = CaseWindow(village, SyncTaskRunner(), case.fresh(),
                        state=UiState(village.paths.config_dir))
    qtbot.addWidget(window)
    window.show()
    table = window.ui.mediators_table
    tasks = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert tasks == {"王调解": "主持调解", "张大伟": "参与调解——⚠ 需回避提示"}
    brother_row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "张大伟")
    assert BROTHER in table.item(brother_row, 0).toolTip()
    window.show_section(2)  # 调解员
    line = window.findChild(QLabel, "mediators_conflicts_label")
    assert line is not None and line.isVisible() and BROTHER in line.text()


def test_relatives_dialog_adds_and_removes(village: AppContext, zh_ui: None,
                                           qtbot: Any) -> None:
    detail = register_case(village, case_data())
    zhang = next(p for p in detail.parties if p.name == "张三")
    dialog = RelativesDialog(village, SyncTaskRunner(), zhang.person_id or "")
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.title_label.text() == "张三的亲属关系"
    assert ui.relatives_table.rowCount() == 0 and ui.empty_label.isVisible()
    assert not ui.remove_button.isEnabled()

    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)  # nobody chosen: said so
    error = dialog.findChild(QLabel, "relative_id_error")
    assert error is not None and error.isVisible() and "必须填写" in error.text()

    type_text(ui.search_edit, "李四")
    dialog.search.search_now()
    assert ui.results_list.count() == 1
    qtbot.mouseClick(ui.use_button, Qt.MouseButton.LeftButton)
    assert "李四" in ui.chosen_label.text()
    choose(ui.relation_combo, "spouse")
    type_text(ui.note_edit, "夫妻")
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    table = ui.relatives_table
    assert [[table.item(0, c).text() for c in range(5)]] == [
        ["李四", "丈夫", "否", "110105********002X", "夫妻"]]
    assert "李四" not in ui.chosen_label.text() and ui.note_edit.text() == ""
    assert not dialog.dirty

    table.selectRow(0)
    assert ui.remove_button.isEnabled()
    qtbot.mouseClick(ui.remove_button, Qt.MouseButton.LeftButton)
    box = dialog.remove_question
    assert isinstance(box, QMessageBox) and "李四" in box.text()
    mistake = next(b for b in box.buttons() if b.text() == "登记错误")
    qtbot.mouseClick(mistake, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 0
    assert relations.relatives_of(village, zhang.person_id or "") == []
