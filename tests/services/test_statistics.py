"""Statistics on the hand-built village year of ``statistics_data`` (cases A–K). Each expected
number is counted by hand from that list; the comments say which cases make it."""

from __future__ import annotations

import pytest

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.statistics_views import DrillRequest, StatisticsReport
from mediation_desk.services import case_actions, statistics, statistics_drill
from tests.services.statistics_data import build_village_year


@pytest.fixture
def year(village: AppContext) -> dict[str, str]:
    return build_village_year(village)


def counts(rep: StatisticsReport) -> dict[str, int]:
    return {k: v for k, v in rep.total.counts.items() if v}


def row(rep: StatisticsReport, key: str) -> dict[str, int]:
    rows = [*rep.by_category, *rep.by_source]
    found = next(r for r in rows if r.key == key)
    return {k: v for k, v in found.tally.counts.items() if v}


def rate(rep: StatisticsReport, key: str) -> tuple[int, int, float | None]:
    r = next(x for x in rep.rates if x.key == key)
    return r.numerator, r.denominator, r.value


def drilled(ctx: AppContext, ids: dict[str, str], **req: object) -> set[str]:
    result = statistics_drill.cases_behind(ctx, DrillRequest(**req))  # type: ignore[arg-type]
    by_id = {v: k for k, v in ids.items()}
    assert result.total == len(result.cases)
    return {by_id[c.id] for c in result.cases}


def test_december_2025_counts_the_cases_registered_in_december(
        village: AppContext, year: dict[str, str]) -> None:
    rep = statistics.report(village, "2025-12")
    assert rep.period.label == "2025年12月" and rep.as_of.isoformat() == "2026-11-21"
    assert counts(rep) == {
        "registered": 4,  # A B C D
        "accepted": 3,  # A B C
        "success": 2, "written": 1, "oral": 1,  # A written, B oral (agreed 2026-01-03)
        "terminated": 1,  # C, terminated in February: still December's case
        "declined": 1,  # D
        "disposed": 4,
        "with_amount": 1, "followed_up": 1, "performed": 1,  # A
        "concluded": 3,  # A B C
        "within_month": 2,  # A (12-20 ≤ 01-10), B (01-03 ≤ 01-29); C ended 02-15 > 02-02
        "confirmation_applied": 1, "confirmation_confirmed": 1,  # A
    }
    assert rep.total.amount_fen == 100_000  # A's 1,000.00 元; B's oral agreement has none
    assert rate(rep, "success_rate") == (2, 3, pytest.approx(2 / 3))
    assert rate(rep, "handling_rate") == (4, 4, 1.0)
    assert rate(rep, "follow_up_rate") == (1, 2, 0.5)
    assert rate(rep, "performance_rate") == (1, 2, 0.5)
    assert rate(rep, "within_month_rate") == (2, 3, pytest.approx(2 / 3))
    assert rate(rep, "major_timely_rate") == (0, 0, None)


def test_january_2026_voided_reopened_transferred_and_major_cases(
        village: AppContext, year: dict[str, str]) -> None:
    rep = statistics.report(village, "2026-01")
    assert counts(rep) == {
        "registered": 5,  # F G H I J (E is void)
        "accepted": 3,  # F G I
        "success": 1, "oral": 1,  # F: re-mediated, now counted by its oral agreement only
        "transferred": 1,  # G
        "in_progress": 1,  # I
        "awaiting": 2,  # H J
        "disposed": 2,  # F G
        "with_amount": 1, "performed": 1,  # F
        "concluded": 1,  # F, on 03-01: after 02-06, so not within a month
        "major": 2, "major_timely": 1,  # I reported next day; J after 8 days
        "prevented": 1,  # I
    }
    assert rep.total.amount_fen == 300_000  # F's second agreement, not the voided 5,000 元
    prevented = {p.code: (p.cases, p.persons) for p in rep.prevented}
    assert prevented["mass_petition"] == (1, 12)
    assert prevented["civil_to_criminal"] == (0, 0)


def test_a_case_returned_from_a_transfer_counts_by_what_happened_after(
        village: AppContext, year: dict[str, str]) -> None:
    rep = statistics.report(village, "2026-02")
    assert counts(rep)["written"] == 1  # K: transferred, returned, then agreed
    assert counts(rep).get("transferred", 0) == 0
    assert rep.total.amount_fen == 20_050


def test_categories_sub_categories_and_sources(village: AppContext,
                                               year: dict[str, str]) -> None:
    rep = statistics.report(village, "2025-12")
    assert [r.label for r in rep.by_category if r.level == 0][:3] == [
        "婚姻家庭纠纷", "邻里纠纷", "房屋宅基地纠纷"]
    assert len([r for r in rep.by_category if r.level == 0]) == 15  # all, even when empty
    assert row(rep, "neighbour") == {"registered": 2, "accepted": 1, "success": 1,
                                     "written": 1, "declined": 1, "disposed": 2,
                                     "with_amount": 1, "followed_up": 1, "performed": 1,
                                     "concluded": 1, "within_month": 1,
                                     "confirmation_applied": 1,
                                     "confirmation_confirmed": 1}  # A D
    assert row(rep, "marriage_family/赡养")["oral"] == 1  # B
    assert row(rep, "housing_homestead/宅基地边界")["terminated"] == 1  # C
    assert row(rep, "applied")["registered"] == 2  # A D
    assert row(rep, "self")["registered"] == 1  # B
    assert row(rep, "referred")["registered"] == 1  # C
    assert sum(r.tally.get("registered") for r in rep.by_source) == 4


def test_periods_add_up_across_the_year_end(village: AppContext, year: dict[str, str]) -> None:
    dec = statistics.report(village, "2025-12")
    jan = statistics.report(village, "2026-01")
    both = statistics.report(village, "2025-12-01..2026-01-31")
    assert both.period.label == "2025年12月1日至2026年1月31日"
    for key in both.total.counts:
        assert both.total.get(key) == dec.total.get(key) + jan.total.get(key), key
    assert both.total.get("registered") == 9  # A B C D F G H I J
    assert statistics.report(village, "2025").total.get("registered") == 4  # A B C D
    assert statistics.report(village, "2025-Q4").total == dec.total
    y2026 = statistics.report(village, "2026")
    assert y2026.total.get("registered") == 6  # F G H I J K
    assert y2026.total.get("success") == 2  # F K
    assert y2026.total.amount_fen == 300_000 + 20_050


def test_trend_and_comparisons(village: AppContext, year: dict[str, str]) -> None:
    rep = statistics.report(village, "2026-01")
    assert [p.key for p in rep.trend][0] == "2025-02" and rep.trend[-1].key == "2026-01"
    by_month = {p.key: (p.registered, p.accepted, p.success) for p in rep.trend}
    assert by_month["2025-12"] == (4, 3, 2)
    assert by_month["2026-01"] == (5, 3, 1)
    assert rep.trend[0].success_rate is None  # nothing accepted in February 2025
    assert rep.trend[-2].label == "12月" and rep.trend[-1].label == "2026年1月"
    prev, last_year = rep.comparisons
    assert (prev.label, prev.period.key, prev.registered) == ("上期", "2025-12", 4)
    assert (last_year.label, last_year.period.key, last_year.registered) == (
        "去年同期", "2025-01", 0)
    yearly = statistics.report(village, "2026")
    assert [c.label for c in yearly.comparisons] == ["上年"]
    assert yearly.comparisons[0].registered == 4


def test_every_figure_drills_down_to_its_cases(village: AppContext,
                                               year: dict[str, str]) -> None:
    assert drilled(village, year, period="2025-12", measure="success") == {"A", "B"}
    assert drilled(village, year, period="2025-12", measure="registered",
                   category="neighbour") == {"A", "D"}
    assert drilled(village, year, period="2025-12", measure="registered",
                   source="referred") == {"C"}
    assert drilled(village, year, period="2025-12", measure="oral", category="marriage_family",
                   sub_category="赡养") == {"B"}
    assert drilled(village, year, period="2026", measure="registered",
                   month="2026-01") == {"F", "G", "H", "I", "J"}
    assert drilled(village, year, period="2026-01", measure="prevented",
                   prevented="mass_petition") == {"I"}
    assert drilled(village, year, period="2026-01", measure="major_timely") == {"I"}
    assert drilled(village, year, period="2026-01", measure="within_month") == set()
    rep = statistics.report(village, "2025-12-01..2026-01-31")
    for measure, value in rep.total.counts.items():
        found = statistics_drill.cases_behind(
            village, DrillRequest(period=rep.period.key, measure=measure))
        assert found.total == value, measure


def test_voiding_takes_a_case_out_and_refuses_changes(village: AppContext,
                                                      year: dict[str, str]) -> None:
    from mediation_desk.services import case_marks

    before = statistics.report(village, "2026-01").total.get("registered")
    case_marks.void_case(village, year["H"], {"reason": "登记错误"})
    assert statistics.report(village, "2026-01").total.get("registered") == before - 1
    with pytest.raises(DomainError) as refused:
        case_actions.perform_action(village, year["H"], "accept", {})
    assert refused.value.code == "case.voided"
    with pytest.raises(DomainError) as again:
        case_marks.void_case(village, year["H"], {"reason": "再次"})
    assert again.value.code == "case.voided"


def test_prevented_outcome_needs_a_known_code_and_persons(village: AppContext,
                                                          year: dict[str, str]) -> None:
    from mediation_desk.services import case_marks

    with pytest.raises(DomainError) as unknown:
        case_marks.record_prevented(village, year["G"], {"outcome": "riot", "persons": 3})
    assert unknown.value.code == "code.unknown"
    with pytest.raises(DomainError) as nobody:
        case_marks.record_prevented(village, year["G"], {"outcome": "suicide", "persons": 0})
    assert nobody.value.code == "prevented.persons_required"
    case_marks.record_prevented(village, year["I"], {"outcome": ""})  # cleared
    assert statistics.report(village, "2026-01").total.get("prevented") == 0


def test_bad_periods_are_refused_with_their_field(village: AppContext) -> None:
    for text in ("2026-13", "26-11", "2026-Q5", "", "2026-02-30..2026-03-01",
                 "2026-03-01..2026-02-01", "1800"):
        with pytest.raises(DomainError) as bad:
            statistics.report(village, text)
        assert bad.value.field == "period", text
    with pytest.raises(DomainError):
        statistics.report(village, "2026-11", kind="yearly")
    with pytest.raises(DomainError) as unknown:
        statistics_drill.cases_behind(village, DrillRequest(period="2026", measure="nonsense"))
    assert unknown.value.code == "statistics.unknown_measure"


def test_an_empty_station_reports_zeros(village: AppContext) -> None:
    rep = statistics.report(village, "2026-11")
    assert not counts(rep) and rep.total.amount_fen == 0
    assert all(r.value is None for r in rep.rates)
    assert rep.screening.rounds == 0 and rep.joint_defence.groups == 0
    assert len(rep.trend) == 12 and rep.villages == [] and rep.by_village == []
