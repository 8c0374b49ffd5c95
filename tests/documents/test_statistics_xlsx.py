"""The statistics workbook: opened back with openpyxl, its sheets, headings, merged headings,
合计 lines, figures stored as numbers, percent cells, the township's sheets per village,
sheet names Excel accepts, rare characters, and a save that never spoils an older file.

The village data set is made through the real services; its figures are counted by hand
below. Odd village names are put into a report read model built from a real one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from mediation_desk.bootstrap import AppContext
from mediation_desk.documents import statistics_xlsx
from mediation_desk.documents.statistics_xlsx import write_statistics_xlsx
from mediation_desk.domain.codes import codes_of
from mediation_desk.domain.enums import CodeTable
from mediation_desk.domain.statistics_views import StatisticsReport
from mediation_desk.services import case_marks, statistics, statistics_export
from mediation_desk.services.case_register import register_case
from mediation_desk.services.demo.township import generate_township
from tests.documents import conftest as documents_conftest
from tests.documents.conftest import CaseMaker, rare_case_data
from tests.services.helpers import case_data

RARE_SUB = "𠮷䶮宅基地边界"
FIXED_SHEETS = ["统计表", "比率", "防止激化与排查", "趋势"]
CATEGORY_HEAD = ["纠纷类别", "登记纠纷", "受理", "调解成功", "调解不成\n（终止）", "不予受理",
                 "移交上报", "在调", "待受理", "协议金额\n（元）"]
FIRST_LINE = 5  # title, period, two heading rows


def _without_ids(data: dict[str, Any]) -> dict[str, Any]:
    # One person per ID number: the cases here are about different people of the same name.
    parties = [{**p, "person": {k: v for k, v in p["person"].items() if k != "id_number"}}
               for p in data["parties"]]
    return {**data, "parties": parties}


def _register(ctx: AppContext, **data: Any) -> str:
    return register_case(ctx, _without_ids(case_data(**data))).summary.id


@pytest.fixture
def november(village: AppContext, make_case: CaseMaker,
             monkeypatch: pytest.MonkeyPatch) -> StatisticsReport:
    """November 2026 at 青石村, counted by hand:
    邻里纠纷 ×3 (one written agreement of 12,000 yuan, one oral that prevented a mass
    petition of 12 persons, one declined),
    婚姻家庭纠纷 ×2 (其中 赡养 ×2, awaiting), 房屋宅基地纠纷 ×1 (其中 𠮷䶮宅基地边界, awaiting, on
    the committee's initiative); one October case that only the trend shows; one November case
    voided, which counts nowhere."""
    monkeypatch.setattr(documents_conftest, "rare_case_data",
                        lambda: _without_ids(rare_case_data()))
    make_case("agreed")
    oral = make_case("oral")
    case_marks.record_prevented(village, oral, {"outcome": "mass_petition", "persons": 12})
    make_case("declined")
    _register(village, category="marriage_family", sub_category="赡养", received_on="2026-11-05")
    _register(village, category="marriage_family", sub_category="赡养", received_on="2026-11-06")
    _register(village, category="housing_homestead", sub_category=RARE_SUB,
              source="self_initiated", received_on="2026-11-07")
    _register(village, received_on="2026-10-30")
    voided = _register(village, received_on="2026-11-08")
    case_marks.void_case(village, voided, {"reason": "登记错误"})
    return statistics.report(village, "2026-11")


def _write(report: StatisticsReport, tmp_path: Path) -> Workbook:
    path = write_statistics_xlsx(report, tmp_path / "out" / "统计.xlsx")
    assert path == tmp_path / "out" / "统计.xlsx"
    return load_workbook(path)


def _lines(ws: Worksheet, first: int = FIRST_LINE) -> list[tuple[Any, ...]]:
    """The table's lines from ``first`` down to its 合计 line (included)."""
    out = []
    for row in ws.iter_rows(min_row=first, values_only=True):
        out.append(row)
        if row[0] == "合计":
            return out
    raise AssertionError("no 合计 line")


def _find(ws: Worksheet, value: str) -> int:
    return next(c.row for row in ws.iter_rows() for c in row if c.value == value)


def test_sheets_headings_and_merged_headings(november: StatisticsReport,
                                              tmp_path: Path) -> None:
    wb = _write(november, tmp_path)
    assert wb.sheetnames == FIXED_SHEETS
    ws = wb["统计表"]
    assert ws["A1"].value == "青石村人民调解工作统计表"
    assert ws["A2"].value.startswith("统计期间：2026年11月")
    assert ws["L2"].value == "统计截至 2026年11月21日"
    assert [ws.cell(row=3, column=c).value for c in range(1, 11)] == [
        *CATEGORY_HEAD[:4], None, None, *CATEGORY_HEAD[4:8]]
    assert ws["L3"].value == "协议金额\n（元）"
    assert [ws.cell(row=4, column=c).value for c in (4, 5, 6)] == ["小计", "书面协议", "口头协议"]
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A1:L1", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "L3:L4"} <= merged
    assert ws.freeze_panes == "B5" and ws.print_title_rows == "$3:$4"
    setup = ws.page_setup
    assert (setup.orientation, int(setup.paperSize), int(setup.fitToWidth),
            int(setup.fitToHeight)) == ("landscape", 9, 1, 0)
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    # Wide enough for the longest category name (8 CJK characters = 16 units).
    assert ws.column_dimensions["A"].width >= 16


def test_category_table_follows_the_ministry_list_and_adds_up(november: StatisticsReport,
                                                               tmp_path: Path) -> None:
    ws = _write(november, tmp_path)["统计表"]
    lines = _lines(ws)
    categories = [r for r in lines[:-1] if not r[0].startswith("　")]
    assert [r[0] for r in categories] == [d.label_zh for d in codes_of(
        CodeTable.DISPUTE_CATEGORY)]
    total = lines[-1]
    for col in range(1, 11):  # every count column, level-0 lines only
        assert total[col] == sum(r[col] for r in categories)
        assert all(type(r[col]) is int for r in lines)
    # By hand: 6 live November cases; 2 accepted and settled (1 written, 1 oral), 1 declined,
    # 3 awaiting; 12,000 yuan agreed.
    assert total[:11] == ("合计", 6, 2, 2, 1, 1, 0, 1, 0, 0, 3)
    assert total[11] == 12000
    neighbour = next(r for r in lines if r[0] == "邻里纠纷")
    assert neighbour[1:4] == (3, 2, 2) and neighbour[11] == 12000
    money = ws.cell(row=FIRST_LINE + len(lines) - 1, column=12)
    assert money.number_format == "#,##0.00" and money.alignment.horizontal == "right"


def test_sub_category_lines_sit_under_their_category(november: StatisticsReport,
                                                     tmp_path: Path) -> None:
    ws = _write(november, tmp_path)["统计表"]
    labels = [r[0] for r in _lines(ws)]
    i = labels.index("婚姻家庭纠纷")
    assert labels[i + 1] == "　其中：赡养"
    j = labels.index("房屋宅基地纠纷")
    assert labels[j + 1] == f"　其中：{RARE_SUB}"
    sub = next(r for r in _lines(ws) if r[0] == "　其中：赡养")
    assert sub[1] == 2 and ws.row_dimensions[FIRST_LINE + i + 1].outline_level == 1


def test_source_table_below_the_category_table(november: StatisticsReport,
                                               tmp_path: Path) -> None:
    ws = _write(november, tmp_path)["统计表"]
    head = _find(ws, "纠纷来源")
    assert ws.cell(row=head - 1, column=1).value == "按纠纷来源"
    assert f"D{head}:F{head}" in {str(r) for r in ws.merged_cells.ranges}
    lines = _lines(ws, head + 2)
    assert [(r[0], r[1]) for r in lines] == [("主动调解", 1), ("申请调解", 5),
                                             ("接受委托移送调解", 0), ("合计", 6)]


def test_rates_are_percent_numbers_with_definitions(november: StatisticsReport,
                                                    tmp_path: Path) -> None:
    ws = _write(november, tmp_path)["比率"]
    assert [c.value for c in ws[3]] == ["指标", "分子", "分母", "比率", "定义"]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=4, max_row=3 + len(november.rates))}
    success = rows["调解成功率"]
    assert (success[1].value, success[2].value, success[3].value) == (2, 2, 1)
    assert success[3].number_format == "0.0%"
    assert success[4].value.startswith("调解成功件数") and success[4].alignment.wrap_text
    major = rows["重大纠纷二日内上报率"]  # no major dispute this month: no rate, an empty cell
    assert (major[1].value, major[2].value, major[3].value) == (0, 0, None)
    assert major[3].number_format == "0.0%"


def test_prevention_screening_and_joint_defence_blocks(november: StatisticsReport,
                                                       tmp_path: Path) -> None:
    ws = _write(november, tmp_path)["防止激化与排查"]
    captions = [c.value for c in ws["A"] if isinstance(c.value, str) and c.value[1:2] == "、"]
    assert captions == ["一、防止纠纷激化", "二、矛盾纠纷排查", "三、治安联防", "四、司法确认",
                        "五、重大疑难纠纷"]
    head = _find(ws, "一、防止纠纷激化") + 1
    assert [c.value for c in ws[head]] == ["项目", "件数", "人数"]
    prevented = _lines(ws, head + 1)
    assert [r[0] for r in prevented[:-1]] == [p.label for p in november.prevented]
    assert ("防止群体性上访", 1, 12) in prevented and prevented[-1] == ("合计", 1, 12)
    confirm = _find(ws, "申请司法确认")
    assert ws.cell(row=confirm, column=2).value == 1  # the written agreement's application
    coverage = _find(ws, "联防覆盖率")
    assert ws.cell(row=coverage, column=2).number_format == "0.0%"


def test_trend_months_comparisons_and_charts_survive_reload(november: StatisticsReport,
                                                           tmp_path: Path) -> None:
    ws = _write(november, tmp_path)["趋势"]
    head = _find(ws, "月份")
    assert [c.value for c in ws[head]][:5] == ["月份", "登记纠纷", "受理", "调解成功",
                                               "调解成功率"]
    months = [r for r in ws.iter_rows(min_row=head + 1, max_row=head + 12, values_only=True)]
    assert [m[0] for m in months] == [p.label for p in november.trend]
    assert (months[-2][1], months[-1][1]) == (1, 6)  # October's case, November's six
    assert ws.cell(row=head + 12, column=5).number_format == "0.0%"
    compare = _find(ws, "本期")
    assert [ws.cell(row=compare + i, column=1).value for i in range(3)] == [
        "本期", "上期", "去年同期"]
    assert ws.cell(row=compare + 1, column=7).value == 5  # 6 now − 1 in October
    assert len(ws._charts) == 2


def test_township_has_a_table_by_village_and_a_sheet_per_village(ctx: AppContext,
                                                                 tmp_path: Path) -> None:
    generate_township(ctx, villages=2, cases=8, seed=5)
    rep = statistics.report(ctx, "2026")
    assert rep.scope == "township" and len(rep.villages) >= 2
    wb = _write(rep, tmp_path)
    assert wb.sheetnames == [*FIXED_SHEETS, "分村统计", *(v.unit_name for v in rep.villages)]
    ws = wb["分村统计"]
    assert ws["A3"].value == "单位" and ws["M3"].value == "调解成功率"
    lines = _lines(ws)
    assert [r[0] for r in lines] == [*(r.label for r in rep.by_village), "合计"]
    for col in range(1, 11):
        assert lines[-1][col] == sum(r[col] for r in lines[:-1])
        assert all(type(r[col]) is int for r in lines)
    assert lines[-1][1] == sum(v.total.get("registered") for v in rep.villages) > 0
    assert ws.cell(row=FIRST_LINE, column=13).number_format == "0.0%"
    first = rep.villages[0]
    own = wb[first.unit_name]
    assert own["A1"].value == f"{first.unit_name}人民调解工作统计表"
    assert _lines(own)[-1][1] == first.total.get("registered")


def test_village_sheet_names_are_valid_and_unique(november: StatisticsReport,
                                                  tmp_path: Path) -> None:
    names = ["青石村", "青石村", "东/西村[一]", "长" * 40, "统计表", "𠮷䶮村", "'趋势'"]
    villages = [november.model_copy(update={"unit_name": n, "scope": "village_of_township"})
                for n in names]
    township = november.model_copy(update={"scope": "township", "unit_name": "青龙镇",
                                           "villages": villages, "by_village": []})
    sheets = _write(township, tmp_path).sheetnames
    assert sheets[:5] == [*FIXED_SHEETS, "分村统计"]
    own = sheets[5:]
    assert own == ["青石村", "青石村（2）", "东_西村_一_", "长" * 31, "统计表（2）", "𠮷䶮村",
                   "趋势（2）"]
    assert len({s.casefold() for s in sheets}) == len(sheets)
    assert all(len(s.encode("utf-16-le")) // 2 <= 31 and not set(s) & set('[]:*?/\\')
               for s in sheets)


def test_rare_and_hostile_text_round_trips_as_text(november: StatisticsReport,
                                                   tmp_path: Path) -> None:
    rows = [r.model_copy(update={"label": "=SUM(1,2)\x07"}) if r.key == "neighbour" else r
            for r in november.by_category]
    rep = november.model_copy(update={"unit_name": "𠮷䶮村", "by_category": rows})
    ws = _write(rep, tmp_path)["统计表"]
    assert ws["A1"].value == "𠮷䶮村人民调解工作统计表"
    labels = [r[0] for r in _lines(ws)]
    assert f"　其中：{RARE_SUB}" in labels
    cell = ws.cell(row=FIRST_LINE + labels.index("=SUM(1,2)"), column=1)
    assert cell.data_type == "s"  # a label never becomes a formula


def test_a_failed_write_leaves_the_older_file(november: StatisticsReport, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "stick" / "报表.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"older report")

    def half_then_fail(self: Workbook, f: Any) -> None:
        f.write(b"PK\x03\x04 half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", half_then_fail)
    with pytest.raises(OSError):
        write_statistics_xlsx(november, target)
    assert target.read_bytes() == b"older report"
    assert sorted(p.name for p in target.parent.iterdir()) == ["报表.xlsx"]  # no part file left
    monkeypatch.undo()
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    with pytest.raises(OSError):
        write_statistics_xlsx(november, blocked / "报表.xlsx")


def test_a_custom_period_names_its_days(november: StatisticsReport,
                                        village: AppContext, tmp_path: Path) -> None:
    rep = statistics.report(village, "2025-12-01..2026-01-31")
    ws = _write(rep, tmp_path)["统计表"]
    assert ws["A2"].value == "统计期间：2025年12月1日至2026年1月31日"
    assert _lines(ws)[-1][1:4] == (0, 0, 0)  # every case of the data set is from Oct/Nov 2026
    assert ws.cell(row=FIRST_LINE + len(_lines(ws)) - 1, column=12).value == 0


def test_export_service_writes_the_workbook(village: AppContext, make_case: CaseMaker,
                                            tmp_path: Path) -> None:
    make_case("agreed")
    path = statistics_export.export(village, "2026-Q4", "xlsx", tmp_path / "q4.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == FIXED_SHEETS
    assert wb["统计表"]["A2"].value.startswith("统计期间：2026年第四季度（2026年10月1日至")
    assert statistics_xlsx.label("terminated") == "调解不成\n（终止）"
