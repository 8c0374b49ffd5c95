"""Make a PDF from papers, refusing if any character has no glyph in any font."""

from __future__ import annotations

from collections.abc import Callable

from mediation_desk.documents.fonts import FontChain
from mediation_desk.documents.kit import Kit
from mediation_desk.documents.pdf import Paper, RenderedPdf, build_pdf
from mediation_desk.domain.errors import DomainError


def render(make: Callable[[Kit], list[Paper]], chain: FontChain, *, title: str,
           author: str = "", dossier_numbers: bool = False) -> RenderedPdf:
    """``make`` lays the papers out with a fresh kit; every text it set went through the
    kit's glyph check, so a missing character is known before a page is drawn."""
    kit = Kit(chain)
    papers = make(kit)
    if kit.m.missing:
        raise DomainError("document.missing_glyph", None, chars=kit.m.missing.names(),
                          context=kit.m.missing.contexts(), fonts="、".join(chain.describe()))
    return build_pdf(papers, chain, title=title, author=author,
                     dossier_numbers=dossier_numbers)
