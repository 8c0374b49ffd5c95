"""人民调解委员会调解员名册: the committee's printable roster, one line per mediator.

No ID numbers or phones: the roster is posted and handed to the township, so it carries only
what the committee's public list shows (name, gender, age, post, term, certificate …)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from mediation_desk.documents.kit import cn_date
from mediation_desk.documents.registers.landscape import Register

TITLE = "人民调解委员会调解员名册"

ROLES = {"chair": "主任", "vice_chair": "副主任", "member": "委员", "hired": "聘任调解员"}
METHODS = {"elected": "推选", "appointed": "聘任"}
EMPLOYMENT = {"full_time": "专职", "part_time": "兼职"}
GENDERS = {"male": "男", "female": "女"}
STATUSES = {"active": "在任", "term_ended": "任期届满", "resigned": "辞职", "recalled": "罢免",
            "dismissed": "解聘", "replaced": "已更换", "deceased": "去世"}
HEADERS = ("序号", "姓名", "性别", "年龄", "职务", "专/兼职", "产生方式", "任期", "聘书编号",
           "专长", "培训（次/学时）", "状态")
WIDTHS = (4, 7, 4, 4, 12, 5, 6, 15, 10, 13, 8, 6)
CENTRED = (0, 2, 3, 5, 6, 10, 11)


@dataclass(frozen=True)
class RosterLine:
    name: str
    gender: str
    age: int | None
    role: str
    is_chief: bool
    employment: str
    appointment_method: str
    term_start: date | None  # the current term's: appointment, or the last re-election
    term_end: date | None
    certificate_no: str
    specialties: tuple[str, ...]  # labels, not codes
    trainings: int
    training_hours: float
    status: str


@dataclass(frozen=True)
class RosterData:
    committee_name: str
    on: date
    lines: tuple[RosterLine, ...]
    member_count: int
    hired_count: int


def post_text(role: str, is_chief: bool) -> str:
    text = ROLES.get(role, role)
    return f"{text}（首席调解员）" if is_chief else text


def term_text(start: date | None, end: date | None) -> str:
    """``2024.03.01—2027.02.28``; a hired mediator without an end shows only the start."""
    def dotted(d: date | None) -> str:
        return f"{d.year}.{d.month:02d}.{d.day:02d}" if d else ""
    if not start and not end:
        return ""
    return f"{dotted(start)}—{dotted(end)}" if end else f"{dotted(start)}起"


def hours_text(hours: float) -> str:
    return f"{hours:g}"


def line_cells(n: int, line: RosterLine) -> list[str]:
    return [str(n), line.name, GENDERS.get(line.gender, ""),
            "" if line.age is None else str(line.age), post_text(line.role, line.is_chief),
            EMPLOYMENT.get(line.employment, line.employment),
            METHODS.get(line.appointment_method, line.appointment_method),
            term_text(line.term_start, line.term_end), line.certificate_no,
            "、".join(line.specialties),
            f"{line.trainings}次/{hours_text(line.training_hours)}学时" if line.trainings
            else "—", STATUSES.get(line.status, line.status)]


def title_of(committee_name: str) -> str:
    """``青石村人民调解委员会调解员名册``; the generic title without a committee name."""
    if committee_name.endswith("人民调解委员会"):
        return f"{committee_name}调解员名册"
    return TITLE


def build(d: RosterData) -> Register:
    rows: Sequence[list[str]] = [line_cells(n, line)
                                 for n, line in enumerate(d.lines, start=1)]
    return Register(
        title=title_of(d.committee_name),
        lines=(f"填报单位（盖章）：{d.committee_name}", f"填报日期：{cn_date(d.on)}"),
        headers=HEADERS, rows=rows, widths=WIDTHS, centred=CENTRED,
        notes=(f"委员 {d.member_count} 人（主任、副主任、委员），聘任调解员 {d.hired_count} 人。"
               "依据《中华人民共和国人民调解法》第八条、第十三条、第十四条。",))
