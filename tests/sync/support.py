"""Builders for the sync proofs: stations in their own data folders, enrollment by identity
file, export / import / receipt in one call each, and whole-database snapshots.

Every station here is a real AppContext on its own SQLite file and keys folder, with its own
FakeClock; nothing in the sync core is replaced."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.domain.idnumber import check_digit
from mediation_desk.domain.sync_views import ExportView, ImportView, ReceiptView
from mediation_desk.paths import paths_under
from mediation_desk.services import sync_export, sync_import, sync_keys, sync_receipts
from mediation_desk.services.case_register import register_case
from mediation_desk.services.station import init_station
from mediation_desk.store import sync_repo
from mediation_desk.sync import keys as station_keys
from mediation_desk.sync import rows as row_codec
from tests.conftest import NOW, FakeClock
from tests.services.helpers import case_data

ACTOR = "测试员"


@dataclass
class Desk:
    """One station: its context, data folder and clock."""

    ctx: AppContext
    root: Path
    clock: FakeClock

    @property
    def station_id(self) -> str:
        sid = self.ctx.uow.station_id
        assert sid is not None
        return sid

    @property
    def keys(self) -> station_keys.StationKeys:
        return station_keys.load_keys(self.ctx.paths.keys_dir)

    def close(self) -> None:
        self.ctx.close()


def open_desk(root: Path, clock: FakeClock | None = None) -> Desk:
    clock = clock or FakeClock(NOW)
    return Desk(build_context(paths_under(root), actor=ACTOR, clock=clock), root, clock)


def new_desk(root: Path, template_db: Path, *, kind: str, code: str, name: str) -> Desk:
    """A fresh station from the migrated template database, initialised as ``kind``."""
    paths = paths_under(root).ensure()
    shutil.copyfile(template_db, paths.db_path)
    desk = open_desk(root)
    init_station(desk.ctx, kind=kind, code=code, name=name,
                 township_name="青龙镇" if kind == "village" else "",
                 county_name="成华县")
    return desk


def copy_data(src: Desk | Path, dst: Path) -> Path:
    """A backup of a data folder as a person would take it: the database (consistently, via
    SQLite's backup API, WAL and all) and the keys. Returns ``dst``."""
    src_root = src.root if isinstance(src, Desk) else src
    src_paths, dst_paths = paths_under(src_root), paths_under(dst).ensure()
    with sqlite3.connect(src_paths.db_path) as a, sqlite3.connect(dst_paths.db_path) as b:
        a.backup(b)
    shutil.rmtree(dst_paths.keys_dir)
    shutil.copytree(src_paths.keys_dir, dst_paths.keys_dir)
    return dst


def reset_to(desk: Desk, backup: Path) -> None:
    """Put a backup's database (from ``copy_data``) back under an open station, keeping its
    engine: far cheaper than a new context when a test does it many times."""
    desk.ctx.engine.dispose()
    with sqlite3.connect(paths_under(backup).db_path) as a, \
            sqlite3.connect(desk.ctx.paths.db_path) as b:
        a.backup(b)


# --- people and cases ---------------------------------------------------------------------

def id_number(n: int, birth: str = "19800101") -> str:
    body = f"110105{birth}{n % 1000:03d}"
    return body + check_digit(body)


def new_case(desk: Desk, n: int, **overrides: Any) -> str:
    """Register a case whose applicant carries a unique ID number; returns the case id."""
    data = case_data(**overrides)
    data["parties"][0]["person"]["id_number"] = id_number(n)
    data["parties"][0]["person"]["name"] = f"李{n}"
    data["parties"][1]["person"]["name"] = f"张{n}"
    data["facts"] = f"第{n}起：院墙滴水问题发生争执，李{n}认为张{n}家屋檐雨水流入其院内。"
    return register_case(desk.ctx, data).summary.id


# --- enrollment, export, import, receipts -----------------------------------------------------

def enroll(village: Desk, township: Desk, folder: Path) -> None:
    """The township's identity file carried to the village and enrolled there."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{township.station_id}{sync_keys.IDENTITY_SUFFIX}"
    sync_keys.export_identity(township.ctx, path)
    sync_keys.enroll(village.ctx, sync_keys.read_identity(path))


def export(village: Desk, folder: Path, **kw: Any) -> tuple[Path, ExportView]:
    folder.mkdir(parents=True, exist_ok=True)
    view = sync_export.export_bundle(village.ctx, folder, **kw)
    return Path(view.file_path), view


def yes(_identity: object) -> bool:
    return True


def import_bundle(township: Desk, path: Path, *, confirm: Callable[[Any], bool] | None = yes,
                  receipts: Path | None = None) -> ImportView:
    return sync_import.import_bundle(township.ctx, path, confirm=confirm, receipts_dir=receipts)


def import_receipt(village: Desk, path: Path | str) -> ReceiptView:
    return sync_receipts.import_receipt(village.ctx, Path(path))


def round_trip(village: Desk, township: Desk, folder: Path, **kw: Any) -> ImportView:
    """Export, import at the township, receipt back at the village."""
    path, _ = export(village, folder, **kw)
    view = import_bundle(township, path)
    assert view.status == "imported", view.error
    assert import_receipt(village, view.receipt_path).status == "imported"
    return view


# --- looking at a database ------------------------------------------------------------------

def dump(desk: Desk | Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (bookkeeping, search index and event log included), sorted:
    two equal dumps mean two databases with the same content. A station or a data folder."""
    db = desk.ctx.paths.db_path if isinstance(desk, Desk) else paths_under(desk).db_path
    out: dict[str, list[tuple[Any, ...]]] = {}
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        names = [n for (n,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name")]
        for name in names:
            rows = con.execute(f'SELECT * FROM "{name}"').fetchall()
            out[name] = sorted(rows, key=repr)
    return out


def versions(desk: Desk, origin: str, upto_seq: int | None = None
             ) -> dict[str, dict[str, int]]:
    """table → {id: row_version} of one station's partition, at ``desk`` (only the changes
    up to ``upto_seq``: what a bundle covering them carried)."""
    out: dict[str, dict[str, int]] = {}
    with desk.ctx.uow() as uow:
        for t in sync_repo.TABLES.values():
            stmt = select(t.c.id, t.c.row_version).where(t.c.origin_station_id == origin)
            if upto_seq is not None:
                stmt = stmt.where(t.c.change_seq <= upto_seq)
            got = {i: v for i, v in uow.session.execute(stmt).all()}
            if got:
                out[t.name] = got
    return out


def contents(desk: Desk, origin: str) -> dict[str, dict[str, str]]:
    """table → {id: the row as the importer compares it}: versions and every value."""
    out: dict[str, dict[str, str]] = {}
    with desk.ctx.uow() as uow:
        for table, t in sync_repo.TABLES.items():
            rows = uow.session.execute(t.select().where(t.c.origin_station_id == origin))
            got = {r["id"]: json.dumps(row_codec.comparable(table, r), sort_keys=True,
                                       ensure_ascii=False, default=str)
                   for r in rows.mappings()}
            if got:
                out[table] = got
    return out


def scalar(desk: Desk, sql: str, *params: Any) -> Any:
    with sqlite3.connect(f"file:{desk.ctx.paths.db_path}?mode=ro", uri=True) as con:
        row = con.execute(sql, params).fetchone()
    return row[0] if row else None


def execute(desk: Desk, sql: str, *params: Any) -> None:
    """A store-level write that no service offers (e.g. a new incarnation after a restore)."""
    with sqlite3.connect(desk.ctx.paths.db_path) as con:
        con.execute(sql, params)


def parked_and_conflicts(desk: Desk) -> tuple[int, int]:
    return (scalar(desk, "SELECT count(*) FROM sync_parked"),
            scalar(desk, "SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL"))
