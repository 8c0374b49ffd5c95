"""Password hashing for the local accounts (issue 8): scrypt from the standard library.

scrypt is memory-hard: each guess costs 128 MiB of memory as well as time, so a copied
database cannot be tried against a password list on a graphics card at billions of guesses a
second, as it could against a plain SHA-256. No extra package is needed (``hashlib.scrypt``
comes with every OpenSSL build Python ships with).

A stored hash describes itself, ``scrypt$<log2 N>$<r>$<p>$<salt b64>$<hash b64>``, so the
parameters can be raised in a later release: ``verify`` reads them from the string, and
``needs_rehash`` tells the sign-in to store a stronger hash once the password is known.

Passwords are NFKC-normalised first: a Chinese input method in full-width mode types ``１２３``
where the same person later types ``123``; both must open the account."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import unicodedata
from dataclasses import dataclass

SCHEME = "scrypt"
SALT_BYTES = 16
DKLEN = 32
# A stored string with absurd parameters is refused rather than allowed to eat the memory.
MAX_LOG_N = 24
MAX_R = 32
MAX_P = 16


@dataclass(frozen=True, slots=True)
class ScryptParams:
    log_n: int  # N = 2**log_n, the CPU/memory cost
    r: int  # block size
    p: int  # parallelism

    @property
    def n(self) -> int:
        return 1 << self.log_n

    @property
    def maxmem(self) -> int:
        """What OpenSSL must be allowed to allocate: 128·r·N for the big array, 128·r·p for
        the blocks, and room to spare (its default limit, 32 MiB, is below our 128 MiB)."""
        return 128 * self.r * self.n + 128 * self.r * self.p + 64 * 1024 * 1024

    def weaker_than(self, other: ScryptParams) -> bool:
        return self.log_n < other.log_n or self.r < other.r or self.p < other.p


# N = 2**17, r = 8, p = 1: 128 MiB and about 0.4 s on a 2-core laptop, once per sign-in.
# These are OWASP's recommended minimum for scrypt (2023) and what the old laptops of a
# village office can afford without a sign-in feeling stuck.
CURRENT = ScryptParams(log_n=17, r=8, p=1)


def _normalise(password: str) -> bytes:
    return unicodedata.normalize("NFKC", password).encode("utf-8")


def _derive(password: str, salt: bytes, params: ScryptParams) -> bytes:
    return hashlib.scrypt(_normalise(password), salt=salt, n=params.n, r=params.r,
                          p=params.p, dklen=DKLEN, maxmem=params.maxmem)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def hash_password(password: str, params: ScryptParams = CURRENT) -> str:
    """A new salted hash of ``password``, as the self-describing string."""
    salt = os.urandom(SALT_BYTES)
    digest = _derive(password, salt, params)
    return f"{SCHEME}${params.log_n}${params.r}${params.p}${_b64(salt)}${_b64(digest)}"


def parse(stored: str) -> tuple[ScryptParams, bytes, bytes] | None:
    """(parameters, salt, hash) of a stored string; None when it is not one of ours."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return None
    try:
        log_n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error):
        return None
    if not (1 <= log_n <= MAX_LOG_N and 1 <= r <= MAX_R and 1 <= p <= MAX_P) \
            or not salt or not digest:
        return None
    return ScryptParams(log_n, r, p), salt, digest


def verify(password: str, stored: str) -> bool:
    """True when ``password`` matches; a damaged or foreign string never matches."""
    parsed = parse(stored)
    if parsed is None:
        return False
    params, salt, expected = parsed
    try:
        actual = hashlib.scrypt(_normalise(password), salt=salt, n=params.n, r=params.r,
                                p=params.p, dklen=len(expected), maxmem=params.maxmem)
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)


def needs_rehash(stored: str, params: ScryptParams = CURRENT) -> bool:
    """True when the stored hash is weaker than ``params`` (or not readable)."""
    parsed = parse(stored)
    return parsed is None or parsed[0].weaker_than(params) or len(parsed[2]) < DKLEN


_DUMMY = f"{SCHEME}${CURRENT.log_n}${CURRENT.r}${CURRENT.p}${_b64(bytes(SALT_BYTES))}$" \
         f"{_b64(bytes(DKLEN))}"


def burn_time(password: str) -> None:
    """Spend what a real check costs, for a login that does not exist: the answer's delay
    must not tell a guesser which logins are real."""
    verify(password, _DUMMY)
