"""Hostile but validly signed bundles: the test signs with the village's own key, as a
stolen laptop or a buggy future version could, to prove the importer trusts no content."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from mediation_desk.store.tables import new_id
from mediation_desk.sync import envelope
from mediation_desk.sync import keys as station_keys

# Filled in by envelope.write (hash, size, signature) or by seal (encryption).
_SEALING = ("signature", "payload_sha256", "payload_size", "encryption")


def lines_of(payload: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in payload.split(b"\n") if line]


def encode_lines(rows: list[Any]) -> bytes:
    return b"\n".join(r if isinstance(r, bytes) else
                      json.dumps(r).encode("ascii") for r in rows)


def counts_of(rows: list[Any]) -> dict[str, int]:
    return dict(Counter(r["t"] for r in rows if isinstance(r, dict) and "t" in r))


def forge(path: Path, base: dict[str, Any], payload: bytes, *,
          signer: station_keys.StationKeys, recipient_exchange_key: str,
          kind: str = "bundle", **changes: Any) -> Path:
    """A bundle file from ``base`` (a real manifest) with ``changes``, sealed and signed."""
    m = {k: v for k, v in base.items() if k not in _SEALING}
    m["bundle_id"] = new_id()
    m.update(changes)
    ciphertext, m["encryption"] = envelope.seal(
        payload, recipient_exchange_key=recipient_exchange_key, file_id=str(m["bundle_id"]))
    path.parent.mkdir(parents=True, exist_ok=True)
    envelope.write(path, kind, m, ciphertext, signer)
    return path
