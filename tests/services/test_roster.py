"""Mediator roster services: status change rules (Law Art. 15), renewal, training, the
committee check, 今日待办 lines, and logged exports read back (xlsx, PDF)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlmodel import select

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError, ValidationErrors
from mediation_desk.services import roster_agenda, roster_export
from mediation_desk.services.agenda import agenda
from mediation_desk.services.mediators import add_mediator, list_mediators
from mediation_desk.services.roster import committee_check, mediator_detail, roster
from mediation_desk.services.roster_changes import (
    add_training,
    change_status,
    renew_term,
    update_mediator,
)
from mediation_desk.store.tables import EventLog
from tests.documents.conftest import flat, pdf_text


def add(ctx: AppContext, name: str, role: str = "member", gender: str = "male",
        appointed: str = "2025-01-01", **extra: object) -> str:
    return add_mediator(ctx, {"person": {"name": name, "gender": gender,
                                         "birth_date": "1970-05-05"},
                              "role": role, "appointed_on": appointed,
                              "appointment_method": "appointed" if role == "hired"
                              else "elected", **extra}).id


@pytest.fixture
def committee(village: AppContext) -> dict[str, str]:
    return {"chair": add(village, "王主任", "chair", "female", certificate_no="调聘2025001",
                         honours=["调解能手"], is_chief=True),
            "member": add(village, "李委员"), "vice": add(village, "赵副主任", "vice_chair"),
            "hired": add(village, "陈聘任", "hired")}


def logged(ctx: AppContext, action: str) -> list[EventLog]:
    with ctx.uow() as uow:
        rows = list(uow.session.scalars(select(EventLog).where(EventLog.action == action)))
        uow.session.expunge_all()
        return rows


def test_roster_lists_chair_first_with_honours(village: AppContext,
                                               committee: dict[str, str]) -> None:
    entries = roster(village)
    assert [e.name for e in entries] == ["王主任", "赵副主任", "李委员", "陈聘任"]
    chair = entries[0]
    assert chair.honours == ["调解能手"] and chair.term_end == date(2028, 1, 1)
    assert chair.age == 56 and entries[-1].term_end is None  # hired: no elected term
    assert [m.name for m in list_mediators(village)]  # the case window's list still works


def test_committee_check_counts_members_not_hired(village: AppContext,
                                                  committee: dict[str, str]) -> None:
    check = committee_check(village)
    assert (check.member_count, check.hired_count, check.women_count, check.chair_count) == \
        (3, 1, 1, 1)
    assert check.warnings == []
    change_status(village, committee["chair"], {"to_status": "resigned", "reason": "resigned"})
    codes = {w.code for w in committee_check(village).warnings}
    assert codes == {"roster.too_few_members", "roster.no_woman", "roster.no_chair"}


def test_recall_needs_an_article_15_ground(village: AppContext,
                                          committee: dict[str, str]) -> None:
    with pytest.raises(DomainError) as refused:
        change_status(village, committee["member"], {"to_status": "recalled",
                                                     "reason": "resigned"})
    assert (refused.value.code, refused.value.field) == ("mediator.removal_needs_ground",
                                                         "reason")
    entry = change_status(village, committee["member"],
                          {"to_status": "recalled", "reason": "partiality",
                           "note": "村民会议罢免", "on_date": "2026-11-01"})
    assert (entry.status, entry.status_reason_code, entry.status_changed_on) == \
        ("recalled", "partiality", date(2026, 11, 1))
    [step] = entry.history
    assert (step.from_status, step.to_status, step.reason_text) == ("active", "recalled",
                                                                    "村民会议罢免")
    assert logged(village, "mediator.status")[0].after["reason"] == "partiality"
    # gone from the serving roster, kept in the full one
    assert committee["member"] not in {e.id for e in roster(village)}
    assert committee["member"] in {e.id for e in roster(village, include_former=True)}


def test_other_changes_need_a_plain_reason(village: AppContext,
                                           committee: dict[str, str]) -> None:
    with pytest.raises(DomainError) as refused:
        change_status(village, committee["hired"], {"to_status": "resigned",
                                                    "reason": "re_elected"})
    assert refused.value.code == "mediator.status_reason"
    with pytest.raises(ValidationErrors):
        change_status(village, committee["hired"], {"to_status": "resigned", "reason": ""})
    with pytest.raises(DomainError) as future:
        change_status(village, committee["hired"], {"to_status": "resigned",
                                                    "reason": "resigned",
                                                    "on_date": "2026-12-01"})
    assert future.value.code == "date.in_future"
    # the 2002 rule: serious dereliction → replaced
    assert change_status(village, committee["hired"], {"to_status": "replaced",
                                                       "reason": "dereliction"}).status == \
        "replaced"


def test_a_former_mediator_comes_back_only_by_renewal(village: AppContext,
                                                      committee: dict[str, str]) -> None:
    with pytest.raises(DomainError) as refused:
        change_status(village, committee["member"], {"to_status": "active",
                                                     "reason": "other"})
    assert refused.value.code == "mediator.reactivate_by_renewal"
    change_status(village, committee["member"], {"to_status": "resigned",
                                                 "reason": "moved_away"})
    with pytest.raises(DomainError) as again:
        change_status(village, committee["member"], {"to_status": "active",
                                                     "reason": "other"})
    assert again.value.code == "mediator.already_former"
    with pytest.raises(DomainError) as renew:
        renew_term(village, committee["member"])
    assert renew.value.code == "mediator.cannot_renew"


def test_renewal_gives_three_more_years(village: AppContext,
                                        committee: dict[str, str]) -> None:
    change_status(village, committee["vice"], {"to_status": "term_ended",
                                               "reason": "term_ended"})
    with pytest.raises(DomainError) as early:
        renew_term(village, committee["vice"], {"on_date": "2026-11-20"})
    assert early.value.code == "mediator.before_last_change"
    entry = renew_term(village, committee["vice"], {"note": "村民会议连选连任"})
    assert (entry.status, entry.term_end) == ("active", date(2029, 11, 21))
    assert [(h.to_status, h.reason_code) for h in entry.history] == \
        [("term_ended", "term_ended"), ("active", "re_elected")]
    hired = renew_term(village, committee["hired"])
    assert hired.history[-1].reason_code == "reappointed"
    assert hired.term_end == date(2029, 11, 21)


def test_update_fields_and_several_chiefs(village: AppContext,
                                          committee: dict[str, str]) -> None:
    entry = update_mediator(village, committee["member"],
                            {"specialties": ["family", "boundary"], "is_chief": True,
                             "work_cert_no": "上岗2026007", "level": "三级人民调解员",
                             "honours": ["调解专家", " "]})
    assert entry.specialty_labels == ["婚姻家庭", "土地边界"]
    assert entry.honours == ["调解专家"] and entry.work_cert_no == "上岗2026007"
    assert sum(e.is_chief for e in roster(village)) == 2  # chief is a title: several allowed
    assert entry.certificate_no == ""  # fields left out stay as they are
    with pytest.raises(DomainError) as bad:
        update_mediator(village, committee["member"], {"specialties": ["cooking"]})
    assert bad.value.field == "specialties[0]"
    with pytest.raises(DomainError):
        update_mediator(village, committee["member"], {"term_end": "2024-01-01"})
    [log] = logged(village, "mediator.change")
    assert log.after["is_chief"] is True and log.before["is_chief"] is False


def test_training_records(village: AppContext, committee: dict[str, str]) -> None:
    add_training(village, committee["chair"], {"held_on": "2026-06-01", "organiser": "县司法局",
                                               "topic": "民法典婚姻家庭编", "hours": 8,
                                               "exam_passed": True})
    entry = add_training(village, committee["chair"], {"held_on": "2026-03-01",
                                                       "topic": "调解技巧", "hours": 4.5})
    assert [t.topic for t in entry.trainings] == ["调解技巧", "民法典婚姻家庭编"]
    assert entry.training_hours == 12.5
    with pytest.raises(ValidationErrors):
        add_training(village, committee["chair"], {"held_on": "2026-03-01", "topic": "x",
                                                   "hours": 0})
    assert mediator_detail(village, committee["chair"]).trainings == entry.trainings


def test_agenda_shows_terms_ending_or_ended(village: AppContext) -> None:
    today = village.today()
    soon = add(village, "孙快到期", appointed=(today - timedelta(days=1000)).isoformat(),
               term_end=(today + timedelta(days=40)).isoformat())
    over = add(village, "周已到期", appointed="2023-01-01", term_end="2026-01-01")
    add(village, "吴还早", appointed="2026-01-01")
    with village.uow() as uow:
        items = roster_agenda.agenda_items(uow, today, today + timedelta(days=7))
    assert [(i.subject_id, i.state, i.subject, i.kind) for i in items] == [
        (over, "overdue", "mediator", "mediator_term"),
        (soon, "upcoming", "mediator", "mediator_term")]
    assert "孙快到期" in items[1].title and items[1].days_left == 40
    assert {i.subject_id for i in agenda(village) if i.subject == "mediator"} == {soon, over}
    change_status(village, over, {"to_status": "term_ended", "reason": "term_ended"})
    assert over not in {i.subject_id for i in agenda(village)}


def test_xlsx_export_is_logged_and_reads_back(village: AppContext,
                                              committee: dict[str, str],
                                              tmp_path: Path) -> None:
    change_status(village, committee["hired"], {"to_status": "resigned", "reason": "resigned"})
    target = roster_export.export_roster_xlsx(village, tmp_path / "名册.xlsx")
    ws = load_workbook(target).active
    assert "调解员名册" in ws["A1"].value
    headers = [c.value for c in ws[2]]
    assert headers[:4] == ["序号", "姓名", "性别", "年龄"] and "荣誉称号" in headers
    names = [ws.cell(row=r, column=2).value for r in range(3, ws.max_row + 1)]
    assert names == ["王主任", "赵副主任", "李委员", "陈聘任"]
    assert ws.cell(row=3, column=headers.index("荣誉称号") + 1).value == "调解能手"
    assert ws.freeze_panes == "A3"
    assert not list(tmp_path.glob(".md-*"))  # no temporary file left
    [log] = logged(village, "roster.export")
    assert log.after["format"] == "xlsx" and log.after["count"] == 4


def test_xlsx_export_failure_is_a_domain_error(village: AppContext, committee: dict[str, str],
                                               tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DomainError) as failed:
        roster_export.export_roster_xlsx(village, blocker / "名册.xlsx")
    assert failed.value.code == "roster.export_failed"
    assert logged(village, "roster.export") == []


def test_pdf_roster_reads_back_and_is_logged(village: AppContext, committee: dict[str, str],
                                             tmp_path: Path) -> None:
    target = roster_export.save_roster_pdf(village, tmp_path / "名册.pdf")
    text = flat(pdf_text(target.read_bytes()))
    for expected in ("人民调解委员会调解员名册", "王主任", "主任（首席调解员）", "调聘2025001",
                     "聘任调解员", "第1页 共1页"):
        assert expected in text, expected
    assert {a.action for a in logged(village, "roster.export")} == {"roster.export"}
    assert logged(village, "paper.saved")[0].after["form"] == "mediator_roster"
