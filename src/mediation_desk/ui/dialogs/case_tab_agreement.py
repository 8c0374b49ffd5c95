"""The 协议 tab: agreements with terms, items and signatures (the 文书 tab, printing the
papers, is ``case_tab_papers``)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from mediation_desk.domain.money import format_yuan
from mediation_desk.domain.views import AgreementView, CaseDetail
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs import case_tab_html as h


def party_names(d: CaseDetail) -> dict[str, str]:
    return {p.id: p.name for p in d.parties}


class AgreementText(QObject):
    def yes_no(self, value: object) -> str:
        return self.tr("yes") if value else self.tr("no")

    def yuan(self, fen: int) -> str:
        return labels.fill(self.tr("%1 yuan"), format_yuan(fen))

    # 协议 -------------------------------------------------------------------------------

    def agreement(self, d: CaseDetail) -> str:
        if not d.agreements:
            return h.para(self.tr("No agreement has been recorded yet."))
        # The agreement in force first; agreements voided by re-mediation stay in the file.
        ordered = sorted(d.agreements, key=lambda a: (a.voided, a.reached_on))
        return "".join(self._one(d, a) for a in ordered)

    def _one(self, d: CaseDetail, a: AgreementView) -> str:
        title = (self.tr("Written agreement (mediation agreement form)") if a.kind == "written"
                 else self.tr("Oral agreement (registration form)"))
        if a.voided:
            title = labels.fill(self.tr("%1 — void, mediated again"), title)
        if a.effective_on is not None:
            effect = labels.fill(self.tr("in force since %1"), a.effective_on)
        else:
            effect = self.tr("⚠ not yet in force: signatures or the committee's seal "
                             "are missing")
        parts = [h.heading(title), h.rows([
            (self.tr("Number:"), a.number),
            (self.tr("Reached on:"), h.iso(a.reached_on)),
            (self.tr("Legal effect:"), effect),
            (self.tr("Copies:"), str(a.copies)),
            (self.tr("Total amount:"), self.yuan(a.amount_fen) if a.amount_fen else ""),
        ])]
        if a.facts_and_issues:
            parts += [h.para(self.tr("Facts and points in dispute:")),
                      h.para(a.facts_and_issues)]
        parts += [h.para(self.tr("Terms agreed:")), h.numbered(a.terms)]
        parts.append(h.rows([
            (self.tr("How it is performed:"), a.performance_manner),
            (self.tr("Where:"), a.performance_place),
            (self.tr("Performed by:"), h.iso(a.performance_deadline)),
        ]))
        if a.items:
            names = party_names(d)
            parts += [h.para(self.tr("Performance items:")), h.bullets(
                labels.join_names([v for v in (
                    i.description, names.get(i.obligor_party_id or "", ""),
                    labels.fill(self.tr("due %1"), i.due_on) if i.due_on else "",
                    self.yuan(i.amount_fen) if i.amount_fen else "",
                    h.value_label(i.status)) if v])
                for i in a.items)]
        if a.kind == "written":
            parts.append(h.rows([
                (self.tr("Signed by all parties:"), self.yes_no(a.all_parties_signed)),
                (self.tr("Signed by the mediator:"), self.yes_no(a.mediator_signed)),
                (self.tr("Signed by the recorder:"), self.yes_no(a.recorder_signed)),
                (self.tr("Committee seal:"), self.yes_no(a.sealed)),
            ]))
        return "".join(parts)
