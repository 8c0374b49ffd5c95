"""Conditions of a joint-defence group (十户联防) and of its head, as warnings.

None of these is a law: about ten households per group and the head's age limits come from
local rules (domain.md §7.1), so the app says what looks wrong and lets the committee decide.
The one hard rule — the head lives in one of the group's households — is an error raised by
the service, not here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mediation_desk.domain.errors import DomainWarning
from mediation_desk.domain.idnumber import age_on

# "About ten" households (十户联防); other places run 5–15 (domain.md §7.1).
MIN_HOUSEHOLDS = 5
MAX_HOUSEHOLDS = 15
USUAL_HOUSEHOLDS = 10
# One town's rule for heads: 18–70 for men, 18–65 for women (domain.md §7.1, S-19 gwyoo).
HEAD_MIN_AGE = 18
HEAD_MAX_AGE = {"male": 70, "female": 65}


@dataclass(frozen=True, slots=True)
class HeadFacts:
    """What the checks need to know of the head (or deputy)."""

    gender: str
    birth_date: date | None
    has_phone: bool


def check_group(*, households: int, head: HeadFacts | None, has_deputy: bool,
                term_end: date | None, today: date, active: bool = True) -> list[DomainWarning]:
    """Warnings for one group as it stands on ``today``; a dissolved group has none."""
    if not active:
        return []
    out: list[DomainWarning] = []
    if households < MIN_HOUSEHOLDS or households > MAX_HOUSEHOLDS:
        out.append(DomainWarning("group.size_unusual", "household_ids", {
            "count": households, "usual": USUAL_HOUSEHOLDS, "min": MIN_HOUSEHOLDS,
            "max": MAX_HOUSEHOLDS}))
    if head is None:
        out.append(DomainWarning("group.no_head", "head_person_id"))
    else:
        out.extend(check_head(head, today))
    if not has_deputy:
        out.append(DomainWarning("group.no_deputy", "deputy_person_id"))
    if term_end is not None and term_end < today:
        out.append(DomainWarning("group.term_ended", "term_end",
                                 {"term_end": term_end.isoformat()}))
    return out


def check_head(head: HeadFacts, today: date) -> list[DomainWarning]:
    out: list[DomainWarning] = []
    if head.birth_date is not None:
        age = age_on(head.birth_date, today)
        limit = HEAD_MAX_AGE.get(head.gender)
        if age < HEAD_MIN_AGE or (limit is not None and age > limit):
            out.append(DomainWarning("group.head_age", "head_person_id", {
                "age": age, "min": HEAD_MIN_AGE, "max": limit or max(HEAD_MAX_AGE.values()),
                "gender": head.gender}))
    # The head passes information up to the 治保会 and the police: a number must be on record.
    if not head.has_phone:
        out.append(DomainWarning("group.head_no_phone", "head_person_id"))
    return out
