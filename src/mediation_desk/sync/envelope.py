"""The file that travels on the stick: a magic line, a signed manifest line, then the
encrypted payload (sync.md §4).

    MEDIATION-DESK/1 <kind>\\n
    <canonical manifest JSON, with "signature">\\n
    <ciphertext: payload_size bytes>

The payload is zlib-compressed, then sealed to the recipient's X25519 key: an ephemeral
X25519 exchange → HKDF-SHA256 → ChaCha20-Poly1305, with the file's id as associated data.
The manifest (which holds the ciphertext's SHA-256) is signed with the sender's Ed25519 key,
so the signature covers every byte. Nothing is trusted before the signature is checked, and
nothing is decrypted before the hash matches."""

from __future__ import annotations

import hashlib
import json
import secrets
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from mediation_desk.store.files import write_atomically
from mediation_desk.sync import keys as station_keys
from mediation_desk.sync.canonical import b64, canonical, unb64
from mediation_desk.sync.errors import Refused

MAGIC = b"MEDIATION-DESK/1 "
KINDS = ("bundle", "receipt", "backup")  # backup: services/backup_seal.py
ALGORITHM = "X25519-HKDF-SHA256-ChaCha20Poly1305"
MAX_MANIFEST = 1 << 20  # 1 MiB: a manifest is a few KiB; more is hostile
MAX_PLAIN = 4 << 30  # decompressed payload ceiling: stops a zip bomb, fits any real station
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Sealed:
    """A read file: manifest (signature included) and the still-encrypted payload."""

    kind: str
    manifest: dict[str, Any]
    ciphertext: bytes
    file_sha256: str


def signed_part(manifest: dict[str, Any]) -> bytes:
    return canonical({k: v for k, v in manifest.items() if k != "signature"})


def _derive(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient,
                info=b"mediation-desk payload v1").derive(shared)


def seal(plain: bytes, *, recipient_exchange_key: str, file_id: str) -> tuple[bytes, dict]:
    """Compress and encrypt ``plain``; returns the ciphertext and the encryption header."""
    recipient = unb64(recipient_exchange_key, length=station_keys.KEY_BYTES)
    ephemeral = X25519PrivateKey.generate()
    eph_raw = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    key = _derive(ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient)), eph_raw,
                  recipient)
    nonce = secrets.token_bytes(12)
    ciphertext = ChaCha20Poly1305(key).encrypt(nonce, zlib.compress(plain, 6),
                                               file_id.encode("ascii"))
    return ciphertext, {"algorithm": ALGORITHM, "ephemeral_key": b64(eph_raw),
                        "nonce": b64(nonce)}


def write(path: Path, kind: str, manifest: dict[str, Any], ciphertext: bytes,
          keys: station_keys.StationKeys) -> dict[str, Any]:
    """Sign the manifest (adding payload hash and size), write atomically, read back and
    compare. Returns the manifest as written. Raises OSError from the file system."""
    manifest = {**manifest, "payload_sha256": hashlib.sha256(ciphertext).hexdigest(),
                "payload_size": len(ciphertext)}
    manifest["signature"] = keys.sign(signed_part(manifest))
    head = MAGIC + kind.encode("ascii") + b"\n" + canonical(manifest) + b"\n"

    def _write(fh: Any) -> None:
        fh.write(head)
        fh.write(ciphertext)

    write_atomically(path, _write, suffix=path.suffix)
    # Read back from the medium: a stick that lies about writes is caught here, not at the
    # township a week later.
    written = read(path)
    if written.ciphertext != ciphertext or written.manifest != manifest:
        raise OSError(f"verification after writing failed: {path}")
    return manifest


def read(path: Path) -> Sealed:
    """Parse the container. Refuses anything that is not exactly one well-formed file."""
    try:
        data = path.read_bytes()
    except IsADirectoryError as exc:
        raise Refused("bundle.unreadable", file=path.name) from exc
    return parse(data, name=path.name)


def parse(data: bytes, *, name: str = "") -> Sealed:
    if not data.startswith(MAGIC):
        raise Refused("bundle.not_a_bundle", file=name)
    first_end = data.find(b"\n", 0, len(MAGIC) + 16)
    kind = data[len(MAGIC):first_end].decode("ascii", "replace") if first_end > 0 else ""
    if kind not in KINDS:
        raise Refused("bundle.not_a_bundle", file=name)
    second_end = data.find(b"\n", first_end + 1, first_end + 1 + MAX_MANIFEST)
    if second_end < 0:
        raise Refused("bundle.truncated", file=name)
    try:
        manifest = json.loads(data[first_end + 1:second_end].decode("utf-8"))
        # What cannot be put back in canonical form (NaN, a lone surrogate escaped as
        # \ud800) cannot have been signed: refuse it here, before anything hashes it.
        canonical(manifest)
    except (UnicodeError, ValueError, RecursionError) as exc:
        raise Refused("bundle.damaged", file=name) from exc
    if not isinstance(manifest, dict):
        raise Refused("bundle.damaged", file=name)
    ciphertext = data[second_end + 1:]
    size = manifest.get("payload_size")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise Refused("bundle.damaged", file=name)
    if len(ciphertext) < size:
        raise Refused("bundle.truncated", file=name)
    if len(ciphertext) > size:
        raise Refused("bundle.damaged", file=name)
    return Sealed(kind=kind, manifest=manifest, ciphertext=ciphertext,
                  file_sha256=hashlib.sha256(data).hexdigest())


def check_signature(sealed: Sealed, signing_key: str, *, name: str = "") -> None:
    signature = sealed.manifest.get("signature")
    if not isinstance(signature, str) or not station_keys.verify(
            signing_key, signed_part(sealed.manifest), signature):
        raise Refused("bundle.bad_signature", file=name)


def open_payload(sealed: Sealed, keys: station_keys.StationKeys, *, name: str = "") -> bytes:
    """Hash first, then decrypt, then decompress with a ceiling. Call after the signature."""
    m = sealed.manifest
    if hashlib.sha256(sealed.ciphertext).hexdigest() != m.get("payload_sha256"):
        raise Refused("bundle.damaged", file=name)
    header = m.get("encryption")
    if not isinstance(header, dict) or header.get("algorithm") != ALGORITHM:
        raise Refused("bundle.damaged", file=name)
    try:
        eph_raw = unb64(header.get("ephemeral_key", ""), length=station_keys.KEY_BYTES)
        nonce = unb64(header.get("nonce", ""), length=12)
        own = keys.exchange.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        shared = keys.exchange.exchange(X25519PublicKey.from_public_bytes(eph_raw))
        key = _derive(shared, eph_raw, own)
        compressed = ChaCha20Poly1305(key).decrypt(nonce, sealed.ciphertext,
                                                   str(m.get("bundle_id", "")).encode("ascii"))
    except (InvalidTag, ValueError, UnicodeEncodeError) as exc:
        raise Refused("bundle.cannot_decrypt", file=name) from exc
    return _inflate(compressed, name)


def _inflate(compressed: bytes, name: str) -> bytes:
    inflater = zlib.decompressobj()
    parts: list[bytes] = []
    total = 0
    view = memoryview(compressed)
    try:
        for start in range(0, len(compressed), _CHUNK):
            chunk = inflater.decompress(view[start:start + _CHUNK], MAX_PLAIN - total + 1)
            total += len(chunk)
            if total > MAX_PLAIN or inflater.unconsumed_tail:
                raise Refused("bundle.too_large", file=name)
            parts.append(chunk)
        parts.append(inflater.flush())
    except zlib.error as exc:
        raise Refused("bundle.damaged", file=name) from exc
    if not inflater.eof or inflater.unused_data:
        raise Refused("bundle.damaged", file=name)
    return b"".join(parts)
