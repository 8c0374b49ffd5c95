"""Station identities and enrollment (sync.md §2): the identity file, fingerprints, and
pinning a peer's keys once a person has compared the fingerprint on both screens."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import Permission
from mediation_desk.domain.sync_views import IdentityView, PeerView
from mediation_desk.services import authz
from mediation_desk.store import sync_repo
from mediation_desk.store.files import write_atomically
from mediation_desk.store.tables import Station
from mediation_desk.sync import keys as station_keys
from mediation_desk.sync.canonical import canonical, unb64
from mediation_desk.sync.errors import Refused

IDENTITY_FORMAT = "mediation-desk-identity"
IDENTITY_SUFFIX = ".mzid"
MAX_IDENTITY = 64 * 1024


def own_keys(ctx: AppContext) -> station_keys.StationKeys:
    """This station's key pairs, created on first use for stations set up before sync."""
    keys = station_keys.ensure_keys(ctx.paths.keys_dir)
    with ctx.uow() as uow:  # a read first: pages call this on every load
        station = sync_repo.station(uow.session, uow.station_id)
        current = (station.signing_key, station.exchange_key) if station else None
    if current is None or current == (keys.signing_public, keys.exchange_public):
        return keys
    with ctx.uow(write=True) as uow:
        station = sync_repo.station(uow.session, uow.station_id)
        if station is not None:
            station.signing_key = keys.signing_public
            station.exchange_key = keys.exchange_public
            uow.commit()
    return keys


def _identity(station: Station) -> IdentityView:
    return IdentityView(station_id=station.id, code=station.code, name=station.name,
                        kind=station.kind, signing_key=station.signing_key,
                        exchange_key=station.exchange_key,
                        fingerprint=station_keys.fingerprint(station.signing_key,
                                                             station.exchange_key))


def peer_view(station: Station) -> PeerView:
    return PeerView(**_identity(station).model_dump(), role=station.role,
                    trusted_at=station.trusted_at, trusted_by=station.trusted_by)


def own_identity(ctx: AppContext) -> IdentityView:
    own_keys(ctx)
    with ctx.uow() as uow:
        station = sync_repo.station(uow.session, uow.station_id)
        assert station is not None
        return _identity(station)


def peers(ctx: AppContext) -> list[PeerView]:
    with ctx.uow() as uow:
        return [peer_view(s) for s in sync_repo.peers(uow.session) if s.signing_key]


def upstream(ctx: AppContext) -> PeerView | None:
    with ctx.uow() as uow:
        station = sync_repo.upstream(uow.session)
        return peer_view(station) if station is not None else None


def export_identity(ctx: AppContext, target: Path) -> IdentityView:
    """Write this station's identity file (self-signed, so a damaged file is noticed)."""
    authz.require(ctx, Permission.SYNC_EXPORT)
    view = own_identity(ctx)
    keys = own_keys(ctx)
    body: dict[str, Any] = {"format": IDENTITY_FORMAT, "format_version": 1,
                            "station": view.model_dump(exclude={"fingerprint"}),
                            "created_at": ctx.clock().isoformat()}
    body["signature"] = keys.sign(canonical(body))
    text = json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
    # A folder, existing or not (a path without the file suffix is taken as a folder).
    if target.is_dir() or target.suffix.lower() != IDENTITY_SUFFIX:
        target = target / f"{view.code}{IDENTITY_SUFFIX}"
    write_atomically(target, lambda fh: fh.write(text), suffix=IDENTITY_SUFFIX)
    return view


def read_identity(path: Path) -> IdentityView:
    """Parse and verify a peer's identity file. Writes nothing."""
    name = path.name
    try:
        if path.stat().st_size > MAX_IDENTITY:
            raise Refused("identity.unreadable", file=name)
        body = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise Refused("identity.unreadable", file=name) from exc
    if not isinstance(body, dict) or body.get("format") != IDENTITY_FORMAT:
        raise Refused("identity.unreadable", file=name)
    st = body.get("station")
    fields = ("station_id", "code", "name", "kind", "signing_key", "exchange_key")
    if (not isinstance(st, dict) or not all(isinstance(st.get(k), str) and 0 < len(st[k]) <= 200
                                            for k in fields)
            or st["kind"] not in ("village", "township")):
        raise Refused("identity.unreadable", file=name)
    try:
        unb64(st["signing_key"], length=station_keys.KEY_BYTES)
        unb64(st["exchange_key"], length=station_keys.KEY_BYTES)
    except ValueError as exc:
        raise Refused("identity.unreadable", file=name) from exc
    signed = {k: v for k, v in body.items() if k != "signature"}
    if not station_keys.verify(st["signing_key"], canonical(signed),
                               str(body.get("signature", ""))):
        raise Refused("bundle.bad_signature", file=name)
    return IdentityView(**{k: st[k] for k in fields},
                        fingerprint=station_keys.fingerprint(st["signing_key"],
                                                             st["exchange_key"]))


def role_for(own_kind: str, peer_kind: str) -> str:
    """A village reports to a township; a township receives villages and may report up."""
    if own_kind == "village":
        if peer_kind != "township":
            raise DomainError("sync.peer_kind", "file", kind=peer_kind)
        return "upstream"
    return "downstream" if peer_kind == "village" else "upstream"


def enroll(ctx: AppContext, peer: IdentityView, *, replace: bool = False) -> PeerView:
    """Pin a peer whose fingerprint a person has confirmed. A village has one township: a
    different one replaces it only when asked (``replace``), and everything is then sent
    to the new one in full."""
    authz.require(ctx, Permission.SYNC_IMPORT)
    with ctx.uow(write=True) as uow:
        local = sync_repo.station(uow.session, uow.station_id)
        assert local is not None
        if peer.station_id == local.id:
            raise DomainError("sync.enroll_self", "file")
        role = role_for(local.kind, peer.kind)
        existing = sync_repo.station(uow.session, peer.station_id)
        if existing is not None and existing.signing_key and (
                existing.signing_key != peer.signing_key
                or existing.exchange_key != peer.exchange_key) and not replace:
            raise DomainError("sync.key_changed", "file", name=existing.name)
        if role == "upstream":
            current = sync_repo.upstream(uow.session)
            if current is not None and current.id != peer.station_id:
                if not replace:
                    raise DomainError("sync.other_upstream", "file", name=current.name)
                current.role = ""
        station = existing or Station(id=peer.station_id, kind=peer.kind, code=peer.code,
                                      name=peer.name, is_local=False)
        station.kind, station.code, station.name = peer.kind, peer.code, peer.name
        station.signing_key, station.exchange_key = peer.signing_key, peer.exchange_key
        station.role = role
        station.trusted_at = uow.now
        station.trusted_by = uow.actor
        uow.session.add(station)
        uow.log("sync.enroll", "station", peer.station_id,
                after={"code": peer.code, "name": peer.name, "role": role,
                       "fingerprint": peer.fingerprint})
        uow.commit()
        return peer_view(station)
