"""A station's key pairs: Ed25519 to sign what it sends, X25519 to receive encrypted files.

Private keys live in the data folder's owner-only ``keys/`` (raw 32 bytes each), never in
the database, so a copied database cannot sign bundles in the station's name. Both station
kinds have both pairs: villages receive receipts, which carry township notes about people,
so those travel encrypted too (sync.md has the township key only; see docs/sync.md)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from mediation_desk.store import files
from mediation_desk.sync.canonical import b64, unb64

SIGNING_FILE = "signing.key"
EXCHANGE_FILE = "exchange.key"
KEY_BYTES = 32


class StationKeysMissing(RuntimeError):
    """The private keys are gone (restore keys/ from a backup, or enroll again)."""


@dataclass(frozen=True, slots=True)
class StationKeys:
    signing: Ed25519PrivateKey
    exchange: X25519PrivateKey

    @property
    def signing_public(self) -> str:
        return b64(self.signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))

    @property
    def exchange_public(self) -> str:
        return b64(self.exchange.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_public, self.exchange_public)

    def sign(self, message: bytes) -> str:
        return b64(self.signing.sign(message))


def _raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _write_private(path: Path, raw: bytes) -> None:
    # Whole or not at all: a kill must not leave an empty key that set-up then trusts.
    files.create_private_file(path, raw)


def ensure_keys(keys_dir: Path) -> StationKeys:
    """Load the key pairs, creating any that do not exist yet (never replacing one)."""
    keys_dir.mkdir(parents=True, exist_ok=True)
    signing_path = keys_dir / SIGNING_FILE
    exchange_path = keys_dir / EXCHANGE_FILE
    if not signing_path.exists():
        _write_private(signing_path, _raw_private(Ed25519PrivateKey.generate()))
    if not exchange_path.exists():
        _write_private(exchange_path, _raw_private(X25519PrivateKey.generate()))
    return load_keys(keys_dir)


def load_keys(keys_dir: Path) -> StationKeys:
    try:
        signing = (keys_dir / SIGNING_FILE).read_bytes()
        exchange = (keys_dir / EXCHANGE_FILE).read_bytes()
    except FileNotFoundError as exc:
        raise StationKeysMissing(str(exc.filename)) from exc
    if len(signing) != KEY_BYTES or len(exchange) != KEY_BYTES:
        raise StationKeysMissing(str(keys_dir))
    return StationKeys(Ed25519PrivateKey.from_private_bytes(signing),
                       X25519PrivateKey.from_private_bytes(exchange))


def verify(signing_public: str, message: bytes, signature: str) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(unb64(signing_public, length=KEY_BYTES))
        key.verify(unb64(signature, length=64), message)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(signing_public: str, exchange_public: str) -> str:
    """24 digits in 6 groups, easy to read aloud over the phone and compare by eye.

    80 bits of SHA-256 over both public keys: forging a key pair with the same digits would
    take ~2^80 work, far beyond anyone who could steal a USB stick."""
    digest = hashlib.sha256(b"mediation-desk fingerprint v1\n" + signing_public.encode("ascii")
                            + b"\n" + exchange_public.encode("ascii")).digest()
    digits = f"{int.from_bytes(digest[:10], 'big') % 10**24:024d}"
    return " ".join(digits[i:i + 4] for i in range(0, 24, 4))
