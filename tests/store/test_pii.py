"""ID numbers at rest (PIPL Art. 51): encrypted in the database file, masked for display,
matched by a keyed hash; the key lives owner-only outside the database."""

from __future__ import annotations

import base64
import hashlib
import os
import re
import secrets
import stat
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag
from sqlalchemy import select, text
from sqlmodel import Session

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.services.case_register import register_case
from mediation_desk.services.persons import add_person
from mediation_desk.store import pii
from mediation_desk.store.tables import CaseParty, Person
from tests.services.helpers import case_data
from tests.store.support import plain_case

ID_NUMBER = "11010519491231002X"  # 李四 in case_data()
MASKED = "110105********002X"
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def registered(village: AppContext) -> AppContext:
    register_case(village, case_data())
    return village


def _file_bytes(path: Path) -> bytes:
    return path.read_bytes() if path.exists() else b""


def _db_and_wal(ctx: AppContext) -> tuple[bytes, bytes]:
    db = ctx.paths.db_path
    return _file_bytes(db), _file_bytes(db.with_name(db.name + "-wal"))


def test_the_database_files_never_hold_the_id_number_in_plain_text(
        registered: AppContext) -> None:
    # The 17 digits before the check character: catches upper/lower-case X and any
    # formatting the number might have been stored in.
    needles = (ID_NUMBER.encode(), ID_NUMBER[:17].encode())
    # Fresh commits live in the -wal file first ...
    for content in _db_and_wal(registered):
        assert not any(n in content for n in needles)
    # ... and after a checkpoint in the main file.
    with registered.engine.connect() as conn:
        busy, _log, _done = conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)")).one()
    assert busy == 0
    db, wal = _db_and_wal(registered)
    assert wal == b""
    assert not any(n in db for n in needles)
    # The scan does see the data: the (unprotected) address is there in UTF-8.
    assert "青石村三组12号".encode() in db
    # Nor is the key that would decrypt it.
    assert (registered.paths.keys_dir / pii.KEY_FILE).read_bytes() not in db


def test_the_person_row_holds_the_number_masked_hashed_and_encrypted(
        registered: AppContext) -> None:
    with Session(registered.engine) as s:
        li = s.scalars(select(Person).where(Person.name == "李四")).one()
        zhang = s.scalars(select(Person).where(Person.name == "张三")).one()
        party = s.scalars(select(CaseParty).where(CaseParty.person_id == li.id)).one()
    assert li.id_number_masked == MASKED
    assert li.id_number_hash is not None and re.fullmatch(r"[0-9a-f]{64}", li.id_number_hash)
    assert li.id_number_hash == registered.cipher.lookup_hash(ID_NUMBER)
    assert li.id_number_enc is not None and ID_NUMBER not in li.id_number_enc
    assert registered.cipher.decrypt(li.id_number_enc) == ID_NUMBER
    # The case file keeps its own snapshot, equally protected.
    assert party.snapshot_id_number_masked == MASKED
    assert party.snapshot_id_number_enc is not None
    assert registered.cipher.decrypt(party.snapshot_id_number_enc) == ID_NUMBER
    # No number given, nothing stored.
    assert (zhang.id_number_enc, zhang.id_number_hash, zhang.id_number_masked) == (
        None, None, "")


@pytest.mark.parametrize("plain", [
    ID_NUMBER,
    "",
    "𠮷",  # Ext-B (outside the BMP)
    "䶮",  # Ext-A
    "\ue000",  # private use: legacy encodings of rare name characters
    "𰻞𰻞面",  # Ext-G
    "龘靐齉 😀 x" * 50,
])
def test_the_cipher_round_trips_any_text(plain: str) -> None:
    cipher = pii.PiiCipher(secrets.token_bytes(32))
    token = cipher.encrypt(plain)
    assert token.isascii()
    assert cipher.decrypt(token) == plain
    # A fresh nonce each time: equal numbers do not give equal ciphertexts.
    assert cipher.encrypt(plain) != token


def test_a_wrong_key_or_a_changed_token_fails_to_decrypt() -> None:
    key = secrets.token_bytes(32)
    token = pii.PiiCipher(key).encrypt(ID_NUMBER)
    with pytest.raises(InvalidTag):
        pii.PiiCipher(secrets.token_bytes(32)).decrypt(token)
    raw = bytearray(base64.b64decode(token))
    raw[-1] ^= 0x01
    with pytest.raises(InvalidTag):
        pii.PiiCipher(key).decrypt(base64.b64encode(bytes(raw)).decode())
    with pytest.raises(ValueError, match="version"):
        pii.PiiCipher(key).decrypt(base64.b64encode(b"\x02" + bytes(raw[1:])).decode())
    with pytest.raises(ValueError, match="32 bytes"):
        pii.PiiCipher(b"short")


def test_the_lookup_hash_is_stable_per_key_and_differs_across_keys() -> None:
    key = secrets.token_bytes(32)
    assert pii.PiiCipher(key).lookup_hash(ID_NUMBER) == pii.PiiCipher(key).lookup_hash(ID_NUMBER)
    assert pii.PiiCipher(key).lookup_hash(ID_NUMBER) != pii.PiiCipher(
        secrets.token_bytes(32)).lookup_hash(ID_NUMBER)
    # Not a plain hash of the number, which anyone could recompute from a stolen file.
    assert pii.PiiCipher(key).lookup_hash(ID_NUMBER) != hashlib.sha256(
        ID_NUMBER.encode()).hexdigest()


@posix_only
def test_the_key_file_is_owner_only(village: AppContext) -> None:
    keys_dir = village.paths.keys_dir
    key_file = keys_dir / pii.KEY_FILE
    assert len(key_file.read_bytes()) == 32
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(keys_dir.stat().st_mode) == 0o700


def test_create_key_never_replaces_an_existing_key(village: AppContext) -> None:
    keys_dir = village.paths.keys_dir
    key = (keys_dir / pii.KEY_FILE).read_bytes()
    assert pii.create_key(keys_dir) == keys_dir / pii.KEY_FILE
    assert (keys_dir / pii.KEY_FILE).read_bytes() == key


def test_a_missing_key_is_reported_as_such(tmp_path: Path) -> None:
    with pytest.raises(pii.PiiKeyMissing):
        pii.PiiCipher.from_keys_dir(tmp_path / "keys")


@pytest.mark.parametrize("number", [ID_NUMBER, ID_NUMBER.lower()])
def test_the_same_id_number_cannot_be_registered_twice(registered: AppContext,
                                                       number: str) -> None:
    with Session(registered.engine) as s:
        li_id = s.scalars(select(Person.id).where(Person.name == "李四")).one()
    with pytest.raises(DomainError) as err:
        add_person(registered, {"name": "李四四", "id_number": number})
    assert err.value.code == "person.duplicate_id_number"
    assert err.value.params["person_id"] == li_id
    data = plain_case(2)
    data["parties"][0]["person"]["id_number"] = number
    with pytest.raises(DomainError) as err:
        register_case(registered, data)
    assert err.value.code == "person.duplicate_id_number"
    assert err.value.field == "parties[0].person.id_number"
