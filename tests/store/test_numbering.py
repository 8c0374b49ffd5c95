"""Case numbers （2026）青石村人调字第001号 … : unique and gap-free per committee and year, also
when several windows (threads with their own engines) or processes register at once."""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.domain.pinyin import name_keys
from mediation_desk.paths import paths_under
from mediation_desk.services import maintenance
from mediation_desk.services.case_register import register_case
from mediation_desk.store.tables import CaseNumberCounter, MediationCase
from tests.conftest import FakeClock
from tests.store.support import child, finish, plain_case


def number(year: int, seq: int) -> str:
    return f"（{year}）青石村人调字第{seq:03d}号"


def stored_numbers(ctx: AppContext) -> list[tuple[int, int, str]]:
    with Session(ctx.engine) as s:
        rows = s.execute(select(MediationCase.year, MediationCase.seq, MediationCase.case_no)
                         .order_by(MediationCase.year, MediationCase.seq)).all()
    return [(r[0], r[1], r[2]) for r in rows]


def counters(ctx: AppContext) -> dict[int, int]:
    with Session(ctx.engine) as s:
        return {c.year: c.last_seq for c in s.scalars(select(CaseNumberCounter))}


def assert_gap_free(ctx: AppContext, year: int, count: int) -> None:
    assert stored_numbers(ctx) == [(year, n, number(year, n)) for n in range(1, count + 1)]
    assert counters(ctx) == {year: count}
    report = maintenance.check(ctx)
    assert report.ok, report


def test_sequential_registrations_number_1_to_50(village: AppContext) -> None:
    issued = [register_case(village, plain_case(n)).summary.case_no for n in range(1, 51)]
    assert issued == [number(2026, n) for n in range(1, 51)]
    assert_gap_free(village, 2026, 50)


def test_four_windows_registering_at_once_share_one_sequence(village: AppContext,
                                                             clock: FakeClock) -> None:
    # Each thread is a separate window/engine on the same data folder: the only thing keeping
    # the numbers apart is SQLite's write lock (BEGIN IMMEDIATE) around the counter.
    name_keys("张三")  # load the pinyin tables once, not racing in four threads
    threads, per_thread = 4, 10
    start = threading.Barrier(threads)
    issued: dict[int, list[str]] = {}
    errors: list[BaseException] = []

    def window(k: int) -> None:
        try:
            ctx = build_context(paths_under(village.paths.data_dir), actor=f"窗口{k}",
                                clock=clock)
            try:
                start.wait(timeout=30)
                issued[k] = [register_case(ctx, plain_case(100 * k + i)).summary.case_no
                             for i in range(per_thread)]
            finally:
                ctx.close()
        except BaseException as exc:  # noqa: BLE001 - re-raised in the main thread
            errors.append(exc)

    workers = [threading.Thread(target=window, args=(k,)) for k in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=60)
    assert not errors, errors
    everything = [no for nos in issued.values() for no in nos]
    assert sorted(everything) == [number(2026, n) for n in range(1, 41)]
    # Within one window the numbers only go up.
    for nos in issued.values():
        assert nos == sorted(nos)
    assert_gap_free(village, 2026, threads * per_thread)


def test_three_processes_registering_at_once_share_one_sequence(village: AppContext,
                                                                tmp_path: Path) -> None:
    go = tmp_path / "go"
    procs = []
    for k in range(3):
        ready = tmp_path / f"ready-{k}"
        procs.append((ready, child(f"""
            import json, time
            from mediation_desk.domain.pinyin import name_keys
            from mediation_desk.services.case_register import register_case
            from tests.store.support import plain_case

            ctx = open_ctx("进程{k}")
            name_keys("张三")  # warm up before the start line, so the writes overlap
            Path(sys.argv[2]).write_text("ready")
            while not Path(sys.argv[3]).exists():
                time.sleep(0.005)
            nos = [register_case(ctx, plain_case({k} * 100 + i)).summary.case_no
                   for i in range(10)]
            print(json.dumps(nos, ensure_ascii=False))
            """, village.paths.data_dir, ready, go)))
    deadline = time.monotonic() + 60
    while not all(ready.exists() for ready, _ in procs):
        for _, proc in procs:
            assert proc.poll() is None, proc.communicate()[1]
        assert time.monotonic() < deadline, "children never got ready"
        time.sleep(0.02)
    go.write_text("go")
    issued = [json.loads(finish(proc)) for _, proc in procs]
    everything = [no for nos in issued for no in nos]
    assert sorted(everything) == [number(2026, n) for n in range(1, 31)]
    for nos in issued:
        assert nos == sorted(nos)
    assert_gap_free(village, 2026, 30)


def test_each_year_has_its_own_sequence(village: AppContext, clock: FakeClock) -> None:
    clock.now = datetime(2026, 1, 5, 2, 0, tzinfo=UTC)
    # Disputes received before new year keep the old year's series, even registered later.
    assert register_case(village, plain_case(1, received_on="2025-12-31")).summary.case_no \
        == number(2025, 1)
    assert register_case(village, plain_case(2, received_on="2026-01-02")).summary.case_no \
        == number(2026, 1)
    assert register_case(village, plain_case(3, received_on="2025-12-30")).summary.case_no \
        == number(2025, 2)
    assert register_case(village, plain_case(4, received_on="2026-01-05")).summary.case_no \
        == number(2026, 2)
    assert counters(village) == {2025: 2, 2026: 2}
    assert maintenance.check(village).ok


def test_the_year_is_the_beijing_date_not_the_utc_date(village: AppContext,
                                                       clock: FakeClock) -> None:
    # 2025-12-31 16:30 UTC is 2026-01-01 00:30 in Beijing: a case received "today" (no date
    # given) belongs to 2026.
    clock.now = datetime(2025, 12, 31, 16, 30, tzinfo=UTC)
    case = register_case(village, plain_case(1, received_on=None))
    assert case.summary.received_on.isoformat() == "2026-01-01"
    assert case.summary.case_no == number(2026, 1)
