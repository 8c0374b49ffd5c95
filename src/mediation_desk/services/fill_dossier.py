"""Fills the dossier's cover, index (卷内目录) and back (卷内备考表), and makes the whole
dossier as one PDF (domain.md §4.1).

The index must give the archive page (页号) of each item, which is only known once the
papers are laid out; so the dossier is laid out with the index as it stands, the page ranges
are read off, and it is laid out again until the ranges it prints are the ones it has."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from mediation_desk.documents import catalog
from mediation_desk.documents.catalog import FormSpec
from mediation_desk.documents.fonts import FontChain
from mediation_desk.documents.forms.dossier_back import DossierBackData
from mediation_desk.documents.forms.dossier_cover import DossierCoverData
from mediation_desk.documents.forms.dossier_index import (
    STANDARD_ITEMS,
    DossierIndexData,
    IndexRow,
)
from mediation_desk.documents.kit import Kit
from mediation_desk.documents.pdf import Paper, RenderedPdf
from mediation_desk.documents.render import render
from mediation_desk.domain.enums import CaseStatus, CodeTable, PartyRole, Retention
from mediation_desk.services import papers
from mediation_desk.services.paper_source import PaperSource
from mediation_desk.store import repos
from mediation_desk.store.tables import Attachment, Dossier

Entry = tuple[FormSpec, str | None, Any]
Placed = tuple[str, tuple[int, int] | None]
"""A paper's form code and its first and last archive page (None: not laid out)."""

TITLE = "调解卷宗"
ITEM_FORMS: dict[int, tuple[str, ...]] = {
    1: ("application", "acceptance"),
    2: ("rights_notice",),
    5: ("investigation",),
    7: ("session",),
    8: ("agreement", "oral_agreement"),
    10: ("follow_up",),
    11: ("judicial_confirmation",),
    12: ("major_report", "closing_report"),
    13: ("dossier_back",),
}
"""Index item (序号) → the printed forms filed under it."""
ITEM_OF = {code: seq for seq, codes in ITEM_FORMS.items() for code in codes}
OTHER_ITEM = 12  # a form added later without an item of its own is explained under 情况说明
LISTED_BY_TITLE = (1, 8)  # items whose name is "this or that": print the one(s) the case has
NONE_HERE = "本案无"
RETENTION_ZH: dict[str, str] = {Retention.SHORT: "短期", Retention.LONG: "长期", Retention.PERMANENT: "永久"}
MAX_PASSES = 4


# -- what the case has ---------------------------------------------------------------------

def _dossier_row(src: PaperSource) -> Dossier | None:
    """The case's 卷宗 record if one was made up (retention, compiler); usually there is none."""
    session = src.session
    if session is None:
        return None
    rows = repos.children(session, Dossier, "case_id", src.agg.case.id)
    return rows[0] if rows else None


def _attachment_kinds(src: PaperSource) -> set[str]:
    session = src.session
    if session is None:
        return set()
    return {a.kind for a in repos.children(session, Attachment, "case_id", src.agg.case.id)}


def _by_hand(src: PaperSource) -> dict[int, tuple[bool, str]]:
    """Items the app does not print, filed as paper: (present, 备注 note) by index item."""
    parties = [p for p in src.agg.parties if p.voided_at is None]
    items = [i for i in src.agg.items if i.voided_at is None]
    kinds = _attachment_kinds(src)
    has_agent = any(p.agent_name for p in parties)
    has_receipts = any(i.done_on or i.evidence_attachment_id for i in items)
    has_evidence = "evidence" in kinds
    copy = "附原件/复印件"
    return {
        3: (bool(parties), "附复印件" if parties else NONE_HERE),
        4: (has_agent, "附原件" if has_agent else NONE_HERE),
        6: (has_evidence, copy if has_evidence else NONE_HERE),
        9: (has_receipts, copy if has_receipts else NONE_HERE),
    }


def _volume_title(src: PaperSource, dossier: Dossier | None) -> str:
    """卷名: as set on the dossier or case, else ``王某与李某邻里纠纷``."""
    case = src.agg.case
    if dossier is not None and dossier.title.strip():
        return dossier.title
    if case.title.strip():
        return case.title
    live = [p for p in src.agg.parties if p.voided_at is None]
    applicants = "、".join(p.snapshot_name for p in live if p.role == PartyRole.APPLICANT)
    others = "、".join(p.snapshot_name for p in live if p.role != PartyRole.APPLICANT)
    category = src.label(CodeTable.DISPUTE_CATEGORY, case.category_code)
    return f"{applicants}与{others}{category}" if applicants and others else (
        applicants + others + category)


def _compiled_on(src: PaperSource, dossier: Dossier | None) -> date | None:
    """立卷日期: as recorded; today for a case that has ended; blank while it is open."""
    case = src.agg.case
    if dossier is not None and dossier.compiled_on:
        return dossier.compiled_on
    if case.archived_on:
        return case.archived_on
    return src.today if CaseStatus(case.status) in papers.CLOSING_STATES else None


def _compiler(src: PaperSource, dossier: Dossier | None) -> str:
    return (dossier.compiled_by if dossier is not None and dossier.compiled_by else src.host)


# -- the three papers ---------------------------------------------------------------------

def cover_data(src: PaperSource) -> DossierCoverData:
    case = src.agg.case
    dossier = _dossier_row(src)
    retention = dossier.retention if dossier is not None else Retention.LONG
    return DossierCoverData(
        committee_name=src.committee_name, volume_title=_volume_title(src, dossier),
        volume_no=(dossier.volume_no if dossier is not None and dossier.volume_no
                   else case.case_no),
        mediators=src.case_mediators, mediated_from=case.accepted_on or case.received_on,
        mediated_to=(case.closed_on or case.archived_on or case.terminated_on
                     or case.declined_on),
        compiled_by=_compiler(src, dossier), compiled_on=_compiled_on(src, dossier),
        retention=RETENTION_ZH.get(retention, retention))


def _span(pages: Sequence[tuple[int, int] | None]) -> str:
    known = [p for p in pages if p is not None and p[0] > 0]
    if not known:
        return ""
    first, last = min(p[0] for p in known), max(p[1] for p in known)
    return str(first) if first == last else f"{first}-{last}"


def _item_name(seq: int, name: str, titles: list[str]) -> str:
    if seq in LISTED_BY_TITLE and titles:
        return "、".join(titles)
    if titles and titles != [name] and seq in ITEM_FORMS and seq != 13:
        return f"{name}（{'、'.join(titles)}）"
    return name


def index_rows(src: PaperSource, placed: Sequence[Placed]) -> tuple[IndexRow, ...]:
    """The 13 standard items, each with the printed papers filed under it and their pages."""
    filed: dict[int, list[Placed]] = {}
    for code, pages in placed:
        filed.setdefault(ITEM_OF.get(code, OTHER_ITEM), []).append((code, pages))
    by_hand = _by_hand(src)
    rows = []
    for seq, (name, required) in enumerate(STANDARD_ITEMS, start=1):
        mine = filed.get(seq, [])
        titles = list(dict.fromkeys(catalog.BY_CODE[c].title for c, _ in mine))
        if seq in by_hand:
            present, note = by_hand[seq]
        else:
            present = bool(mine)
            note = "" if present else NONE_HERE
            if len(mine) > 1:
                note = f"共{len(mine)}份"
        rows.append(IndexRow(seq=seq, name=_item_name(seq, name, titles),
                             pages=_span([p for _, p in mine]), note=note,
                             required=required, present=present))
    return tuple(rows)


def back_data(src: PaperSource, *, paper_count: int, pages: int) -> DossierBackData:
    dossier = _dossier_row(src)
    attached = [STANDARD_ITEMS[seq - 1][0] for seq, (present, _) in _by_hand(src).items()
                if present]
    note = f"另附{'、'.join(attached)}，未计入上述件数、页数。" if attached else ""
    return DossierBackData(volume_no=src.agg.case.case_no, papers=paper_count, pages=pages,
                           note=note, compiled_by=_compiler(src, dossier),
                           compiled_on=_compiled_on(src, dossier))


# -- standalone papers ------------------------------------------------------------------

def fill_cover(src: PaperSource, ref: str | None) -> DossierCoverData:
    return cover_data(src)


def fill_index(src: PaperSource, ref: str | None) -> DossierIndexData:
    """The index without page numbers: which items the case has, for a dossier made up by
    hand from papers printed one by one."""
    placed: list[Placed] = [(spec.code, None) for spec, _, _ in papers.dossier_entries(src)]
    placed.append(("dossier_back", None))
    return DossierIndexData(volume_no=src.agg.case.case_no, rows=index_rows(src, placed))


def fill_back(src: PaperSource, ref: str | None) -> DossierBackData:
    return back_data(src, paper_count=len(papers.dossier_entries(src)), pages=0)


FILLERS = {"dossier_cover": fill_cover, "dossier_index": fill_index,
           "dossier_back": fill_back}


# -- the whole dossier ------------------------------------------------------------------

def render_dossier(src: PaperSource, chain: FontChain, entries: Sequence[Entry]
                   ) -> RenderedPdf:
    """Cover, index, every paper (``entries`` in index order), back: one PDF with archive
    page numbers, whose index and back give the pages as they came out."""
    cover_spec, index_spec, back_spec = (catalog.BY_CODE[c] for c in
                                         ("dossier_cover", "dossier_index", "dossier_back"))
    cover = cover_data(src)
    ranges: tuple[tuple[int, int], ...] | None = None
    total = 0
    for _ in range(MAX_PASSES):
        # ranges[0] and [1] are the cover and index; the papers follow; the back is last.
        at = ranges[2:] if ranges else [None] * (len(entries) + 1)
        placed = [(spec.code, pages) for (spec, _, _), pages in zip(entries, at, strict=False)]
        placed.append(("dossier_back", at[-1]))
        index = DossierIndexData(volume_no=src.agg.case.case_no,
                                 rows=index_rows(src, placed))
        back = back_data(src, paper_count=len(entries), pages=total)

        def make(kit: Kit, index: DossierIndexData = index,
                 back: DossierBackData = back) -> list[Paper]:
            return [cover_spec.build(kit, cover), index_spec.build(kit, index),
                    *(spec.build(kit, data) for spec, _, data in entries),
                    back_spec.build(kit, back)]

        pdf = render(make, chain, title=f"{src.agg.case.case_no}{TITLE}",
                     author=src.committee_name, dossier_numbers=True)
        if pdf.paper_pages == ranges and pdf.pages == total:
            return pdf
        ranges, total = pdf.paper_pages, pdf.pages
    # Each pass can only move pages when the index itself grew by a sheet; it cannot grow
    # without end, so this is a bug, not a case to handle.
    raise RuntimeError("dossier page numbers did not settle")
