"""Forms list code tables through ``code_tables.choices``."""

from __future__ import annotations

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.codes import DEFAULT_CODES
from mediation_desk.domain.enums import CodeTable
from mediation_desk.services.code_tables import choices


def test_choices_follow_the_code_table(village: AppContext) -> None:
    cats = choices(village, "dispute_category")
    expected = [d.code for d in DEFAULT_CODES[CodeTable.DISPUTE_CATEGORY]]
    assert sorted(c.code for c in cats) == sorted(expected)
    neighbour = next(c for c in cats if c.code == "neighbour")
    assert neighbour.label_zh == "邻里纠纷" or neighbour.label_zh.startswith("邻里")
    assert neighbour.label_en
