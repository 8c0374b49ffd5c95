"""Local user accounts of the shared laptop (issue 8). They never travel: a township's staff
have their own accounts at the township, and a village's at the village.

The password is stored only as a memory-hard KDF result (see ``store/passwords.py``)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from mediation_desk.store.tables.base import UtcDateTime, new_id, utcnow


class UserAccount(SQLModel, table=True):
    __tablename__ = "user_account"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    login: str = Field(index=True, unique=True, max_length=64)
    display_name: str = Field(default="", max_length=64)
    role: str = Field(max_length=16)  # domain.permissions.Role
    password_hash: str
    mediator_id: str | None = Field(default=None, max_length=36)  # the roster entry, if any
    created_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime)
    created_by: str = Field(default="", max_length=64)
    password_changed_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    must_change_password: bool = False
    failed_logins: int = 0
    locked_until: datetime | None = Field(default=None, sa_type=UtcDateTime)
    last_login_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
    disabled_at: datetime | None = Field(default=None, sa_type=UtcDateTime)
