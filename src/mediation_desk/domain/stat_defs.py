"""The names of the figures and the definitions of the rates, as printed next to them.

Chinese is the statutory text of the reports (domain.md §9.3 and its sources); the English
gloss is for the English interface. A rate is a numerator measure over a denominator measure
of ``stat_rules.MEASURES``, so its drill-down is the numerator's list of cases."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MeasureDef:
    key: str
    label_zh: str
    label_en: str


@dataclass(frozen=True, slots=True)
class RateDef:
    key: str
    label_zh: str
    label_en: str
    numerator: str
    denominator: str
    definition_zh: str
    definition_en: str


MEASURE_DEFS: tuple[MeasureDef, ...] = (
    MeasureDef("registered", "登记纠纷", "Registered"),
    MeasureDef("accepted", "受理", "Accepted"),
    MeasureDef("success", "调解成功", "Settled"),
    MeasureDef("written", "书面协议", "Written agreement"),
    MeasureDef("oral", "口头协议", "Oral agreement"),
    MeasureDef("terminated", "调解不成（终止）", "Terminated"),
    MeasureDef("declined", "不予受理", "Declined"),
    MeasureDef("transferred", "移交上报", "Transferred"),
    MeasureDef("in_progress", "在调", "In mediation"),
    MeasureDef("awaiting", "待受理", "Awaiting decision"),
    MeasureDef("disposed", "已处置", "Disposed of"),
    MeasureDef("with_amount", "涉及金额的协议", "Agreements with an amount"),
    MeasureDef("followed_up", "已回访", "Followed up"),
    MeasureDef("performed", "履行完毕", "Performed"),
    MeasureDef("concluded", "已调结", "Concluded"),
    MeasureDef("within_month", "一个月内调结", "Concluded within a month"),
    MeasureDef("major", "重大疑难纠纷", "Major disputes"),
    MeasureDef("major_timely", "二日内书面上报", "Reported within 2 days"),
    MeasureDef("confirmation_applied", "申请司法确认", "Judicial confirmation applied"),
    MeasureDef("confirmation_confirmed", "司法确认有效", "Judicially confirmed"),
    MeasureDef("prevented", "防止激化", "Escalation prevented"),
)

RATE_DEFS: tuple[RateDef, ...] = (
    RateDef("success_rate", "调解成功率", "Success rate", "success", "accepted",
            "调解成功件数（书面协议＋口头协议）÷ 受理件数",
            "settled cases (written + oral agreement) ÷ accepted cases"),
    RateDef("handling_rate", "处置率", "Handling rate", "disposed", "registered",
            "已处置件数（调解成功、调解不成、不予受理、移交上报）÷ 登记纠纷件数",
            "cases disposed of (settled, terminated, declined, transferred) ÷ registered cases"),
    RateDef("follow_up_rate", "回访率", "Follow-up rate", "followed_up", "success",
            "至少回访一次的调解成功件数 ÷ 调解成功件数",
            "settled cases visited at least once ÷ settled cases"),
    RateDef("performance_rate", "协议履行率", "Performance rate", "performed", "success",
            "协议已履行完毕的件数 ÷ 调解成功件数",
            "settled cases whose agreement is fully performed ÷ settled cases"),
    RateDef("within_month_rate", "一个月内调结率", "Concluded within a month", "within_month",
            "concluded",
            "自受理起一个月内达成协议或终止调解的件数 ÷ 已调结件数（《人民调解工作若干规定》第三十三条）",
            "cases settled or terminated within one month of acceptance ÷ concluded cases "
            "(2002 Rules Art. 33)"),
    RateDef("major_timely_rate", "重大纠纷二日内上报率", "Major disputes reported in 2 days",
            "major_timely", "major",
            "认定后二日内书面上报的重大疑难纠纷件数 ÷ 重大疑难纠纷件数",
            "major disputes reported in writing within 2 days of being found major ÷ "
            "major disputes"),
)

COUNTING_RULE_ZH = ("每件纠纷按登记日期计入所属期间，只计一次，结果以制表当日的办理状态为准；"
                    "作废的案件不计。重新调解的案件只按最新结果计。")
COUNTING_RULE_EN = ("Each case counts once, in the period it was registered, with its outcome "
                    "on the day the report is made; voided cases are left out. A re-mediated "
                    "case counts with its latest outcome only.")

# 调解结果 for the source buckets of domain.md §9.2, in the order of the MoJ table.
SOURCE_BUCKETS: tuple[MeasureDef, ...] = (
    MeasureDef("self", "主动调解", "On the committee's initiative"),
    MeasureDef("applied", "申请调解", "On application"),
    MeasureDef("referred", "接受委托移送调解", "Entrusted or referred"),
)


def measure_label(key: str, lang: str = "zh") -> str:
    for d in MEASURE_DEFS:
        if d.key == key:
            return d.label_zh if lang == "zh" else d.label_en
    return key


def rate_def(key: str) -> RateDef | None:
    return next((r for r in RATE_DEFS if r.key == key), None)
