"""Read models of family ties and of the conflicts of interest they (and households and
joint-defence groups) cause. Personal data masked, as everywhere."""

from __future__ import annotations

from typing import Any

from mediation_desk.domain.views import View


class RelativeView(View):
    """One recorded tie seen from ``person_id``: ``name`` is the person's ``relation``."""

    id: str
    """The tie's id (to remove it)."""
    person_id: str
    relative_id: str
    name: str
    gender: str
    relation: str
    note: str
    id_number_masked: str
    household_id: str | None
    same_household: bool


class ConflictView(View):
    """A reason a mediator may be partial towards a party of a case; a warning, not a refusal.

    ``code``: conflict.is_party / conflict.same_household / conflict.relative /
    conflict.group_head. ``relation`` (what the mediator is to the party) for relatives;
    ``params`` is what the wording fills in (party, mediator, relation, close, group)."""

    case_id: str
    mediator_id: str
    mediator_name: str
    party_id: str
    party_name: str
    code: str
    relation: str | None = None
    params: dict[str, Any]
