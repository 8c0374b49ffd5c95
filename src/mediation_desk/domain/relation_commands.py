"""Inputs for recording family ties between registered persons (recusal checks use them)."""

from __future__ import annotations

from pydantic import Field

from mediation_desk.domain.commands import SHORT_TEXT_MAX, Command
from mediation_desk.domain.enums import Relation


class RelationInput(Command):
    """``relative_id`` is ``person_id``'s ``relation`` (e.g. relation "parent": the relative is
    the person's father or mother). One row per pair; it is read both ways."""

    person_id: str = Field(min_length=1, max_length=36)
    relative_id: str = Field(min_length=1, max_length=36)
    relation: Relation
    note: str = Field(default="", max_length=SHORT_TEXT_MAX)


class RelationRemoval(Command):
    """Ties are voided with a reason, never deleted (the recusal checks of old cases used them)."""

    reason: str = Field(min_length=1, max_length=SHORT_TEXT_MAX)
