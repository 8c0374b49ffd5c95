"""Households and joint-defence groups: members, one group at a time, moves with history,
re-election of the head, deputy, dissolution, warnings and the term on 今日待办."""

from __future__ import annotations

from typing import Any

import pytest
from sqlmodel import select

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.community_views import HouseholdView
from mediation_desk.domain.errors import DomainError
from mediation_desk.services import agenda, groups, households
from mediation_desk.store.tables import EventLog


def household(ctx: AppContext, n: int, *names: str, **extra: Any) -> HouseholdView:
    members = [{"name": name, "gender": "male"} for name in names or (f"户主{n}",)]
    return households.add_household(ctx, {"address": f"青石村三组{n}号", "villager_group": "三组",
                                          "new_members": members, **extra})


def ten(ctx: AppContext) -> list[HouseholdView]:
    return [household(ctx, n) for n in range(1, 11)]


def test_household_members_head_update_search(village: AppContext) -> None:
    hh = households.add_household(village, {
        "address": "青石村三组1号", "villager_group": "三组",
        "new_members": [{"name": "周大山", "gender": "male", "id_number": "11010519491231002X",
                         "phone": "13812345678"}, {"name": "吴小花", "gender": "female"}]})
    assert hh.head_name == "周大山" and [m.name for m in hh.members] == ["周大山", "吴小花"]
    assert hh.members[0].id_number_masked == "110105********002X"
    assert hh.members[0].phone_masked == "138****5678"
    assert hh.members[0].is_head and not hh.members[1].is_head
    hh = households.set_household_head(village, hh.id, hh.members[1].person_id)
    assert hh.head_name == "吴小花"
    hh = households.update_household(village, hh.id, {"address": "青石村三组1-1号",
                                                       "villager_group": "三组", "grid": "第2网格"})
    assert (hh.address, hh.grid) == ("青石村三组1-1号", "第2网格")
    other = household(village, 2, "郑𠮷")
    # A registered person moves in; the household they leave keeps no head.
    hh = households.add_member(village, hh.id, {"person_id": other.head_person_id})
    assert "郑𠮷" in [m.name for m in hh.members]
    assert households.get_household(village, other.id).head_person_id is None
    hh = households.add_member(village, hh.id, {"person": {"name": "周小军", "gender": "male"}})
    assert len(hh.members) == 4
    assert [h.id for h in households.list_households(village, search="周小军")] == [hh.id]
    assert [h.id for h in households.list_households(village, search="1-1号")] == [hh.id]
    assert len(households.list_households(village)) == 2
    with pytest.raises(DomainError) as exc:
        households.set_household_head(village, other.id, hh.head_person_id or "")
    assert exc.value.code == "household.head_not_member"


def test_household_needs_members(village: AppContext) -> None:
    with pytest.raises(DomainError) as exc:
        households.add_household(village, {"address": "1号"})
    assert exc.value.code == "household.no_members"


def test_group_membership_over_time_and_moves(village: AppContext) -> None:
    hhs = ten(village)
    a = groups.add_group(village, {"name": "三组第一联防组", "villager_group": "三组",
                                   "household_ids": [h.id for h in hhs[:6]],
                                   "head_person_id": hhs[0].head_person_id,
                                   "deputy_person_id": hhs[1].head_person_id,
                                   "elected_on": "2026-01-10"})
    assert str(a.term_end) == "2029-01-10" and a.member_count == 6
    assert a.head_name == "户主1" and a.deputy_name == "户主2"
    b = groups.add_group(village, {"name": "三组第二联防组",
                                   "household_ids": [h.id for h in hhs[6:]],
                                   "head_person_id": hhs[6].head_person_id,
                                   "elected_on": "2026-01-10"})
    # One group at a time: a household already in a group cannot be put into a new one.
    with pytest.raises(DomainError) as taken:
        groups.add_group(village, {"name": "重复", "household_ids": [hhs[5].id],
                                   "head_person_id": hhs[5].head_person_id})
    assert taken.value.code == "group.household_taken"
    # Moving closes the old membership and opens a new one.
    detail = groups.join_group(village, b.id, {"household_id": hhs[5].id, "on_date": "2026-06-01"})
    assert detail.group.member_count == 5
    a_detail = groups.get_group(village, a.id)
    assert a_detail.group.member_count == 5
    [left] = [m for m in a_detail.members if m.household_id == hhs[5].id]
    assert str(left.joined_on) == "2026-01-10" and str(left.left_on) == "2026-06-01"
    assert a_detail.members[-1].household_id == hhs[5].id  # past members come last
    assert households.get_household(village, hhs[5].id).group_name == "三组第二联防组"
    with pytest.raises(DomainError) as again:
        groups.join_group(village, b.id, {"household_id": hhs[5].id})
    assert again.value.code == "group.already_member"
    # The head's household cannot leave its group while he heads it.
    with pytest.raises(DomainError) as head_leaves:
        groups.join_group(village, b.id, {"household_id": hhs[0].id})
    assert head_leaves.value.code == "group.head_household_leaving"
    detail = groups.leave_group(village, b.id, {"household_id": hhs[5].id, "on_date": "2026-07-01"})
    assert hhs[5].id not in detail.group.household_ids
    with pytest.raises(DomainError) as early:
        groups.leave_group(village, b.id, {"household_id": hhs[7].id, "on_date": "2025-12-01"})
    assert early.value.code == "date.before"
    with pytest.raises(DomainError) as not_in:
        groups.leave_group(village, b.id, {"household_id": hhs[5].id})
    assert not_in.value.code == "group.not_member"


def test_head_change_and_deputy(village: AppContext) -> None:
    hhs = ten(village)
    g = groups.add_group(village, {"name": "组", "household_ids": [h.id for h in hhs],
                                   "head_person_id": hhs[0].head_person_id,
                                   "deputy_person_id": hhs[1].head_person_id,
                                   "elected_on": "2023-01-10"})
    assert [w.code for w in g.warnings] == ["group.head_no_phone", "group.term_ended"]
    g = groups.change_head(village, g.id, {"person_id": hhs[1].head_person_id,
                                           "on_date": "2026-11-01", "method": "推荐+认定"})
    assert (g.head_name, str(g.elected_on), str(g.term_end), g.selection_method) == (
        "户主2", "2026-11-01", "2029-11-01", "推荐+认定")
    assert g.deputy_person_id is None  # the deputy became head
    assert "group.term_ended" not in [w.code for w in g.warnings]
    assert "group.no_deputy" in [w.code for w in g.warnings]
    with village.uow() as uow:
        [logged] = uow.session.scalars(
            select(EventLog).where(EventLog.action == "group.change_head")).all()
        assert logged.before is not None and logged.before["head"] == hhs[0].head_person_id
    g = groups.set_deputy(village, g.id, {"person_id": hhs[2].head_person_id})
    assert g.deputy_name == "户主3"
    with pytest.raises(DomainError) as exc:
        groups.set_deputy(village, g.id, {"person_id": hhs[1].head_person_id})
    assert exc.value.code == "group.deputy_is_head"
    outsider = household(village, 99)
    with pytest.raises(DomainError) as exc:
        groups.change_head(village, g.id, {"person_id": outsider.head_person_id})
    assert exc.value.code == "group.head_not_member"


def test_dissolve_closes_memberships(village: AppContext) -> None:
    hhs = ten(village)
    g = groups.add_group(village, {"name": "组", "household_ids": [h.id for h in hhs[:3]],
                                   "head_person_id": hhs[0].head_person_id,
                                   "elected_on": "2026-01-01"})
    assert "group.size_unusual" in [w.code for w in g.warnings]
    g = groups.dissolve_group(village, g.id, {"on_date": "2026-11-20", "reason": "并组"})
    assert g.status == "dissolved" and g.member_count == 0 and g.warnings == []
    assert all(str(m.left_on) == "2026-11-20" for m in groups.get_group(village, g.id).members)
    with pytest.raises(DomainError) as exc:
        groups.join_group(village, g.id, {"household_id": hhs[5].id})
    assert exc.value.code == "group.dissolved"
    # Its households are free again.
    groups.add_group(village, {"name": "新组", "household_ids": [hhs[0].id],
                               "head_person_id": hhs[0].head_person_id})
    assert [x.name for x in groups.list_groups(village, include_dissolved=False)] == ["新组"]


def test_group_head_must_live_in_the_group(village: AppContext) -> None:
    hh1, hh2 = household(village, 1, "甲"), household(village, 2, "乙")
    with pytest.raises(DomainError) as exc:
        groups.add_group(village, {"name": "组", "household_ids": [hh1.id],
                                   "head_person_id": hh2.head_person_id})
    assert exc.value.code == "group.head_not_member"


def test_head_term_on_the_agenda(village: AppContext) -> None:
    hhs = ten(village)
    groups.add_group(village, {"name": "快到期", "household_ids": [hhs[0].id],
                               "head_person_id": hhs[0].head_person_id,
                               "elected_on": "2023-11-25"})
    groups.add_group(village, {"name": "早已到期", "household_ids": [hhs[1].id],
                               "head_person_id": hhs[1].head_person_id,
                               "elected_on": "2020-01-01"})
    groups.add_group(village, {"name": "还早", "household_ids": [hhs[2].id],
                               "head_person_id": hhs[2].head_person_id,
                               "elected_on": "2026-01-01"})
    lines = [a for a in agenda.agenda(village) if a.subject == "group"]
    assert [(a.case_no, a.kind, a.state, a.title) for a in lines] == [
        ("早已到期", "group_term", "overdue", "户主2"),
        ("快到期", "group_term", "upcoming", "户主1")]
    assert lines[1].days_left == 4 and lines[1].subject_id
