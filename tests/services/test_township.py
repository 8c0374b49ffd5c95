"""The township's supervision: notes and returns on villages' cases, the deadline list that
names the village, the review queue, and the rule that a village's records are read-only."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.sync_views import CaseSyncState
from mediation_desk.services import (
    case_actions,
    case_queries,
    papers,
    sync_keys,
    sync_state,
    township,
)
from mediation_desk.services.case_register import register_case
from tests.services.helpers import case_data, mediator, report


def test_a_return_travels_to_the_village_and_stays_until_the_township_closes_it(
        village: AppContext, office: AppContext, tmp_path: Path) -> None:
    case = register_case(village, case_data())
    report(village, office, tmp_path / "stick")
    assert sync_state.case_states(village)[case.summary.id] is CaseSyncState.RECEIVED

    note = township.add_note(office, case.summary.id, "  请补充调查笔录  ", kind="return")
    assert note.text == "请补充调查笔录" and note.village_name == "青石村人民调解委员会"
    assert note.case_no == case.summary.case_no and note.township
    report(village, office, tmp_path / "stick")
    assert sync_state.case_states(village)[case.summary.id] is CaseSyncState.RETURNED
    seen = sync_state.case_sync(village, case.summary.id)
    assert seen is not None and [n.text for n in seen.notes] == ["请补充调查笔录"]
    assert not seen.notes[0].township  # written elsewhere: the village cannot change it

    closed = township.close_return(office, note.id, "已补正")
    assert closed.closed_on == office.today()
    with pytest.raises(DomainError) as twice:
        township.close_return(office, note.id)
    assert twice.value.code == "sync.return_closed"
    report(village, office, tmp_path / "stick")
    assert sync_state.case_states(village)[case.summary.id] is CaseSyncState.RECEIVED


def test_notes_are_checked_and_only_go_on_villages_cases(village: AppContext,
                                                         office: AppContext,
                                                         tmp_path: Path) -> None:
    case = register_case(village, case_data())
    report(village, office, tmp_path / "stick")
    for text, kind, code in (("", "note", "field.required"), ("x" * 2001, "note",
                                                               "field.too_long"),
                             ("好", "praise", "field.choice")):
        with pytest.raises(DomainError) as err:
            township.add_note(office, case.summary.id, text, kind=kind)
        assert err.value.code == code
    own = register_case(office, case_data())
    with pytest.raises(DomainError) as err:
        township.add_note(office, own.summary.id, "自己的案件")
    assert err.value.code == "sync.notes_only_on_village_cases"
    with pytest.raises(DomainError) as err:
        township.add_note(village, case.summary.id, "村里不能写督办意见")
    assert err.value.code == "sync.notes_only_on_village_cases"


def test_a_village_case_is_read_only_at_the_township(village: AppContext, office: AppContext,
                                                    tmp_path: Path) -> None:
    host = mediator(village)
    case = register_case(village, case_data())
    report(village, office, tmp_path / "stick")
    before = case_queries.get_case(office, case.summary.id)
    with pytest.raises(DomainError) as err:
        case_actions.perform_action(office, case.summary.id, "accept",
                                    {"host_mediator_id": host, "consent_of_all_parties": True})
    assert err.value.code == "sync.foreign_record"
    assert case_queries.get_case(office, case.summary.id).summary.status == \
        before.summary.status
    # Adding to the case file is a change too: a print record of the township would be a
    # row of the township inside the village's case.
    with pytest.raises(DomainError) as err:
        papers.record_output(office, papers.render_paper(office, case.summary.id, "application"),
                             target="printer")
    assert err.value.code == "sync.foreign_record"


def test_the_township_deadline_list_names_the_village(village: AppContext, office: AppContext,
                                                      tmp_path: Path) -> None:
    host = mediator(village)
    case = register_case(village, case_data())
    case_actions.perform_action(village, case.summary.id, "accept",
                                {"host_mediator_id": host, "consent_of_all_parties": True})
    report(village, office, tmp_path / "stick")
    lines = [a for a in township.deadlines(office, horizon_days=60)
             if a.case_id == case.summary.id]
    assert lines and {a.village for a in lines} == {"青石村人民调解委员会"}


def test_villages_overview_after_an_exchange(village: AppContext, office: AppContext,
                                            tmp_path: Path) -> None:
    register_case(village, case_data())
    report(village, office, tmp_path / "stick")
    [v] = township.villages(office)
    assert (v.name, v.cases, v.bundles, v.gaps, v.digest_ok) == (
        "青石村人民调解委员会", 1, 1, [], True)
    assert v.fingerprint == sync_keys.own_identity(village).fingerprint
    assert v.lag_days == 0 and v.last_level == "standard"
