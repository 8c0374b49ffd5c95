"""The printed patrol rota (联防组轮户值日表): made from the rota as stored, previewed, printed or
saved like every paper, and each output recorded (form ``patrol_rota``, the rota as ref)."""

from __future__ import annotations

import re
from pathlib import Path

from mediation_desk.bootstrap import AppContext
from mediation_desk.documents.registers import rota as rota_paper
from mediation_desk.documents.render import render
from mediation_desk.documents.verify import fingerprint
from mediation_desk.domain.enums import ShiftStatus
from mediation_desk.domain.views import PaperPdf
from mediation_desk.services import papers
from mediation_desk.services import patrol_reads as reads
from mediation_desk.store import repos
from mediation_desk.store.tables import Person

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def rota_paper_data(ctx: AppContext, rota_id: str) -> rota_paper.RotaPaperData:
    with ctx.uow() as uow:
        r = reads.rota_row(uow, rota_id)
        g = reads.group_row(uow, r.group_id)
        head = repos.get(uow.session, Person, g.head_person_id) if g.head_person_id else None
        station = repos.local_station(uow.session)
        committee = repos.local_committee(uow.session, station.id) if station else None
        views = reads.shift_views(uow, reads.group_shifts(uow, g.id, rota_id=r.id))
        rows = [rota_paper.RotaRow(on=s.shift_date, window=s.window,
                                   households=[h.head_name for h in s.households],
                                   area=s.area, remark=_remark(s.status, s.swapped, s.note))
                for s in views]
        return rota_paper.RotaPaperData(
            group_name=g.name, villager_group=g.villager_group,
            head_name=head.name if head else "", starts_on=r.starts_on, ends_on=r.ends_on,
            weekdays=list(r.weekdays), per_shift=r.per_shift, area=r.area, note=r.note,
            rows=rows, made_on=ctx.today(), committee_name=committee.name if committee else "")


def _remark(status: str, swapped: bool, note: str) -> str:
    if status == ShiftStatus.MISSED:
        # The service writes the reason after "缺勤" in the note.
        reason = note.rsplit("缺勤", 1)[-1].lstrip("：") if "缺勤" in note else ""
        return "缺勤" + (f"（{reason}）" if reason else "")
    return "已调换" if swapped else ""


def render_rota(ctx: AppContext, rota_id: str) -> PaperPdf:
    data = rota_paper_data(ctx, rota_id)
    pdf = render(lambda kit: rota_paper.build(kit, data), papers.font_chain(ctx),
                 title=f"{rota_paper.TITLE}（{data.group_name}）", author=data.committee_name)
    # The made-on date is not content: the same rota printed tomorrow is the same paper.
    digest = fingerprint(data, exclude=("made_on",))
    return PaperPdf(form=rota_paper.CODE, case_id=None, case_no=data.group_name, ref=rota_id,
                    title=rota_paper.TITLE,
                    file_name=_file_name(data.group_name, data.starts_on.isoformat()),
                    pages=pdf.pages, version=0, digest=digest, data=pdf.data)


def _file_name(group_name: str, start: str) -> str:
    return _UNSAFE.sub("_", f"{group_name}-轮户值日表-{start}") + ".pdf"


def save_rota(ctx: AppContext, rota_id: str, path: Path | str) -> tuple[PaperPdf, Path]:
    pdf = render_rota(ctx, rota_id)
    return pdf, papers.save_pdf(ctx, pdf, path)
