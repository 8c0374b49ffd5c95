"""Committee composition checks of the mediator roster, as warnings (never refusals).

A roster that breaks these rules is still the village's real roster: the desk records it and
says what is wrong, so the committee can fix it at the next election (人民调解法 第八、九、
十四条). Pure: the service hands in plain facts, this module returns ``DomainWarning``s."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from mediation_desk.domain.enums import Gender, MediatorRole, MediatorStatus
from mediation_desk.domain.errors import DomainWarning
from mediation_desk.domain.idnumber import age_on

MIN_MEMBERS = 3  # Law Art. 8: 委员会由委员三至九人组成
MAX_MEMBERS = 9
ADULT_AGE = 18  # Law Art. 14: 成年公民
TERM_REMINDER_DAYS = 60  # re-election needs a villagers' meeting: two months' notice

# Hired mediators (Art. 13) serve the committee but are not its members (Art. 8).
COMMITTEE_ROLES = frozenset({MediatorRole.CHAIR.value, MediatorRole.VICE_CHAIR.value,
                             MediatorRole.MEMBER.value})

TOO_FEW = "roster.too_few_members"
TOO_MANY = "roster.too_many_members"
NO_WOMAN = "roster.no_woman"
NO_CHAIR = "roster.no_chair"
SEVERAL_CHAIRS = "roster.several_chairs"
MINOR = "roster.minor"
TERM_EXPIRED = "roster.term_expired"
TERM_ENDING = "roster.term_ending"

COMMITTEE_CODES = (TOO_FEW, TOO_MANY, NO_WOMAN, NO_CHAIR, SEVERAL_CHAIRS)
MEDIATOR_CODES = (MINOR, TERM_EXPIRED, TERM_ENDING)


@dataclass(frozen=True, slots=True)
class MediatorFacts:
    """What the checks need to know about one mediator."""

    mediator_id: str
    name: str
    role: str
    status: str
    gender: str
    birth_date: date | None
    term_end: date | None


def is_active(m: MediatorFacts) -> bool:
    return m.status == MediatorStatus.ACTIVE.value


def is_member(m: MediatorFacts) -> bool:
    """An active committee member (chair, vice-chair or member)."""
    return is_active(m) and m.role in COMMITTEE_ROLES


def mediator_warnings(m: MediatorFacts, today: date) -> list[DomainWarning]:
    """What is wrong with one serving mediator today: under age, term over, term ending."""
    if not is_active(m):
        return []
    found: list[DomainWarning] = []
    if m.birth_date is not None:
        age = age_on(m.birth_date, today)
        if age < ADULT_AGE:
            found.append(DomainWarning(MINOR, "person.birth_date",
                                       {"name": m.name, "age": age}))
    if m.term_end is not None:
        days = (m.term_end - today).days
        if days < 0:
            # 任期已满未换届: still recorded as serving after the three years.
            found.append(DomainWarning(TERM_EXPIRED, "term_end",
                                       {"name": m.name, "term_end": m.term_end.isoformat(),
                                        "days": -days}))
        elif days <= TERM_REMINDER_DAYS:
            found.append(DomainWarning(TERM_ENDING, "term_end",
                                       {"name": m.name, "term_end": m.term_end.isoformat(),
                                        "days": days}))
    return found


def committee_warnings(mediators: Iterable[MediatorFacts], today: date) -> list[DomainWarning]:
    """The committee as a whole: 3–9 members, a woman among them, exactly one chair, and
    then each serving mediator's own warnings (adults only, terms)."""
    everyone = list(mediators)
    members = [m for m in everyone if is_member(m)]
    found: list[DomainWarning] = []
    if len(members) < MIN_MEMBERS:
        found.append(DomainWarning(TOO_FEW, None, {"count": len(members), "min": MIN_MEMBERS}))
    elif len(members) > MAX_MEMBERS:
        found.append(DomainWarning(TOO_MANY, None, {"count": len(members), "max": MAX_MEMBERS}))
    if members and not any(m.gender == Gender.FEMALE.value for m in members):
        found.append(DomainWarning(NO_WOMAN, None, {"count": len(members)}))
    chairs = [m for m in members if m.role == MediatorRole.CHAIR.value]
    if not chairs:
        found.append(DomainWarning(NO_CHAIR, None, {}))
    elif len(chairs) > 1:
        found.append(DomainWarning(SEVERAL_CHAIRS, None,
                                   {"count": len(chairs), "names": _names(chairs)}))
    for m in everyone:
        found += mediator_warnings(m, today)
    return found


def member_count(mediators: Iterable[MediatorFacts]) -> int:
    return sum(1 for m in mediators if is_member(m))


def _names(ms: Sequence[MediatorFacts]) -> str:
    return "、".join(m.name for m in ms)
