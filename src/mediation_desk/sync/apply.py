"""Applying verified rows from one sender in the caller's transaction (sync.md §5.3).

Per row: insert an unknown id; replace when the incoming version is higher; skip when equal
and identical; queue a conflict when equal but different; ignore when lower. A row whose
parent row has not arrived (an earlier bundle is missing) is parked and applied as soon as
a later import brings the parent, so bundles may be imported in any order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from mediation_desk.store import sync_repo
from mediation_desk.store.tables import SyncConflict, SyncParked
from mediation_desk.sync import rows as row_codec
from mediation_desk.sync.errors import Refused

ORDER = list(sync_repo.TABLES)  # parents before children


@dataclass(slots=True)
class Applied:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    older: int = 0
    conflicts: int = 0
    parked: int = 0
    unparked: int = 0
    # ids touched per table (the caller refreshes search, case states …)
    touched: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    problems: list[dict[str, Any]] = field(default_factory=list)
    # what happened to each case's rows: "new", "changed", "same", "pending"
    cases: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def case_summary(self) -> dict[str, int]:
        """Cases, not rows: 新增 / 更新 / 未变 / 待审, each case counted once."""
        out = {"cases": len(self.cases), "new": 0, "updated": 0, "unchanged": 0, "pending": 0}
        for marks in self.cases.values():
            if "pending" in marks:
                out["pending"] += 1
            elif "new" in marks:
                out["new"] += 1
            elif "changed" in marks:
                out["updated"] += 1
            else:
                out["unchanged"] += 1
        return out

    def as_dict(self) -> dict[str, int]:
        return {"inserted": self.inserted, "updated": self.updated,
                "unchanged": self.unchanged, "older": self.older,
                "conflicts": self.conflicts, "parked": self.parked,
                "unparked": self.unparked}


# Seals an ID number with the receiver's key: (plain) -> (encrypted, keyed hash).
Sealer = Callable[[str], tuple[str, str]]


def _foreign_keys(table: str) -> list[tuple[str, str]]:
    t = sync_repo.TABLES[table]
    return [(fk.parent.name, fk.column.table.name) for fk in t.foreign_keys]


def _with_pii(item: row_codec.Incoming, local: Any, seal: Sealer) -> dict[str, Any]:
    values = dict(item.values)
    pii = row_codec.PII_COLUMNS.get(item.table)
    if pii is None:
        return values
    enc_col, hash_col, _plain = pii
    masked_col = enc_col.replace("_enc", "_masked")
    if item.plain_pii is not None:
        enc, digest = seal(item.plain_pii)
        values[enc_col] = enc
        if hash_col:
            values[hash_col] = digest
    elif local is not None and local[masked_col] == values.get(masked_col):
        # Withheld this time, known from an earlier full bundle, and still the same number.
        values[enc_col] = local[enc_col]
        if hash_col:
            values[hash_col] = local[hash_col]
    else:
        values[enc_col] = None
        if hash_col:
            values[hash_col] = None
    return values


def _case_of(item: row_codec.Incoming) -> str | None:
    if item.table == "mediation_case":
        return item.id
    case_id = item.values.get("case_id")
    return case_id if isinstance(case_id, str) and case_id else None


class Applier:
    """One import: rows of one sender into one session. Never commits."""

    def __init__(self, session: Session, *, sender_id: str, bundle_id: str, now: datetime,
                 seal: Sealer) -> None:
        self.session = session
        self.sender_id = sender_id
        self.bundle_id = bundle_id
        self.now = now
        self.seal = seal
        self.result = Applied()
        # Parked rows from earlier imports, if any: without them (the usual case) no applied
        # row needs a DELETE on the parked table.
        self._had_parked = sync_repo.parked_count(session, sender_id) > 0

    def apply(self, items: Iterable[row_codec.Incoming]) -> Applied:
        by_table: dict[str, dict[str, row_codec.Incoming]] = defaultdict(dict)
        for item in items:
            seen = by_table[item.table].get(item.id)
            if seen is None or item.row_version > seen.row_version:
                by_table[item.table][item.id] = item
        for table in ORDER:
            if by_table.get(table):
                self._apply_table(table, list(by_table[table].values()), parked=False)
        self._retry_parked()
        return self.result

    # -- one table --------------------------------------------------------------------------

    def _apply_table(self, table: str, items: list[row_codec.Incoming], *, parked: bool) -> int:
        local = sync_repo.rows_by_id(self.session, table, [i.id for i in items])
        for row in local.values():
            if row["origin_station_id"] != self.sender_id:
                raise Refused("bundle.foreign_rows", line=0, table=table)
        writable = [i for i in items if i.id not in local
                    or i.row_version > local[i.id]["row_version"]]
        missing = self._missing_parents(table, writable)
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        fills: list[dict[str, Any]] = []  # same version, now with its ID number: no change
        applied = 0
        for item in items:
            have = local.get(item.id)
            case_marks = self.result.cases[c] if (c := _case_of(item)) else set()
            if have is not None and item.row_version < have["row_version"]:
                self.result.older += 1
                case_marks.add("same")
                if parked:
                    sync_repo.drop_parked(self.session, table, item.id)
                continue
            if have is not None and item.row_version == have["row_version"]:
                same = self._same_version(table, item, have)
                case_marks.add("same" if same else "pending")
                if same and (filled := self._pii_filled(item, have)) is not None:
                    fills.append(filled)
                if parked:
                    sync_repo.drop_parked(self.session, table, item.id)
                continue
            if item.id in missing:
                if not parked:
                    self._park(item, missing[item.id])
                    case_marks.add("pending")
                continue
            case_marks.add("new" if have is None and table == "mediation_case" else "changed")
            values = _with_pii(item, have, self.seal)
            (updates if have is not None else inserts).append(values)
            self.result.touched[table].add(item.id)
            if parked:
                sync_repo.drop_parked(self.session, table, item.id)
                self.result.unparked += 1
            elif self._had_parked:
                # A newer version parked earlier (its parent was missing then) stays parked:
                # the retry below applies it on top of this one once its parents are here.
                sync_repo.drop_parked(self.session, table, item.id,
                                      upto_version=item.row_version)
            applied += 1
        try:
            sync_repo.insert_rows(self.session, table, inserts)
            sync_repo.update_rows(self.session, table, updates + fills)
        except IntegrityError as exc:
            raise self._clash(table, inserts + updates, items) from exc
        if not parked:
            self.result.inserted += len(inserts)
            self.result.updated += len(updates)
        return applied

    def _pii_filled(self, item: row_codec.Incoming, have: Any) -> dict[str, Any] | None:
        """The stored row with the ID number a full bundle brings for a version we hold
        without it (a standard bundle came first): same version, so not a change."""
        pii = row_codec.PII_COLUMNS.get(item.table)
        if item.plain_pii is None or pii is None or have[pii[0]] is not None:
            return None
        values = dict(have)
        sealed = _with_pii(item, have, self.seal)
        values[pii[0]] = sealed[pii[0]]
        if pii[1]:
            values[pii[1]] = sealed[pii[1]]
        self.result.touched[item.table].add(item.id)
        return values

    def _clash(self, table: str, rows: list[dict[str, Any]],
               items: list[row_codec.Incoming]) -> Refused:
        """A row takes a unique value (a case number) that another record holds under
        another id — e.g. two copies of one village database both registered case No. 5.
        The whole bundle is refused (the caller rolls back): nothing is half-applied."""
        found = sync_repo.clashing_row(self.session, table, rows)
        lines = {i.id: i.line for i in items}
        row_id, cols = found if found is not None else ("", ("",))
        return Refused("bundle.bad_row", line=lines.get(row_id, 0), table=table,
                       column=",".join(cols))

    def _missing_parents(self, table: str, items: list[row_codec.Incoming]) -> dict[str, str]:
        missing: dict[str, str] = {}
        for column, parent in _foreign_keys(table):
            wanted = {i.values[column] for i in items if i.values.get(column)}
            if not wanted:
                continue
            present = sync_repo.present_ids(self.session, parent, wanted)
            for i in items:
                ref = i.values.get(column)
                if ref and ref not in present and i.id not in missing:
                    missing[i.id] = f"{parent}:{ref}"
        return missing

    def _same_version(self, table: str, item: row_codec.Incoming, have: Any) -> bool:
        """True when identical; otherwise the pair goes to the review queue."""
        mine = row_codec.comparable(table, have)
        theirs = row_codec.comparable(table, item.values)
        if mine == theirs:
            self.result.unchanged += 1
            return True
        if not sync_repo.conflict_exists(self.session, table, item.id, item.row_version):
            self.session.add(SyncConflict(
                table_name=table, row_id=item.id, from_station_id=self.sender_id,
                bundle_id=self.bundle_id, row_version=item.row_version, local_data=mine,
                incoming_data=theirs, local_updated_at=have["updated_at"],
                incoming_updated_at=item.values["updated_at"],
                incoming_author=str(item.values.get("created_by") or ""),
                detected_at=self.now))
            self.result.problems.append({"table": table, "id": item.id,
                                         "problem": "conflict", "version": item.row_version})
        self.result.conflicts += 1
        return False

    def _park(self, item: row_codec.Incoming, missing: str) -> None:
        waiting = sync_repo.parked_version(self.session, item.table, item.id)
        if waiting is not None and waiting >= item.row_version:
            return  # an older bundle arrived after a newer one: keep the newer version
        data = row_codec.comparable(item.table, item.values)
        data["change_seq"] = item.change_seq
        if item.plain_pii is not None:
            data["__pii__"] = item.plain_pii
        sync_repo.drop_parked(self.session, item.table, item.id)
        self.session.add(SyncParked(
            table_name=item.table, row_id=item.id, from_station_id=self.sender_id,
            bundle_id=self.bundle_id, row_version=item.row_version,
            change_seq=item.change_seq, data=data, missing=missing, parked_at=self.now))
        self.session.flush()
        self.result.parked += 1

    def _retry_parked(self) -> None:
        """Apply parked rows whose parents are now present, until nothing more moves."""
        while True:
            self.session.flush()
            waiting = sync_repo.parked(self.session, self.sender_id)
            self.result.parked = len(waiting)
            if not waiting:
                return
            by_table: dict[str, list[row_codec.Incoming]] = defaultdict(list)
            for p in waiting:
                by_table[p.table_name].append(_from_parked(p))
            moved = 0
            for table in ORDER:
                if by_table.get(table):
                    moved += self._apply_table(table, by_table[table], parked=True)
            if not moved:
                self.session.flush()
                self.result.parked = sync_repo.parked_count(self.session, self.sender_id)
                return


def _from_parked(p: SyncParked) -> row_codec.Incoming:
    data = dict(p.data)
    plain = data.pop("__pii__", None)
    item = row_codec.decode({"t": p.table_name, "d": data}, 0, sender_id=p.from_station_id,
                            seq_to=None)
    item.plain_pii = plain
    return item
