"""The list of persons in an exported bundle, as a file for an incident report when a
stick is lost (个人信息保护法 第五十七条): which bundle, when, by whom, to whom, then one line
per person with masked ID number and phone and the cases they appear in. CSV (UTF-8 with a
BOM, for Excel) or .xlsx; written atomically."""

from __future__ import annotations

from pathlib import Path

from mediation_desk.documents import audit_files
from mediation_desk.domain.privacy_views import BundlePeopleView

HEADERS = ("序号", "姓名", "身份证号（遮盖）", "联系电话（遮盖）", "所涉案件")
LEVELS = {"standard": "标准（身份证号遮盖）", "full": "完整（含身份证号）",
          "statistics": "仅统计数字"}


def title_of(view: BundlePeopleView) -> str:
    return f"数据包 {view.file_name} 所含人员清单"


def caption_of(view: BundlePeopleView) -> str:
    when = view.created_at.astimezone(audit_files.BEIJING).strftime("%Y-%m-%d %H:%M")
    text = (f"导出时间 {when}，导出人 {view.actor}，发往 {view.to_name or view.to_code}，"
            f"级别 {LEVELS.get(view.export_level, view.export_level)}，"
            f"案件 {view.case_count} 件，人员 {view.person_count} 人")
    if not view.recorded:
        text += f"。此包导出于升级之前，只记录了人数（{view.person_count} 人）"
    elif view.anonymous_parties:
        text += f"，其中未登记为人员的当事人 {view.anonymous_parties} 人（未列名）"
    return text


def write_list(view: BundlePeopleView, path: Path, fmt: str) -> int:
    lines = [(str(n), p.name, p.id_number_masked, p.phone_masked, "、".join(p.case_nos))
             for n, p in enumerate(view.persons, start=1)]
    if fmt == "csv":
        return audit_files.write_csv(path, HEADERS, lines, caption=caption_of(view))
    return audit_files.write_xlsx(path, title_of(view), HEADERS, lines,
                                  subtitle=caption_of(view))
