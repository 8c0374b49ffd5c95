"""Human-readable text for command results (the --json output is the models themselves).

Personal data stays masked here: the CLI prints what the read models carry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mediation_desk.domain.money import format_yuan
from mediation_desk.domain.views import (
    CaseDetail,
    CasePage,
    CaseSummary,
    IntegrityReport,
    MediatorView,
    PersonView,
    StationView,
)
from mediation_desk.wording.messages import action_label, deadline_label, status_label


def _zh(lang: str, zh: str, en: str) -> str:
    return zh if lang == "zh" else en


def station(v: StationView, data_dir: Path, lang: str) -> str:
    return "\n".join([
        _zh(lang, "已建立工作站：", "Station set up: ") + f"{v.name}（{v.code}）",
        _zh(lang, "案件编号简称：", "Case number short name: ") + v.short_name,
        _zh(lang, "数据文件夹：", "Data folder: ") + str(data_dir),
    ])


def case_rows(rows: list[CaseSummary], lang: str) -> str:
    if not rows:
        return _zh(lang, "没有找到案件。", "No cases found.")
    lines = []
    for r in rows:
        flag = _zh(lang, " [已超期]", " [OVERDUE]") if r.overdue else ""
        major = _zh(lang, " [重大]", " [MAJOR]") if r.is_major else ""
        lines.append(f"{r.case_no}  {status_label(r.status, lang)}  {r.received_on}  "
                     f"{r.title}{major}{flag}")
    return "\n".join(lines)


def case_page(page: CasePage, lang: str) -> str:
    head = _zh(lang, f"共 {page.total} 件，显示第 {page.offset + 1} 起 {len(page.rows)} 件",
               f"{page.total} cases, showing {len(page.rows)} from {page.offset + 1}")
    return head + "\n" + case_rows(page.rows, lang)


def case_detail(d: CaseDetail, lang: str) -> str:
    s = d.summary
    out = [f"{s.case_no}  {s.title}",
           _zh(lang, "状态：", "Status: ") + status_label(s.status, lang)
           + (_zh(lang, "（已超期）", " (overdue)") if s.overdue else ""),
           _zh(lang, "纠纷类型：", "Category: ") + s.category_label,
           _zh(lang, "案件来源：", "Source: ") + d.source_label,
           _zh(lang, "登记日期：", "Received: ") + str(s.received_on)]
    if s.accepted_on:
        out.append(_zh(lang, "受理日期：", "Accepted: ") + str(s.accepted_on))
    if s.host_mediator_name:
        out.append(_zh(lang, "主持调解员：", "Host mediator: ") + s.host_mediator_name)
    out.append(_zh(lang, "当事人：", "Parties:"))
    for p in d.parties:
        extra = "，".join(x for x in (p.gender and _gender(p.gender, lang),
                                     f"{p.age}岁" if p.age is not None and lang == "zh" else
                                     (f"age {p.age}" if p.age is not None else ""),
                                     p.phone_masked, p.id_number_masked) if x)
        out.append(f"  {p.order_no + 1}. {p.name}（{extra}）" if extra else
                   f"  {p.order_no + 1}. {p.name}")
    out.append(_zh(lang, "纠纷简要情况：", "Facts: ") + d.facts)
    for a in d.agreements:
        if a.voided:
            continue
        kind = _zh(lang, "书面协议", "written agreement") if a.kind == "written" else \
            _zh(lang, "口头协议", "oral agreement")
        eff = str(a.effective_on) if a.effective_on else _zh(lang, "尚未生效", "not yet effective")
        out.append(f"{kind}：{_zh(lang, '生效', 'effective')} {eff}，"
                   f"{_zh(lang, '金额', 'amount')} ¥{format_yuan(a.amount_fen)}")
    if d.deadlines:
        out.append(_zh(lang, "期限：", "Deadlines:"))
        for dl in d.deadlines:
            out.append(f"  {dl.due_on}  {deadline_label(dl.kind, lang)}  ({_days(dl.days_left, lang)})")
    allowed = [action_label(a.action, lang) for a in d.actions if a.allowed]
    if allowed:
        out.append(_zh(lang, "可以执行：", "Possible actions: ") + "、".join(allowed))
    return "\n".join(out)


def _days(n: int, lang: str) -> str:
    if n < 0:
        return _zh(lang, f"已超期 {-n} 天", f"{-n} days overdue")
    if n == 0:
        return _zh(lang, "今天到期", "due today")
    return _zh(lang, f"还有 {n} 天", f"{n} days left")


def _gender(g: str, lang: str) -> str:
    return {"male": _zh(lang, "男", "male"), "female": _zh(lang, "女", "female")}.get(g, "")


def agenda(items: list[Any], lang: str) -> str:
    if not items:
        return _zh(lang, "近期没有到期事项。", "Nothing due soon.")
    return "\n".join(f"{i.due_on}  {deadline_label(i.kind, lang)}  {i.case_no}  {i.title}  "
                     f"({_days(i.days_left, lang)})" for i in items)


def persons(rows: list[PersonView], lang: str) -> str:
    if not rows:
        return _zh(lang, "没有找到人员。", "No persons found.")
    return "\n".join(f"{p.id}  {p.name}  {_gender(p.gender, lang)}  {p.id_number_masked}  "
                     f"{p.phone_masked}  {p.address}" for p in rows)


def mediators(rows: list[MediatorView], lang: str) -> str:
    if not rows:
        return _zh(lang, "还没有调解员。", "No mediators yet.")
    return "\n".join(f"{m.id}  {m.name}  {m.role}  {m.status}  {m.term_end or ''}" for m in rows)


def integrity(r: IntegrityReport, lang: str) -> str:
    lines = [(_zh(lang, "检查通过。", "Check passed.") if r.ok
              else _zh(lang, "发现问题：", "Problems found:")),
             f"SQLite: {r.sqlite_integrity}",
             _zh(lang, "外键错误：", "Foreign key violations: ") + str(r.foreign_key_violations),
             _zh(lang, "搜索索引：", "Search index: ") + ("ok" if r.search_index_ok else "!")]
    lines += [f"  {p.code} {p.entity} {p.entity_id} {p.params}" for p in r.problems]
    lines.append("  ".join(f"{k}={v}" for k, v in r.counts.items()))
    return "\n".join(lines)


def backup(path: Path, lang: str) -> str:
    return _zh(lang, "备份已完成并校验：", "Backup written and verified: ") + str(path)


def rendered(result: dict[str, Any], lang: str) -> str:
    return _zh(lang, f"已生成 {result['pages']} 页：", f"{result['pages']} page(s) written: ") + \
        str(result["file"])


def demo(report: Any, lang: str) -> str:
    return _zh(lang, "演示数据已生成：", "Demo data generated: ") + ", ".join(
        f"{k}={v}" for k, v in to_dict(report).items())


def to_dict(report: Any) -> dict[str, Any]:
    return report.model_dump() if hasattr(report, "model_dump") else dict(report)
