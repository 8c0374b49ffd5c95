"""Conflict-of-interest warnings for a case's mediators, through the real services: households
and groups (services.community), ties (services.relations), cases and mediators."""

from __future__ import annotations

from typing import Any

import pytest

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import NotFound
from mediation_desk.services import case_actions, case_records, groups, households, relations
from mediation_desk.services.case_queries import get_case
from mediation_desk.services.case_register import register_case
from mediation_desk.services.conflicts import case_conflicts, mediator_conflicts
from mediation_desk.services.mediators import add_mediator
from mediation_desk.wording.conflict_text import conflict_warning
from tests.services.helpers import case_data


class Village:
    """Two households in one joint-defence group headed by 赵德明, a third elsewhere, and a
    case between 王建国 (household A) and 李秀英 (household B)."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        a = households.add_household(ctx, {"address": "青石村三组1号", "new_members": [
            {"name": "王建国", "gender": "male"}, {"name": "王秀兰", "gender": "female"}]})
        b = households.add_household(ctx, {"address": "青石村三组2号", "new_members": [
            {"name": "李秀英", "gender": "female"}]})
        c = households.add_household(ctx, {"address": "青石村三组3号", "new_members": [
            {"name": "赵德明", "gender": "male"}]})
        d = households.add_household(ctx, {"address": "青石村一组9号", "new_members": [
            {"name": "孙立", "gender": "male"}]})
        ids = {m.name: m.person_id for hh in (a, b, c, d) for m in hh.members}
        self.wang, self.wang_wife = ids["王建国"], ids["王秀兰"]
        self.li, self.zhao, self.sun = ids["李秀英"], ids["赵德明"], ids["孙立"]
        self.household_b = b.id
        self.group_id = groups.add_group(ctx, {"name": "三组第一中心户", "household_ids": [a.id, b.id, c.id],
                                  "head_person_id": self.zhao,
                                         "elected_on": "2026-01-10"}).id
        groups.add_group(ctx, {"name": "一组中心户", "household_ids": [d.id],
                                  "head_person_id": self.sun, "elected_on": "2026-01-10"})
        self.case_id = register_case(ctx, case_data(parties=[
            {"role": "applicant", "consented": True, "person_id": self.wang},
            {"role": "respondent", "consented": True, "person_id": self.li}])).summary.id

    def mediator(self, person_id: str) -> str:
        return add_mediator(self.ctx, {"person_id": person_id, "role": "member",
                                       "appointed_on": "2025-01-01"}).id

    def found(self, mediator_id: str) -> list[tuple[str, str, Any]]:
        return [(c.code, c.party_name, c.relation)
                for c in mediator_conflicts(self.ctx, self.case_id, mediator_id)]


@pytest.fixture
def v(village: AppContext) -> Village:
    return Village(village)


def test_a_stranger_has_none(v: Village, village: AppContext) -> None:
    stranger = add_mediator(village, {"person": {"name": "周明", "gender": "male"},
                                      "role": "member"}).id
    assert v.found(stranger) == []


def test_the_group_head_of_the_parties(v: Village) -> None:
    assert v.found(v.mediator(v.zhao)) == [("conflict.group_head", "王建国", None),
                                           ("conflict.group_head", "李秀英", None)]


def test_a_household_that_left_the_group_is_none(v: Village, village: AppContext) -> None:
    zhao = v.mediator(v.zhao)
    groups.leave_group(village, v.group_id, {"household_id": v.household_b,
                                             "on_date": "2026-06-01"})
    assert v.found(zhao) == [("conflict.group_head", "王建国", None)]


def test_heading_another_group_is_none(v: Village) -> None:
    assert v.found(v.mediator(v.sun)) == []


def test_same_household_and_spouse(v: Village, village: AppContext) -> None:
    relations.add_relation(village, {"person_id": v.wang, "relative_id": v.wang_wife,
                                     "relation": "spouse"})
    assert v.found(v.mediator(v.wang_wife)) == [
        ("conflict.same_household", "王建国", None), ("conflict.relative", "王建国", "spouse")]


def test_a_relative_recorded_from_either_side(v: Village, village: AppContext) -> None:
    med = v.mediator(v.sun)
    relations.add_relation(village, {"person_id": v.sun, "relative_id": v.li,
                                     "relation": "parent"})  # 李秀英 is 孙立's mother
    assert v.found(med) == [("conflict.relative", "李秀英", "child")]
    [conflict] = mediator_conflicts(village, v.case_id, med)
    assert conflict_warning([conflict]).startswith("⚠ 回避提示：孙立是当事人李秀英的儿子（近亲属）。")


def test_the_mediator_is_a_party(v: Village) -> None:
    assert v.found(v.mediator(v.li)) == [("conflict.is_party", "李秀英", None)]


def test_case_conflicts_cover_the_mediators_on_the_case(v: Village, village: AppContext) -> None:
    host, second = v.mediator(v.zhao), v.mediator(v.sun)
    case_actions.perform_action(village, v.case_id, "accept",
                                {"host_mediator_id": host, "on_date": "2026-11-03"})
    case_records.assign_mediator(village, v.case_id, second)
    assert {c.mediator_id for c in case_conflicts(village, v.case_id)} == {host}
    relations.add_relation(village, {"person_id": v.sun, "relative_id": v.wang,
                                     "relation": "in_law"})
    got = [(c.mediator_name, c.code) for c in case_conflicts(village, v.case_id)]
    assert got == [("赵德明", "conflict.group_head"), ("赵德明", "conflict.group_head"),
                   ("孙立", "conflict.relative")]
    # Once he steps aside, he is no longer on the case.
    case_records.request_recusal(village, v.case_id, {"mediator_id": second})
    rec = next(r.id for r in get_case(village, v.case_id).records if r.kind == "recusal")
    case_records.decide_recusal(village, v.case_id, {"recusal_id": rec, "result": "granted"})
    assert {c.mediator_name for c in case_conflicts(village, v.case_id)} == {"赵德明"}


def test_unknown_mediator(v: Village) -> None:
    with pytest.raises(NotFound):
        mediator_conflicts(v.ctx, v.case_id, "nobody")
