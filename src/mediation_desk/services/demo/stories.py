"""Dispute stories: category frequencies of a typical village, party pairs that suit a category,
and ``make_story`` that fills a category template with the parties' names and concrete details."""

from __future__ import annotations

from datetime import date
from itertools import accumulate
from random import Random

from mediation_desk.services.demo import tpl_civil, tpl_family, tpl_land, tpl_misc, tpl_neighbour
from mediation_desk.services.demo.people import REFERENCE_DATE, PersonSpec, make_person
from mediation_desk.services.demo.places import VillageSpec
from mediation_desk.services.demo.rand import wpick
from mediation_desk.services.demo.storykit import DisputeStory, StoryContext, Template

__all__ = [
    "CATEGORIES",
    "CATEGORY_WEIGHTS",
    "DisputeStory",
    "make_parties",
    "make_story",
    "pick_category",
]

# Shares (per cent) in a village committee's caseload, after the pattern of published county and
# municipal statistics: neighbour, family and homestead disputes dominate; medical, pollution and
# property-management disputes are rare in the countryside.
CATEGORY_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("marriage_family", 22.0),
    ("neighbour", 26.0),
    ("housing_homestead", 12.0),
    ("contract", 6.0),
    ("production_business", 3.0),
    ("damages", 8.0),
    ("forest_land", 7.0),
    ("land_requisition_demolition", 2.0),
    ("environmental_pollution", 1.0),
    ("labour", 3.0),
    ("consumer", 1.5),
    ("medical", 0.5),
    ("road_traffic", 3.0),
    ("property_management", 0.5),
    ("other", 4.5),
)
CATEGORIES: tuple[str, ...] = tuple(c for c, _ in CATEGORY_WEIGHTS)
_CATEGORY_CUM: tuple[float, ...] = tuple(accumulate(w for _, w in CATEGORY_WEIGHTS))

_TEMPLATES: dict[str, tuple[Template, ...]] = {
    **tpl_family.TEMPLATES,
    **tpl_neighbour.TEMPLATES,
    **tpl_civil.TEMPLATES,
    **tpl_land.TEMPLATES,
    **tpl_misc.TEMPLATES,
}
assert set(_TEMPLATES) == set(CATEGORIES), "every category needs templates"
# Cumulative template weights of categories whose templates need no particular party pair.
_ALWAYS_FIT: dict[str, tuple[float, ...]] = {
    category: tuple(accumulate(t[2] for t in templates))
    for category, templates in _TEMPLATES.items()
    if all(t[1] is None for t in templates)
}


def pick_category(rng: Random) -> str:
    return wpick(rng, CATEGORIES, _CATEGORY_CUM)


def make_story(
    rng: Random,
    category: str,
    applicant: PersonSpec,
    respondent: PersonSpec,
    village: VillageSpec,
    *,
    agreed_on: date | None = None,
) -> DisputeStory:
    """A story of ``category`` between the two parties.

    Templates that need a relationship (赡养 needs parent and child …) are only used when the
    parties' surnames, genders and ages fit; ``make_parties`` produces such pairs. With
    ``agreed_on`` (the agreement date) deadlines in the terms are absolute dates, otherwise they
    read "于本协议签订之日起N日内". In performance items obligor_index 0 is the applicant and
    1 the respondent."""
    templates = _TEMPLATES.get(category)
    if templates is None:
        raise ValueError(f"unknown dispute category: {category!r}")
    if category in _ALWAYS_FIT:
        builder = wpick(rng, templates, _ALWAYS_FIT[category])[0]
    else:
        fitting = [t for t in templates if t[1] is None or t[1](applicant, respondent)]
        builder = wpick(rng, fitting, tuple(accumulate(t[2] for t in fitting)))[0]
    return builder(StoryContext(rng, applicant, respondent, village, agreed_on))


def make_parties(
    rng: Random,
    category: str,
    village: VillageSpec,
    *,
    today: date = REFERENCE_DATE,
    used_ids: set[str] | None = None,
) -> tuple[PersonSpec, PersonSpec]:
    """(applicant, respondent) plausible for ``category``: relatives for family disputes,
    neighbours from one villager group for neighbour and homestead disputes, a shop owner or
    village doctor as respondent where the story needs one."""
    kw = {"today": today, "used_ids": used_ids}

    def person(**extra: object) -> PersonSpec:
        return make_person(rng, village, **kw, **extra)  # type: ignore[arg-type]

    if category == "marriage_family":
        relation = rng.choices(
            ("parent_child", "couple", "siblings", "in_laws", "other"), weights=(30, 30, 20, 12, 8)
        )[0]
        if relation == "parent_child":
            child = person(age_range=(30, 60))
            gap = rng.randint(22, 34)
            age = min(95, child.age_on(today) + gap)
            parent = person(gender="male", age_range=(age, age), surname=child.surname)
            return parent, child
        if relation == "couple":
            wife_applies = rng.random() < 0.65
            first = person(gender="female" if wife_applies else "male", age_range=(24, 55))
            age = first.age_on(today) + (rng.randint(0, 5) if wife_applies else -rng.randint(0, 5))
            age = max(20, age)
            return first, person(gender="male" if wife_applies else "female", age_range=(age, age))
        if relation == "siblings":
            first = person(age_range=(30, 65))
            age = max(22, first.age_on(today) + rng.randint(-10, 10))
            return first, person(age_range=(age, age), surname=first.surname)
        if relation == "in_laws":
            mother = person(gender="female", age_range=(52, 80))
            age = max(20, mother.age_on(today) - rng.randint(22, 34))
            return mother, person(gender="female", age_range=(age, age))
        return person(), person()

    if category in ("neighbour", "housing_homestead"):
        first = person(age_range=(25, 80))
        return first, person(age_range=(25, 80), villager_group=first.villager_group)
    if category == "labour":
        return person(age_range=(20, 60)), person(age_range=(28, 62), occupation="个体经营")
    if category == "medical":
        return person(), person(age_range=(30, 65), occupation="乡村医生")
    if category == "consumer":
        return person(), person(age_range=(28, 62), occupation="个体工商户")
    if category == "property_management":
        return person(age_range=(35, 65), occupation="村保洁员"), person()
    return person(age_range=(20, 80)), person(age_range=(20, 80))
