"""Sentences for the codes of the mediator roster: (Chinese, English) per code.

Committee checks are warnings (roster.*): the roster records the real committee and says
what the law asks for (人民调解法 第八、九、十四、十五条)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # committee checks (warnings)
    "roster.too_few_members": (
        "调委会现有委员 {count} 人，少于法定的 {min} 人（人民调解法第八条：委员三至九人；"
        "聘任的调解员不算委员）",
        "the committee has {count} members, fewer than the {min} the law requires "
        "(Mediation Law Art. 8; hired mediators do not count)"),
    "roster.too_many_members": (
        "调委会现有委员 {count} 人，多于法定的 {max} 人（人民调解法第八条：委员三至九人）",
        "the committee has {count} members, more than the {max} the law allows (Art. 8)"),
    "roster.no_woman": (
        "调委会委员中没有妇女成员（人民调解法第八条：应当有妇女成员）",
        "no woman among the committee members (Mediation Law Art. 8 requires one)"),
    "roster.no_chair": (
        "调委会没有在任的主任，请推选主任（人民调解法第八条）",
        "the committee has no serving chair (Art. 8)"),
    "roster.several_chairs": (
        "调委会登记了 {count} 位主任（{names}），主任只能有一位",
        "{count} chairs are recorded ({names}); a committee has one chair"),
    "roster.minor": (
        "调解员{name}现年 {age} 岁，未成年（人民调解法第十四条：调解员应为成年公民）",
        "mediator {name} is {age}, not an adult (Mediation Law Art. 14)"),
    "roster.term_expired": (
        "调解员{name}的任期已于 {term_end} 届满，仍登记为在任：请组织换届或续聘，"
        "或登记任期届满",
        "{name}'s term ended on {term_end} but they are still recorded as serving: "
        "re-elect, re-appoint or record the end of term"),
    "roster.term_ending": (
        "调解员{name}的任期将于 {term_end} 届满（还有 {days} 天），请准备换届或续聘",
        "{name}'s term ends on {term_end} ({days} days left); prepare the re-election"),
    # refusals
    "mediator.already_former": (
        "这位调解员已经离任，不能再变更状态；如重新推选或聘任，请用「连任/续聘」，"
        "或重新添加为调解员",
        "this mediator no longer serves; use renewal, or add them again as a new mediator"),
    "mediator.reactivate_by_renewal": (
        "恢复在任要经过重新推选或聘任：请用「连任/续聘」",
        "a mediator serves again only by re-election or re-appointment: use renewal"),
    "mediator.removal_needs_ground": (
        "罢免或解聘调解员，必须选择人民调解法第十五条规定的情形（或严重失职、违法乱纪）",
        "a recall or dismissal needs one of the grounds of Mediation Law Art. 15 "
        "(or serious dereliction)"),
    "mediator.status_reason": (
        "请选择状态变更的原因（辞职、不能履职、迁出本村、任期届满、去世或其他）",
        "choose why the status changes (resigned, unable to serve, moved away, term ended, "
        "deceased or other)"),
    "mediator.cannot_renew": (
        "只有在任或任期届满的调解员可以连任/续聘；已辞职、被罢免、解聘或去世的，"
        "请重新添加为调解员",
        "only a serving mediator or one whose term ended can be re-elected or re-appointed; "
        "add others again as a new mediator"),
    "mediator.term_before_appointment": (
        "任期届满日期必须晚于任职日期（{appointed_on}）",
        "the end of term must be after the appointment date ({appointed_on})"),
    "mediator.before_appointment": (
        "日期 {date} 早于任职日期 {appointed_on}",
        "{date} is before the appointment date {appointed_on}"),
    "mediator.before_last_change": (
        "日期 {date} 早于上一次状态变更的日期 {last}",
        "{date} is before the last status change on {last}"),
    "roster.export_failed": (
        "名册文件没有写成：{reason}。请换一个保存位置再试",
        "the roster file could not be written: {reason}. Try another place"),
}

FIELDS: dict[str, tuple[str, str]] = {
    "to_status": ("新的状态", "new status"),
    "organiser": ("培训组织单位", "organiser"),
    "topic": ("培训内容", "topic"),
    "hours": ("学时", "hours"),
    "exam_passed": ("考试结果", "exam result"),
    "honours": ("荣誉称号", "honours"),
}

INDEXED: dict[str, tuple[str, str]] = {
    "honours": ("第{n}个荣誉称号", "honour {n}"),
}
