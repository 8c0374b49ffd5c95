"""Mutated bundles (sync.md §5.1–§5.3): every mutation is refused cleanly — a status of
"refused" or "unconfirmed", a code with a Chinese sentence, and a database identical to the
one before — or imported whole. Never a crash, never half a bundle.

Mutations: bit flips in the header, manifest and ciphertext; truncation; appended bytes;
swapped, doubled and dropped blocks; manifest edits re-signed with a wrong key; and hostile
bundles signed with the village's own key (what a stolen laptop could send): rows of foreign
partitions, unknown tables, wrong types, huge strings, NUL bytes, changes beyond the range,
wrong counts, a zip bomb, newer versions, another addressee, clashing case numbers.

60 mutations by default; ``MEDIATION_DESK_FUZZ=<n>`` runs n (``MEDIATION_DESK_FUZZ_SEED``
picks another sequence)."""

from __future__ import annotations

import json
import os
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mediation_desk.domain.sync_views import ImportView
from mediation_desk.services import case_actions
from mediation_desk.sync import envelope
from mediation_desk.wording import catalog_sync
from mediation_desk.wording.catalog import UNKNOWN
from mediation_desk.wording.messages import MISSING, describe, message
from tests.services.helpers import mediator
from tests.sync.conftest import TOWNSHIP, VILLAGE_A
from tests.sync.forge import lines_of
from tests.sync.mutants import (
    HOSTILE,
    MUTATORS,
    SMALL_CEILING,
    Stage,
    flip,
    hostile,
)
from tests.sync.support import (
    copy_data,
    dump,
    enroll,
    export,
    import_bundle,
    new_case,
    new_desk,
    reset_to,
    scalar,
)

COUNT = int(os.environ.get("MEDIATION_DESK_FUZZ", "60"))
SEED = int(os.environ.get("MEDIATION_DESK_FUZZ_SEED", "20261121"))
SRC = Path(__file__).resolve().parents[2] / "src" / "mediation_desk"


@pytest.fixture(scope="module")
def stage(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path
          ) -> Iterator[Stage]:
    root = tmp_path_factory.mktemp("fuzz")
    t = new_desk(root / "township", migrated_template, kind="township", code=TOWNSHIP[0],
                 name=TOWNSHIP[1])
    v = new_desk(root / "village", migrated_template, kind="village", code=VILLAGE_A[0],
                 name=VILLAGE_A[1])
    enroll(v, t, root / "stick")
    m = mediator(v.ctx)
    first = new_case(v, 1)
    path, _ = export(v, root / "stick" / "1")
    assert import_bundle(t, path).status == "imported"  # the village's key is pinned
    case_actions.perform_action(v.ctx, first, "accept",
                                {"host_mediator_id": m, "consent_of_all_parties": True})
    new_case(v, 2)
    path, _ = export(v, root / "stick" / "2")
    data = path.read_bytes()
    sealed = envelope.read(path)
    rows = lines_of(envelope.open_payload(sealed, t.keys))
    backup = copy_data(t, root / "backup")
    out = root / "mutants"
    out.mkdir()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(envelope, "MAX_PLAIN", SMALL_CEILING)
        yield Stage(v, t, backup, dump(t), path, data, data.index(b"\n", data.index(b"\n") + 1)
                    + 1, dict(sealed.manifest), rows, out, set())
    v.close()
    t.close()


# --- judging one outcome --------------------------------------------------------------------

def _sentence_ok(error: dict[str, Any]) -> None:
    code = error["code"]
    assert code in catalog_sync.MESSAGES, code
    [sentence] = describe(error, "zh")
    assert sentence and MISSING not in sentence, (code, sentence)


def _imported_whole(s: Stage, view: ImportView, path: Path) -> None:
    """Every row the file carried is at the township (or parked) at least at its version."""
    sealed = envelope.read(path)
    rows = lines_of(envelope.open_payload(sealed, s.township.keys))
    assert scalar(s.township, "SELECT count(*) FROM sync_import WHERE id = ?",
                  view.bundle_id) == 1
    for r in rows:
        table, row_id, version = r["t"], r["d"]["id"], r["d"]["row_version"]
        here = scalar(s.township, f'SELECT row_version FROM "{table}" WHERE id = ?', row_id)
        parked = scalar(s.township, "SELECT row_version FROM sync_parked WHERE table_name = ?"
                                    " AND row_id = ?", table, row_id)
        assert max(here or 0, parked or 0) >= version, (table, row_id)


def judge(s: Stage, what: str, path: Path) -> str:
    try:
        view = import_bundle(s.township, path, confirm=None)
    except Exception as exc:  # noqa: BLE001 - the point: name the mutation that crashed
        raise AssertionError(f"{what}: import crashed with {exc!r}") from exc
    if view.status in ("refused", "unconfirmed"):
        assert view.error is not None, what
        _sentence_ok(view.error)
        s.codes.add(view.error["code"])
        assert dump(s.township) == s.before, f"{what}: refused but the database changed"
        return view.error["code"]
    assert view.status == "imported", (what, view)
    _imported_whole(s, view, path)
    reset_to(s.township, s.backup)
    return "imported"


def test_the_unmutated_bundle_imports(stage: Stage) -> None:
    assert judge(stage, "unmutated", stage.path) == "imported"
    assert dump(stage.township) == stage.before


def test_every_hostile_kind_is_refused_or_imported_whole(stage: Stage) -> None:
    outcomes = {}
    for kind in HOSTILE:
        what, path = hostile(random.Random(f"{SEED}:{kind}"), stage, kind)
        outcomes[kind] = judge(stage, what, path)
    assert outcomes["foreign partition"] == "bundle.foreign_rows"
    assert outcomes["takes over a township row"] == "bundle.foreign_rows"
    assert outcomes["unknown table"] == "bundle.unknown_table"
    assert outcomes["NUL byte"] == outcomes["lone surrogate"] == "bundle.bad_row"
    assert outcomes["deep nesting"] == outcomes["NaN in a JSON column"] == "bundle.bad_row"
    assert outcomes["change beyond seq_to"] == "bundle.bad_row"
    assert outcomes["counts mismatch"] == "bundle.damaged"
    assert outcomes["zip bomb"] == "bundle.too_large"
    assert outcomes["newer schema"] == outcomes["newer format"] == "bundle.newer_version"
    assert outcomes["another township"] == "bundle.wrong_recipient"
    assert outcomes["clashing case number"] == "bundle.bad_row"
    assert outcomes["ID number at standard level"] == "bundle.bad_row"
    assert outcomes["sealed ID number"] == "bundle.bad_row"
    assert outcomes["missing parent"] == outcomes["same row twice"] == "imported"
    assert outcomes["empty bundle"] == "imported"
    assert outcomes["unknown sender"] == "bundle.unconfirmed_station"
    assert outcomes["from the township itself"] == "bundle.from_self"


def test_random_mutations_are_refused_cleanly_or_imported_whole(stage: Stage) -> None:
    rng = random.Random(SEED)
    outcomes: dict[str, int] = {}
    for n in range(COUNT):
        mutate = MUTATORS[n % len(MUTATORS)]
        what, made = mutate(rng, stage)
        if isinstance(made, bytes):
            path = stage.dir / f"mutant{n}.mzb"
            path.write_bytes(made)
        else:
            path = made
        outcome = judge(stage, f"#{n} (seed {SEED}) {what}", path)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    assert sum(outcomes.values()) == COUNT
    assert len(outcomes) >= 4, outcomes  # the mutations reach several different checks


FLIPPED = {"bundle.damaged", "bundle.bad_signature", "bundle.not_a_bundle",
           "bundle.truncated", "bundle.newer_version"}


def test_bit_flips_in_the_signed_part_are_all_refused(stage: Stage) -> None:
    """Every byte of the magic line and manifest, flipped once: each one refused."""
    for at in range(0, stage.header_end, 3):
        path = stage.dir / "flip.mzb"
        path.write_bytes(flip(stage.data, at, at % 8))
        view = import_bundle(stage.township, path, confirm=None)
        assert view.status == "refused", (at, view.status)
        _sentence_ok(view.error or {})
        assert view.error and view.error["code"] in FLIPPED, (at, view.error)
    assert dump(stage.township) == stage.before


def _codes_raised_in_sources() -> set[str]:
    files = [*sorted((SRC / "sync").glob("*.py")), *sorted((SRC / "services").glob("sync_*.py")),
             SRC / "services" / "township.py"]
    codes: set[str] = set()
    for f in files:
        text = f.read_text(encoding="utf-8")
        codes |= set(re.findall(r'Refused\(\s*"([a-z_.]+)"', text))
        codes |= set(re.findall(r'DomainError\(\s*"(sync\.[a-z_.]+)"', text))
    return codes


def test_every_refusal_has_a_chinese_sentence(stage: Stage) -> None:
    codes = _codes_raised_in_sources() | stage.codes
    assert {"bundle.damaged", "bundle.bad_signature", "bundle.key_changed"} <= codes
    unknown = UNKNOWN[0].split("{")[0]
    for code in sorted(codes):
        sentence = message(code, {"file": "x.mzb"}, "zh")
        assert not sentence.startswith(unknown), code
        assert re.search(r"[\u4e00-\u9fff]", sentence), code
    assert json.dumps(sorted(codes))  # the codes seen are plain text
