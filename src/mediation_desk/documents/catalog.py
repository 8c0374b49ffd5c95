"""The papers the app prints: code, title, which record each paper is made from, and where
it goes in the dossier (卷宗) — domain.md §4.

A form module (``documents/forms/<module>.py``) provides ``TITLE``, ``Data`` (a frozen
dataclass whose defaults give the blank paper) and ``build(kit, data) -> Paper``."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the catalog stays cheap to import: the CLI's --help lists the forms
    from mediation_desk.documents.kit import Kit
    from mediation_desk.documents.pdf import Paper


@dataclass(frozen=True)
class FormSpec:
    code: str
    title: str
    module: str
    per: str | None
    """The record kind one paper is made from ("session" ...); None: one paper per case."""
    dossier_order: int
    """Position in the dossier, in the order of the standard index (卷内目录)."""

    def forms_module(self) -> ModuleType:
        return importlib.import_module(f"mediation_desk.documents.forms.{self.module}")

    def blank_data(self) -> Any:
        return self.forms_module().Data()

    def build(self, kit: Kit, data: Any) -> Paper:
        paper = self.forms_module().build(kit, data)
        paper.code = self.code
        return paper


FORMS: tuple[FormSpec, ...] = (
    FormSpec("dossier_cover", "调解卷宗封面", "dossier_cover", None, 0),
    FormSpec("dossier_index", "卷内目录", "dossier_index", None, 1),
    FormSpec("application", "人民调解申请书", "application", None, 10),
    FormSpec("acceptance", "人民调解受理登记表", "acceptance", None, 11),
    FormSpec("rights_notice", "人民调解当事人权利义务告知书", "rights_notice", None, 20),
    FormSpec("investigation", "人民调解调查记录", "investigation", "investigation", 50),
    FormSpec("session", "人民调解记录", "session", "session", 70),
    FormSpec("agreement", "人民调解协议书", "agreement", "agreement", 80),
    FormSpec("oral_agreement", "人民调解口头协议登记表", "oral_agreement", "agreement", 81),
    FormSpec("follow_up", "人民调解回访记录", "follow_up", "follow_up", 100),
    FormSpec("judicial_confirmation", "司法确认申请书", "judicial_confirmation", "agreement",
             110),
    FormSpec("major_report", "重大疑难纠纷报告", "major_report", None, 115),
    FormSpec("closing_report", "人民调解结案报告表", "closing_report", None, 120),
    FormSpec("dossier_back", "卷宗封底（卷内备考表）", "dossier_back", None, 130),
)
BY_CODE = {f.code: f for f in FORMS}
FORM_CODES = tuple(f.code for f in FORMS)


def form(code: str) -> FormSpec | None:
    return BY_CODE.get(code)
