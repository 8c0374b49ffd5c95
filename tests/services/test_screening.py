"""Screening rounds (排查): frequency, nil reports, findings, duplicate periods, findings that
become cases, major findings' 2-day reports, and the 今日待办 lines."""

from __future__ import annotations

from datetime import date

import pytest

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError, ValidationErrors
from mediation_desk.services import agenda, screening
from tests.conftest import FakeClock
from tests.services.helpers import case_data, mediator

NOV = {"period_start": "2026-11-01", "period_end": "2026-11-30", "held_on": "2026-11-20"}
FINDING = {"description": "三组两户因排水沟堵塞争吵", "category": "neighbour",
           "parties_text": "张三、李四", "risk_level": "medium"}


def _codes(exc: pytest.ExceptionInfo[ValidationErrors]) -> set[str]:
    return {e.code for e in exc.value.errors}


def test_nil_report_and_names_of_who_screened(village: AppContext) -> None:
    mid = mediator(village, "王调解")
    r = screening.record_screening_round(village, {
        **NOV, "is_zero_report": True, "performed_by": [mid, "李网格员", "王调解"],
        "scope": "全村"})
    assert r.is_zero_report and r.findings == [] and r.label == "2026年11月"
    assert r.performed_by == [mid, "李网格员"]  # a roster name becomes the mediator's id
    assert r.performed_by_names == ["王调解", "李网格员"]
    status = screening.screening_status(village)
    assert status.current_recorded and status.missing == []


def test_period_follows_the_frequency(village: AppContext) -> None:
    r = screening.record_screening_round(village, {"period_start": "2026-11-05",
                                                   "is_zero_report": True})
    assert (r.period_start, r.period_end, r.held_on) == (date(2026, 11, 1),
                                                         date(2026, 11, 30), date(2026, 11, 21))
    with pytest.raises(ValidationErrors) as exc:
        screening.record_screening_round(village, {
            "period_start": "2026-10-01", "period_end": "2026-10-20", "is_zero_report": True})
    assert _codes(exc) == {"screening.period_mismatch"}
    custom = screening.record_screening_round(village, {
        "period_start": "2026-10-01", "period_end": "2026-10-20", "custom_period": True,
        "is_zero_report": True})
    assert custom.label == "2026年10月1日—10月20日"


def test_duplicate_period_refused(village: AppContext) -> None:
    screening.record_screening_round(village, {**NOV, "is_zero_report": True})
    with pytest.raises(ValidationErrors) as exc:
        screening.record_screening_round(village, {**NOV, "findings": [FINDING]})
    assert _codes(exc) == {"screening.period_taken"}
    assert exc.value.errors[0].params["period"] == "2026年11月"


def test_future_period_refused(village: AppContext) -> None:
    with pytest.raises(ValidationErrors) as exc:
        screening.record_screening_round(village, {"period_start": "2026-12-01",
                                                   "is_zero_report": True})
    assert "screening.period_in_future" in _codes(exc)


def test_frequency_change_is_logged_and_moves_the_look_back(village: AppContext,
                                                            clock: FakeClock) -> None:
    assert screening.get_screening_frequency(village) == "monthly"
    status = screening.set_screening_frequency(village, "weekly")
    assert status.frequency == "weekly" and status.current.label == "第47周（11月16日—22日）"
    assert [p.label for p in status.missing] == ["第47周（11月16日—22日）"]
    clock.advance(14)
    assert [p.start for p in screening.screening_status(village).missing] == [
        date(2026, 11, 16), date(2026, 11, 23), date(2026, 11, 30)]
    with pytest.raises(ValidationErrors):
        screening.set_screening_frequency(village, "yearly")


def test_filters(village: AppContext) -> None:
    screening.record_screening_round(village, {"period_start": "2026-10-01",
                                               "is_zero_report": True})
    screening.record_screening_round(village, {**NOV, "findings": [FINDING]})
    assert len(screening.list_screening_rounds(village, year=2026)) == 2
    assert screening.list_screening_rounds(village, year=2025) == []
    assert [r.label for r in screening.list_screening_rounds(village, zero_only=True)] == [
        "2026年10月"]
    assert [r.label for r in screening.list_screening_rounds(village, open_findings=True)] == [
        "2026年11月"]


def test_major_finding_to_case_is_flagged_from_held_on(village: AppContext) -> None:
    r = screening.record_screening_round(village, {**NOV, "findings": [
        {**FINDING, "is_major": True}, {"description": "小事"}]})
    major, minor = r.findings
    assert major.is_major and major.report_due == date(2026, 11, 22)
    detail = screening.finding_to_case(village, major.id, case_data(received_on="2026-11-21"))
    assert detail.summary.is_major and detail.major_flagged_on == date(2026, 11, 20)
    assert detail.source == "screening"
    assert any(d.kind == "major_report" and d.due_on == date(2026, 11, 22)
               for d in detail.deadlines)
    again = screening.get_screening_round(village, r.id).findings[0]
    assert again.case_id == detail.summary.id and again.case_no == detail.summary.case_no
    assert again.report_due is None  # the case carries the deadline now
    with pytest.raises(DomainError) as exc:
        screening.finding_to_case(village, major.id, case_data())
    assert exc.value.code == "screening.finding_has_case"
    plain = screening.finding_to_case(village, minor.id, case_data(parties=[
        {"role": "applicant", "consented": True, "person": {"name": "赵五"}},
        {"role": "respondent", "consented": True, "person": {"name": "钱六"}}]))
    assert not plain.summary.is_major


def test_reported_major_finding_counts_for_its_case(village: AppContext) -> None:
    r = screening.record_screening_round(village, {**NOV, "findings": [FINDING]})
    f = screening.mark_finding_major(village, r.findings[0].id)
    assert f.is_major and f.report_due == date(2026, 11, 22)
    done = screening.record_finding_report(village, f.id, {"reported_on": "2026-11-21"})
    assert done.reported_on == date(2026, 11, 21) and done.report_due is None
    with pytest.raises(DomainError) as exc:
        screening.mark_finding_major(village, f.id, False)
    assert exc.value.code == "screening.already_reported"
    detail = screening.finding_to_case(village, f.id, case_data())
    assert not any(d.kind == "major_report" and d.state != "met" for d in detail.deadlines)


def test_report_needs_a_major_finding(village: AppContext) -> None:
    r = screening.record_screening_round(village, {**NOV, "findings": [FINDING]})
    with pytest.raises(DomainError) as exc:
        screening.record_finding_report(village, r.findings[0].id)
    assert exc.value.code == "screening.finding_not_major"


def test_agenda_lines_for_overdue_rounds_and_unreported_major_findings(
        village: AppContext, clock: FakeClock) -> None:
    screening.record_screening_round(village, {**NOV, "findings": [
        {**FINDING, "is_major": True}]})
    clock.advance(45)  # 2027-01-05: December overdue, January due
    items = [i for i in agenda.agenda(village, horizon_days=30) if i.subject == "screening"]
    rounds = [i for i in items if i.kind == "screening_round"]
    assert [(i.case_no, i.state) for i in rounds] == [("2026年12月排查", "overdue"),
                                                     ("2027年1月排查", "upcoming")]
    assert rounds[0].subject_id == "period:2026-12-01"
    reports = [i for i in items if i.kind == "finding_report"]
    assert [(i.due_on, i.state) for i in reports] == [(date(2026, 11, 22), "overdue")]
    screening.record_finding_report(village, reports[0].subject_id, {})
    assert not [i for i in agenda.agenda(village) if i.kind == "finding_report"]


def test_overdue_status_after_missing_months(village: AppContext, clock: FakeClock) -> None:
    screening.record_screening_round(village, {"period_start": "2026-09-01",
                                               "is_zero_report": True})
    status = screening.screening_status(village)
    assert [p.label for p in status.overdue] == ["2026年10月"]
    assert status.next_to_record.label == "2026年10月" and not status.current_recorded
