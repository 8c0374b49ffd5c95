"""Statistics reports as files: JSON (the read model), .xlsx laid out like the township's
tables, and a PDF with charts. Every file written goes into the event log
(``statistics.export``): the figures are the committee's official numbers."""

from __future__ import annotations

import json
from pathlib import Path

from mediation_desk.bootstrap import AppContext
from mediation_desk.documents.verify import fingerprint
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import Permission
from mediation_desk.domain.stat_periods import Period
from mediation_desk.domain.statistics_views import StatisticsReport
from mediation_desk.domain.views import PaperPdf
from mediation_desk.services import authz, papers, statistics
from mediation_desk.store.files import write_atomically

FORMATS = ("json", "xlsx", "pdf")
FORM = "statistics_report"


def title_of(report: StatisticsReport) -> str:
    return f"{report.unit_name}人民调解工作统计表（{report.period.label}）"


def file_name(report: StatisticsReport, fmt: str) -> str:
    return papers.safe_file_name(f"{title_of(report)}.{fmt}")


def render_pdf(ctx: AppContext, period: Period | str | StatisticsReport) -> PaperPdf:
    """The report as a PDF to preview (printing or saving it is logged by the preview)."""
    from mediation_desk.documents.registers.statistics_report import render_statistics_pdf

    rep = period if isinstance(period, StatisticsReport) else statistics.report(ctx, period)
    pdf = render_statistics_pdf(rep, papers.font_chain(ctx), author=rep.unit_name)
    return PaperPdf(form=FORM, case_id=None, case_no="", ref=rep.period.key,
                    title=title_of(rep), file_name=file_name(rep, "pdf"), pages=pdf.pages,
                    version=0, digest=fingerprint(rep.model_dump(mode="json")), data=pdf.data)


def export(ctx: AppContext, period: Period | str | StatisticsReport, fmt: str,
           path: Path | str) -> Path:
    """Write the report of ``period`` as ``fmt`` (json|xlsx|pdf) to ``path``, atomically.

    Raises DomainError("statistics.bad_format") or ("statistics.export_failed") with the
    system's reason; a failed write leaves any older file at ``path`` as it was."""
    authz.require(ctx, Permission.DATA_EXPORT)
    if fmt not in FORMATS:
        raise DomainError("statistics.bad_format", "format", value=fmt, allowed=list(FORMATS))
    rep = period if isinstance(period, StatisticsReport) else statistics.report(ctx, period)
    target = Path(path)
    try:
        if fmt == "json":
            data = json.dumps(rep.model_dump(mode="json"), ensure_ascii=False, indent=1)
            write_atomically(target, lambda f: f.write(data.encode("utf-8")), suffix=".json")
        elif fmt == "xlsx":
            from mediation_desk.documents.statistics_xlsx import write_statistics_xlsx

            write_statistics_xlsx(rep, target)
        else:
            write_atomically(target, lambda f: f.write(render_pdf(ctx, rep).data),
                             suffix=".pdf")
    except OSError as exc:
        raise DomainError("statistics.export_failed", "path",
                          reason=exc.strerror or type(exc).__name__) from exc
    with ctx.uow(write=True) as uow:
        uow.log("statistics.export", "statistics_report", rep.period.key,
                after={"format": fmt, "destination": str(target), "period": rep.period.key,
                       "scope": rep.scope})
        uow.commit()
    return target
