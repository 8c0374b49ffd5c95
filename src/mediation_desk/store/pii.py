"""At-rest protection of ID numbers: AES-256-GCM encryption and a keyed hash for lookups.

The key lives in the data folder's owner-only ``keys/`` and never in the database, so a
copied database file (or a backup) alone does not reveal ID numbers (PIPL Art. 51)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from mediation_desk.store import files

KEY_FILE = "pii.key"
_VERSION = b"\x01"


class PiiKeyMissing(RuntimeError):
    """The key file is gone: encrypted fields cannot be read (restore keys/ from backup)."""


def create_key(keys_dir: Path) -> Path:
    path = keys_dir / KEY_FILE
    if not path.exists():
        files.create_private_file(path, secrets.token_bytes(32))
    return path


class PiiCipher:
    def __init__(self, master_key: bytes) -> None:
        if len(master_key) != 32:
            raise ValueError("PII key must be 32 bytes")
        self._aead = AESGCM(_derive(master_key, b"mediation-desk pii enc v1"))
        self._mac_key = _derive(master_key, b"mediation-desk pii hash v1")

    @classmethod
    def from_keys_dir(cls, keys_dir: Path) -> PiiCipher:
        path = keys_dir / KEY_FILE
        try:
            return cls(path.read_bytes())
        except FileNotFoundError as exc:
            raise PiiKeyMissing(str(path)) from exc

    def encrypt(self, plain: str) -> str:
        nonce = secrets.token_bytes(12)
        sealed = self._aead.encrypt(nonce, plain.encode("utf-8"), _VERSION)
        return base64.b64encode(_VERSION + nonce + sealed).decode("ascii")

    def decrypt(self, token: str) -> str:
        raw = base64.b64decode(token)
        if raw[:1] != _VERSION:
            raise ValueError("unknown PII token version")
        return self._aead.decrypt(raw[1:13], raw[13:], _VERSION).decode("utf-8")

    def lookup_hash(self, plain: str) -> str:
        """Keyed hash: equal numbers give equal hashes at this station, nothing else leaks."""
        return hmac.new(self._mac_key, plain.encode("utf-8"), hashlib.sha256).hexdigest()


def _derive(master: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(master)
