"""Sorting the case list in SQL (every column both ways, stable paging) and the year choices."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import text

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.domain.enums import CaseStatus
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.lifecycle import MEDIATING_STATUSES
from mediation_desk.domain.views import CaseSummary
from mediation_desk.paths import paths_under
from mediation_desk.services import code_tables
from mediation_desk.services.case_queries import (
    SORT_FIELDS,
    SORTS,
    CaseFilter,
    case_years,
    list_cases,
    sort_field,
    sort_name,
)
from mediation_desk.services.case_register import register_case
from mediation_desk.services.demo.generate import generate
from mediation_desk.store.engine import writer
from tests.conftest import FakeClock
from tests.store.support import plain_case

NUMBER = re.compile(r"（(\d{4})）.*第(\d+)号")
LIFE_ORDER = [s.value for s in CaseStatus]
MEDIATING = {s.value for s in MEDIATING_STATUSES}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppContext]:
    """60 demo cases over three years in every state; the tests only read them."""
    ctx = build_context(paths_under(tmp_path_factory.mktemp("sort")), actor="测试员",
                        clock=FakeClock())
    generate(ctx, cases=60, seed=7)
    yield ctx
    ctx.close()


def all_rows(ctx: AppContext, sort: str, **filters: Any) -> list[CaseSummary]:
    page = list_cases(ctx, CaseFilter(sort=sort, limit=1000, **filters))
    assert len(page.rows) == page.total
    return page.rows


def number(c: CaseSummary) -> tuple[int, int]:
    m = NUMBER.search(c.case_no)
    assert m, c.case_no
    return int(m.group(1)), int(m.group(2))


def shown_limit(c: CaseSummary) -> date | None:
    """The date the list's time-limit column shows (the mediation limit while mediating)."""
    return c.due_on if c.status in MEDIATING else None


def sort_keys(ctx: AppContext) -> dict[str, Callable[[CaseSummary], Any]]:
    categories = [c.code for c in code_tables.choices(ctx, "dispute_category")]
    return {
        "case_no": number,
        "title": lambda c: c.title,
        "category": lambda c: categories.index(c.category),
        "status": lambda c: LIFE_ORDER.index(c.status),
        "received_on": lambda c: c.received_on,
        "due_on": shown_limit,
    }


def assert_ordered(values: list[Any], *, descending: bool) -> None:
    """Non-blank values in order, blanks (None) after all of them in both directions."""
    present = [v for v in values if v is not None]
    assert values == present + [None] * (len(values) - len(present))
    assert present == sorted(present, reverse=descending)


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize("field", list(SORT_FIELDS))
def test_every_column_sorts_both_ways(demo: AppContext, field: str, descending: bool) -> None:
    rows = all_rows(demo, sort_name(field, descending=descending))
    assert len(rows) == 60
    key = sort_keys(demo)[field]
    assert_ordered([key(c) for c in rows], descending=descending)


@pytest.mark.parametrize("sort", SORTS)
def test_pages_neither_overlap_nor_skip(demo: AppContext, sort: str) -> None:
    # Many cases share a category, a status or a day: the order must still be total.
    whole = [c.id for c in all_rows(demo, sort)]
    paged: list[str] = []
    for offset in range(0, 60, 7):
        paged += [c.id for c in list_cases(demo, CaseFilter(sort=sort, limit=7,
                                                            offset=offset)).rows]
    assert paged == whole
    assert len(set(whole)) == 60


def test_case_numbers_sort_as_numbers_not_as_text(demo: AppContext) -> None:
    rows = all_rows(demo, "case_no_asc", year=2026)
    seqs = [number(c)[1] for c in rows]
    assert seqs == sorted(seqs) and seqs[:11] == list(range(1, 12))  # 第10号 after 第9号


def test_status_sorts_in_the_order_of_a_case_life(demo: AppContext) -> None:
    statuses = list(dict.fromkeys(c.status for c in all_rows(demo, "status_asc")))
    assert statuses == [s for s in LIFE_ORDER if s in statuses]
    assert statuses[0] == "registered" and statuses[-1] == "archived"


def test_time_limit_puts_cases_without_one_last_both_ways(demo: AppContext) -> None:
    for sort in ("due_asc", "due_desc"):
        rows = all_rows(demo, sort)
        shown = [shown_limit(c) for c in rows]
        assert shown[0] is not None and shown[-1] is None
    # Among cases with no limit shown, those with an overdue deadline come first.
    blank = [c for c in all_rows(demo, "due_asc") if shown_limit(c) is None]
    flags = [c.overdue for c in blank]
    assert any(flags) and flags == sorted(flags, reverse=True)


def test_sort_applies_within_the_filters(demo: AppContext) -> None:
    rows = all_rows(demo, "received_asc", statuses=("archived", "closed"),
                    category="neighbour")
    assert rows and {c.category for c in rows} == {"neighbour"}
    assert {c.status for c in rows} <= {"archived", "closed"}
    dates = [c.received_on for c in rows]
    assert dates == sorted(dates)
    overdue = all_rows(demo, "title_desc", overdue=True)
    assert overdue and all(c.overdue for c in overdue)
    assert [c.title for c in overdue] == sorted((c.title for c in overdue), reverse=True)


def test_older_sort_names_keep_their_meaning(demo: AppContext) -> None:
    assert [c.id for c in all_rows(demo, "case_no")] == \
        [c.id for c in all_rows(demo, "case_no_desc")]
    newest = all_rows(demo, "received_desc")
    assert [c.received_on for c in newest] == sorted((c.received_on for c in newest),
                                                     reverse=True)
    soonest = all_rows(demo, "deadline")
    assert soonest[0].overdue and not soonest[-1].overdue


def test_unknown_sort_is_refused_with_the_choices(demo: AppContext) -> None:
    with pytest.raises(DomainError) as err:
        list_cases(demo, CaseFilter(sort="colour_asc"))
    assert err.value.code == "field.choice" and err.value.field == "sort"
    assert "title_desc" in err.value.params["allowed"]


def test_sort_names_map_to_columns_and_back() -> None:
    for field in SORT_FIELDS:
        for descending in (False, True):
            name = sort_name(field, descending=descending)
            assert name in SORTS
            assert sort_field(name) == (field, descending)
    assert sort_name("received_on", descending=True) == "received_desc"
    assert sort_field("case_no") == ("case_no", True)
    assert sort_field("deadline") is None


def test_years_with_cases_newest_first(demo: AppContext) -> None:
    assert case_years(demo) == [2026, 2025, 2024]


def test_years_leave_out_voided_cases_and_empty_store(village: AppContext) -> None:
    assert case_years(village) == []
    old = register_case(village, plain_case(1, received_on="2025-03-01")).summary.id
    register_case(village, plain_case(2))
    assert case_years(village) == [2026, 2025]
    with writer(village.engine).begin() as conn:
        conn.execute(text("UPDATE mediation_case SET voided_at = '2026-11-21 10:00:00' "
                          "WHERE id = :id"), {"id": old})
    assert case_years(village) == [2026]
