"""Printed papers of a case: which can be printed, making them, and the record of every print.

A paper is filled from the case as stored (``services/fill_*.py``), laid out by its form in
``documents/forms``, and checked for missing glyphs before any page is made. Printing or
saving is recorded in ``paper_output`` with the record's version and the content digest, so
the township can tell which edit of an agreement a signed paper shows."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.documents import catalog
from mediation_desk.documents.catalog import FormSpec
from mediation_desk.documents.fonts import FontChain, default_fallbacks
from mediation_desk.documents.forms.agreement import agreement_fingerprint
from mediation_desk.documents.kit import cn_date
from mediation_desk.documents.render import render
from mediation_desk.documents.verify import fingerprint
from mediation_desk.domain.enums import AgreementKind, CaseStatus
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.views import PaperChoice, PaperOutputView, PaperPdf
from mediation_desk.services.paper_source import PaperSource, load_source
from mediation_desk.store import repos
from mediation_desk.store.files import write_atomically
from mediation_desk.store.tables import PaperOutput

Filler = Callable[[PaperSource, str | None], Any]
MAX_COPIES = 99
TARGETS = ("printer", "pdf")
CLOSING_STATES = {CaseStatus.PERFORMED, CaseStatus.NON_PERFORMANCE, CaseStatus.TERMINATED,
                  CaseStatus.CLOSED, CaseStatus.ARCHIVED, CaseStatus.DECLINED}
_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]')

_chains: dict[Path, FontChain] = {}


def font_chain(ctx: AppContext) -> FontChain:
    """The station's font chain, made once per process (loading fonts costs ~0.1 s)."""
    key = ctx.paths.fonts_dir
    if key not in _chains:
        _chains[key] = FontChain(fallbacks=default_fallbacks(key))
    return _chains[key]


def _fillers() -> dict[str, Filler]:
    from mediation_desk.services import fill_agreement, fill_dossier, fill_intake, fill_outcome

    out: dict[str, Filler] = {}
    for module in (fill_intake, fill_agreement, fill_outcome, fill_dossier):
        out.update(module.FILLERS)
    return out


def _spec(code: str) -> FormSpec:
    spec = catalog.form(code)
    if spec is None:
        raise DomainError("paper.unknown_form", "form", value=code,
                          allowed=list(catalog.FORM_CODES))
    return spec


# -- what a case can print ---------------------------------------------------------------

def _records(src: PaperSource, spec: FormSpec) -> list[tuple[str | None, Any]]:
    """(ref, record) pairs a form prints from; [(None, None)] for a per-case form that
    applies now, [] if it does not apply."""
    agg = src.agg
    case = agg.case
    live = lambda rows: [r for r in rows if r.voided_at is None]  # noqa: E731
    written = [a for a in live(agg.agreements) if a.kind == AgreementKind.WRITTEN]
    per: dict[str, list[Any]] = {
        "investigation": live(agg.investigations),
        "session": live(agg.sessions),
        "agreement": written,
        "oral_agreement": [a for a in live(agg.agreements) if a.kind == AgreementKind.ORAL],
        "follow_up": live(agg.followups),
        "judicial_confirmation": [a for a in written if not a.subject_is_status_relation],
    }
    if spec.code in per:
        return [(r.id, r) for r in per[spec.code]]
    if spec.code == "rights_notice" and case.declined_on is not None:
        return []  # a declined dispute was never mediated: no notice in its file
    if spec.code == "major_report" and not case.is_major:
        return []
    if spec.code == "closing_report" and CaseStatus(case.status) not in CLOSING_STATES:
        return []
    return [(None, None)]


def _record_date(record: Any) -> Any:
    for attr in ("held_on", "reached_on", "visited_on", "applied_on"):
        if hasattr(record, attr):
            return getattr(record, attr)
    return None


def _version(src: PaperSource, record: Any) -> int:
    return record.row_version if record is not None else src.agg.case.row_version


def paper_choices(ctx: AppContext, case_ref: str) -> list[PaperChoice]:
    with ctx.uow() as uow:
        src = load_source(ctx, uow, case_ref)
        printed: dict[tuple[str, str | None], list[PaperOutput]] = {}
        for o in repos.paper_outputs(uow.session, src.agg.case.id):
            printed.setdefault((o.form, o.ref_id), []).append(o)
        choices = []
        for spec in catalog.FORMS:
            for ref, record in _records(src, spec):
                on = _record_date(record)
                done = printed.get((spec.code, ref), [])
                choices.append(PaperChoice(
                    form=spec.code, ref=ref, title=spec.title,
                    label=spec.title + (f"（{cn_date(on)}）" if on else ""), on=on,
                    dossier_order=spec.dossier_order, version=_version(src, record),
                    outputs=len(done), last_output_at=done[-1].output_at if done else None,
                    printed_version=done[-1].version if done else None))
        return choices


# -- making papers -----------------------------------------------------------------------

def safe_file_name(name: str) -> str:
    """``name`` with the characters Windows and USB sticks refuse in file names replaced."""
    return _UNSAFE_FILE_CHARS.sub("_", name)


def _file_name(case_no: str, title: str) -> str:
    return safe_file_name(f"{case_no}-{title}".strip("-")) + ".pdf"


def _fill(src: PaperSource, spec: FormSpec, ref: str | None) -> tuple[Any, Any]:
    """The form data for one paper, and the record it was made from."""
    records = _records(src, spec)
    if not records:
        raise DomainError("paper.not_available", "form", form=spec.title,
                          reason=spec.code)
    if spec.per is None:
        record = None
    else:
        if ref is None:
            ref = records[-1][0]
        matches = [r for r_ref, r in records if r_ref == ref]
        if not matches:
            raise DomainError("paper.no_record", "ref", kind=spec.title, ref=ref)
        record = matches[0]
    return _fillers()[spec.code](src, ref), record


def _digest(spec: FormSpec, data: Any) -> str:
    return agreement_fingerprint(data) if spec.code == "agreement" else fingerprint(data)


def render_paper(ctx: AppContext, case_ref: str, form: str, ref: str | None = None
                 ) -> PaperPdf:
    spec = _spec(form)
    with ctx.uow() as uow:
        src = load_source(ctx, uow, case_ref)
        data, record = _fill(src, spec, ref)
        case_id, case_no, author = src.agg.case.id, src.agg.case.case_no, src.committee_name
        ref_id = record.id if record is not None else None
        version = _version(src, record)
    pdf = render(lambda kit: [spec.build(kit, data)], font_chain(ctx), title=spec.title,
                 author=author)
    return PaperPdf(form=spec.code, case_id=case_id, case_no=case_no, ref=ref_id,
                    title=spec.title, file_name=_file_name(case_no, spec.title),
                    pages=pdf.pages, version=version, digest=_digest(spec, data),
                    data=pdf.data)


def blank_forms() -> list[tuple[str, str]]:
    """(code, title) of every form, in dossier order, for choosing a blank one to print."""
    return [(f.code, f.title) for f in sorted(catalog.FORMS, key=lambda f: f.dossier_order)]


def render_blank(ctx: AppContext, form: str) -> PaperPdf:
    """The empty form, for writing by hand (no case, nothing personal)."""
    spec = _spec(form)
    pdf = render(lambda kit: [spec.build(kit, spec.blank_data())], font_chain(ctx),
                 title=spec.title)
    return PaperPdf(form=spec.code, case_id=None, case_no="", ref=None, title=spec.title,
                    file_name=_file_name("空白", spec.title), pages=pdf.pages, version=0,
                    digest="", data=pdf.data)


def dossier_entries(src: PaperSource) -> list[tuple[FormSpec, str | None, Any]]:
    """Every paper of the case except cover, index and back, filled, in index order."""
    fillers = _fillers()
    entries = []
    for spec in sorted(catalog.FORMS, key=lambda f: f.dossier_order):
        if spec.code.startswith("dossier_"):
            continue
        for ref, record in _records(src, spec):
            entries.append((spec, ref, fillers[spec.code](src, ref), _record_date(record)))
    entries.sort(key=lambda e: (e[0].dossier_order, e[3] or src.agg.case.received_on))
    return [(spec, ref, data) for spec, ref, data, _ in entries]


def render_dossier(ctx: AppContext, case_ref: str) -> PaperPdf:
    """The whole dossier as one PDF in index order, with archive page numbers."""
    from mediation_desk.services import fill_dossier

    with ctx.uow() as uow:
        src = load_source(ctx, uow, case_ref)
        entries = dossier_entries(src)
        case_id, case_no, version = src.agg.case.id, src.agg.case.case_no, src.agg.case.row_version
        # The cover, index and back are filled here too, while the rows are loaded.
        pdf = fill_dossier.render_dossier(src, font_chain(ctx), entries)
    title = "调解卷宗"
    return PaperPdf(form="dossier", case_id=case_id, case_no=case_no, ref=None, title=title,
                    file_name=_file_name(case_no, title), pages=pdf.pages, version=version,
                    digest=fingerprint([_digest(s, d) for s, _, d in entries]), data=pdf.data)


# -- recording prints and saves --------------------------------------------------------

def record_output(ctx: AppContext, pdf: PaperPdf, *, target: str, destination: str = "",
                  copies: int = 1) -> PaperOutputView:
    """Note that a paper went to a printer or into a file (who, when, which version)."""
    if target not in TARGETS:
        raise DomainError("field.choice", "target", value=target, allowed=list(TARGETS))
    if not 1 <= copies <= MAX_COPIES:
        raise DomainError("paper.copies", "copies", max=MAX_COPIES)
    with ctx.uow(write=True) as uow:
        row = PaperOutput(origin_station_id=uow.station_id, case_id=pdf.case_id, form=pdf.form,
                          ref_id=pdf.ref, version=pdf.version, digest=pdf.digest,
                          target=target, destination=destination, copies=copies,
                          pages=pdf.pages, created_by=uow.actor)
        uow.session.add(row)
        uow.log(f"paper.{'printed' if target == 'printer' else 'saved'}", "paper_output",
                row.id, case_id=pdf.case_id,
                after={"form": pdf.form, "ref": pdf.ref, "version": pdf.version,
                       "digest": pdf.digest, "copies": copies, "destination": destination})
        uow.commit()
        return _output_view(row)


def save_pdf(ctx: AppContext, pdf: PaperPdf, path: Path | str) -> Path:
    """Write the PDF atomically (a pulled USB stick or a full disk leaves any old file
    untouched), then record the export."""
    target = Path(path)
    try:
        write_atomically(target, lambda f: f.write(pdf.data), suffix=".pdf")
    except OSError as exc:
        raise DomainError("paper.write_failed", "path",
                          reason=exc.strerror or type(exc).__name__) from exc
    record_output(ctx, pdf, target="pdf", destination=str(target))
    return target


def outputs(ctx: AppContext, case_ref: str) -> list[PaperOutputView]:
    from mediation_desk.services.case_state import resolve_case

    with ctx.uow() as uow:
        case = resolve_case(uow, case_ref)
        rows = repos.paper_outputs(uow.session, case.id)
        return [_output_view(r) for r in rows]


def _output_view(r: PaperOutput) -> PaperOutputView:
    return PaperOutputView(form=r.form, ref=r.ref_id, version=r.version, digest=r.digest,
                           target=r.target, destination=r.destination, copies=r.copies,
                           pages=r.pages, output_at=r.output_at, actor=r.created_by)
