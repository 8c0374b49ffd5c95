"""Screening rounds and nil reports. (Households, groups and incident reports:
test_households_groups.py and test_incidents.py.)"""

from __future__ import annotations

import pytest

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import ValidationErrors
from mediation_desk.services import case_queries, screening
from tests.services.helpers import case_data


def test_zero_report_and_round_with_findings(village: AppContext) -> None:
    zero = screening.record_screening_round(village, {
        "period_start": "2026-10-01", "period_end": "2026-10-31", "held_on": "2026-10-31",
        "is_zero_report": True, "notes": "本月未排查出矛盾纠纷"})
    assert zero.is_zero_report and zero.findings == []
    found = screening.record_screening_round(village, {
        "period_start": "2026-11-01", "period_end": "2026-11-30", "held_on": "2026-11-20",
        "findings": [{"description": "三组两户因排水沟堵塞争吵", "category": "neighbour",
                      "risk_level": "medium"}]})
    assert [f.category for f in found.findings] == ["neighbour"]
    assert [r.id for r in screening.list_screening_rounds(village, year=2026)] == [zero.id,
                                                                                   found.id]
    case_id = screening.finding_to_case(village, found.findings[0].id, case_data()).summary.id
    detail = case_queries.get_case(village, case_id)
    assert detail.source == "screening"
    assert screening.list_screening_rounds(village)[1].findings[0].case_id == case_id


@pytest.mark.parametrize(("data", "code"), [
    ({"is_zero_report": True, "findings": [{"description": "x"}]},
     "screening.zero_report_with_findings"),
    ({"is_zero_report": False}, "screening.no_findings"),
    ({"is_zero_report": True, "period_end": "2026-10-01"}, "date.before"),
])
def test_screening_round_rules(village: AppContext, data: dict[str, object], code: str) -> None:
    base = {"period_start": "2026-11-01", "period_end": "2026-11-30", "held_on": "2026-11-20"}
    with pytest.raises(ValidationErrors) as exc:
        screening.record_screening_round(village, {**base, **data})
    assert code in {e.code for e in exc.value.errors}
