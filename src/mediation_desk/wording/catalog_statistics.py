"""Sentences for the statistics reports: a period that cannot be read, a figure that does not
exist, a file that could not be written. (Chinese, English) per code."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "statistics.bad_period": (
        "“{value}”看不懂；请写成 2026-11（月）、2026-Q4（季度）、2026（年）"
        "或 2025-12-01..2026-01-31（起止日期）",
        "cannot read the period “{value}”; write 2026-11 (month), 2026-Q4 (quarter), 2026 "
        "(year) or 2025-12-01..2026-01-31 (from..to)"),
    "statistics.period_kind": ("“{value}”不是所选的报表期间（{kind}）",
                               "“{value}” is not a period of the chosen kind ({kind})"),
    "statistics.period_reversed": ("结束日期 {end} 早于开始日期 {start}",
                                   "the end date {end} is before the start date {start}"),
    "statistics.period_too_long": ("统计期间太长（最多 {days} 天）",
                                   "the period is too long (at most {days} days)"),
    "statistics.future_period": ("{value} 还没有到，不能报送", "{value} has not begun yet"),
    "statistics.village_only": ("月报由村调委会报送；乡镇在这里查看各村报来的月报",
                                "monthly reports are sent by village committees; the township "
                                "sees the villages' reports here"),
    "statistics.unknown_measure": ("没有名为“{value}”的统计项", "there is no figure “{value}”"),
    "statistics.bad_format": ("不支持导出为“{value}”格式，可选：{allowed}",
                              "cannot export as “{value}”; choose one of {allowed}"),
    "statistics.export_failed": (
        "统计报表没有写成（{reason}）；原来的文件未改动。请检查U盘或磁盘空间后再试",
        "the report was not written ({reason}); any older file is unchanged. Check the stick "
        "or the free space and try again"),
}

FIELDS: dict[str, tuple[str, str]] = {
    "period": ("统计期间", "period"),
    "measure": ("统计项", "figure"),
    "format": ("导出格式", "export format"),
    "out": ("输出文件", "output file"),
    "outcome": ("防止激化的情形", "what was prevented"),
    "persons": ("涉及人数", "persons involved"),
}

INDEXED: dict[str, tuple[str, str]] = {}
