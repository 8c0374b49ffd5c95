"""The retention review (个人信息保护法 第十九条; domain.md §4.1, §12 consequence 6): archived
dossiers whose period has run out are listed, and the chair decides for each: keep it until
a later day, or dispose of it (its personal data anonymised, ``retention_disposal``).

The decision is written into the case's dossier row (made if the case has none) and logged
(``retention.review``, in the case's history). Deciding needs ``RETENTION_REVIEW``; listing
too. A case that is not archived, or not yet due, is refused."""

from __future__ import annotations

from datetime import date

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.enums import CaseStatus, Retention
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import Permission
from mediation_desk.domain.privacy_views import RetentionDecisionView, RetentionDueView
from mediation_desk.domain.retention import (
    DECISIONS,
    DEFAULT_RETENTION,
    DISPOSED,
    KEEP,
    RETENTION_YEARS,
    add_years,
    due_on,
    is_due,
)
from mediation_desk.services import authz
from mediation_desk.services.case_state import resolve_case
from mediation_desk.services.retention_disposal import dispose
from mediation_desk.store import privacy_repo
from mediation_desk.store.tables import Dossier, MediationCase
from mediation_desk.store.uow import UnitOfWork

ACTION = "retention.review"
SHORTEST_YEARS = min(y for y in RETENTION_YEARS.values() if y is not None)


def due_for_review(ctx: AppContext, today: date | None = None) -> list[RetentionDueView]:
    """This station's archived dossiers past their period and not disposed of, the longest
    overdue first."""
    authz.require(ctx, Permission.RETENTION_REVIEW)
    with ctx.uow() as uow:
        return due_views(uow, today or ctx.today())


def due_views(uow: UnitOfWork, today: date) -> list[RetentionDueView]:
    """The due list inside an open unit of work (also for 今日待办)."""
    # Nothing archived less than the shortest period ago can be due: a keep_until is always
    # later than the due day it replaced.
    rows = privacy_repo.archived_by(uow.session, uow.station_id,
                                    add_years(today, -SHORTEST_YEARS))
    due = [(c, d, when) for c, d in rows
           if is_due(when := _due(c, d), today)]
    names = privacy_repo.party_names(uow.session, [c.id for c, _, _ in due])
    views = [RetentionDueView(
        case_id=c.id, case_no=c.case_no, title=c.title, parties=names.get(c.id, []),
        category=c.category_code, archived_on=c.archived_on, retention=_retention(d),
        due_on=when, keep_until=d.keep_until if d is not None else None)
        for c, d, when in due if c.archived_on is not None and when is not None]
    return sorted(views, key=lambda v: (v.due_on, v.case_no))


def decide(ctx: AppContext, case_id: str, decision: str = KEEP, *,
           keep_until: date | None = None, note: str = "") -> RetentionDecisionView:
    """``keep`` until ``keep_until`` (a day after today), or ``disposed``: anonymise."""
    authz.require(ctx, Permission.RETENTION_REVIEW)
    if decision not in DECISIONS:
        raise DomainError("retention.bad_decision", "decision", value=decision)
    today = ctx.today()
    if decision == KEEP:
        if keep_until is None:
            raise DomainError("field.required", "keep_until")
        if keep_until <= today:
            raise DomainError("retention.keep_until_past", "keep_until",
                              today=today.isoformat())
    with ctx.uow(write=True) as uow:
        case = resolve_case(uow, case_id)
        dossier = privacy_repo.dossier_of(uow.session, case.id)
        _check(case, dossier, today)
        if dossier is None:
            dossier = Dossier(case_id=case.id, retention=DEFAULT_RETENTION,
                              title=case.title)
            uow.session.add(dossier)
        before = {"decision": dossier.review_decision or None,
                  "keep_until": _iso(dossier.keep_until)}
        parties = persons = 0
        if decision == DISPOSED:
            done = dispose(uow, case)
            parties, persons = done.parties, done.persons
            dossier.title = case.title
            dossier.keep_until = None
        else:
            dossier.keep_until = keep_until
        dossier.review_decision = decision
        dossier.reviewed_on = today
        dossier.reviewed_by = uow.actor
        uow.session.flush()
        after = {"decision": decision, "keep_until": _iso(dossier.keep_until),
                 "note": note.strip(), "retention": dossier.retention,
                 **({"parties_anonymised": parties, "persons_anonymised": persons}
                    if decision == DISPOSED
                    else {})}
        uow.log(ACTION, "dossier", dossier.id, case_id=case.id,
                before={k: v for k, v in before.items() if v is not None} or None,
                after={k: v for k, v in after.items() if v not in (None, "")})
        uow.commit()
        return RetentionDecisionView(
            case_id=case.id, case_no=case.case_no, decision=decision, reviewed_on=today,
            reviewed_by=uow.actor, keep_until=dossier.keep_until, note=note.strip(),
            parties_anonymised=parties, persons_anonymised=persons)


def _check(case: MediationCase, dossier: Dossier | None, today: date) -> None:
    if case.status != CaseStatus.ARCHIVED.value or case.archived_on is None:
        raise DomainError("retention.not_archived", "case", case_no=case.case_no)
    if dossier is not None and dossier.review_decision == DISPOSED:
        raise DomainError("retention.disposed", "case", case_no=case.case_no,
                          reviewed_on=_iso(dossier.reviewed_on) or "")
    if _retention(dossier) == Retention.PERMANENT.value:
        raise DomainError("retention.permanent", "case", case_no=case.case_no)
    when = _due(case, dossier)
    if not is_due(when, today):
        raise DomainError("retention.not_due", "case", case_no=case.case_no,
                          due_on=_iso(when) or "")


def _due(case: MediationCase, dossier: Dossier | None) -> date | None:
    if dossier is None:
        return due_on(case.archived_on, DEFAULT_RETENTION)
    return due_on(case.archived_on, dossier.retention, dossier.keep_until,
                  dossier.review_decision)


def _retention(dossier: Dossier | None) -> str:
    return dossier.retention if dossier is not None and dossier.retention \
        else DEFAULT_RETENTION


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None
