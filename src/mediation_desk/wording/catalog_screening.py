"""Sentences for the codes of screening rounds (排查): (Chinese, English) per code.

The first codes (zero report with findings, no findings) stay in wording/catalog.py."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "screening.period_mismatch": (
        "排查期间要与排查频次一致，这一期是 {start} 至 {end}；确需登记其他期间，请注明是专项排查",
        "the period must be one period of the screening frequency ({start} to {end}); "
        "mark it as a custom period if it is meant"),
    "screening.period_in_future": ("排查期间 {date} 还没有到，不能提前登记",
                                   "the period starting {date} has not begun yet"),
    "screening.period_taken": (
        "这一期已经登记过排查（{period}，{held_on} 排查），不能重复登记；如需补充，请在原记录中说明",
        "a round is already recorded for this period ({period}, held {held_on})"),
    "screening.finding_has_case": ("这条排查发现已经转为案件 {case_no}",
                                   "this finding is already case {case_no}"),
    "screening.finding_not_major": ("只有重大纠纷需要书面报告；请先标记为重大纠纷",
                                    "only a major finding needs a written report; mark it major first"),
    "screening.report_on_case": ("这条发现已转为案件 {case_no}，请在案件中登记重大纠纷报告",
                                 "this finding is case {case_no}: record the report on the case"),
    "screening.major_on_case": ("这条发现已转为案件 {case_no}，请在案件中标记重大纠纷",
                                "this finding is case {case_no}: flag the case as major"),
    "screening.already_reported": ("这条重大纠纷已于 {date} 书面报告，不能取消重大标记",
                                   "this major finding was reported on {date}; it stays major"),
}

FIELDS: dict[str, tuple[str, str]] = {
    "performed_by": ("排查人员", "performed by"),
    "scope": ("排查范围", "scope"),
    "finding": ("排查发现", "finding"),
    "frequency": ("排查频次", "screening frequency"),
    "risk_level": ("风险等级", "risk level"),
    "parties_text": ("涉及人员", "people involved"),
    "custom_period": ("专项排查", "custom period"),
}

INDEXED: dict[str, tuple[str, str]] = {
    "findings": ("第{n}条排查发现", "finding {n}"),
}
