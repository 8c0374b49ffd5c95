"""Builds one demo case's rows along a legal path to a chosen status.

Every path is one the state machine allows (domain.lifecycle), with dates in order and never
after today, so the demo store passes `check` and behaves like a real one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from random import Random
from typing import Any

from mediation_desk.domain import deadlines as dl
from mediation_desk.domain.enums import CaseStatus
from mediation_desk.services.demo.storykit import DisputeStory
from mediation_desk.store.tables import (
    Agreement,
    CaseMediator,
    CaseParty,
    Escalation,
    FollowUpVisit,
    InvestigationRecord,
    JudicialConfirmation,
    MediationCase,
    MediationSession,
    PerformanceItem,
    RightsNotice,
    new_id,
)

S = CaseStatus
ROUTES = ("litigation", "arbitration", "administrative")


@dataclass
class CaseRows:
    """Rows per table class for one case, parents first."""

    rows: dict[type, list[dict[str, Any]]] = field(default_factory=dict)
    new_id: Callable[[], str] = new_id

    def add(self, model: type, **values: Any) -> dict[str, Any]:
        if "id" not in values:
            values["id"] = self.new_id()
        self.rows.setdefault(model, []).append(values)
        return values


@dataclass(frozen=True, slots=True)
class Party:
    person_id: str
    snapshot: dict[str, Any]  # snapshot_* columns of case_party


class CaseBuilder:
    def __init__(self, rng: Random, today: date, mediators: list[str],
                 id_factory: Callable[[], str] = new_id) -> None:
        self.new_id = id_factory
        self.rng = rng
        self.today = today
        self.mediators = mediators

    def build(self, *, target: CaseStatus, case: dict[str, Any], parties: list[Party],
              story: DisputeStory, received: date) -> CaseRows:
        """``case`` holds the case's identity columns; the path fills the rest."""
        out = CaseRows(new_id=self.new_id)
        c = out.add(MediationCase, **case, received_on=received, last_event_on=received,
                    status=S.REGISTERED.value, title=story.title, facts=story.facts,
                    requests=list(story.requests), category_code=story.category,
                    sub_category=story.sub_category, consent_recorded=True)
        party_rows = [out.add(CaseParty, case_id=c["id"], person_id=p.person_id, order_no=i,
                              role="applicant" if i == 0 else "respondent", consented=True,
                              **p.snapshot) for i, p in enumerate(parties)]
        if story.is_major_hint:
            self._major(out, c, received)
        self._walk(out, c, party_rows, story, target)
        self._deadline(out, c)
        return out

    def _later(self, d: date, lo: int, hi: int) -> date:
        # Never after today: a path that would run past today simply ends sooner.
        return min(d + timedelta(days=self.rng.randint(lo, hi)), self.today)

    # ---- steps

    def _walk(self, out: CaseRows, c: dict[str, Any], parties: list[dict[str, Any]],
              story: DisputeStory, target: CaseStatus) -> None:
        rng = self.rng
        if target == S.REGISTERED:
            return
        if target == S.DECLINED or (target == S.CLOSED and rng.random() < 0.08):
            self._step(c, S.DECLINED, self._later(c["received_on"], 0, 2),
                       declined_reason_code=rng.choice(("already_handled", "party_refuses")))
            c["declined_on"] = c["last_event_on"]
            if target == S.CLOSED:
                self._close(c, "declined", 0, 3)
            return
        if target == S.ESCALATED and rng.random() < 0.3:
            self._escalate(out, c, story)
            return
        self._accept(out, c)
        if target == S.ACCEPTED:
            return
        self._notice(out, c, parties)
        if rng.random() < 0.4:
            self._investigate(out, c, story)
        if target in (S.IN_MEDIATION, S.ESCALATED):
            for _ in range(rng.randint(0, 2)):
                self._session(out, c, story, "continue")
            if target == S.ESCALATED:
                self._escalate(out, c, story)
            return
        closing_via_escalation = target == S.CLOSED and rng.random() < 0.05
        if closing_via_escalation:
            self._escalate(out, c, story)
            self._close(c, "handled_elsewhere", 3, 20, result="乡镇调委会已调解结案")
            return
        if target == S.TERMINATED or (target == S.CLOSED and rng.random() < 0.15):
            self._session(out, c, story, "failed")
            self._step(c, S.TERMINATED, c["last_event_on"],
                       terminated_reason_code="mediation_failed",
                       terminated_note=story.failure_note,
                       advised_routes=list(rng.sample(ROUTES, rng.randint(1, 2))))
            c["terminated_on"] = c["last_event_on"]
            if target == S.CLOSED:
                if rng.random() < 0.7:
                    self._followup(out, c, parties, story)
                self._close(c, "terminated", 0, 10)
            return
        self._agreement(out, c, parties, story, target)

    def _step(self, c: dict[str, Any], status: CaseStatus, on: date, **values: Any) -> None:
        c.update(values, status=status.value, last_event_on=max(on, c["last_event_on"]))

    def _accept(self, out: CaseRows, c: dict[str, Any]) -> None:
        on = self._later(c["received_on"], 0, 2)
        host = self.rng.choice(self.mediators)
        out.add(CaseMediator, case_id=c["id"], mediator_id=host, is_host=True, assigned_on=on)
        if len(self.mediators) > 1 and self.rng.random() < 0.4:
            other = self.rng.choice([m for m in self.mediators if m != host])
            out.add(CaseMediator, case_id=c["id"], mediator_id=other, assigned_on=on)
        self._step(c, S.ACCEPTED, on, accepted_on=on, host_mediator_id=host,
                   due_on=dl.mediation_due_on(on))

    def _notice(self, out: CaseRows, c: dict[str, Any], parties: list[dict[str, Any]]) -> None:
        for p in parties:
            out.add(RightsNotice, case_id=c["id"], party_id=p["id"], given_on=c["accepted_on"],
                    method="written", acknowledged=True)
        self._step(c, S.IN_MEDIATION, c["accepted_on"])

    def _investigate(self, out: CaseRows, c: dict[str, Any], story: DisputeStory) -> None:
        on = self._later(c["last_event_on"], 1, 4)
        out.add(InvestigationRecord, case_id=c["id"], held_on=on, place="现场",
                investigator_ids=[c["host_mediator_id"]], content=story.investigation_note)
        c["last_event_on"] = on

    def _session(self, out: CaseRows, c: dict[str, Any], story: DisputeStory, result: str) -> None:
        on = self._later(c["last_event_on"], 1, 6)
        out.add(MediationSession, case_id=c["id"], held_on=on, place="村调解室",
                matter=story.title, mediator_ids=[c["host_mediator_id"]],
                content=story.session_note, result=result)
        c["last_event_on"] = on

    def _escalate(self, out: CaseRows, c: dict[str, Any], story: DisputeStory) -> None:
        on = self._later(c["last_event_on"], 1, 5)
        out.add(Escalation, case_id=c["id"], kind="transfer", to_body="镇人民调解委员会",
                reported_on=on, written=True, summary=story.title)
        self._step(c, S.ESCALATED, on, escalated_from=c["status"])

    def _major(self, out: CaseRows, c: dict[str, Any], received: date) -> None:
        c.update(is_major=True, major_criteria=["ownership_land_forest"],
                 major_flagged_on=received, complexity="major")
        # Most are reported in time; a few recent ones are not, and show as overdue.
        if received < self.today - timedelta(days=30) or self.rng.random() < 0.85:
            out.add(Escalation, case_id=c["id"], kind="major_report", to_body="镇司法所",
                    reported_on=self._later(received, 0, 2), written=True,
                    summary="重大疑难纠纷书面报告")

    def _agreement(self, out: CaseRows, c: dict[str, Any], parties: list[dict[str, Any]],
                   story: DisputeStory, target: CaseStatus) -> None:
        rng = self.rng
        self._session(out, c, story, "agreement")
        reached = c["last_event_on"]
        written = bool(story.performance_items) or rng.random() < 0.7
        a = out.add(Agreement, case_id=c["id"], kind="written" if written else "oral",
                    number=c["case_no"], facts_and_issues=story.agreement_facts,
                    terms=list(story.agreement_terms),
                    performance_manner=story.performance_manner,
                    copies=len(parties) + 1 if written else 1, reached_on=reached,
                    effective_on=reached, all_parties_signed=written, mediator_signed=written,
                    recorder_signed=written, sealed=written, amount_fen=story.amount_fen)
        c["amount_fen"] = story.amount_fen
        self._step(c, S.AGREEMENT_REACHED, reached)
        items = []
        for desc, fen, days, who in story.performance_items:
            items.append(out.add(PerformanceItem, agreement_id=a["id"], case_id=c["id"],
                                 obligor_party_id=parties[min(who, len(parties) - 1)]["id"],
                                 description=desc, amount_fen=fen,
                                 due_on=reached + timedelta(days=max(days, 1)),
                                 status="pending"))
        if written and rng.random() < 0.12:
            out.add(JudicialConfirmation, agreement_id=a["id"], case_id=c["id"],
                    applied_on=self._later(reached, 1, 20), court_name="县人民法院",
                    result=rng.choice(("confirmed", "confirmed", "pending")))
        if target == S.AGREEMENT_REACHED:
            return
        if items:
            self._step(c, S.PERFORMING, reached)
        if target == S.PERFORMING:
            for it in items[:-1]:
                self._done(it, reached)
            return
        if target == S.NON_PERFORMANCE:
            late = max(i["due_on"] for i in items) + timedelta(days=1)
            self._step(c, S.NON_PERFORMANCE, min(late, self.today))
            for it in items:
                it["status"] = "overdue"
            return
        for it in items:
            self._done(it, reached)
        performed = max([reached, *(i["done_on"] for i in items)])
        self._step(c, S.PERFORMED, performed, performed_on=performed)
        if target == S.PERFORMED:
            return
        self._followup(out, c, parties, story)
        self._close(c, "followed_up", 0, 2)
        if target == S.ARCHIVED:
            on = self._later(c["last_event_on"], 1, 30)
            self._step(c, S.ARCHIVED, on, archived_on=on)

    def _done(self, item: dict[str, Any], reached: date) -> None:
        span = (item["due_on"] - reached).days
        done = reached + timedelta(days=self.rng.randint(0, max(span, 0)))
        item["done_on"] = min(done, self.today)
        item["status"] = "done"

    def _followup(self, out: CaseRows, c: dict[str, Any], parties: list[dict[str, Any]],
                  story: DisputeStory) -> None:
        on = self._later(c["last_event_on"], 3, 15)
        out.add(FollowUpVisit, case_id=c["id"], visited_on=on, visited_party_id=parties[0]["id"],
                visitor_mediator_id=c["host_mediator_id"], performance_status="已履行",
                satisfaction="满意", note=story.followup_note)
        c["last_event_on"] = on

    def _close(self, c: dict[str, Any], reason: str, lo: int, hi: int, result: str = "") -> None:
        on = self._later(c["last_event_on"], lo, hi)
        self._step(c, S.CLOSED, on, closed_on=on, close_reason_code=reason, close_note=result)

    def _deadline(self, out: CaseRows, c: dict[str, Any]) -> None:
        items = out.rows.get(PerformanceItem, [])
        agreement = (out.rows.get(Agreement) or [None])[0]
        reports = [e["reported_on"] for e in out.rows.get(Escalation, [])
                   if e["kind"] == "major_report"]
        facts = dl.DeadlineFacts(
            status=S(c["status"]), accepted_on=c.get("accepted_on"),
            is_major=c.get("is_major", False), major_flagged_on=c.get("major_flagged_on"),
            major_reported_on=min(reports) if reports else None,
            agreement_effective_on=agreement["effective_on"] if agreement else None,
            performance=tuple(dl.PerformanceFact(item_id=i["id"], due_on=i["due_on"],
                                                 done=i["status"] == "done") for i in items),
            followup_visits=len(out.rows.get(FollowUpVisit, [])),
            terminated_on=c.get("terminated_on"))
        pending = [d for d in dl.case_deadlines(facts, c["received_on"], soon_days=0)
                   if d.kind != dl.DeadlineKind.CONFIRMATION_WINDOW]
        first = min(pending, key=lambda d: d.due_on, default=None)
        c["next_deadline_on"] = first.due_on if first else None
        c["next_deadline_kind"] = first.kind.value if first else None

    def span_days(self, target: CaseStatus) -> int:
        """How far back a case must start so that its path ends by today (generous)."""
        return {S.REGISTERED: 0, S.DECLINED: 3, S.ACCEPTED: 3, S.IN_MEDIATION: 25,
                S.ESCALATED: 30, S.AGREEMENT_REACHED: 30, S.PERFORMING: 30,
                S.PERFORMED: 130, S.NON_PERFORMANCE: 130, S.TERMINATED: 40,
                S.CLOSED: 170, S.ARCHIVED: 200}[target]
