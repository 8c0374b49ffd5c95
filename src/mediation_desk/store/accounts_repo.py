"""Queries on the local accounts (``UserAccount``). Functions take the unit of work's
session and return ORM rows; they never commit."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func
from sqlmodel import Session, select

from mediation_desk.store.tables import UserAccount


def count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(UserAccount)) or 0)


def by_id(session: Session, user_id: str) -> UserAccount | None:
    return session.get(UserAccount, user_id)


def by_login(session: Session, key: str) -> UserAccount | None:
    """The account whose login, lower-cased, is ``key`` (logins are ASCII or Chinese, for
    which SQLite's lower() and Python's agree)."""
    return session.scalars(
        select(UserAccount).where(func.lower(UserAccount.login) == key)).first()


def all_accounts(session: Session) -> Sequence[UserAccount]:
    """Active accounts first, then by login."""
    return session.scalars(select(UserAccount).order_by(
        UserAccount.disabled_at.is_not(None),  # type: ignore[union-attr]
        UserAccount.login)).all()


def active_with_roles(session: Session, roles: Sequence[str]) -> Sequence[UserAccount]:
    return session.scalars(select(UserAccount).where(
        UserAccount.role.in_(list(roles)),  # type: ignore[attr-defined]
        UserAccount.disabled_at.is_(None))).all()  # type: ignore[union-attr]
