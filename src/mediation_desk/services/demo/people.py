"""Villagers and households: name, gender, ethnicity, birth date, a valid GB 11643 ID number,
phone, address and occupation, all consistent with one another."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from itertools import accumulate
from random import Random

from mediation_desk.domain.idnumber import check_digit
from mediation_desk.services.demo.names import make_name, pick_surname, surname_of
from mediation_desk.services.demo.places import VillageSpec, group_short, pick_ethnicity
from mediation_desk.services.demo.rand import between, pick, wpick

# The date ages are counted from unless the caller passes ``today``; matches the test fixtures.
REFERENCE_DATE = date(2026, 11, 21)


@dataclass(frozen=True, slots=True)
class PersonSpec:
    name: str
    gender: str  # "male" / "female"
    ethnicity: str  # 汉族, 苗族 …
    birth_date: date
    id_number: str  # 18 characters, valid check digit, address code = village county code
    phone: str  # "1[3-9]" + 9 digits, or "" (elderly people and children often have none)
    address: str  # 白沙镇青石村三组18号
    occupation: str
    villager_group: str  # 第三村民组

    @property
    def surname(self) -> str:
        return surname_of(self.name)

    def age_on(self, on: date) -> int:
        years = on.year - self.birth_date.year
        return years - ((on.month, on.day) < (self.birth_date.month, self.birth_date.day))


# Mobile prefixes in use by the three carriers (all satisfy ^1[3-9]).
_PHONE_PREFIXES: tuple[str, ...] = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "180", "181",
    "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199",
)

_ADULT_JOBS: tuple[tuple[str, float], ...] = (
    ("务农", 34.0), ("外出务工", 22.0), ("个体经营", 7.0), ("养殖户", 4.0), ("泥瓦匠", 3.0),
    ("货车司机", 2.0), ("村干部", 1.5), ("教师", 1.5), ("乡村医生", 0.6), ("个体工商户", 3.0),
    ("建筑工人", 4.0), ("无业", 3.0), ("家庭主妇", 3.0), ("合作社职工", 1.5), ("厨师", 1.0),
)
_ADULT_JOB_NAMES = tuple(j for j, _ in _ADULT_JOBS)
_ADULT_JOB_CUM = tuple(accumulate(w for _, w in _ADULT_JOBS))
_ELDER_JOBS: tuple[str, ...] = ("务农", "务农", "务农", "退休", "退休", "无业", "个体经营")


def make_phone(rng: Random) -> str:
    return pick(rng, _PHONE_PREFIXES) + f"{int(rng.random() * 100_000_000):08d}"


def make_id_number(
    rng: Random,
    county_code: str,
    birth_date: date,
    gender: str,
    used_ids: set[str] | None = None,
) -> str:
    """GB 11643: address code + YYYYMMDD + 3-digit sequence (odd male, even female) + check.

    With ``used_ids`` the number is redrawn until unused (and then added), because a county
    issues each sequence only once per birth date."""
    prefix = f"{county_code}{birth_date.year:04d}{birth_date.month:02d}{birth_date.day:02d}"
    while True:
        # Male 001 … 999 (odd), female 002 … 998 (even).
        seq = 2 * between(rng, 0, 499) + 1 if gender == "male" else 2 * between(rng, 1, 499)
        body = f"{prefix}{seq:03d}"
        number = body + check_digit(body)
        if used_ids is None:
            return number
        if number not in used_ids:
            used_ids.add(number)
            return number


def _birth_date(rng: Random, today: date, low: int, high: int) -> date:
    """A birth date giving an age in [low, high] on ``today``."""
    first, last = _ordinal_bounds(today, low, high)
    return date.fromordinal(between(rng, first, last))


@lru_cache(maxsize=512)
def _ordinal_bounds(today: date, low: int, high: int) -> tuple[int, int]:
    latest = _years_before(today, low)
    earliest = _years_before(today, high + 1) + timedelta(days=1)
    return earliest.toordinal(), latest.toordinal()


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a non-leap year
        return day.replace(year=day.year - years, day=28)


def _occupation(rng: Random, age: int, gender: str) -> str:
    if age < 6:
        return "学龄前儿童"
    if age < 18:
        return "学生"
    if age < 23 and rng.random() < 0.45:
        return "学生"
    if age >= 60:
        return pick(rng, _ELDER_JOBS)
    job = wpick(rng, _ADULT_JOB_NAMES, _ADULT_JOB_CUM)
    return "务农" if job == "家庭主妇" and gender == "male" else job


def _phone_for(rng: Random, age: int) -> str:
    # Many old villagers and all small children have no phone of their own.
    if age < 14:
        return ""
    missing = 0.45 if age >= 70 else 0.08
    return "" if rng.random() < missing else make_phone(rng)


def make_address(rng: Random, village: VillageSpec, villager_group: str) -> str:
    return f"{village.township_name}{village.village_name}{group_short(villager_group)}{between(rng, 1, 88)}号"


def make_person(
    rng: Random,
    village: VillageSpec,
    *,
    gender: str | None = None,
    age_range: tuple[int, int] = (18, 85),
    surname: str | None = None,
    ethnicity: str | None = None,
    address: str | None = None,
    villager_group: str | None = None,
    occupation: str | None = None,
    today: date = REFERENCE_DATE,
    used_ids: set[str] | None = None,
) -> PersonSpec:
    """One villager; keyword arguments pin details (households share surname and address)."""
    if gender is None:
        gender = "male" if rng.random() < 0.5 else "female"
    birth = _birth_date(rng, today, age_range[0], age_range[1])
    age = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
    group = villager_group or pick(rng, village.villager_groups)
    return PersonSpec(
        name=make_name(rng, gender, birth.year, surname),
        gender=gender,
        ethnicity=ethnicity or pick_ethnicity(rng, village.province_code),
        birth_date=birth,
        id_number=make_id_number(rng, village.county_code, birth, gender, used_ids),
        phone=_phone_for(rng, age),
        address=address or make_address(rng, village, group),
        occupation=occupation or _occupation(rng, age, gender),
        villager_group=group,
    )


def make_household(
    rng: Random,
    village: VillageSpec,
    *,
    today: date = REFERENCE_DATE,
    used_ids: set[str] | None = None,
) -> list[PersonSpec]:
    """Head first, then spouse, children, and the head's parents; one address for all.

    Children carry the father's surname (the head's if there is no husband); elders are the
    head's parents, so the father shares the head's surname."""
    group = rng.choice(village.villager_groups)
    address = make_address(rng, village, group)
    common = {"address": address, "villager_group": group, "today": today, "used_ids": used_ids}
    head_gender = "male" if rng.random() < 0.85 else "female"
    head = make_person(rng, village, gender=head_gender, age_range=(26, 80), **common)
    ethnicity = head.ethnicity
    members = [head]
    head_age = head.age_on(today)

    spouse: PersonSpec | None = None
    if rng.random() < 0.88:
        offset = rng.randint(-2, 6)  # wives are usually a few years younger
        spouse_age = head_age - offset if head_gender == "male" else head_age + offset
        spouse_age = max(20, min(90, spouse_age))
        spouse = make_person(
            rng, village, gender="female" if head_gender == "male" else "male",
            age_range=(spouse_age, spouse_age), **common,
        )
        members.append(spouse)

    father = head if head_gender == "male" else spouse
    child_surname = surname_of((father or head).name)
    mother_age = head_age if head_gender == "female" else (
        spouse.age_on(today) if spouse is not None else head_age - 3
    )
    child_age = mother_age - rng.randint(21, 30)
    for _ in range(rng.choices((0, 1, 2, 3), weights=(15, 35, 40, 10))[0]):
        if child_age < 0:
            break
        # Grown-up children over 30 usually have their own household.
        if child_age <= 30 or rng.random() < 0.35:
            members.append(make_person(
                rng, village, gender=None, age_range=(child_age, child_age),
                surname=child_surname, ethnicity=ethnicity, **common,
            ))
        child_age -= rng.randint(1, 6)

    if head_age < 62 and rng.random() < 0.45:
        parent_age = min(95, head_age + rng.randint(22, 32))
        if rng.random() < 0.6:
            members.append(make_person(
                rng, village, gender="male", age_range=(parent_age, parent_age),
                surname=surname_of(head.name), ethnicity=ethnicity, **common,
            ))
        members.append(make_person(
            rng, village, gender="female", age_range=(max(18, parent_age - 3), parent_age),
            surname=pick_surname(rng), ethnicity=ethnicity, **common,
        ))
    return members
