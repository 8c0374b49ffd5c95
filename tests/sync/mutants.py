"""The mutations of the fuzz test (test_fuzz.py): raw damage to a bundle file, manifest
edits signed with a wrong key, and hostile bundles signed with the village's own key.
Each mutator takes a Random and the Stage and returns (what it did, bytes or a file)."""

from __future__ import annotations

import copy
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from mediation_desk.store.tables import new_id
from mediation_desk.sync import envelope
from mediation_desk.sync import keys as station_keys
from mediation_desk.sync import rows as row_codec
from mediation_desk.sync.canonical import canonical
from tests.sync.forge import counts_of, encode_lines, forge
from tests.sync.support import Desk, scalar

SMALL_CEILING = 4 << 20  # the zip-bomb ceiling while fuzzing (the real one is 4 GiB)


@dataclass
class Stage:
    village: Desk
    township: Desk
    backup: Path  # the township's database before the bundle under test
    before: dict[str, list[tuple[Any, ...]]]
    path: Path  # a valid bundle the township has not imported
    data: bytes
    header_end: int
    manifest: dict[str, Any]
    rows: list[dict[str, Any]]
    dir: Path
    codes: set[str]

    def forge(self, name: str, rows: list[Any], **changes: Any) -> Path:
        changes.setdefault("counts", counts_of(rows))
        return forge(self.dir / f"{name}.mzb", self.manifest, encode_lines(rows),
                     signer=self.village.keys,
                     recipient_exchange_key=self.township.keys.exchange_public, **changes)


# --- raw byte mutations -------------------------------------------------------------------

def flip(data: bytes, offset: int, bit: int) -> bytes:
    out = bytearray(data)
    out[offset] ^= 1 << bit
    return bytes(out)


def flip_header(rng: random.Random, s: Stage) -> tuple[str, bytes]:
    at = rng.randrange(s.header_end)
    return f"flip header byte {at}", flip(s.data, at, rng.randrange(8))


def flip_ciphertext(rng: random.Random, s: Stage) -> tuple[str, bytes]:
    at = rng.randrange(s.header_end, len(s.data))
    return f"flip ciphertext byte {at}", flip(s.data, at, rng.randrange(8))


def flip_many(rng: random.Random, s: Stage) -> tuple[str, bytes]:
    data = s.data
    spots = [rng.randrange(len(data)) for _ in range(rng.randint(2, 8))]
    for at in spots:
        data = flip(data, at, rng.randrange(8))
    return f"flip bytes {spots}", data


def truncate(rng: random.Random, s: Stage) -> tuple[str, bytes]:
    n = rng.randrange(len(s.data))
    return f"truncate to {n}", s.data[:n]


def append(rng: random.Random, s: Stage) -> tuple[str, bytes]:
    extra = rng.randbytes(rng.randint(1, 64)) if rng.random() < 0.7 else b"\n"
    return f"append {len(extra)} bytes", s.data + extra


def swap_blocks(rng: random.Random, s: Stage) -> tuple[str, bytes]:
    size = rng.randint(1, 64)
    a, b = sorted(rng.sample(range(0, len(s.data) - size, size), 2))
    d = s.data
    out = d[:a] + d[b:b + size] + d[a + size:b] + d[a:a + size] + d[b + size:]
    if out == d:
        out = flip(out, a, 0)
    return f"swap {size}-byte blocks at {a} and {b}", out


def double_or_drop_block(rng: random.Random, s: Stage) -> tuple[str, bytes]:
    size = rng.randint(1, 256)
    at = rng.randrange(len(s.data) - size)
    block = s.data[at:at + size]
    if rng.random() < 0.5:
        return f"double {size} bytes at {at}", s.data[:at] + block + s.data[at:]
    return f"drop {size} bytes at {at}", s.data[:at] + s.data[at + size:]


# --- the manifest edited and signed with a wrong key ----------------------------------------

def _edited_manifest(rng: random.Random, m: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    m = copy.deepcopy(m)
    edits: list[tuple[str, Callable[[], None]]] = [
        ("seq_to", lambda: m.update(seq_to=m["seq_to"] + rng.randint(1, 99))),
        ("seq_from", lambda: m.update(seq_from=1)),
        ("counts", lambda: m["counts"].update(person=rng.randint(0, 9))),
        ("export_level", lambda: m.update(export_level="full")),
        ("to", lambda: m["to"].update(station_id=new_id())),
        ("from name", lambda: m["from"].update(name="冒名村")),
        ("bundle_id", lambda: m.update(bundle_id=new_id())),
        ("payload hash", lambda: m.update(payload_sha256="0" * 64)),
        ("schema", lambda: m.update(schema_version="9999")),
    ]
    name, change = rng.choice(edits)
    change()
    return name, m


def resigned_wrong_key(rng: random.Random, s: Stage) -> tuple[str, bytes]:
    name, m = _edited_manifest(rng, s.manifest)
    wrong = station_keys.StationKeys(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    claimed = rng.random() < 0.5
    if claimed:  # also claims the wrong key as the village's own
        m["from"]["signing_key"] = wrong.signing_public
    m["signature"] = wrong.sign(envelope.signed_part(m))
    head = s.data[:s.data.index(b"\n") + 1] + canonical(m) + b"\n"
    return f"edit {name}, re-signed with a wrong key (claimed: {claimed})", \
        head + s.data[s.header_end:]


# --- hostile, validly signed ----------------------------------------------------------------

def _rows(s: Stage) -> list[dict[str, Any]]:
    return copy.deepcopy(s.rows)


def _pick(rng: random.Random, rows: list[dict[str, Any]], table: str | None = None
          ) -> dict[str, Any]:
    return rng.choice([r for r in rows if table is None or r["t"] == table])


def _text_column(rng: random.Random, row: dict[str, Any], *, unlimited: bool = False) -> str:
    cols = row_codec.schema(row["t"])
    names = [n for n, c in cols.items() if c.kind == "text" and n in row["d"]
             and n not in row_codec.REQUIRED and n != "origin_station_id"
             and (not unlimited or c.max_length is None)]
    return rng.choice(names)


WRONG_VALUES: list[Any] = [17, -1, 2.5, True, [], {}, ["x"], {"a": 1}, "", "x" * 50,
                           "2026-02-30", "2026-11-21T10:00:00", 1 << 80, None]


def hostile(rng: random.Random, s: Stage, kind: str = "") -> tuple[str, Path]:
    rows = _rows(s)
    kind = kind or rng.choice(HOSTILE)
    if kind == "foreign partition":
        _pick(rng, rows)["d"]["origin_station_id"] = s.township.station_id
        return kind, s.forge("foreign", rows)
    if kind == "takes over a township row":
        row = _pick(rng, rows, "committee")
        row["d"]["id"] = scalar(s.township, "SELECT id FROM committee WHERE origin_station_id"
                                            " = ?", s.township.station_id)
        return kind, s.forge("takeover", rows)
    if kind == "unknown table":
        _pick(rng, rows)["t"] = rng.choice(["sync_import", "station", "code_entry", "x" * 99,
                                            "\ud800", 7])
        return kind, s.forge("unknown", rows, counts=counts_of(s.rows))
    if kind == "wrong type":
        row = _pick(rng, rows)
        column = rng.choice(sorted(row["d"]))
        row["d"][column] = rng.choice(WRONG_VALUES)
        return f"{kind} in {row['t']}.{column}", s.forge("wrongtype", rows)
    if kind == "huge string":
        row = _pick(rng, rows)
        size = rng.choice([200_000, row_codec.MAX_TEXT + 1])
        row["d"][_text_column(rng, row, unlimited=True)] = "长" * size
        return f"{kind} of {size}", s.forge("huge", rows)
    if kind == "NUL byte":
        row = _pick(rng, rows)
        row["d"][_text_column(rng, row)] = "前\x00后"
        return kind, s.forge("nul", rows)
    if kind == "lone surrogate":
        row = _pick(rng, rows)
        row["d"][_text_column(rng, row)] = "前\ud800后"
        return kind, s.forge("surrogate", rows)
    if kind == "deep nesting":
        deep = b'{"t":"event_log","d":' + b"[" * 50_000 + b"]" * 50_000 + b"}"
        return kind, s.forge("deep", [*rows, deep])
    if kind == "NaN in a JSON column":
        row = _pick(rng, rows, "event_log")
        row["d"]["after"] = {"x": float("nan")}
        return kind, s.forge("nan", rows)
    if kind == "change beyond seq_to":
        _pick(rng, rows)["d"]["change_seq"] = s.manifest["seq_to"] + rng.randint(1, 1000)
        return kind, s.forge("beyond", rows)
    if kind == "counts mismatch":
        counts = counts_of(rows)
        counts[rng.choice(sorted(counts))] += rng.choice([-1, 1])
        return kind, s.forge("counts", rows, counts=counts)
    if kind == "zip bomb":
        return kind, s.forge("bomb", [b"\0" * (SMALL_CEILING * 4)], counts={})
    if kind == "newer schema":
        return kind, s.forge("schema", rows, schema_version=str(int(
            s.manifest["schema_version"]) + 1))
    if kind == "newer format":
        return kind, s.forge("format", rows, format_version=s.manifest["format_version"] + 1)
    if kind == "another township":
        to = {"station_id": new_id(), "code": "510300000", "name": "别的镇司法所"}
        return kind, s.forge("elsewhere", rows, to=to)
    if kind == "clashing case number":
        row = _pick(rng, rows, "mediation_case")
        row["d"]["id"] = new_id()
        row["d"]["seq"] = 1  # case No. 1 is at the township already, under another id
        return kind, s.forge("clash", rows)
    if kind == "ID number at standard level":
        _pick(rng, rows, "person")["d"]["id_number"] = "11010519491231002X"
        return kind, s.forge("idnumber", rows)
    if kind == "sealed ID number":
        _pick(rng, rows, "person")["d"]["id_number_enc"] = "token"
        return kind, s.forge("enc", rows)
    if kind == "missing parent":
        row = _pick(rng, rows, "case_party")
        row["d"]["case_id"] = new_id()
        return kind, s.forge("orphan", rows)
    if kind == "same row twice":
        row = _pick(rng, rows)
        twin = copy.deepcopy(row)
        twin["d"]["row_version"] += 1
        return kind, s.forge("twice", [*rows, twin])
    if kind == "blank line":
        return kind, s.forge("blank", [*rows, b""])
    if kind == "unknown sender":  # a new station with the village's key: asks a person
        sender = {**s.manifest["from"], "station_id": new_id()}
        for r in rows:
            r["d"]["origin_station_id"] = sender["station_id"]
        return kind, s.forge("stranger", rows, **{"from": sender})
    if kind == "from the township itself":
        sender = {**s.manifest["from"], "station_id": s.township.station_id}
        return kind, s.forge("self", rows, **{"from": sender})
    if kind == "empty bundle":
        return kind, s.forge("empty", [], counts={})
    raise AssertionError(kind)


HOSTILE = [
    "foreign partition", "takes over a township row", "unknown table", "wrong type",
    "huge string", "NUL byte", "lone surrogate", "deep nesting", "NaN in a JSON column",
    "change beyond seq_to", "counts mismatch", "zip bomb", "newer schema", "newer format",
    "another township", "clashing case number", "ID number at standard level",
    "sealed ID number", "missing parent", "same row twice", "blank line", "unknown sender",
    "from the township itself", "empty bundle",
]

MUTATORS: list[Callable[[random.Random, Stage], tuple[str, Any]]] = [
    flip_header, flip_ciphertext, flip_many, truncate, append, swap_blocks,
    double_or_drop_block, resigned_wrong_key, hostile, hostile, hostile,
]
