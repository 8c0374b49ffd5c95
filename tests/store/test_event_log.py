"""The event log: every service write leaves an entry naming the acting user, the database
refuses edits to it, and it never becomes a plain-text copy of ID numbers or phones."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session

from mediation_desk.bootstrap import AppContext
from mediation_desk.services.case_actions import perform_action
from mediation_desk.services.case_register import register_case
from mediation_desk.services.persons import add_person, reveal_id_number, update_person
from mediation_desk.store.engine import writer
from mediation_desk.store.tables import EventLog
from tests.conftest import FakeClock
from tests.services.helpers import case_data, mediator

REFUSED = (IntegrityError, OperationalError)

ID_NUMBER = "11010519491231002X"  # in case_data()
PHONE = "13812345678"  # in case_data()
OTHER_ID = "510100198506120037"
OTHER_PHONE = "13987654321"
NEWER_PHONE = "15011112222"


def events(engine: Engine) -> list[EventLog]:
    with Session(engine) as s:
        return list(s.scalars(select(EventLog).order_by(EventLog.change_seq)))


def test_every_service_write_adds_an_entry_by_the_acting_user(
        village: AppContext, clock: FakeClock) -> None:
    # init_station (the fixture) is the first write.
    assert [e.action for e in events(village.engine)] == ["station.init"]
    state: dict[str, str] = {}

    def add_case() -> None:
        state["case"] = register_case(village, case_data()).summary.id

    def add_someone() -> None:
        state["person"] = add_person(village, {"name": "孙七", "id_number": OTHER_ID}).id

    writes: list[tuple[str, Callable[[], object]]] = [
        ("mediator.add", lambda: state.setdefault("host", mediator(village))),
        ("case.register", add_case),
        ("case.accept", lambda: perform_action(
            village, state["case"], "accept",
            {"host_mediator_id": state["host"], "consent_of_all_parties": True})),
        ("person.add", add_someone),
        ("person.update", lambda: update_person(
            village, state["person"], {"name": "孙七", "id_number": OTHER_ID,
                                       "phone": OTHER_PHONE})),
        ("person.reveal_id_number", lambda: reveal_id_number(
            village, state["person"], purpose="打印调解协议书")),
    ]
    for action, call in writes:
        clock.advance(1)
        seen = {e.id for e in events(village.engine)}
        call()
        new = [e for e in events(village.engine) if e.id not in seen]
        assert [e.action for e in new] == [action]
        assert new[0].actor == "测试员" and new[0].created_by == "测试员"
        assert new[0].at == clock.now
    by_action = {e.action: e for e in events(village.engine)}
    assert by_action["case.register"].case_id == state["case"]
    assert by_action["case.accept"].before == {"status": "registered"}
    assert by_action["case.accept"].after is not None
    assert by_action["case.accept"].after["status"] == "accepted"


@pytest.fixture
def logged(village: AppContext) -> AppContext:
    register_case(village, case_data())
    return village


def test_update_of_an_event_is_refused_by_the_database(logged: AppContext) -> None:
    with pytest.raises(REFUSED, match="append-only"), writer(logged.engine).begin() as conn:
        conn.execute(text("UPDATE event_log SET actor = '别人'"))
    assert {e.actor for e in events(logged.engine)} == {"测试员"}


def test_delete_of_an_event_is_refused_by_the_database(logged: AppContext) -> None:
    count = len(events(logged.engine))
    with pytest.raises(REFUSED, match="append-only"), writer(logged.engine).begin() as conn:
        conn.execute(text("DELETE FROM event_log"))
    assert len(events(logged.engine)) == count


def test_voiding_an_event_through_the_orm_is_refused(logged: AppContext) -> None:
    # The tombstone every other table uses is an UPDATE too: events are never voided.
    with logged.uow(write=True) as uow:
        event = uow.session.scalars(select(EventLog)).first()
        assert event is not None
        event.voided_at = uow.now
        event.void_reason = "试图作废"
        with pytest.raises(REFUSED, match="append-only"):
            uow.commit()
    assert all(e.voided_at is None for e in events(logged.engine))


def test_insert_or_replace_cannot_overwrite_an_event(logged: AppContext) -> None:
    # REPLACE deletes the old row without firing delete triggers (unless recursive_triggers
    # is on), so the BEFORE DELETE trigger alone would not stop it.
    first = events(logged.engine)[0]
    with pytest.raises(REFUSED, match="append-only"), writer(logged.engine).begin() as conn:
        conn.execute(text(
            "INSERT OR REPLACE INTO event_log (id, origin_station_id, row_version, change_seq,"
            " created_at, updated_at, created_by, at, actor, action, entity, entity_id)"
            " VALUES (:id, :origin, 1, :seq, '2026-01-01', '2026-01-01', '伪造',"
            " '2026-01-01', '伪造', 'station.init', 'committee', 'x')"
        ).bindparams(id=first.id, origin=first.origin_station_id, seq=first.change_seq))
    assert events(logged.engine)[0].actor == "测试员"


def _all_event_text(engine: Engine) -> str:
    """Every column of every entry, as SQLite stores it (JSON columns are text)."""
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM event_log")).all()
    return "\n".join("|".join(str(v) for v in row) for row in rows)


def test_the_log_never_holds_a_full_id_number_or_phone(logged: AppContext) -> None:
    # Add and correct a second person so that before/after snapshots of persons are logged.
    other = add_person(logged, {"name": "孙七", "id_number": OTHER_ID, "phone": OTHER_PHONE})
    update_person(logged, other.id, {"name": "孙七", "id_number": OTHER_ID,
                                      "phone": NEWER_PHONE, "address": "青石村四组"})
    reveal_id_number(logged, other.id, purpose="打印调解协议书")
    logged_text = _all_event_text(logged.engine)
    assert "person.update" in logged_text
    for secret in (ID_NUMBER, ID_NUMBER[:17], OTHER_ID, OTHER_ID[:17],
                   PHONE, OTHER_PHONE, NEWER_PHONE):
        assert secret not in logged_text, f"{secret} is in the event log"
    # What the log shows instead: masked values.
    assert "510100********0037" in logged_text
    assert "139****4321" in logged_text and "150****2222" in logged_text
