"""Password benchmark: what an old laptop pays once per sign-in (and per unlock of the idle
lock) for the memory-hard hash, against a bare ``hashlib.sha256`` of the same password.

- verify: ``store.passwords.verify`` with the current parameters (scrypt N=2**17, r=8, p=1:
  128 MiB) — the whole cost of checking a password;
- sign_in: ``services.accounts.sign_in`` on a store with one account (verify, plus reading
  and updating the account and the event-log entry in one transaction).

The ratio is large on purpose: it is the factor by which guessing a password from a copied
database is slowed down too (and each guess needs 128 MiB, which stops graphics cards)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from bench_stores import median_ms

from mediation_desk.bootstrap import build_context
from mediation_desk.paths import paths_under
from mediation_desk.services import accounts
from mediation_desk.services.station import init_station
from mediation_desk.store import passwords

PASSWORD = "qingshi-2026"


def run(root: Path, *, repeat: int) -> dict[str, Any]:
    stored = passwords.hash_password(PASSWORD)
    encoded = PASSWORD.encode("utf-8")
    # One sha256 takes well under a microsecond: time batches of 10,000 and divide.
    batch = 10_000
    base = median_ms(lambda: [hashlib.sha256(encoded).digest() for _ in range(batch)],
                     repeat) / batch
    verify = median_ms(lambda: passwords.verify(PASSWORD, stored), repeat)
    ctx = build_context(paths_under(root / "passwords"), actor="bench")
    try:
        init_station(ctx, kind="village", code="000000000001", name="测试村人民调解委员会")
        accounts.create_first_chair(ctx, "bench", "测试主任", PASSWORD)
        sign_in = median_ms(lambda: accounts.sign_in(ctx, "bench", PASSWORD), repeat)
    finally:
        ctx.close()
    p = passwords.CURRENT
    return {"params": f"scrypt N=2**{p.log_n}, r={p.r}, p={p.p}",
            "memory_mib": 128 * p.r * p.n // (1024 * 1024),
            "verify": {"ms": verify, "baseline_ms": base, "ratio": _times(verify, base)},
            "sign_in": {"ms": sign_in, "baseline_ms": base, "ratio": _times(sign_in, base)}}


def _times(ours: float, base: float) -> int | None:
    return round(ours / base) if base else None


def report(r: dict[str, Any]) -> list[str]:
    lines = [f"\npasswords — {r['params']} ({r['memory_mib']} MiB per check; median ms)"]
    for key, what in (("verify", "password check"), ("sign_in", "sign-in (service)")):
        x = r[key]
        lines.append(f"  {what:<20} {x['ms']:>9.1f} ms  vs bare sha256 "
                     f"{x['baseline_ms'] * 1000:.2f} µs  = {x['ratio'] or 0:,}×")
    return lines
