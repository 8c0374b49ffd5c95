"""人民调解记录 — the record of one mediation sitting (人民调解法 第二十七条; domain.md §4.6).
Signed by the mediators, the persons invited to help, the parties after reading it (or having
it read to them) and the recorder, and sealed by the committee."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable

from mediation_desk.documents.forms.common import fields_line
from mediation_desk.documents.kit import Kit, cn_date
from mediation_desk.documents.pdf import Paper

TITLE = "人民调解记录"
CONFIRMATION = "以上记录已阅（已向我宣读），与实际情况相符。"
RESULTS = (("agreement", "达成协议"), ("continue", "需继续调解"), ("failed", "调解不成"))


@dataclass(frozen=True)
class SessionData:
    number: str = ""
    held_on: date | None = None
    started_at: str = ""
    """Local clock time the sitting began (``14时30分``), if recorded."""
    place: str = ""
    matter: str = ""
    participants: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    mediators: tuple[str, ...] = ()
    recorder: str = ""
    content: str = ""
    result: str = ""


Data = SessionData


def _header(kit: Kit, d: SessionData) -> list[Flowable]:
    when = cn_date(d.held_on) + d.started_at if d.held_on else ""
    return [
        fields_line(kit, ("时间：", when), ("地点：", d.place)),
        fields_line(kit, ("事由：", d.matter)),
        fields_line(kit, ("参加人：", "、".join(d.participants))),
        fields_line(kit, ("当事人：", "、".join(d.parties))),
        fields_line(kit, ("人民调解员：", "、".join(d.mediators)), ("记录人：", d.recorder)),
    ]


def build(kit: Kit, d: SessionData) -> Paper:
    blank = not d.number and not d.content
    story: list[Flowable] = [kit.title(TITLE), kit.number_line("编号：", d.number)]
    story += _header(kit, d)
    story += [kit.gap(2), kit.label("调解情况：")]
    story += kit.paras(d.content, blank_lines=9)
    signing = kit.signatures(
        kit.labelled("人民调解员（签名）：", list(d.mediators), 1)
        + kit.labelled("参加人（签名）：", list(d.participants), 1 if blank else 0),
        kit.labelled("当事人（签名或按指印）：", list(d.parties), 2)
        + [("记录人（签名）：", d.recorder)])
    story.append(kit.keep([
        kit.gap(2), kit.line(kit.m("调解结果：") + kit.choice(RESULTS, d.result)),
        kit.gap(2), kit.para(CONFIRMATION, indent=False), kit.gap(2), signing,
        *kit.seal_and_date(d.held_on, write_in=True),
    ]))
    return Paper(code="session", title=TITLE, story=story, number=d.number)
