"""USB sync in words, for the command line and the windows alike: the import summary
("导入 37 件：新增 5，更新 30，未变 2，待审 0"), gaps, case sync states and export levels."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from mediation_desk.wording.messages import describe


def _i(lang: str | None) -> int:
    return 1 if isinstance(lang, str) and lang.lower().startswith("en") else 0


STATES: dict[str, tuple[str, str]] = {
    "not_exported": ("未导出", "not exported"),
    "exported": ("已导出待确认", "exported, awaiting receipt"),
    "received": ("乡镇已接收", "received by the township"),
    "returned": ("乡镇退回", "returned by the township"),
}
LEVELS: dict[str, tuple[str, str]] = {
    "statistics": ("仅统计数字", "statistics only"),
    "standard": ("标准（身份证号遮盖）", "standard (ID numbers masked)"),
    "full": ("完整（含身份证号）", "full (with ID numbers)"),
}
NOTE_KINDS: dict[str, tuple[str, str]] = {"note": ("督办意见", "supervision note"),
                                          "return": ("退回", "returned")}


def state_label(state: str, lang: str = "zh") -> str:
    pair = STATES.get(str(state))
    return pair[_i(lang)] if pair else str(state)


def level_label(level: str, lang: str = "zh") -> str:
    pair = LEVELS.get(level)
    return pair[_i(lang)] if pair else level


def note_kind_label(kind: str, lang: str = "zh") -> str:
    pair = NOTE_KINDS.get(kind)
    return pair[_i(lang)] if pair else kind


def ranges_text(ranges: Iterable[Any], lang: str = "zh") -> str:
    parts = [f"{a}" if a == b else f"{a}–{b}" for a, b in ranges]
    return ("、" if _i(lang) == 0 else ", ").join(parts)


def cases_summary(cases: dict[str, int], lang: str = "zh") -> str:
    c = {k: int(cases.get(k, 0)) for k in ("cases", "new", "updated", "unchanged", "pending")}
    if _i(lang):
        return (f"imported {c['cases']} cases: {c['new']} new, {c['updated']} updated, "
                f"{c['unchanged']} unchanged, {c['pending']} to review")
    return (f"导入 {c['cases']} 件：新增 {c['new']}，更新 {c['updated']}，"
            f"未变 {c['unchanged']}，待审 {c['pending']}")


def import_lines(view: Any, lang: str = "zh") -> list[str]:
    """What one file's import came to, one sentence per line (an ImportView)."""
    en = _i(lang) == 1
    who = f"{view.station_name}（{view.station_code}）" if view.station_name else ""
    head = f"{view.file}  {who}".rstrip()
    if view.status in ("refused", "unconfirmed"):
        reason = describe(view.error or {}, lang)
        return [head, *(("  refused: " if en else "  未导入：") + r for r in reason)]
    lines = [head]
    if view.status == "already":
        lines.append("  already imported earlier; nothing changed" if en else
                     "  这个数据包以前已经导入过，这次没有任何改动")
    else:
        lines.append("  " + cases_summary(view.cases, lang))
        rows = view.rows or {}
        if rows.get("conflicts"):
            lines.append(f"  {rows['conflicts']} record(s) differ from ours: see the review list"
                         if en else f"  {rows['conflicts']} 条记录与本机不一致，已放入待审列表，未覆盖")
        if rows.get("parked"):
            lines.append(f"  {rows['parked']} record(s) wait for an earlier bundle" if en else
                         f"  {rows['parked']} 条记录在等前面的数据包，补齐后自动导入")
    if view.gaps:
        missing = ranges_text(view.gaps, lang)
        lines.append(f"  changes {missing} are missing: bring the earlier bundle or ask for a "
                     f"full bundle" if en else
                     f"  缺少改动 {missing}：请带来之前的数据包，或让村里导出完整数据包")
    if view.digest == "mismatch":
        lines.append("  the village's records and ours differ: ask for a full bundle" if en else
                     "  本机与村里的记录总数核对不上：请让村里导出一次完整数据包")
    if view.earlier_incarnation:
        lines.append("  written before the village restored its data; only newer records used"
                     if en else "  这是村里恢复备份之前导出的数据包，只采用其中较新的记录")
    if view.new_incarnation:
        lines.append("  the village restored its data from a backup; nothing was lost here" if en
                     else "  村里已从备份恢复数据；乡镇这边的记录没有丢失")
    if view.first_contact and view.status == "imported":
        lines.append(f"  new village enrolled, fingerprint {view.fingerprint}" if en else
                     f"  首次登记该村，指纹 {view.fingerprint}")
    if view.receipt_path:
        lines.append(f"  receipt: {view.receipt_path}" if en else f"  回执：{view.receipt_path}")
    if view.receipt_error:
        lines.append(f"  receipt could not be written: {view.receipt_error}" if en else
                     f"  回执没能写出：{view.receipt_error}")
    return lines


def receipt_lines(view: Any, lang: str = "zh") -> list[str]:
    en = _i(lang) == 1
    if view.status == "refused":
        return [view.file, *(("  refused: " if en else "  未导入：") + r
                             for r in describe(view.error or {}, lang))]
    if view.status == "already":
        return [view.file, "  already imported earlier" if en else "  这份回执以前已经导入过"]
    acked = ranges_text(view.acknowledged, lang) or ("none" if en else "无")
    out = [view.file,
           (f"  {view.township_name} acknowledged changes {acked}; "
            f"{view.notes} note(s), {view.returns} return(s)") if en else
           (f"  {view.township_name}已确认接收改动 {acked}；"
            f"督办意见 {view.notes} 条，退回 {view.returns} 件")]
    if view.problems:
        out.append(f"  {view.problems} record(s) need a look at the township" if en else
                   f"  乡镇有 {view.problems} 条记录需要核对")
    return out
