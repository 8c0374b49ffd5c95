"""The sync columns of sync.md §3, as the services leave them: every syncable row carries its
origin station, a per-row version and a station-wide change sequence taken in the same
transaction as the write."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import pytest
from sqlalchemy import Engine, select
from sqlmodel import Session

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.services.case_actions import perform_action
from mediation_desk.services.case_register import register_case
from mediation_desk.services.station import get_station
from mediation_desk.store.tables import SYNCED_TABLES
from tests.conftest import NOW, FakeClock
from tests.services.helpers import case_data, mediator
from tests.store.support import last_change_seq, plain_case, row_counts


@dataclass(frozen=True, slots=True)
class Stamp:
    origin_station_id: str
    row_version: int
    change_seq: int
    created_by: str
    created_at: datetime
    updated_at: datetime


Key = tuple[str, str]  # (table, row id)


def stamps(engine: Engine) -> dict[Key, Stamp]:
    """The sync columns of every row of every synced table."""
    out: dict[Key, Stamp] = {}
    with Session(engine) as s:
        for model in SYNCED_TABLES:
            for row in s.scalars(select(model)):
                out[(model.__tablename__, row.id)] = Stamp(  # type: ignore[arg-type]
                    row.origin_station_id, row.row_version, row.change_seq, row.created_by,
                    row.created_at, row.updated_at)
    return out


def station_id(ctx: AppContext) -> str:
    view = get_station(ctx)
    assert view is not None
    return view.station_id


def accept(ctx: AppContext, case_id: str, host: str) -> None:
    perform_action(ctx, case_id, "accept",
                   {"host_mediator_id": host, "consent_of_all_parties": True})


def test_init_station_stamps_every_row_it_creates(village: AppContext) -> None:
    local = station_id(village)
    rows = stamps(village.engine)
    tables = {table for table, _ in rows}
    assert {"committee", "code_entry", "event_log"} <= tables
    for key, st in rows.items():
        assert st.origin_station_id == local, key
        assert st.row_version == 1, key
        assert st.change_seq > 0, key
        assert st.created_by == "测试员", key
        assert st.created_at == st.updated_at == NOW, key


def test_register_case_stamps_the_new_rows(village: AppContext, clock: FakeClock) -> None:
    local = station_id(village)
    clock.advance(1)
    before = stamps(village.engine)
    seq_before = last_change_seq(village.engine)
    register_case(village, case_data())
    after = stamps(village.engine)
    new = {k: v for k, v in after.items() if k not in before}
    # The case, both parties, the two new persons and the log entry.
    assert sorted(t for t, _ in new) == [
        "case_party", "case_party", "event_log", "mediation_case", "person", "person"]
    for key, st in new.items():
        assert st.origin_station_id == local, key
        assert st.row_version >= 1, key
        assert st.change_seq > seq_before, key
        assert st.created_by == "测试员", key
        assert st.created_at == st.updated_at == clock.now, key
    # Rows the call did not touch keep their stamps.
    assert {k: after[k] for k in before} == before


def test_every_row_created_by_one_call_has_row_version_1(village: AppContext) -> None:
    before = stamps(village.engine)
    register_case(village, case_data())
    new = {k: v.row_version for k, v in stamps(village.engine).items() if k not in before}
    assert set(new.values()) == {1}, new


def test_an_update_bumps_row_version_and_takes_a_higher_change_seq(
        village: AppContext, clock: FakeClock) -> None:
    host = mediator(village)
    case = register_case(village, case_data())
    before = stamps(village.engine)
    key = ("mediation_case", case.summary.id)
    clock.advance(1)
    accept(village, case.summary.id, host)
    after = stamps(village.engine)
    old, new = before[key], after[key]
    assert new.row_version > old.row_version
    assert new.change_seq > max(st.change_seq for st in before.values())
    assert new.change_seq <= last_change_seq(village.engine)
    assert new.updated_at == clock.now and new.created_at == old.created_at
    assert new.origin_station_id == old.origin_station_id and new.created_by == old.created_by
    # Unchanged rows (persons, parties, codes, the committee) keep version and sequence: a
    # sync export "since N" must not resend them.
    unchanged = {k for k in before if k != key}
    assert {k: after[k] for k in unchanged} == {k: before[k] for k in unchanged}
    # The host assignment is a new row, stamped like any other.
    created = [k for k in after if k not in before]
    assert sorted(t for t, _ in created) == ["case_mediator", "event_log"]


def test_one_service_call_bumps_a_row_version_by_exactly_one(village: AppContext) -> None:
    host = mediator(village)
    case = register_case(village, case_data())
    key = ("mediation_case", case.summary.id)
    version = stamps(village.engine)[key].row_version
    accept(village, case.summary.id, host)
    assert stamps(village.engine)[key].row_version == version + 1


def test_change_seqs_are_unique_and_the_station_counter_is_their_maximum(
        village: AppContext) -> None:
    host = mediator(village)
    case_ids: list[str] = []

    def write(call: Callable[[], object]) -> None:
        """Run one service call; everything it wrote lies after everything before it."""
        before, last_before = stamps(village.engine), last_change_seq(village.engine)
        call()
        after, last_after = stamps(village.engine), last_change_seq(village.engine)
        written = [st.change_seq for k, st in after.items() if before.get(k) != st]
        assert written and all(last_before < seq <= last_after for seq in written)

    write(lambda: case_ids.append(register_case(village, case_data()).summary.id))
    write(lambda: case_ids.append(register_case(village, plain_case(2)).summary.id))
    write(lambda: accept(village, case_ids[0], host))
    write(lambda: perform_action(village, case_ids[0], "start_mediation",
                                 {"notice_given_to_all": True}))
    write(lambda: perform_action(village, case_ids[1], "decline", {"reason": "already_handled"}))
    seqs = [st.change_seq for st in stamps(village.engine).values()]
    assert len(seqs) == len(set(seqs)), "a change_seq was used twice"
    assert max(seqs) == last_change_seq(village.engine)


def test_a_refused_call_changes_no_row_and_no_counter(village: AppContext) -> None:
    register_case(village, case_data())
    counts, seq = row_counts(village.engine), last_change_seq(village.engine)
    with pytest.raises(DomainError) as err:
        register_case(village, plain_case(2, category="no_such_category"))
    assert err.value.code == "code.unknown"
    assert row_counts(village.engine) == counts
    assert last_change_seq(village.engine) == seq


def test_a_call_failing_after_flushes_rolls_back_everything(village: AppContext) -> None:
    # The second party repeats an ID number already on file. By the time that is found the
    # case number, the case, the first party's person and their search entries have been
    # flushed and change_seqs reserved: all of it must vanish with the rollback.
    register_case(village, case_data())
    counts, seq = row_counts(village.engine), last_change_seq(village.engine)
    data = plain_case(2)
    data["parties"][1]["person"]["id_number"] = "11010519491231002X"
    with pytest.raises(DomainError) as err:
        register_case(village, data)
    assert err.value.code == "person.duplicate_id_number"
    assert row_counts(village.engine) == counts
    assert last_change_seq(village.engine) == seq
    # The number the failed call had drawn is issued again: no gap.
    assert register_case(village, plain_case(3)).summary.case_no == "（2026）青石村人调字第002号"
