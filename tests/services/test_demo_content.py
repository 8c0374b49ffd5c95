"""Content half of the demo generator: determinism, valid identifiers, consistent stories."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from datetime import date
from random import Random

import pytest

from mediation_desk.domain.codes import codes_of
from mediation_desk.domain.enums import CodeTable, Gender, IncidentKind, RiskLevel
from mediation_desk.domain.idnumber import parse_id_number
from mediation_desk.domain.money import format_yuan
from mediation_desk.domain.phone import parse_phone
from mediation_desk.services.demo.community import (
    MEDIATOR_SPECIALTIES,
    joint_defense_group_name,
    make_incident,
    make_patrol_observation,
    make_screening_finding,
    make_training,
    pick_specialties,
)
from mediation_desk.services.demo.names import COMPOUND_SURNAMES, RARE_CHARACTERS, make_name
from mediation_desk.services.demo.people import PersonSpec, make_household, make_person
from mediation_desk.services.demo.places import (
    DEFAULT_VILLAGE,
    VillageSpec,
    group_short,
    make_village,
)
from mediation_desk.services.demo.stories import (
    CATEGORIES,
    DisputeStory,
    make_parties,
    make_story,
    pick_category,
)

TODAY = date(2026, 11, 21)
MOBILE = re.compile(r"1[3-9]\d{9}")
CATEGORY_CODES = {c.code for c in codes_of(CodeTable.DISPUTE_CATEGORY)}
COMMON = ("marriage_family", "neighbour", "housing_homestead", "damages", "contract",
          "forest_land", "labour")


def _villages(rng: Random, n: int = 5) -> list[VillageSpec]:
    return [DEFAULT_VILLAGE, *(make_village(rng) for _ in range(n - 1))]


def _sample_stories(seed: int, per_category: int) -> list[tuple[DisputeStory, PersonSpec, PersonSpec]]:
    rng = Random(seed)
    out = []
    for village in _villages(rng, 3):
        for category in CATEGORIES:
            for _ in range(per_category):
                a, b = make_parties(rng, category, village)
                out.append((make_story(rng, category, a, b, village), a, b))
    return out


def _all_text(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple | list):
        return [t for v in value for t in _all_text(v)]
    if dataclasses.is_dataclass(value):
        return [t for f in dataclasses.fields(value) for t in _all_text(getattr(value, f.name))]
    return []


# -- determinism ---------------------------------------------------------------------------------

def _everything(seed: int) -> list[object]:
    rng = Random(seed)
    village = make_village(rng)
    out: list[object] = [village, make_household(rng, village), make_person(rng, village)]
    for category in CATEGORIES:
        a, b = make_parties(rng, category, village)
        out.append(make_story(rng, category, a, b, village))
        out.append(make_story(rng, category, a, b, village, agreed_on=date(2026, 3, 14)))
    out += [pick_category(rng), make_screening_finding(rng, village), make_patrol_observation(rng),
            make_incident(rng, village), make_training(rng), pick_specialties(rng)]
    return out


def test_same_seed_same_output() -> None:
    assert _everything(7) == _everything(7)


def test_different_seed_different_output() -> None:
    assert _everything(7) != _everything(8)


# -- persons -------------------------------------------------------------------------------------

def test_id_numbers_are_valid_and_match_person() -> None:
    rng = Random(1)
    people: list[tuple[VillageSpec, PersonSpec]] = []
    for village in _villages(rng):
        people += [(village, make_person(rng, village)) for _ in range(300)]
        for _ in range(60):
            people += [(village, p) for p in make_household(rng, village)]
    for village, person in people:
        info = parse_id_number(person.id_number, today=TODAY,
                               entered_gender=Gender(person.gender),
                               entered_birth_date=person.birth_date)
        assert info.warnings == (), person
        assert info.birth_date == person.birth_date
        assert int(person.id_number[16]) % 2 == (1 if person.gender == "male" else 0)
        assert person.ethnicity.endswith("族")
        assert person.address.startswith(village.township_name + village.village_name)
        assert group_short(person.villager_group) in person.address


def test_id_address_code_is_county_code() -> None:
    rng = Random(2)
    for village in _villages(rng):
        for _ in range(50):
            assert make_person(rng, village).id_number[:6] == village.county_code


def test_used_ids_makes_numbers_unique() -> None:
    rng = Random(3)
    used: set[str] = set()
    numbers = [make_person(rng, DEFAULT_VILLAGE, age_range=(30, 30), used_ids=used).id_number
               for _ in range(600)]
    assert len(set(numbers)) == 600 == len(used)


def test_phones_are_valid_mobiles_or_empty() -> None:
    rng = Random(4)
    phones = [make_person(rng, DEFAULT_VILLAGE).phone for _ in range(2000)]
    assert any(p == "" for p in phones)
    for phone in filter(None, phones):
        assert MOBILE.fullmatch(phone)
        assert parse_phone(phone).kind == "mobile"


def test_age_range_and_gender_are_respected() -> None:
    rng = Random(5)
    for _ in range(500):
        p = make_person(rng, DEFAULT_VILLAGE, gender="female", age_range=(60, 70))
        assert p.gender == "female"
        assert 60 <= p.age_on(TODAY) <= 70


def test_names_include_rare_compound_and_special_surnames() -> None:
    rng = Random(6)
    names = [make_name(rng, rng.choice(("male", "female")), 1950 + i % 70) for i in range(5000)]
    rare = [n for n in names if any(ch in n for ch in RARE_CHARACTERS)]
    assert 40 <= len(rare) <= 200  # ≈ 2 %
    more = [make_name(rng, "male", 1990) for _ in range(20000)]
    assert any("𠮷" in n for n in names + more)  # outside the BMP
    assert any(n[:2] in COMPOUND_SURNAMES for n in names)
    assert any(n[0] in "单解仇朴查区" for n in names)
    assert all(2 <= len(n) <= 4 for n in names)
    top = Counter(n[0] for n in names).most_common(3)
    assert {s for s, _ in top} <= {"王", "李", "张", "刘"}


def test_household_shares_address_and_children_surname() -> None:
    rng = Random(8)
    for _ in range(300):
        members = make_household(rng, DEFAULT_VILLAGE)
        head = members[0]
        assert all(m.address == head.address for m in members)
        assert all(m.villager_group == head.villager_group for m in members)
        assert len({m.id_number for m in members}) == len(members)
        men = [m for m in members[:2] if m.gender == "male"]
        if men:
            father = men[0]
            kids = [m for m in members[2:] if m.birth_date.year - father.birth_date.year >= 18]
            assert all(k.surname == father.surname for k in kids)


# -- villages ------------------------------------------------------------------------------------

def test_villages_are_well_formed() -> None:
    rng = Random(9)
    for village in _villages(rng, 50):
        assert village.committee_name == village.village_name + "人民调解委员会"
        assert 2 <= len(village.short_name) <= 4
        assert re.fullmatch(r"\d{12}", village.region_code)
        assert re.fullmatch(r"\d{6}", village.county_code)
        assert village.region_code.startswith(village.county_code)
        assert village.township_name[-1] in "镇乡" and village.county_name.endswith("县")
        assert 5 <= len(village.villager_groups) <= 12
        assert village.villager_groups[2] == "第三村民组"


# -- stories -------------------------------------------------------------------------------------

def test_pick_category_uses_the_fifteen_codes_with_village_weights() -> None:
    assert set(CATEGORIES) == CATEGORY_CODES and len(CATEGORIES) == 15
    rng = Random(10)
    counts = Counter(pick_category(rng) for _ in range(20000))
    assert set(counts) == CATEGORY_CODES
    dominant = {c for c, _ in counts.most_common(3)}
    assert dominant == {"neighbour", "marriage_family", "housing_homestead"}
    assert counts["medical"] < counts["neighbour"] / 20
    assert counts["environmental_pollution"] < counts["marriage_family"] / 10


@pytest.fixture(scope="module")
def stories() -> list[tuple[DisputeStory, PersonSpec, PersonSpec]]:
    return _sample_stories(11, 40)


def test_stories_are_consistent(stories: list[tuple[DisputeStory, PersonSpec, PersonSpec]]) -> None:
    for story, a, b in stories:
        assert story.category in CATEGORY_CODES
        assert a.name in story.facts and b.name in story.facts, story.title
        assert 80 <= len(story.facts) <= 300, (len(story.facts), story.facts)
        assert 1 <= len(story.requests) <= 3
        assert 2 <= len(story.agreement_terms) <= 5, story.agreement_terms
        for i, term in enumerate(story.agreement_terms, start=1):
            assert term.startswith(f"{i}、")
        assert story.amount_fen == sum(item[1] for item in story.performance_items)
        for desc, fen, days, obligor in story.performance_items:
            assert desc and fen >= 0 and days > 0 and obligor in (0, 1)
            if fen:
                assert f"¥{format_yuan(fen)}" in "".join(story.agreement_terms), (fen, story.title)
        for text in (story.title, story.investigation_note, story.session_note,
                     story.agreement_facts, story.performance_manner, story.failure_note,
                     story.followup_note):
            assert text
        agreement = story.agreement_facts + "".join(story.agreement_terms)
        assert a.name in agreement and b.name in agreement, story.title


def test_no_placeholder_leaks(stories: list[tuple[DisputeStory, PersonSpec, PersonSpec]]) -> None:
    for story, _, _ in stories:
        for text in _all_text(story):
            assert "{" not in text and "}" not in text, text
            assert "None" not in text, text


def test_common_categories_have_at_least_three_templates() -> None:
    subs: dict[str, set[str]] = {c: set() for c in CATEGORIES}
    for story, _, _ in _sample_stories(12, 60):
        subs[story.category].add(story.sub_category)
    for category in COMMON:
        assert len(subs[category]) >= 3, (category, subs[category])
    assert all(subs[c] for c in CATEGORIES)


def test_money_and_major_hints_are_plausible(
    stories: list[tuple[DisputeStory, PersonSpec, PersonSpec]],
) -> None:
    with_money = [s for s, _, _ in stories if s.amount_fen]
    assert len(with_money) > len(stories) / 2
    assert all(s.amount_fen % 100 == 0 for s in with_money)  # whole yuan
    assert max(s.amount_fen for s in with_money) <= 1_000_000_00
    majors = sum(s.is_major_hint for s, _, _ in stories)
    assert 0 < majors < len(stories) / 5


def test_agreed_on_gives_absolute_deadlines() -> None:
    rng = Random(13)
    a, b = make_parties(rng, "contract", DEFAULT_VILLAGE)
    story = make_story(rng, "contract", a, b, DEFAULT_VILLAGE, agreed_on=date(2026, 3, 14))
    assert "2026年" in "".join(story.agreement_terms)
    assert "本协议签订之日起" not in story.performance_manner


def test_family_templates_fall_back_for_unrelated_parties() -> None:
    rng = Random(14)
    for _ in range(100):
        a = make_person(rng, DEFAULT_VILLAGE, gender="male", surname="王")
        b = make_person(rng, DEFAULT_VILLAGE, gender="male", surname="李")
        story = make_story(rng, "marriage_family", a, b, DEFAULT_VILLAGE)
        assert story.sub_category in ("婚约财产", "家庭矛盾", "夫妻矛盾", "抚养费")
        assert story.sub_category not in ("赡养", "继承")


def test_unknown_category_is_refused() -> None:
    with pytest.raises(ValueError):
        make_story(Random(0), "smuggling", *make_parties(Random(0), "other", DEFAULT_VILLAGE),
                   DEFAULT_VILLAGE)


# -- community -----------------------------------------------------------------------------------

def test_community_content() -> None:
    rng = Random(15)
    risks = {r.value for r in RiskLevel}
    kinds = {k.value for k in IncidentKind}
    seen_kinds = set()
    for _ in range(500):
        desc, category, risk = make_screening_finding(rng, DEFAULT_VILLAGE)
        assert desc and category in CATEGORY_CODES and risk in risks
        observed, hazard = make_patrol_observation(rng)
        assert observed and isinstance(hazard, str)
        kind, text, action = make_incident(rng, DEFAULT_VILLAGE)
        assert kind in kinds and text and action
        seen_kinds.add(kind)
        organiser, topic, hours = make_training(rng)
        assert organiser and topic and hours > 0
        for text_ in (desc, observed, hazard, text, action, organiser, topic):
            assert "{" not in text_ and "}" not in text_
    assert seen_kinds == kinds


def test_specialties_and_group_names() -> None:
    assert set(MEDIATOR_SPECIALTIES) == {c.code for c in codes_of(CodeTable.MEDIATOR_SPECIALTY)}
    rng = Random(16)
    for _ in range(300):
        picked = pick_specialties(rng)
        assert 1 <= len(picked) <= 3 and len(set(picked)) == len(picked)
        assert set(picked) <= set(MEDIATOR_SPECIALTIES)
    assert joint_defense_group_name("第三村民组", 1) == "第三村民组第一联防组"
    assert joint_defense_group_name("第十二村民组", 11) == "第十二村民组第十一联防组"


def test_family_stories_match_the_relationship() -> None:
    rng = Random(17)
    for _ in range(400):
        a, b = make_parties(rng, "marriage_family", DEFAULT_VILLAGE)
        story = make_story(rng, "marriage_family", a, b, DEFAULT_VILLAGE)
        if story.sub_category in ("赡养", "继承"):
            assert a.surname == b.surname
        if story.sub_category == "赡养":
            assert a.birth_date.year - b.birth_date.year <= -18
        if story.sub_category in ("抚养费", "夫妻矛盾"):
            assert a.gender != b.gender and a.surname != b.surname
        if story.sub_category == "家庭矛盾":
            assert a.gender == b.gender == "female"


def test_occupations_fit_age_and_gender() -> None:
    rng = Random(18)
    for _ in range(400):
        for p in make_household(rng, DEFAULT_VILLAGE):
            age = p.age_on(TODAY)
            if age < 6:
                assert p.occupation == "学龄前儿童"
            elif age < 18:
                assert p.occupation == "学生"
            if p.occupation == "家庭主妇":
                assert p.gender == "female"
            if age < 14:
                assert p.phone == ""
