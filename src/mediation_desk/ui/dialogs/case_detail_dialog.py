"""A read-only summary of one case (parties, facts, deadlines, what can be done next).

Personal data is shown exactly as the read model gives it, i.e. masked. The full case page
with editing comes later."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QWidget

from mediation_desk.domain.views import CaseDetail, PartyView
from mediation_desk.ui import labels
from mediation_desk.ui.forms.ui_case_detail_dialog import Ui_CaseDetailDialog
from mediation_desk.ui.state import UiState

STATE_KEY = "case_detail_dialog"


def _text(value: str) -> str:
    """User-typed text as HTML: escaped, line breaks kept."""
    return escape(value).replace("\n", "<br>")


class CaseDetailDialog(QDialog):
    def __init__(self, detail: CaseDetail, parent: QWidget | None = None, *,
                 state: UiState | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseDetailDialog()
        self.ui.setupUi(self)
        self.detail = detail
        self._state = state
        if state is not None:
            state.restore_window(self, STATE_KEY)
        s = detail.summary
        self.setWindowTitle(labels.fill(self.tr("Case %1"), s.case_no))
        self.ui.case_no_value.setText(s.case_no)
        self.ui.title_value.setText(s.title)
        self.ui.status_value.setText(self.status_text())
        self.ui.category_value.setText(s.category_label)
        self.ui.received_value.setText(s.received_on.isoformat())
        self.ui.host_value.setText(s.host_mediator_name or self.tr("not yet assigned"))
        self.ui.detail_browser.setHtml(self.body_html())

    def status_text(self) -> str:
        s = self.detail.summary
        text = labels.status_label(s.status)
        if s.is_major:
            text += self.tr(" · major dispute")
        if s.overdue:
            text += "  " + labels.overdue_marker()
        return text

    def body_html(self) -> str:
        d = self.detail
        parts = [self._section(self.tr("Parties"),
                               [self._party_line(p) for p in d.parties]
                               or [escape(self.tr("none recorded"))])]
        facts = [_text(d.facts) or escape(self.tr("none recorded"))]
        if d.requests:
            facts.append(escape(self.tr("Requests:")) + "<br>"
                         + "<br>".join(f"{i}. {_text(r)}" for i, r in enumerate(d.requests, 1)))
        parts.append(self._section(self.tr("Facts of the dispute"), facts))
        deadlines = [f"{dl.due_on.isoformat()}　{escape(labels.deadline_label(dl.kind))}　"
                     f"{escape(labels.days_left_text(dl.days_left))}" for dl in d.deadlines]
        parts.append(self._section(self.tr("Time limits"),
                                   deadlines or [escape(self.tr("nothing due"))]))
        allowed = [labels.action_label(a.action) for a in d.actions if a.allowed]
        parts.append(self._section(self.tr("What can be done next"),
                                   [escape(labels.join_names(allowed)) if allowed
                                    else escape(self.tr("nothing; the case is finished"))]))
        return "".join(parts)

    def _party_line(self, p: PartyView) -> str:
        facts = [labels.gender_label(p.gender)]
        if p.age is not None:
            facts.append(self.tr("%n year(s) old", "", p.age))
        facts += [p.phone_masked, p.id_number_masked]
        detail = labels.join_names([f for f in facts if f])
        who = labels.fill(self.tr("%1 (%2)"), p.name, detail) if detail else p.name
        line = f"<b>{escape(labels.role_label(p.role))}</b>　{escape(who)}"
        if p.address:
            line += "<br>　　" + escape(labels.fill(self.tr("Address: %1"), p.address))
        return line

    @staticmethod
    def _section(title: str, lines: list[str]) -> str:
        body = "".join(f"<p style='margin:2px 0 2px 12px'>{line}</p>" for line in lines)
        return f"<h3 style='margin:10px 0 4px 0'>{escape(title)}</h3>{body}"

    def done(self, result: int) -> None:
        if self._state is not None:
            self._state.save_window(self, STATE_KEY)
        super().done(result)
