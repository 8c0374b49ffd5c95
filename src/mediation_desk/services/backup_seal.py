"""A backup for the USB stick, sealed to the township (issue 8): a village that loses its
laptop gets its data back from the township.

A stick carries personal data and gets lost, so the copy travels in the sync envelope
(``sync/envelope.py``): encrypted to the township's X25519 key, signed with the village's
Ed25519 key. Only the township can open it, and it opens only copies signed with a key it
pinned at enrollment. The copy holds the verified database and the key files of ``keys/``
(without them the ID numbers in the database cannot be read, nor bundles signed); opening it
writes a data folder: ``mediation-desk.sqlite3`` and ``keys/`` (owner-only), which is both a
restorable backup and a data folder the village can start from.

Limit: the whole database is held in memory while sealing and opening (a village store is a
few MB; a township's of a gigabyte should be copied by other means)."""

from __future__ import annotations

import base64
import json
import os
from datetime import datetime
from pathlib import Path
from tempfile import TemporaryDirectory

from mediation_desk import __version__
from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.backup_views import SealedBackupView
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import Permission
from mediation_desk.paths import paths_under
from mediation_desk.services import authz, sync_keys
from mediation_desk.services.backups import backup_error
from mediation_desk.store import backups as backup_files
from mediation_desk.store import sync_repo
from mediation_desk.store.files import write_atomically
from mediation_desk.store.migrate import HEAD_REVISION
from mediation_desk.store.tables import new_id
from mediation_desk.sync import envelope, manifest
from mediation_desk.sync.canonical import canonical
from mediation_desk.sync.errors import Refused

SEALED_FORMAT = "mediation-desk-backup"
SEALED_SUFFIX = ".mzbak"
KIND = "backup"  # the envelope's kind line
KEY_FILES = ("pii.key", "signing.key", "exchange.key")


def seal_backup(ctx: AppContext, out_dir: Path) -> SealedBackupView:
    """Write a sealed, verified backup into ``out_dir`` (the stick's station folder)."""
    keys = sync_keys.own_keys(ctx)
    with ctx.uow() as uow:
        local = sync_repo.station(uow.session, uow.station_id)
        up = sync_repo.upstream(uow.session)
        if local is None or up is None or not up.exchange_key:
            raise DomainError("backup.no_township", None)
        sender = manifest.party(local.id, local.code, local.name, local.kind,
                                local.incarnation_id, keys.signing_public, keys.exchange_public)
        to = {"station_id": up.id, "code": up.code, "name": up.name}
        up_exchange = up.exchange_key
    now = ctx.clock()
    ctx.paths.cache_dir.mkdir(parents=True, exist_ok=True)
    with TemporaryDirectory(prefix=".md-seal-", dir=ctx.paths.cache_dir) as tmp:
        try:
            info = backup_files.make_backup(ctx.paths.db_path, Path(tmp), kind="manual",
                                            now=now)
        except backup_files.BackupFailed as exc:
            raise backup_error(exc) from exc
        database = info.path.read_bytes()
    key_files = {name: base64.b64encode((ctx.paths.keys_dir / name).read_bytes()).decode()
                 for name in KEY_FILES if (ctx.paths.keys_dir / name).is_file()}
    header = canonical({"keys": key_files, "database_size": len(database)})
    file_id = new_id()
    ciphertext, encryption = envelope.seal(header + b"\n" + database,
                                           recipient_exchange_key=up_exchange, file_id=file_id)
    head = {"format": SEALED_FORMAT, "format_version": manifest.FORMAT_VERSION,
            "schema_version": HEAD_REVISION, "app_version": __version__, "bundle_id": file_id,
            "from": sender, "to": to, "created_at": now.isoformat(),
            "made_at": info.made_at.isoformat(), "key_files": sorted(key_files),
            "encryption": encryption}
    name = f"{sender['code']}_{info.made_at:%Y%m%d-%H%M%S}_backup{SEALED_SUFFIX}"
    target = out_dir / name
    envelope.write(target, KIND, head, ciphertext, keys)
    with ctx.uow(write=True) as uow:
        uow.log("store.backup_sealed", "station", uow.station_id or "",
                after={"file": name, "to": to["code"], "size": target.stat().st_size})
        uow.commit()
    return SealedBackupView(file_name=name, path=str(target), station_code=sender["code"],
                            station_name=sender["name"], made_at=info.made_at,
                            size_bytes=target.stat().st_size, key_files=sorted(key_files))


def open_sealed(ctx: AppContext, path: Path, out_dir: Path) -> SealedBackupView:
    """At the township: check, decrypt and write a village's sealed backup as a data folder
    in ``out_dir`` (database + owner-only keys). Needs BACKUP_RESTORE; logged."""
    authz.require(ctx, Permission.BACKUP_RESTORE)
    path = Path(path)
    name = path.name
    keys = sync_keys.own_keys(ctx)
    try:
        sealed = envelope.read(path)
    except OSError as exc:
        raise DomainError("bundle.unreadable", "file", file=name) from exc
    except Refused as exc:
        raise DomainError("backup.not_sealed_backup", "file", file=name) from exc
    m = sealed.manifest
    if sealed.kind != KIND or m.get("format") != SEALED_FORMAT:
        raise DomainError("backup.not_sealed_backup", "file", file=name)
    sender = m.get("from") if isinstance(m.get("from"), dict) else {}
    with ctx.uow() as uow:
        known = sync_repo.station(uow.session, str(sender.get("station_id", "")))
        # Only a peer this station enrolled: never its own key, never an unknown one.
        pinned = known.signing_key if known is not None and not known.is_local else ""
    if not pinned:
        raise DomainError("backup.sealed_unknown_village", "file", file=name,
                          name=str(sender.get("name", ""))[:60])
    envelope.check_signature(sealed, pinned, name=name)
    plain = envelope.open_payload(sealed, keys, name=name)
    head_end = plain.index(b"\n")
    header = json.loads(plain[:head_end])
    database = plain[head_end + 1:]
    if len(database) != header.get("database_size"):
        raise Refused("bundle.damaged", file=name)
    target = paths_under(Path(out_dir))
    if target.db_path.exists():
        raise DomainError("backup.out_not_empty", None, path=str(target.data_dir))
    target.data_dir.mkdir(parents=True, exist_ok=True)
    target.keys_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(target.keys_dir, 0o700)
    write_atomically(target.db_path, lambda fh: fh.write(database), suffix=".sqlite3")
    check = backup_files.check_copy(target.db_path)
    if not check.ok or check.station_id != sender.get("station_id"):
        target.db_path.unlink(missing_ok=True)
        raise Refused("bundle.damaged", file=name)
    for key_name, raw in sorted(header.get("keys", {}).items()):
        if key_name in KEY_FILES:
            _write_private(target.keys_dir / key_name, base64.b64decode(raw))
    with ctx.uow(write=True) as uow:
        uow.log("store.backup_opened", "station", str(sender.get("station_id", "")),
                after={"file": name, "from": sender.get("code", ""),
                       "out": str(target.data_dir)})
        uow.commit()
    return SealedBackupView(file_name=name, path=str(target.db_path),
                            station_code=str(sender.get("code", "")),
                            station_name=str(sender.get("name", "")),
                            made_at=datetime.fromisoformat(str(m.get("made_at"))),
                            size_bytes=len(database), key_files=sorted(header.get("keys", {})))


def _write_private(path: Path, raw: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(raw)
        fh.flush()
        os.fsync(fh.fileno())
    if os.name == "posix":
        os.chmod(path, 0o600)
