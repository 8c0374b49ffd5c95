"""Building blocks of dispute stories: the DisputeStory record and the per-story context that
draws amounts, deadlines and witnesses and keeps agreement clauses and performance items in step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from random import Random

from mediation_desk.domain.money import format_yuan, to_chinese_capital
from mediation_desk.services.demo.names import make_name
from mediation_desk.services.demo.people import REFERENCE_DATE, PersonSpec
from mediation_desk.services.demo.places import VillageSpec, group_short
from mediation_desk.services.demo.rand import between, pick

PerformanceItem = tuple[str, int, int, int]  # (description, amount_fen, days_after, obligor_index)

APPLICANT = 0  # obligor_index of the applicant (申请人, the first party)
RESPONDENT = 1  # obligor_index of the respondent (被申请人, the second party)


@dataclass(frozen=True, slots=True)
class DisputeStory:
    category: str  # one of the 15 identifiers of domain.md §9.1
    sub_category: str  # 赡养, 宅基地边界 … or ""
    title: str  # 张三与李四宅基地边界纠纷
    facts: str  # 纠纷简要情况 (application / register form)
    requests: tuple[str, ...]  # 申请事项, 1–3
    investigation_note: str  # 调查记录 content
    session_note: str  # 调解记录 content (statements, explanation of law, proposals)
    agreement_facts: str  # 纠纷主要事实、争议事项
    agreement_terms: tuple[str, ...]  # 2–5 clauses, each numbered "1、…"
    performance_manner: str  # 履行方式、时限
    performance_items: tuple[PerformanceItem, ...]
    amount_fen: int  # sum of the performance items' amounts; 0 when no money changes hands
    failure_note: str  # why mediation failed and the routes explained (terminated cases)
    is_major_hint: bool  # 重大疑难纠纷 candidate (ownership of land/forest, groups, ≥10万元 …)
    followup_note: str  # 回访情况


_RELATIVE_WHEN: tuple[str, ...] = (
    "去年秋收后", "上个月", "今年开春", "去年冬天", "前年", "春节前后", "两个月前", "去年8月",
    "今年清明前后", "去年5月", "三个多月前", "去年年底", "今年夏收时", "去年10月",
)
_CLOSING_CLAUSES: tuple[str, ...] = (
    "本协议履行完毕后，双方就本纠纷再无其他争议，任何一方不得再以此事为由向对方主张权利。",
    "双方今后应互谅互让、和睦相处，不得因本纠纷再生事端。",
    "本协议经双方签名（按指印）并加盖人民调解委员会印章后生效，双方应自觉履行。",
    "任何一方不履行本协议的，另一方可以向人民法院提起诉讼；双方也可自本协议生效之日起三十日内共同向人民法院申请司法确认。",
)
_PAY_METHODS: tuple[str, ...] = ("现金", "银行转账", "微信转账", "现金或银行转账")
_FAILURE_ROUTES: tuple[str, ...] = (
    "调解员已告知双方可依法向人民法院提起诉讼。",
    "调解员告知当事人可以向人民法院起诉，并提示注意诉讼时效。",
    "调解员已告知双方可通过诉讼途径解决，并提醒双方克制，不得采取过激行为。",
)
_FOLLOWUPS: tuple[str, ...] = (
    "经回访，{o}已按协议约定履行完毕，{a}对调解结果表示满意，双方未再发生争执，无矛盾激化风险。",
    "调解员入户回访，{a}、{b}均表示协议已履行，两家关系有所缓和，未发现新的矛盾隐患。",
    "电话回访{a}，其称{o}已按期履行，对调委会的工作满意，无其他诉求。",
    "回访时协议内容已全部履行，双方对调解结果满意，未起诉，无反复迹象。",
    "经回访，{o}履行略有拖延，经调解员督促后已履行完毕，双方表示满意，暂无风险。",
)


@lru_cache(maxsize=4096)
def _capital(fen: int) -> str:
    # Agreement amounts are round figures, so a small cache saves most conversions.
    return f"{to_chinese_capital(fen)}（¥{format_yuan(fen)}）"


class StoryContext:
    """Everything a template needs: the rng, the parties' names, the village and helpers.

    With ``agreed_on`` the deadlines in clauses are absolute dates ("于2026年12月6日前");
    without it they are relative ("于本协议签订之日起15日内")."""

    __slots__ = ("rng", "applicant", "respondent", "village", "agreed_on", "today", "a", "b",
                 "clauses", "items")

    def __init__(self, rng: Random, applicant: PersonSpec, respondent: PersonSpec,
                 village: VillageSpec, agreed_on: date | None) -> None:
        self.rng = rng
        self.applicant = applicant
        self.respondent = respondent
        self.village = village
        self.agreed_on = agreed_on
        self.today = agreed_on or REFERENCE_DATE
        self.a = applicant.name
        self.b = respondent.name
        self.clauses: list[str] = []
        self.items: list[PerformanceItem] = []

    # -- small draws -------------------------------------------------------------------------
    def when(self) -> str:
        """A relative time phrase for the facts ("去年秋收后", "今年3月" when a date is known)."""
        if self.agreed_on is not None and self.agreed_on.month > 2 and self.rng.random() < 0.4:
            return f"今年{between(self.rng, 1, self.agreed_on.month - 1)}月"
        return pick(self.rng, _RELATIVE_WHEN)

    def money(self, low_yuan: int, high_yuan: int, step_yuan: int = 100) -> int:
        """A round amount in fen between the bounds (inclusive)."""
        return between(self.rng, low_yuan // step_yuan, high_yuan // step_yuan) * step_yuan * 100

    def witness(self) -> str:
        """A neighbour or village cadre the investigator talked to."""
        gender = "male" if self.rng.random() < 0.6 else "female"
        return make_name(self.rng, gender, between(self.rng, 1950, 1994))

    def place(self) -> str:
        return group_short(pick(self.rng, self.village.villager_groups))

    def pronoun(self, who: int) -> str:
        person = self.applicant if who == APPLICANT else self.respondent
        return "他" if person.gender == "male" else "她"

    def age(self, who: int) -> int:
        person = self.applicant if who == APPLICANT else self.respondent
        return person.age_on(self.today)

    # -- wording -----------------------------------------------------------------------------
    @staticmethod
    def yuan(fen: int) -> str:
        """12000 元 style (no decimals for whole yuan)."""
        return f"{fen // 100:,}" if fen % 100 == 0 else format_yuan(fen)

    @staticmethod
    def capital(fen: int) -> str:
        """人民币伍仟元整（¥5,000.00）."""
        return _capital(fen)

    def deadline(self, days: int) -> str:
        if self.agreed_on is None:
            return f"于本协议签订之日起{days}日内"
        due = self.agreed_on + timedelta(days=days)
        return f"于{due.year}年{due.month}月{due.day}日前"

    def party(self, who: int) -> str:
        return self.a if who == APPLICANT else self.b

    # -- agreement building ------------------------------------------------------------------
    def pay(self, obligor: int, what: str, fen: int, days: int) -> None:
        """A one-off payment: adds the clause and the matching performance item."""
        payer, payee = self.party(obligor), self.party(1 - obligor)
        self.clauses.append(
            f"{payer}{self.deadline(days)}一次性支付{payee}{what}{self.capital(fen)}。"
        )
        self.items.append((f"支付{what}", fen, days, obligor))

    def pay_in_two(self, obligor: int, what: str, fen: int, days: tuple[int, int]) -> None:
        """Payment in two instalments (first one rounded to 100 yuan)."""
        first = fen // 20000 * 10000 or fen
        second = fen - first
        payer, payee = self.party(obligor), self.party(1 - obligor)
        if not second:
            self.pay(obligor, what, fen, days[1])
            return
        self.clauses.append(
            f"{payer}应支付{payee}{what}共计{self.capital(fen)}，分两期支付：第一期"
            f"{self.deadline(days[0])}支付{self.capital(first)}；第二期{self.deadline(days[1])}"
            f"支付{self.capital(second)}。"
        )
        self.items.append((f"支付{what}（第一期）", first, days[0], obligor))
        self.items.append((f"支付{what}（第二期）", second, days[1], obligor))

    def monthly(self, obligor: int, what: str, fen: int, *, day: int = 10, until: str = "") -> None:
        """A recurring monthly payment; the performance item covers the first twelve months."""
        payer, payee = self.party(obligor), self.party(1 - obligor)
        self.clauses.append(
            f"{payer}自本协议签订之次月起，每月{day}日前向{payee}给付{what}{self.yuan(fen)}元{until}，"
            f"首年合计{self.capital(12 * fen)}。"
        )
        self.items.append((f"给付{what}（首年，按月给付）", 12 * fen, 365, obligor))

    def task(self, obligor: int, action: str, days: int) -> None:
        """A non-monetary obligation with a time limit (拆除、修建、搬离 …)."""
        self.clauses.append(f"{self.party(obligor)}{self.deadline(days)}{action}。")
        self.items.append((action, 0, days, obligor))

    def clause(self, text: str) -> None:
        """A clause without a performance item (undertakings, apologies, arrangements)."""
        self.clauses.append(text)

    def story(
        self,
        *,
        category: str,
        sub: str,
        title: str,
        facts: str,
        requests: tuple[str, ...],
        investigation: str,
        session: str,
        agreement_facts: str,
        failure: str,
        major: bool = False,
        routes: bool = True,
        manner: str = "",
        followup: str = "",
    ) -> DisputeStory:
        rng = self.rng
        clauses = list(self.clauses)
        if len(clauses) < 5 and (len(clauses) < 2 or rng.random() < 0.7):
            clauses.append(rng.choice(_CLOSING_CLAUSES))
        if len(clauses) < 2:
            clauses.append(_CLOSING_CLAUSES[1])
        items = tuple(self.items)
        obligor = self.party(items[0][3]) if items else self.b
        if not followup:
            followup = rng.choice(_FOLLOWUPS).format(a=self.a, b=self.b, o=obligor)
        return DisputeStory(
            category=category,
            sub_category=sub,
            title=title,
            facts=facts,
            requests=requests,
            investigation_note=investigation,
            session_note=session,
            agreement_facts=agreement_facts,
            agreement_terms=tuple(f"{i}、{c}" for i, c in enumerate(clauses, start=1)),
            performance_manner=manner or self._manner(items),
            performance_items=items,
            amount_fen=sum(item[1] for item in items),
            # ``routes=False`` when the failure text already names the route (arbitration …).
            failure_note=failure + rng.choice(_FAILURE_ROUTES) if routes else failure,
            is_major_hint=major,
            followup_note=followup,
        )

    def _manner(self, items: tuple[PerformanceItem, ...]) -> str:
        if not items:
            return "双方自本协议签订之日起按约定自觉履行，由本调委会跟踪回访。"
        parts = []
        method = self.rng.choice(_PAY_METHODS)
        for desc, fen, days, who in items:
            if fen:
                parts.append(f"{self.party(who)}{self.deadline(days)}以{method}方式{desc}{self.yuan(fen)}元")
            else:
                parts.append(f"{self.party(who)}{self.deadline(days)}{desc}")
        tail = "款项交付时由收款方出具收条，调委会留存履行凭证。" if any(i[1] for i in items) else (
            "完成后由调委会派员现场查验。"
        )
        return "；".join(parts) + "。" + tail


Template = tuple[Callable[[StoryContext], DisputeStory], Callable[[PersonSpec, PersonSpec], bool] | None, float]
"""(builder, fits(applicant, respondent) or None for "always", weight within its category)."""


def same_surname(x: PersonSpec, y: PersonSpec) -> bool:
    return x.surname == y.surname


def years_older(x: PersonSpec, y: PersonSpec) -> int:
    """How many birth years ``x`` is older than ``y`` (negative when younger)."""
    return y.birth_date.year - x.birth_date.year


def parent_child(x: PersonSpec, y: PersonSpec) -> bool:
    """``x`` can be ``y``'s father (or mother): same surname, a generation older."""
    return same_surname(x, y) and 18 <= years_older(x, y) <= 45


def siblings(x: PersonSpec, y: PersonSpec) -> bool:
    return same_surname(x, y) and abs(years_older(x, y)) <= 15


def couple(x: PersonSpec, y: PersonSpec) -> bool:
    # Same-surname pairs are far more likely siblings than spouses.
    return x.gender != y.gender and abs(years_older(x, y)) <= 12 and not same_surname(x, y)


def sibling_word(x: PersonSpec, y: PersonSpec) -> str:
    """兄弟 / 姐妹 / 兄妹 / 姐弟 for two siblings."""
    if x.gender == y.gender:
        return "兄弟" if x.gender == "male" else "姐妹"
    elder = x if x.birth_date <= y.birth_date else y
    return "兄妹" if elder.gender == "male" else "姐弟"


def in_laws(x: PersonSpec, y: PersonSpec) -> bool:
    """``x`` a mother-in-law, ``y`` her daughter-in-law."""
    return x.gender == y.gender == "female" and 18 <= years_older(x, y) <= 40
