"""Record dialogs filled through their widgets: what is saved, what is refused (beside the
field, nothing stored), which records a case offers, and drafts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLabel,
)

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.views import CaseDetail
from mediation_desk.services import agreements, case_actions
from mediation_desk.services.case_queries import get_case
from mediation_desk.services.case_register import register_case
from mediation_desk.ui.dialogs.agreement_dialog import AgreementDialog
from mediation_desk.ui.dialogs.record_dialog import RecordDialog
from mediation_desk.ui.dialogs.record_dialogs import (
    RECORD_KINDS,
    available_records,
    open_record,
    record_label,
)
from mediation_desk.ui.dialogs.session_dialog import SessionDialog
from mediation_desk.ui.tasks import SyncTaskRunner
from tests.services.helpers import case_data, mediator
from tests.ui.conftest import other_case, type_text

pytestmark = pytest.mark.gui

WRITTEN = {
    "kind": "written", "facts_and_issues": "屋檐滴水流入李四院内。",
    "terms": ["张三于2026年11月30日前改造屋檐排水。"], "performance_manner": "张三自行改造。",
    "reached_on": "2026-11-06", "all_parties_signed": True, "mediator_signed": True,
    "sealed": True, "items": [{"description": "改造屋檐排水", "due_on": "2026-11-30"}],
}


def do(ctx: AppContext, case_id: str, action: str, **data: Any) -> CaseDetail:
    return case_actions.perform_action(ctx, case_id, action, data)


def registered(ctx: AppContext, names: tuple[str, str] | None = None) -> CaseDetail:
    """Received 2026-11-02; ``names`` for a second case (the default persons exist once)."""
    return register_case(ctx, case_data(**(other_case(*names) if names else {})))


def mediating(ctx: AppContext, names: tuple[str, str] | None = None) -> CaseDetail:
    host = mediator(ctx)
    case_id = registered(ctx, names).summary.id
    do(ctx, case_id, "accept", host_mediator_id=host, on_date="2026-11-03")
    return do(ctx, case_id, "start_mediation", notice_given_to_all=True, on_date="2026-11-03")


def performing(ctx: AppContext, names: tuple[str, str] | None = None) -> CaseDetail:
    case_id = mediating(ctx, names).summary.id
    agreements.record_agreement(ctx, case_id, WRITTEN)
    do(ctx, case_id, "reach_agreement", on_date="2026-11-06")
    return do(ctx, case_id, "start_performance", on_date="2026-11-06")


class Opened:
    """A record dialog opened as the case window opens it, with what on_saved received."""

    def __init__(self, ctx: AppContext, qtbot: Any, detail: CaseDetail, kind: str,
                 ref_id: str | None = None) -> None:
        self.saved: list[CaseDetail] = []
        self.dialog: Any = open_record(None, ctx, SyncTaskRunner(), detail, kind,
                                       self.saved.append, ref_id=ref_id)
        _OPEN.append(self.dialog)

    def save(self, qtbot: Any) -> None:
        qtbot.mouseClick(self.dialog.save_button, Qt.MouseButton.LeftButton)


_OPEN: list[QDialog] = []


@pytest.fixture(autouse=True)
def _close_dialogs() -> Iterator[None]:
    """The dialogs delete themselves when closed (qtbot.addWidget would close them twice);
    whatever a test leaves open is closed here."""
    yield
    while _OPEN:
        dialog = _OPEN.pop()
        if shiboken6.isValid(dialog):
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            dialog.done(QDialog.DialogCode.Rejected)
            dialog.deleteLater()


def tick(qtbot: Any, box: QAbstractButton) -> None:
    """Click on the box itself (a stretched check box ignores clicks right of its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def error_text(dialog: QDialog, field: str) -> str:
    label = dialog.findChild(QLabel, f"{field}_error")
    assert label is not None, field
    return label.text() if label.isVisible() else ""


def choose(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


# Which records a case offers ------------------------------------------------------------

def test_available_records_follow_the_case(village: AppContext, zh_ui: None) -> None:
    assert available_records(registered(village)) == [
        "notice", "assign_mediator", "investigation", "major_flag", "report", "prevented"]
    in_mediation = available_records(mediating(village, ("王五", "赵六")))
    assert {"session", "agreement", "extension", "recusal_request"} <= set(in_mediation)
    assert not {"signatures", "item_done", "followup"} & set(in_mediation)
    kinds = available_records(performing(village, ("孙七", "周八")))
    assert {"item_done", "reminder", "followup", "confirmation_apply"} <= set(kinds)
    assert not {"session", "agreement", "signatures", "notice"} & set(kinds)
    assert kinds == [k for k in RECORD_KINDS if k in kinds]
    assert record_label("followup") == "登记回访"


def test_every_kind_opens_and_cancels(village: AppContext, zh_ui: None, qtbot: Any) -> None:
    detail = performing(village)
    for kind in RECORD_KINDS:
        opened = Opened(village, qtbot, detail, kind)
        dialog = opened.dialog
        assert dialog.isVisible() and record_label(kind) in dialog.windowTitle()
        assert dialog.save_button.text() == "保存"
        dialog.reject()
        assert not dialog.isVisible() and opened.saved == []


# Small records --------------------------------------------------------------------------

def test_notice_recorded(village: AppContext, zh_ui: None, qtbot: Any) -> None:
    detail = registered(village)
    opened = Opened(village, qtbot, detail, "notice")
    dialog: RecordDialog = opened.dialog
    parties = dialog.widget("party_ids")
    assert parties.values() == [p.id for p in detail.parties]  # everyone by default
    tick(qtbot, parties.box(detail.parties[1].id))
    choose(dialog.widget("method"), "oral")
    dialog.widget("given_on").setDate(QDate(2026, 11, 5))
    opened.save(qtbot)

    assert len(opened.saved) == 1 and dialog.result() == QDialog.DialogCode.Accepted
    notices = [r for r in get_case(village, detail.summary.id).records
               if r.kind == "rights_notice"]
    assert [(n.summary, str(n.on), n.details["method"]) for n in notices] == [
        ("李四", "2026-11-05", "oral")]


def test_date_before_the_case_was_received_is_refused_beside_the_field(
        village: AppContext, zh_ui: None, qtbot: Any) -> None:
    detail = registered(village)
    opened = Opened(village, qtbot, detail, "notice")
    dialog = opened.dialog
    dialog.widget("given_on").setDate(QDate(2026, 10, 1))
    opened.save(qtbot)
    assert "不能早于 2026-11-02" in error_text(dialog, "given_on")
    assert dialog.isVisible() and opened.saved == []
    assert not [r for r in get_case(village, detail.summary.id).records]


def test_notice_needs_a_party_ticked(village: AppContext, zh_ui: None, qtbot: Any) -> None:
    detail = registered(village)
    opened = Opened(village, qtbot, detail, "notice")
    dialog = opened.dialog
    for box in dialog.widget("party_ids").boxes():
        box.setChecked(False)
    opened.save(qtbot)
    assert "至少" in error_text(dialog, "party_ids")
    assert opened.saved == [] and get_case(village, detail.summary.id).records == []


def test_followup_recorded(village: AppContext, zh_ui: None, qtbot: Any) -> None:
    detail = performing(village)
    opened = Opened(village, qtbot, detail, "followup")
    dialog = opened.dialog
    assert dialog.widget("visitor_mediator_id").currentText() == "王调解"  # the host
    choose(dialog.widget("visited_party_id"), detail.parties[1].id)
    dialog.widget("performance_status").setEditText("已部分履行")
    type_text(dialog.widget("satisfaction").lineEdit(), "满意")
    tick(qtbot, dialog.widget("risk_found"))
    type_text(dialog.widget("measures"), "约定下周再访")
    opened.save(qtbot)

    assert len(opened.saved) == 1
    visit = next(r for r in opened.saved[0].records if r.kind == "follow_up")
    assert visit.summary == "已部分履行"
    assert visit.details == {"satisfaction": "满意", "measures": "约定下周再访",
                             "risk_found": True, "note": ""}


def test_item_done_for_the_chosen_item(village: AppContext, zh_ui: None, qtbot: Any) -> None:
    detail = performing(village)
    item = detail.agreements[0].items[0]
    opened = Opened(village, qtbot, detail, "item_done", ref_id=item.id)
    dialog = opened.dialog
    assert dialog.draft_key == f"case/{detail.summary.id}/record/item_done/{item.id}"
    assert dialog.widget("item_id").currentData() == item.id
    opened.save(qtbot)
    assert opened.saved[0].agreements[0].items[0].status == "done"
    assert "item_done" not in available_records(opened.saved[0])


# Session ---------------------------------------------------------------------------------

def test_session_recorded(village: AppContext, zh_ui: None, qtbot: Any) -> None:
    detail = mediating(village)
    opened = Opened(village, qtbot, detail, "session")
    dialog: SessionDialog = opened.dialog
    ui = dialog.ui
    assert ui.matter_edit.text() == detail.summary.title
    assert ui.mediators_check.values() == [detail.mediators[0].mediator_id]
    type_text(ui.place_edit, "村委会调解室")
    type_text(ui.participants_edit, "王大爷、李婶")
    type_text(ui.content_edit, "双方陈述了各自意见，同意改造屋檐排水。")
    qtbot.mouseClick(ui.result_agreement_radio, Qt.MouseButton.LeftButton)
    assert dialog.collect()["participants"] == ["王大爷", "李婶"]
    opened.save(qtbot)

    assert len(opened.saved) == 1
    session = next(r for r in opened.saved[0].records if r.kind == "session")
    assert session.summary == "agreement" and str(session.on) == "2026-11-21"
    assert session.details["place"] == "村委会调解室"
    assert session.details["content"] == "双方陈述了各自意见，同意改造屋檐排水。"


def test_session_without_content_is_refused(village: AppContext, zh_ui: None,
                                            qtbot: Any) -> None:
    detail = mediating(village)
    opened = Opened(village, qtbot, detail, "session")
    opened.save(qtbot)
    assert error_text(opened.dialog, "content")
    assert opened.saved == []


# Agreement -------------------------------------------------------------------------------

def fill_agreement(dialog: AgreementDialog, qtbot: Any, detail: CaseDetail) -> None:
    ui = dialog.ui
    type_text(ui.terms_editor.edits[0], "张三于2026年11月30日前改造屋檐排水。")
    qtbot.mouseClick(ui.terms_editor.add_button, Qt.MouseButton.LeftButton)
    type_text(ui.terms_editor.edits[1], "张三补偿李四损失一万二千元。")
    type_text(ui.manner_edit, "张三自行施工，补偿款当面付清。")
    for description, amount, due in (("改造屋檐排水", "", QDate(2026, 11, 30)),
                                     ("支付补偿款", "12000", QDate(2026, 12, 10))):
        qtbot.mouseClick(ui.items_editor.add_button, Qt.MouseButton.LeftButton)
        row = ui.items_editor.rows[-1]
        type_text(row.description, description)
        choose(row.obligor, detail.parties[1].id)
        row.due.setDate(due)
        type_text(row.amount, amount)


def test_written_agreement_with_items_takes_effect_when_signed(
        village: AppContext, zh_ui: None, qtbot: Any) -> None:
    detail = mediating(village)
    opened = Opened(village, qtbot, detail, "agreement")
    dialog: AgreementDialog = opened.dialog
    ui = dialog.ui
    assert ui.facts_edit.toPlainText() == detail.facts  # prefilled from the case
    fill_agreement(dialog, qtbot, detail)
    assert "¥12,000.00" in ui.capital_label.text()  # taken from the items until typed
    type_text(ui.amount_edit, "1.2万")
    assert ui.capital_label.text() == "大写：人民币壹万贰仟元整"
    assert "还没有生效" in ui.effect_label.text()
    for check in dialog.signature_checks.values():
        tick(qtbot, check)
    assert "保存后即生效" in ui.effect_label.text()
    opened.save(qtbot)

    assert len(opened.saved) == 1
    a = opened.saved[0].agreements[0]
    assert a.kind == "written" and str(a.effective_on) == "2026-11-21"
    assert a.terms == ["张三于2026年11月30日前改造屋檐排水。", "张三补偿李四损失一万二千元。"]
    assert a.amount_fen == 1_200_000
    assert [(i.description, str(i.due_on), i.amount_fen, i.obligor_party_id)
            for i in a.items] == [
        ("改造屋檐排水", "2026-11-30", 0, detail.parties[1].id),
        ("支付补偿款", "2026-12-10", 1_200_000, detail.parties[1].id)]
    assert do(village, detail.summary.id, "reach_agreement").summary.status \
        == "agreement_reached"


def test_agreement_without_terms_is_refused(village: AppContext, zh_ui: None,
                                            qtbot: Any) -> None:
    detail = mediating(village)
    opened = Opened(village, qtbot, detail, "agreement")
    dialog = opened.dialog
    type_text(dialog.ui.manner_edit, "当面履行")
    opened.save(qtbot)
    assert "至少" in error_text(dialog, "terms")
    assert dialog.isVisible() and opened.saved == []
    assert get_case(village, detail.summary.id).agreements == []


def test_bad_item_lines_are_named(village: AppContext, zh_ui: None, qtbot: Any) -> None:
    detail = mediating(village)
    opened = Opened(village, qtbot, detail, "agreement")
    ui = opened.dialog.ui
    fill_agreement(opened.dialog, qtbot, detail)
    ui.items_editor.rows[0].due.setDate(QDate(2026, 11, 1))  # before the agreement
    type_text(ui.items_editor.rows[1].amount, "元")  # "12000元" is fine
    ui.items_editor.rows[1].amount.setText("一万")
    opened.save(qtbot)
    assert "第2项履行事项的金额" in ui.items_editor.error_label.text()
    assert opened.saved == []
    ui.items_editor.rows[1].amount.setText("12000")
    opened.save(qtbot)
    assert "第1项履行事项的期限" in ui.items_editor.error_label.text()
    assert ui.items_editor.error_label.isVisible() and opened.saved == []


def test_oral_agreement_hides_the_signatures(village: AppContext, zh_ui: None,
                                             qtbot: Any) -> None:
    detail = mediating(village)
    opened = Opened(village, qtbot, detail, "agreement")
    ui = opened.dialog.ui
    qtbot.mouseClick(ui.oral_radio, Qt.MouseButton.LeftButton)
    assert ui.signatures_group.isHidden() and ui.confirmation_group.isHidden()
    type_text(ui.terms_editor.edits[0], "张三当场赔礼道歉。")
    opened.save(qtbot)
    a = opened.saved[0].agreements[0]
    assert a.kind == "oral" and str(a.effective_on) == "2026-11-21"


def test_terms_can_be_reordered_and_removed(village: AppContext, zh_ui: None,
                                            qtbot: Any) -> None:
    opened = Opened(village, qtbot, mediating(village), "agreement")
    terms = opened.dialog.ui.terms_editor
    terms.set_texts(["甲", "乙", "丙"])
    terms.move_term(2, -1)
    assert terms.terms() == ["甲", "丙", "乙"]
    terms.remove_term(0)
    terms.add_term("")
    assert terms.texts() == ["丙", "乙", ""] and terms.terms() == ["丙", "乙"]


def test_agreement_draft_is_restored(village: AppContext, zh_ui: None, qtbot: Any) -> None:
    detail = mediating(village)
    first = Opened(village, qtbot, detail, "agreement")
    ui = first.dialog.ui
    type_text(ui.terms_editor.edits[0], "张三赔礼道歉。")
    type_text(ui.amount_edit, "500")
    qtbot.mouseClick(ui.items_editor.add_button, Qt.MouseButton.LeftButton)
    type_text(ui.items_editor.rows[0].description, "支付医药费")
    assert first.dialog.dirty
    first.dialog.flush_draft()  # what the timer does after a pause in typing
    first.dialog.done(QDialog.DialogCode.Rejected)  # e.g. the case window was closed

    second = Opened(village, qtbot, detail, "agreement")
    dialog = second.dialog
    assert dialog.draft_bar is not None
    qtbot.mouseClick(dialog.draft_bar.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.terms_editor.terms() == ["张三赔礼道歉。"]
    assert dialog.ui.amount_edit.text() == "500"
    assert "人民币伍佰元整" in dialog.ui.capital_label.text()
    assert dialog.ui.items_editor.state()[0]["description"] == "支付医药费"


def test_prevented_outcome_is_recorded_with_persons(village: AppContext, zh_ui: None,
                                                    qtbot: Any) -> None:
    from PySide6.QtWidgets import QSpinBox

    from mediation_desk.services import statistics

    detail = mediating(village)
    opened = Opened(village, qtbot, detail, "prevented")
    dialog = opened.dialog
    choose(dialog.findChild(QComboBox, "outcome"), "mass_petition")
    persons = dialog.findChild(QSpinBox, "persons")
    persons.setValue(0)
    opened.save(qtbot)
    assert "人数" in error_text(dialog, "persons") and opened.saved == []
    persons.setValue(15)
    opened.save(qtbot)
    assert len(opened.saved) == 1
    rows = {p.code: (p.cases, p.persons) for p in statistics.report(village, "2026-11").prevented}
    assert rows["mass_petition"] == (1, 15)
