"""The mediator roster on paper and in a spreadsheet: the printable 调解员名册 (PDF) and an
.xlsx export. Both carry personal data (names, ages, certificates), so every file written
is in the event log (``roster.export``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mediation_desk.bootstrap import AppContext
from mediation_desk.documents.registers import roster as paper
from mediation_desk.documents.registers.landscape import render_register
from mediation_desk.documents.sheets import write_sheet
from mediation_desk.documents.verify import fingerprint
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import Permission
from mediation_desk.domain.roster_views import RosterEntry
from mediation_desk.domain.views import PaperPdf
from mediation_desk.services import authz, papers
from mediation_desk.services.roster import check_committee, load_entries
from mediation_desk.store.uow import UnitOfWork

FORM = "mediator_roster"
XLSX_HEADERS = (*paper.HEADERS[:9], "聘书日期", "上岗证编号", "专长", "等级", "荣誉称号",
                "培训次数", "培训学时", "状态", "状态变更日期", "变更原因")


def roster_data(uow: UnitOfWork, today: date, *, include_former: bool = False
                ) -> paper.RosterData:
    check = check_committee(uow, today)
    entries = load_entries(uow, today, include_former=include_former)
    return paper.RosterData(committee_name=check.committee_name, on=today,
                            lines=tuple(_line(e) for e in entries),
                            member_count=check.member_count, hired_count=check.hired_count)


def render_roster_pdf(ctx: AppContext, *, include_former: bool = False) -> PaperPdf:
    """The roster as a PDF to preview; printing or saving it from the preview is recorded
    like any paper (``paper.printed`` / ``paper.saved``)."""
    with ctx.uow() as uow:
        data = roster_data(uow, ctx.today(), include_former=include_former)
    pdf = render_register(paper.build(data), papers.font_chain(ctx),
                          author=data.committee_name)
    return PaperPdf(form=FORM, case_id=None, case_no="", ref=None,
                    title=paper.title_of(data.committee_name),
                    file_name=f"{paper.title_of(data.committee_name)}{data.on.isoformat()}.pdf",
                    pages=pdf.pages, version=0, digest=fingerprint(data), data=pdf.data)


def save_roster_pdf(ctx: AppContext, path: Path | str, *, include_former: bool = False
                    ) -> Path:
    authz.require(ctx, Permission.DATA_EXPORT)
    pdf = render_roster_pdf(ctx, include_former=include_former)
    target = papers.save_pdf(ctx, pdf, path)
    _log_export(ctx, "pdf", target, pdf.pages)
    return target


def export_roster_xlsx(ctx: AppContext, path: Path | str, *, include_former: bool = True
                       ) -> Path:
    """Every mediator (former ones too, by default: the spreadsheet is the full record)."""
    authz.require(ctx, Permission.DATA_EXPORT)
    with ctx.uow() as uow:
        data = roster_data(uow, ctx.today(), include_former=include_former)
        entries = load_entries(uow, ctx.today(), include_former=include_former)
    rows = []
    for n, (line, e) in enumerate(zip(data.lines, entries, strict=True), start=1):
        cells = paper.line_cells(n, line)
        rows.append([n, *cells[1:3], line.age, *cells[4:9], e.certificate_issued_on,
                     e.work_cert_no, cells[9], e.level, "、".join(e.honours),
                     len(e.trainings), e.training_hours, cells[11], e.status_changed_on,
                     e.status_reason_text or e.status_reason_code or ""])
    try:
        target = write_sheet(path, XLSX_HEADERS, rows, title="调解员名册",
                             caption=f"{data.committee_name}调解员名册（{data.on.isoformat()}）")
    except OSError as exc:
        raise DomainError("roster.export_failed", "path",
                          reason=exc.strerror or type(exc).__name__) from exc
    _log_export(ctx, "xlsx", target, len(rows))
    return target


def _log_export(ctx: AppContext, kind: str, target: Path, size: int) -> None:
    with ctx.uow(write=True) as uow:
        uow.log("roster.export", "committee", "roster",
                after={"format": kind, "destination": str(target), "count": size})
        uow.commit()


def _line(e: RosterEntry) -> paper.RosterLine:
    return paper.RosterLine(
        name=e.name, gender=e.gender, age=e.age, role=e.role, is_chief=e.is_chief,
        employment=e.employment, appointment_method=e.appointment_method,
        term_start=e.term_start, term_end=e.term_end, certificate_no=e.certificate_no,
        specialties=tuple(e.specialty_labels), trainings=len(e.trainings),
        training_hours=e.training_hours, status=e.status)
