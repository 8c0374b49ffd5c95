"""Code-table choices for the case window and its action dialogs, read in the background.

The tables are editable, so labels come from the store; until they arrive the built-in
wording stands in (case_tab_html.code_label)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.enums import CodeTable
from mediation_desk.domain.views import CodeChoice, MediatorView
from mediation_desk.services import code_tables, mediators
from mediation_desk.ui import labels

Choices = dict[str, list[CodeChoice]]

# What the case window shows by label: category, major criteria and the outcome reasons.
WINDOW_TABLES: tuple[str, ...] = (
    CodeTable.DISPUTE_CATEGORY.value, CodeTable.MAJOR_CRITERION.value,
    CodeTable.DECLINE_REASON.value, CodeTable.TERMINATION_REASON.value,
    CodeTable.ADVISED_ROUTE.value, CodeTable.CLOSE_REASON.value,
    CodeTable.PREVENTED_OUTCOME.value,
)


def load_choices(ctx: AppContext, tables: Iterable[str]) -> Choices:
    """Runs on a worker thread: plain values only."""
    return {t: code_tables.choices(ctx, t) for t in tables}


def load_form_data(ctx: AppContext, tables: Iterable[str],
                   with_mediators: bool) -> tuple[Choices, list[MediatorView]]:
    """Everything an action dialog offers to choose from, in one background job."""
    found = mediators.list_mediators(ctx, active_only=True) if with_mediators else []
    return load_choices(ctx, tables), found


def label_maps(choices: Mapping[str, list[CodeChoice]]) -> dict[str, dict[str, str]]:
    return {table: {c.code: labels.code_label(c) for c in rows} for table, rows in choices.items()}
