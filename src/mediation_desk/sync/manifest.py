"""The manifest's fields and the checks a receiver makes before trusting anything else
(sync.md §4, §5.1). Plain dicts: the canonical JSON of exactly these keys is what is signed."""

from __future__ import annotations

import re
from typing import Any

from mediation_desk.sync.errors import Refused

BUNDLE_FORMAT = "mediation-desk-bundle"
RECEIPT_FORMAT = "mediation-desk-receipt"
FORMAT_VERSION = 1
LEVELS = ("statistics", "standard", "full")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_PARTY_KEYS = ("station_id", "code", "name", "kind", "incarnation_id", "signing_key",
               "exchange_key")


def party(station_id: str, code: str, name: str, kind: str, incarnation_id: str,
          signing_key: str, exchange_key: str) -> dict[str, str]:
    return dict(zip(_PARTY_KEYS, (station_id, code, name, kind, incarnation_id, signing_key,
                                  exchange_key), strict=True))


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 1 << 62


def _text(value: Any, limit: int = 200) -> bool:
    return isinstance(value, str) and 0 < len(value) <= limit


def check(m: dict[str, Any], *, fmt: str, schema_head: str, name: str) -> None:
    """Shape and versions. Refuses with the reason a person can act on."""
    if m.get("format") != fmt:
        raise Refused("bundle.wrong_format" if m.get("format") in (BUNDLE_FORMAT,
                                                                   RECEIPT_FORMAT)
                      else "bundle.not_a_bundle", file=name)
    version = m.get("format_version")
    if not _is_int(version):
        raise Refused("bundle.damaged", file=name)
    schema = m.get("schema_version")
    if not isinstance(schema, str) or not schema.isdigit() or len(schema) > 8:
        raise Refused("bundle.damaged", file=name)
    if version > FORMAT_VERSION or int(schema) > int(schema_head):
        raise Refused("bundle.newer_version", file=name,
                      app_version=str(m.get("app_version", ""))[:20])
    sender = m.get("from")
    to = m.get("to")
    if not isinstance(sender, dict) or not isinstance(to, dict):
        raise Refused("bundle.damaged", file=name)
    if not all(_text(sender.get(k)) for k in _PARTY_KEYS) or sender["kind"] not in (
            "village", "township"):
        raise Refused("bundle.damaged", file=name)
    if not _UUID.match(sender["station_id"]) or not _UUID.match(sender["incarnation_id"]):
        raise Refused("bundle.damaged", file=name)
    if not _text(to.get("station_id")) or not isinstance(to.get("code", ""), str):
        raise Refused("bundle.damaged", file=name)
    if not isinstance(m.get("bundle_id"), str) or not _UUID.match(m["bundle_id"]):
        raise Refused("bundle.damaged", file=name)
    if not isinstance(m.get("created_at"), str):
        raise Refused("bundle.damaged", file=name)
    if fmt == BUNDLE_FORMAT:
        _check_bundle_fields(m, name)


def _check_bundle_fields(m: dict[str, Any], name: str) -> None:
    seq_from, seq_to = m.get("seq_from"), m.get("seq_to")
    if not (_is_int(seq_from) and _is_int(seq_to)) or not 1 <= seq_from <= seq_to + 1:
        raise Refused("bundle.damaged", file=name)
    if m.get("export_level") not in LEVELS or not isinstance(m.get("is_full"), bool):
        raise Refused("bundle.damaged", file=name)
    counts = m.get("counts")
    if not isinstance(counts, dict) or not all(
            isinstance(k, str) and _is_int(v) for k, v in counts.items()):
        raise Refused("bundle.damaged", file=name)
    for key in ("contains_people", "case_count", "bundle_seq"):
        if not _is_int(m.get(key)):
            raise Refused("bundle.damaged", file=name)
    prev = m.get("prev_bundle_id")
    if prev is not None and not (isinstance(prev, str) and _UUID.match(prev)):
        raise Refused("bundle.damaged", file=name)
    if not isinstance(m.get("set_digest"), str):
        raise Refused("bundle.damaged", file=name)


def check_addressed(m: dict[str, Any], *, local_station_id: str, name: str) -> None:
    to = m["to"]
    if to["station_id"] != local_station_id:
        raise Refused("bundle.wrong_recipient", file=name, code=str(to.get("code", ""))[:32],
                      name=str(to.get("name", ""))[:60])
