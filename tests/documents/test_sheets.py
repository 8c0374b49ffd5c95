"""The single-sheet writer (rosters, rotas): hostile text stays text, nothing is lost."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from mediation_desk.documents.sheets import write_sheet


def test_formula_like_and_control_characters_stay_harmless_text(tmp_path: Path) -> None:
    target = write_sheet(tmp_path / "x.xlsx", ["姓名", "备注"],
                         [["=HYPERLINK(\"http://x\")", "a\x07b"], ["王𠮷", 3]], title="名册")
    ws = load_workbook(target).active
    assert ws["A2"].value == "=HYPERLINK(\"http://x\")" and ws["A2"].data_type == "s"
    assert ws["B2"].value == "ab"
    assert ws["A3"].value == "王𠮷" and ws["B3"].value == 3
