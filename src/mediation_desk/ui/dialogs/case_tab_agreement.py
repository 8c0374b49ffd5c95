"""The 协议 tab (agreements with terms, items, signatures) and the 文书 tab (which papers the
case file will hold; printing them arrives with the documents feature)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from mediation_desk.domain.money import format_yuan
from mediation_desk.domain.views import AgreementView, CaseDetail
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs import case_tab_html as h
from mediation_desk.ui.dialogs.case_tab_text import records_of


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

    # 文书 -------------------------------------------------------------------------------

    def documents(self, d: CaseDetail) -> str:
        intro = h.para(self.tr(
            "Printing these papers comes with the documents feature of a later version. "
            "Until then, this is the list of papers this case's file will hold, following "
            "the standard dossier index; nothing here is printed yet."))
        lines = [self._paper(name, state) for name, state in self._papers(d)]
        return intro + h.bullets(lines, raw=True)

    def _paper(self, name: str, state: str) -> str:
        return f"<b>{h.text(name)}</b>　{h.text(state)}" if state else f"<b>{h.text(name)}</b>"

    def _papers(self, d: CaseDetail) -> list[tuple[str, str]]:
        s = d.summary
        accepted = s.accepted_on is not None
        papers: list[tuple[str, str]] = [(self.tr("Dossier cover and index"), "")]
        papers.append((self.tr("Application for mediation") if d.application_channel
                       == "written" else self.tr("Registration form of an oral application"),
                       ""))
        if d.declined_reason:
            papers.append((self.tr("Notice that the dispute is not accepted"), ""))
        notices = records_of(d, "rights_notice")
        if accepted or notices:
            told = len({r.summary for r in notices})
            missing = accepted and told < len(d.parties)
            papers.append((self.tr("Notice of the parties' rights and duties"),
                           self.tr("⚠ still missing") if missing else
                           self.tr("%n on file", "", len(notices))))
            papers.append((self.tr("Identity papers of the parties"), ""))
        if any(p.agent_type == "authorised" for p in d.parties):
            papers.append((self.tr("Power of attorney"), ""))
        investigations = records_of(d, "investigation")
        if investigations:
            papers.append((self.tr("Investigation records"),
                           self.tr("%n on file", "", len(investigations))))
        sessions = records_of(d, "session")
        if accepted or sessions:
            papers.append((self.tr("Mediation records"),
                           self.tr("%n on file", "", len(sessions)) if sessions
                           else self.tr("⚠ still missing")))
        live = [a for a in d.agreements if not a.voided]
        for a in live:
            papers.append((self.tr("Mediation agreement") if a.kind == "written"
                           else self.tr("Registration form of an oral agreement"), ""))
            if a.items:
                papers.append((self.tr("Receipts and other proof of performance"), ""))
        followups = records_of(d, "follow_up")
        performed = s.status == "performed" or d.close_reason == "followed_up"
        if followups or performed:
            papers.append((self.tr("Follow-up visit records"),
                           self.tr("%n on file", "", len(followups)) if followups
                           else self.tr("⚠ still missing")))
        if records_of(d, "judicial_confirmation"):
            papers.append((self.tr("Judicial confirmation papers"), ""))
        if d.terminated_reason:
            papers.append((self.tr("Record of the termination and the routes the parties "
                                   "were told of"), ""))
        if d.closed_on:
            papers.append((self.tr("Closing report"), ""))
        papers.append((self.tr("Back cover"), ""))
        return papers
