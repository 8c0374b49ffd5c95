"""GuardedDialog keeps a draft, offers it back, and asks before throwing typed work away;
FieldErrors puts the core's messages beside the fields."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError, ValidationErrors
from mediation_desk.services import drafts
from mediation_desk.ui.field_errors import FieldErrors
from mediation_desk.ui.guarded_dialog import GuardedDialog
from tests.ui.conftest import type_text

pytestmark = pytest.mark.gui


class NameForm(GuardedDialog):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx, "test/name", "名字")
        outer = QVBoxLayout(self)
        body = QWidget(self)
        form = QFormLayout(body)
        self.name = QLineEdit(body)
        self.phone = QLineEdit(body)
        form.addRow("姓名", self.name)
        form.addRow("电话", self.phone)
        self.general = QLabel(self)
        outer.addWidget(body)
        outer.addWidget(self.general)
        self.errors = FieldErrors(self.general)
        self.errors.bind("name", self.name)
        self.errors.bind("phone", self.phone)
        self.watch(self.name, self.phone)
        self.offer_draft()

    def form_state(self) -> dict[str, Any]:
        return {"name": self.name.text(), "phone": self.phone.text()}

    def restore_form_state(self, state: dict[str, Any]) -> None:
        self.name.setText(state.get("name", ""))
        self.phone.setText(state.get("phone", ""))


def _open(ctx: AppContext, qtbot: Any) -> NameForm:
    dialog = NameForm(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_draft_survives_a_crash_and_is_offered_back(village: AppContext, qtbot: Any) -> None:
    first = _open(village, qtbot)
    assert first.draft_bar is None
    type_text(first.name, "张𠮷")
    qtbot.waitUntil(lambda: drafts.load_draft(village, "test/name") is not None, timeout=3000)
    # A crash: the dialog never closes properly. The next one offers the draft back.
    second = _open(village, qtbot)
    assert second.draft_bar is not None and second.name.text() == ""
    qtbot.mouseClick(second.draft_bar.restore_button, Qt.MouseButton.LeftButton)
    assert second.name.text() == "张𠮷" and second.draft_bar is None
    assert second.dirty


def test_discarding_the_offer_forgets_the_draft(village: AppContext, qtbot: Any) -> None:
    drafts.save_draft(village, "test/name", "名字", {"name": "李四", "phone": ""})
    dialog = _open(village, qtbot)
    qtbot.mouseClick(dialog.draft_bar.discard_button, Qt.MouseButton.LeftButton)
    assert drafts.load_draft(village, "test/name") is None and dialog.name.text() == ""


def test_escape_with_typed_text_asks_and_cancel_keeps_it(village: AppContext, qtbot: Any) -> None:
    dialog = _open(village, qtbot)
    type_text(dialog.name, "王五")
    dialog.reject()
    box = dialog.discard_question
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.name.text() == "王五"
    dialog.reject()
    box = dialog.discard_question
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert drafts.load_draft(village, "test/name") is None


def test_untouched_form_closes_without_asking(village: AppContext, qtbot: Any) -> None:
    dialog = _open(village, qtbot)
    dialog.reject()
    assert dialog.discard_question is None and not dialog.isVisible()


def test_saved_form_forgets_its_draft(village: AppContext, qtbot: Any) -> None:
    dialog = _open(village, qtbot)
    type_text(dialog.name, "赵六")
    dialog.flush_draft()
    assert drafts.load_draft(village, "test/name") == {"name": "赵六", "phone": ""}
    dialog.finish_saved()
    assert drafts.load_draft(village, "test/name") is None and not dialog.isVisible()


def test_errors_show_beside_their_fields(village: AppContext, qtbot: Any, zh_ui: None) -> None:
    dialog = _open(village, qtbot)
    shown = dialog.errors.show(ValidationErrors([
        DomainError("field.required", "name"),
        DomainError("phone.format", "phone"),
        DomainError("field.required", "facts"),
    ]))
    assert len(shown) == 3
    name_error = dialog.findChild(QLabel, "name_error")
    phone_error = dialog.findChild(QLabel, "phone_error")
    assert name_error.isVisible() and name_error.text() == "⚠ 必须填写"
    assert phone_error.isVisible() and phone_error.text().startswith("⚠ 电话号码格式不对")
    # An error for a field the form does not bind names the field in the general label.
    assert dialog.general.isVisible()
    assert dialog.general.text() == "⚠ 纠纷简要情况：必须填写"
    assert dialog.name.hasFocus() or dialog.focusWidget() is dialog.name
    dialog.errors.clear()
    assert not name_error.isVisible() and not dialog.general.isVisible()
