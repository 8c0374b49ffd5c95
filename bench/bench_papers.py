"""Printed papers: an agreement and a 40-page dossier, against bare reportlab building the same
text in the same run (same font, same page size; no glyph check, escaping, page furniture or
QR code).

    .venv/bin/python bench/run.py papers
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from bench_stores import median_ms
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.documents.fonts import FontChain
from mediation_desk.documents.forms import agreement as ag
from mediation_desk.documents.render import render
from mediation_desk.paths import paths_under
from mediation_desk.services import agreements, case_actions, case_records, papers
from mediation_desk.services.case_register import register_case
from mediation_desk.services.mediators import add_mediator
from mediation_desk.services.paper_source import load_source
from mediation_desk.services.station import init_station

FACTS = "王某与李某因宅基地边界发生争执，双方对界桩位置各执一词，多次发生口角。"
TERMS = ["李某于2026年12月31日前一次性赔偿王某损失12000元。",
         "双方以2026年11月10日村委会重新确认的界桩为准，互不侵占。",
         "李某拆除越界部分围墙，王某予以配合。",
         "双方今后和睦相处，不再因此事发生争执。",
         "本协议履行完毕后，双方就此纠纷再无其他争议。"]
SESSION_TEXT = ("调解员询问双方意见。王某陈述：界桩被移动约半米，要求恢复原状并赔偿损失。"
                "李某陈述：界桩系前年修路时移动，本人并未占用对方土地。") * 20


def _do(ctx: AppContext, case_id: str, action: str, **data: Any) -> None:
    case_actions.perform_action(ctx, case_id, action, data)


def build_case(ctx: AppContext, sessions: int) -> str:
    m = add_mediator(ctx, {"person": {"name": "张调解", "gender": "female",
                                      "birth_date": "1970-05-05"},
                           "role": "chair", "appointed_on": "2025-01-01"}).id
    case = register_case(ctx, {
        "category": "neighbour", "source": "party_application", "received_on": "2026-11-02",
        "facts": FACTS, "requests": ["请求确认界桩位置", "请求赔偿损失12000元"],
        "parties": [{"role": "applicant", "consented": True,
                     "person": {"name": "王某", "gender": "male", "phone": "13812345678",
                                "address": "青石村三组12号"}},
                    {"role": "respondent", "consented": True,
                     "person": {"name": "李某", "gender": "female", "address": "青石村三组14号"}}]})
    cid = case.summary.id
    _do(ctx, cid, "accept", host_mediator_id=m, on_date="2026-11-03")
    _do(ctx, cid, "start_mediation", notice_given_to_all=True, on_date="2026-11-03")
    for i in range(sessions):
        case_records.add_session(ctx, cid, {
            "held_on": f"2026-11-{4 + i % 6:02d}", "place": "调解室", "matter": "宅基地边界",
            "mediator_ids": [m], "content": SESSION_TEXT, "result": "continue"})
    agreements.record_agreement(ctx, cid, {
        "kind": "written", "facts_and_issues": FACTS, "terms": TERMS,
        "performance_manner": "现金支付", "reached_on": "2026-11-10", "amount_fen": 1_200_000,
        "all_parties_signed": True, "mediator_signed": True, "sealed": True})
    return cid


def _bare(texts: list[list[str]], font: str) -> int:
    """Bare reportlab: the same strings as paragraphs, one section per page run."""
    style = ParagraphStyle("b", fontName=font, fontSize=12, leading=22, wordWrap="CJK")
    story: list[Any] = []
    for i, section in enumerate(texts):
        if i:
            story.append(PageBreak())
        story += [Paragraph(t, style) for t in section]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4)
    doc.build(story)
    return doc.page


def run(root: Path, *, repeat: int, dossier_sessions: int = 15) -> dict[str, Any]:
    ctx = build_context(paths_under(root / "papers"), actor="bench")
    try:
        init_station(ctx, kind="village", code="510100000001", name="青石村人民调解委员会")
        cid = build_case(ctx, dossier_sessions)
        chain = papers.font_chain(ctx)
        with ctx.uow() as uow:
            src = load_source(ctx, uow, cid)
            data = papers._fillers()["agreement"](src, None)
        agreement_texts = [[ag.TITLE, data.number, *(f"姓名{p.name} 性别{p.gender} 联系方式{p.phone}"
                                                     f" 单位或住址{p.address}" for p in data.parties),
                            "纠纷主要事实、争议事项：", data.facts_and_issues,
                            "经调解，自愿达成如下协议：", *data.terms, "履行方式、时限：",
                            data.performance_manner, "本协议一式3份，当事人、人民调解委员会各持一份。",
                            ag.EFFECT_CLAUSE, "当事人（签名盖章或按指印）：", "人民调解员（签名）：",
                            "2026年11月10日"]]
        ours = median_ms(lambda: render(lambda kit: [ag.build(kit, data)], chain,
                                        title=ag.TITLE), repeat)
        service = median_ms(lambda: papers.render_paper(ctx, cid, "agreement"), repeat)
        bare = median_ms(lambda: _bare(agreement_texts, chain.main_name), repeat)
        dossier = papers.render_dossier(ctx, cid)
        dossier_texts = [[SESSION_TEXT] for _ in range(dossier_sessions)] + agreement_texts
        d_repeat = max(1, min(3, repeat))
        d_ours = median_ms(lambda: papers.render_dossier(ctx, cid), d_repeat)
        d_bare = median_ms(lambda: _bare(dossier_texts, chain.main_name), d_repeat)
        return {
            "agreement": {"layout_ms": round(ours, 1), "service_ms": round(service, 1),
                          "bare_reportlab_ms": round(bare, 1), "ratio": round(ours / bare, 2),
                          "service_ratio": round(service / bare, 2),
                          "pages": papers.render_paper(ctx, cid, "agreement").pages},
            "dossier": {"pages": dossier.pages, "ms": round(d_ours, 1),
                        "bare_reportlab_ms": round(d_bare, 1),
                        "bare_pages": _bare(dossier_texts, chain.main_name),
                        "ratio": round(d_ours / d_bare, 2), "repeat": d_repeat},
            "font_chain": FontChain().describe()}
    finally:
        ctx.close()


def report(r: dict[str, Any]) -> list[str]:
    a, d = r["agreement"], r["dossier"]
    return [
        f"agreement ({a['pages']} pages): layout+PDF {a['layout_ms']} ms, through the service "
        f"(load, fill, render) {a['service_ms']} ms; bare reportlab {a['bare_reportlab_ms']} ms"
        f"  → ratio {a['ratio']}× (service {a['service_ratio']}×)",
        f"dossier: {d['pages']} pages in {d['ms']} ms (two passes for the index page numbers); "
        f"bare reportlab, same text ({d['bare_pages']} pages) {d['bare_reportlab_ms']} ms"
        f"  → ratio {d['ratio']}× (median of {d['repeat']})",
    ]
