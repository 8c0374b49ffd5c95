"""Any order of a village's bundles gives the same township (sync.md §5, §8), property-based.

A village works through real services — registers cases, edits them, voids records, adds
records — and exports now and then; the township's receipts come back at some points only,
so the bundles are incremental and overlap. Then a fresh township imports a random sequence
of those bundles (duplicates, omissions, any order), then all of them in another random
order: the result must equal importing each once, in order — row for row, nothing parked,
nothing in the review queue, no gap left. 25 orders by default; ``MEDIATION_DESK_ORDERS=<n>``
tries n."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mediation_desk.services import (
    agreements,
    case_actions,
    case_records,
    relations,
)
from mediation_desk.services import (
    township as township_service,
)
from mediation_desk.services.persons import add_person, update_person
from tests.conftest import NOW, FakeClock
from tests.services.helpers import mediator
from tests.sync.conftest import TOWNSHIP, VILLAGE_A
from tests.sync.support import (
    Desk,
    contents,
    copy_data,
    enroll,
    export,
    id_number,
    import_bundle,
    import_receipt,
    new_case,
    new_desk,
    open_desk,
    parked_and_conflicts,
    reset_to,
)

EXAMPLES = int(os.environ.get("MEDIATION_DESK_ORDERS", "25"))  # more: a longer local run
WRITTEN = {
    "kind": "written", "facts_and_issues": "屋檐滴水流入院内。",
    "terms": ["于2026年11月30日前改造屋檐排水。"], "performance_manner": "自行改造。",
    "all_parties_signed": True, "mediator_signed": True, "sealed": True,
}


@dataclass
class Bundles:
    files: list[Path]
    village_id: str
    template: Path  # the township's data folder before it imported anything
    expected: dict[str, dict[str, str]]  # the township after importing each once, in order
    root: Path

    def __repr__(self) -> str:  # hypothesis prints the fixture on failure: keep it short
        return f"Bundles({len(self.files)} files)"


def _do(v: Desk, case_id: str, action: str, **data: Any) -> None:
    case_actions.perform_action(v.ctx, case_id, action, data)


def _village_history(v: Desk, t: Desk, stick: Path) -> list[Path]:
    """The village's work, exporting after some steps; receipts imported after some."""
    files: list[Path] = []

    def bundle(receipt: bool, **kw: Any) -> None:
        path, _ = export(v, stick / f"{len(files) + 1:02d}", **kw)
        files.append(path)
        view = import_bundle(t, path)  # the township of the history, in order
        assert view.status == "imported", view.error
        if receipt:
            assert import_receipt(v, view.receipt_path).status == "imported"
        v.clock.advance(1)
        t.clock.advance(1)

    m = mediator(v.ctx)
    c1, c2 = new_case(v, 1), new_case(v, 2)
    bundle(receipt=True)  # 1: committee, mediator, two cases
    _do(v, c1, "accept", host_mediator_id=m, consent_of_all_parties=True)
    case_records.add_investigation(v.ctx, c1, {"content": "走访邻居。"})
    c3 = new_case(v, 3)
    bundle(receipt=False)  # 2: no receipt comes back: bundle 3 carries it again
    _do(v, c1, "start_mediation", notice_given_to_all=True)
    case_records.add_session(v.ctx, c1, {"result": "continue", "content": "第一次调解。",
                                         "mediator_ids": [m]})
    a = add_person(v.ctx, {"name": "王大山", "gender": "male", "id_number": id_number(500)})
    b = add_person(v.ctx, {"name": "王小芳", "gender": "female"})
    tie = relations.add_relation(v.ctx, {"person_id": a.id, "relative_id": b.id,
                                         "relation": "child"})
    bundle(receipt=True)  # 3
    relations.remove_relation(v.ctx, tie.id, {"reason": "登记错误"})  # a void travels
    _do(v, c3, "accept", host_mediator_id=m, consent_of_all_parties=True)  # edit of a case
    c4 = new_case(v, 4)
    bundle(receipt=True)  # 4: case 3's new version; its committee and mediator are in 1
    case_records.add_session(v.ctx, c1, {"result": "agreement", "content": "达成一致。",
                                         "mediator_ids": [m]})
    case_records.add_investigation(v.ctx, c3, {"content": "查看现场。"})  # parent in 2
    bundle(receipt=False)  # 5
    update_person(v.ctx, a.id, {"name": "王大山", "gender": "male",
                                "id_number": id_number(500), "address": "青石村五组"})
    agreements.record_agreement(v.ctx, c1, {**WRITTEN, "items": [
        {"description": "改造屋檐排水", "due_on": "2026-12-30"}]})
    _do(v, c1, "reach_agreement")
    bundle(receipt=True)  # 6: carries 5 again
    _do(v, c1, "start_performance")
    _do(v, c1, "remediate", consent_of_all_parties=True, reason="协议显失公平")  # voids
    _do(v, c4, "decline", reason="already_handled", note="已由法院受理")
    bundle(receipt=False, level="standard")  # 7
    _do(v, c2, "accept", host_mediator_id=m, consent_of_all_parties=True)
    bundle(receipt=True)  # 8
    return files


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path
            ) -> Iterator[Bundles]:
    root = tmp_path_factory.mktemp("any_order")
    t = new_desk(root / "township", migrated_template, kind="township", code=TOWNSHIP[0],
                 name=TOWNSHIP[1])
    template = copy_data(t, root / "template")
    v = new_desk(root / "village", migrated_template, kind="village", code=VILLAGE_A[0],
                 name=VILLAGE_A[1])
    enroll(v, t, root / "stick")
    files = _village_history(v, t, root / "stick")
    expected = contents(t, v.station_id)
    assert parked_and_conflicts(t) == (0, 0)
    yield Bundles(files, v.station_id, template, expected, root)
    v.close()
    t.close()


@pytest.fixture(scope="module")
def fresh(bundles: Bundles) -> Iterator[Desk]:
    """The township as it was before any import, opened on a copy of the template (its
    database and keys). Each example puts the template's database back under it (SQLite's
    backup API; the keys are the same by construction) instead of opening a new context:
    a new engine compiles every statement again, which made each example ~4x slower."""
    desk = open_desk(copy_data(bundles.template, bundles.root / "fresh"), FakeClock(NOW))
    yield desk
    desk.close()


def _converged(b: Bundles, t: Desk) -> None:
    assert contents(t, b.village_id) == b.expected
    assert parked_and_conflicts(t) == (0, 0)
    [village] = township_service.villages(t.ctx)
    assert village.gaps == [] and village.parked == 0


def test_in_order_once_is_the_reference(bundles: Bundles, fresh: Desk) -> None:
    reset_to(fresh, bundles.template)
    for path in bundles.files:
        assert import_bundle(fresh, path).status == "imported"
    _converged(bundles, fresh)


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_any_order_with_duplicates_and_omissions_converges(
        bundles: Bundles, fresh: Desk, data: st.DataObject) -> None:
    n = len(bundles.files)
    first = data.draw(st.lists(st.integers(0, n - 1), max_size=n + 3), label="first")
    then = data.draw(st.permutations(range(n)), label="then")
    reset_to(fresh, bundles.template)
    seen: set[int] = set()
    for i in [*first, *then]:
        view = import_bundle(fresh, bundles.files[i])
        assert view.status == ("already" if i in seen else "imported"), view.error
        seen.add(i)
        assert view.rows.get("conflicts", 0) == 0
    _converged(bundles, fresh)

