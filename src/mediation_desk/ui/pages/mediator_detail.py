"""The roster page's detail pane: one mediator's certificates, specialties, honours,
training records and status history, as HTML (every user text escaped)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject

from mediation_desk.domain.roster_views import RosterEntry
from mediation_desk.ui import labels
from mediation_desk.ui import roster_labels as rl


def _d(value: object) -> str:
    return value.isoformat() if value is not None else "—"  # type: ignore[attr-defined]


def _rows(pairs: list[tuple[str, str]]) -> str:
    return "".join(f"<tr><th align='left'>{escape(k)}</th><td>{escape(v or '—')}</td></tr>"
                   for k, v in pairs)


def _table(headers: list[str], rows: list[list[str]], empty: str) -> str:
    if not rows:
        return f"<p>{escape(empty)}</p>"
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>"
                   for r in rows)
    return f"<table cellspacing='0' cellpadding='4' border='1'><tr>{head}</tr>{body}</table>"


class MediatorDetail(QObject):
    """Makes the pane's HTML (a QObject for its translated texts)."""

    def html(self, e: RosterEntry, misconduct: dict[str, str]) -> str:
        return "".join([self._head(e), self._facts(e, misconduct), self._training(e),
                        self._history(e, misconduct)])

    def _head(self, e: RosterEntry) -> str:
        parts = [f"<h3>{escape(e.name)}　{escape(rl.role_label(e.role, e.is_chief))}</h3>"]
        parts += [f"<p>⚠ {escape(rl.warning_text(w))}</p>" for w in e.warnings]
        return "".join(parts)

    def _facts(self, e: RosterEntry, misconduct: dict[str, str]) -> str:
        term = f"{_d(e.term_start)} — {_d(e.term_end)}" if e.term_end else _d(e.term_start)
        status = rl.status_label(e.status)
        if e.status != "active" or e.status_reason_code:
            status = labels.fill(self.tr("%1 (%2, %3)"), status,
                                 rl.reason_label(e.status_reason_code, misconduct),
                                 _d(e.status_changed_on))
        age = "" if e.age is None else str(e.age)
        letter = f"{e.certificate_no}　{_d(e.certificate_issued_on)}" if e.certificate_no else ""
        return "<table cellspacing='0' cellpadding='3'>" + _rows([
            (self.tr("Gender, age"), "　".join(x for x in (labels.gender_label(e.gender), age)
                                              if x)),
            (self.tr("Appointment"), f"{rl.method_label(e.appointment_method)}　"
                                     f"{rl.employment_label(e.employment)}"),
            (self.tr("First appointed on"), _d(e.appointed_on)),
            (self.tr("Current term"), term),
            (self.tr("Status"), status),
            (self.tr("Letter of appointment (聘书)"), letter),
            (self.tr("Work certificate (上岗证)"), e.work_cert_no),
            (self.tr("Specialties"), labels.join_names(e.specialty_labels)),
            (self.tr("Level"), e.level),
            (self.tr("Honours"), labels.join_names(e.honours)),
        ]) + "</table>"

    def _training(self, e: RosterEntry) -> str:
        title = labels.fill(self.tr("Training: %1 course(s), %2 hours"), len(e.trainings),
                            f"{e.training_hours:g}")
        exam = {None: "", True: self.tr("passed"), False: self.tr("not passed")}
        return f"<h4>{escape(title)}</h4>" + _table(
            [self.tr("Date"), self.tr("Organised by"), self.tr("Topic"), self.tr("Hours"),
             self.tr("Exam")],
            [[_d(t.held_on), t.organiser, t.topic, f"{t.hours:g}", exam[t.exam_passed]]
             for t in e.trainings],
            self.tr("No training recorded."))

    def _history(self, e: RosterEntry, misconduct: dict[str, str]) -> str:
        return f"<h4>{escape(self.tr('Appointments and status changes'))}</h4>" + _table(
            [self.tr("Date"), self.tr("From"), self.tr("To"), self.tr("Reason"),
             self.tr("Details"), self.tr("New term ends")],
            [[_d(h.changed_on), rl.status_label(h.from_status), rl.status_label(h.to_status),
              rl.reason_label(h.reason_code, misconduct), h.reason_text,
              _d(h.new_term_end) if h.new_term_end else ""] for h in reversed(e.history)],
            self.tr("No changes since the appointment."))


def detail_html(e: RosterEntry, misconduct: dict[str, str]) -> str:
    return MediatorDetail().html(e, misconduct)
