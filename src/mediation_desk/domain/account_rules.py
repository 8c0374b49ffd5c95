"""Rules for local accounts (issue 8): what a login and a password may be, and the principal
of a window nobody is signed in to.

Kept modest on purpose: the people are older part-time mediators, and a rule they cannot
follow ends up on a note stuck to the laptop. Eight characters, not one key held down, not
the login itself."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import Permission, Principal

LOGIN_MIN, LOGIN_MAX = 2, 32
PASSWORD_MIN = 8
PASSWORD_MAX = 256  # far beyond any real password; a bound keeps a pasted book out
NAME_MAX = 64
MAX_FAILURES = 5  # wrong passwords in a row before the account waits
LOCK_MINUTES = 5

# ASCII letters and digits, . _ -, Chinese characters (the basic block, extension A, the
# compatibility block and the supplementary planes for rare name characters such as 𠮷),
# and the middle dot of transcribed names (阿依古丽·买买提).
_LOGIN_RE = re.compile(
    "^[A-Za-z0-9._\\-\u00b7\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\U00020000-\U0003134f]+$")


def normalise_login(login: str) -> str:
    """NFKC (full-width ｚｈａｎｇ from an input method becomes zhang) and no blanks around."""
    return unicodedata.normalize("NFKC", login).strip()


def login_key(login: str) -> str:
    """What makes two logins the same: case does not count."""
    return normalise_login(login).lower()


def check_login(login: str, field: str = "login") -> str:
    """The normalised login, or ``auth.login_format``."""
    value = normalise_login(login)
    if not value:
        raise DomainError("field.required", field)
    if not LOGIN_MIN <= len(value) <= LOGIN_MAX or not _LOGIN_RE.match(value):
        raise DomainError("auth.login_format", field, min_length=LOGIN_MIN,
                          max_length=LOGIN_MAX)
    return value


def check_display_name(name: str, field: str = "display_name") -> str:
    value = name.strip()
    if not value:
        raise DomainError("field.required", field)
    if len(value) > NAME_MAX:
        raise DomainError("field.too_long", field, max_length=NAME_MAX)
    return value


def check_password(password: str, login: str, field: str = "password") -> None:
    """``auth.weak_password`` with ``reason`` too_short | one_character | is_login."""
    value = unicodedata.normalize("NFKC", password)
    if len(value) < PASSWORD_MIN:
        raise DomainError("auth.weak_password", field, reason="too_short",
                          min_length=PASSWORD_MIN)
    if len(value) > PASSWORD_MAX:
        raise DomainError("field.too_long", field, max_length=PASSWORD_MAX)
    if len(set(value)) == 1:
        raise DomainError("auth.weak_password", field, reason="one_character",
                          min_length=PASSWORD_MIN)
    if login and value.lower() == login_key(login):
        raise DomainError("auth.weak_password", field, reason="is_login",
                          min_length=PASSWORD_MIN)


@dataclass(frozen=True, slots=True)
class SignedOut(Principal):
    """Nobody is signed in (after 退出登录, before the next sign-in): may do nothing
    restricted. Not role None, which is the owner of a store without accounts."""

    def can(self, permission: Permission) -> bool:
        return False


SIGNED_OUT = SignedOut(login="")
