"""Password hashing: scrypt with the parameters the design names, self-describing strings,
stronger parameters taken up at the next sign-in."""

from __future__ import annotations

import base64

from mediation_desk.store import passwords


def test_current_parameters_are_memory_hard() -> None:
    # N = 2**17, r = 8, p = 1: 128 MiB per guess (OWASP's minimum for scrypt).
    assert (passwords.CURRENT.log_n, passwords.CURRENT.r, passwords.CURRENT.p) == (17, 8, 1)
    assert passwords.CURRENT.n == 131072
    assert 128 * passwords.CURRENT.r * passwords.CURRENT.n == 128 * 1024 * 1024
    assert passwords.CURRENT.maxmem > 128 * 1024 * 1024
    assert passwords.DKLEN == 32 and passwords.SALT_BYTES == 16


def test_hash_string_describes_itself() -> None:
    stored = passwords.hash_password("青石村2026")
    scheme, log_n, r, p, salt, digest = stored.split("$")
    assert (scheme, log_n, r, p) == ("scrypt", "17", "8", "1")
    assert len(base64.b64decode(salt)) == 16
    assert len(base64.b64decode(digest)) == 32
    assert "青石村2026" not in stored


def test_verify_right_and_wrong() -> None:
    stored = passwords.hash_password("correct horse")
    assert passwords.verify("correct horse", stored)
    assert not passwords.verify("correct hors", stored)
    assert not passwords.verify("Correct horse", stored)


def test_same_password_gets_a_new_salt_each_time() -> None:
    weak = passwords.ScryptParams(log_n=4, r=1, p=1)
    assert passwords.hash_password("abcdefgh", weak) != passwords.hash_password("abcdefgh", weak)


def test_full_width_input_matches_half_width() -> None:
    weak = passwords.ScryptParams(log_n=4, r=1, p=1)
    stored = passwords.hash_password("ｍｉｍａ１２３４", weak)
    assert passwords.verify("mima1234", stored)


def test_parameters_are_read_from_the_string_and_weaker_ones_rehashed() -> None:
    old = passwords.hash_password("abcdefgh", passwords.ScryptParams(log_n=10, r=8, p=1))
    assert passwords.verify("abcdefgh", old)  # still opens: parameters come from the string
    assert passwords.needs_rehash(old)
    assert not passwords.needs_rehash(passwords.hash_password("abcdefgh"))


def test_damaged_or_foreign_strings_never_match() -> None:
    for stored in ("", "plain", "bcrypt$2b$12$xxxx", "scrypt$17$8$1$!!$!!",
                   "scrypt$40$8$1$AAAA$AAAA", "scrypt$17$8$1$$"):
        assert not passwords.verify("anything", stored)
        assert passwords.needs_rehash(stored)
