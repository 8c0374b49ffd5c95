"""The queries behind the statistics: one row of facts per case registered in a date range,
and the screening and joint-defence counts per station.

A handful of grouped queries whatever the number of cases (no query per case): a township's
year is 100,000 cases. Functions take the session and never commit."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from mediation_desk.domain.deadlines import major_report_due
from mediation_desk.domain.enums import (
    CaseStatus,
    ConfirmationResult,
    EscalationKind,
    GroupStatus,
    ShiftStatus,
)
from mediation_desk.domain.stat_rules import CaseStatFacts
from mediation_desk.store.tables import (
    Agreement,
    Escalation,
    FollowUpVisit,
    GroupMember,
    Household,
    IncidentReport,
    JointDefenseGroup,
    JudicialConfirmation,
    MediationCase,
    PatrolLog,
    PatrolShift,
    ScreeningFinding,
    ScreeningRound,
    StatisticsReport,
    SyncImport,
)

LOCAL_TZ = timezone(timedelta(hours=8))  # reports count days as the village lives them


def _live(model: Any) -> Any:
    return model.voided_at.is_(None)


def _cases_in(start: date, end: date) -> Any:
    return (select(MediationCase.id)
            .where(_live(MediationCase), MediationCase.received_on >= start,
                   MediationCase.received_on <= end))


def case_facts(session: Session, start: date, end: date, buckets: Mapping[str, str],
               default_bucket: str = "self") -> list[CaseStatFacts]:
    """Facts of every live case registered from ``start`` to ``end`` (inclusive).

    ``buckets`` maps a case-source code to its statistical bucket (self|applied|referred)."""
    ids = _cases_in(start, end)
    agreements: dict[str, tuple[str, date, int]] = {}
    for case_id, kind, reached_on, amount in session.execute(
            select(Agreement.case_id, Agreement.kind, Agreement.reached_on, Agreement.amount_fen)
            .where(_live(Agreement), Agreement.case_id.in_(ids))  # type: ignore[attr-defined]
            .order_by(Agreement.reached_on, Agreement.created_at)):
        agreements[case_id] = (kind, reached_on, amount)  # the latest one stays
    followups = dict(session.execute(
        select(FollowUpVisit.case_id, func.count())
        .where(_live(FollowUpVisit), FollowUpVisit.case_id.in_(ids))  # type: ignore[attr-defined]
        .group_by(FollowUpVisit.case_id)).all())
    applied: set[str] = set()
    confirmed: set[str] = set()
    for case_id, result in session.execute(
            select(JudicialConfirmation.case_id, JudicialConfirmation.result)
            .where(_live(JudicialConfirmation),
                   JudicialConfirmation.case_id.in_(ids))):  # type: ignore[attr-defined]
        applied.add(case_id)
        if result == ConfirmationResult.CONFIRMED:
            confirmed.add(case_id)
    reports = dict(session.execute(
        select(Escalation.case_id, func.min(Escalation.reported_on))
        .where(_live(Escalation), Escalation.kind == EscalationKind.MAJOR_REPORT.value,
               Escalation.written, Escalation.case_id.in_(ids))  # type: ignore[attr-defined]
        .group_by(Escalation.case_id)).all())
    c = MediationCase
    out: list[CaseStatFacts] = []
    for r in session.execute(
            select(c.id, c.origin_station_id, c.category_code, c.sub_category, c.source_code,
                   c.status, c.received_on, c.accepted_on, c.declined_on, c.terminated_on,
                   c.escalated_from, c.prevented_outcome, c.prevented_persons, c.performed_on,
                   c.is_major, c.major_flagged_on)
            .where(_live(c), c.received_on >= start, c.received_on <= end)
            .order_by(c.received_on, c.year, c.seq)):
        agreement = agreements.get(r.id)
        out.append(CaseStatFacts(
            case_id=r.id, station_id=r.origin_station_id, category=r.category_code,
            sub_category=(r.sub_category or "").strip(),
            source_bucket=buckets.get(r.source_code, default_bucket),
            status=CaseStatus(r.status), received_on=r.received_on, accepted_on=r.accepted_on,
            declined_on=r.declined_on, terminated_on=r.terminated_on,
            escalated_from=r.escalated_from, prevented_outcome=r.prevented_outcome or None,
            prevented_persons=r.prevented_persons or 0, performed_on=r.performed_on,
            is_major=bool(r.is_major), major_flagged_on=r.major_flagged_on,
            agreement_kind=agreement[0] if agreement else None,
            agreement_on=agreement[1] if agreement else None,
            amount_fen=(agreement[2] or 0) if agreement else 0,
            followups=followups.get(r.id, 0), confirmation_applied=r.id in applied,
            confirmation_confirmed=r.id in confirmed, major_reported_on=reports.get(r.id)))
    return out


def screening_counts(session: Session, start: date, end: date) -> dict[str, dict[str, int]]:
    """station id → rounds, zero_reports, findings, findings_to_cases, major_findings,
    major_findings_reported for the rounds held in the range."""
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    held: dict[str, tuple[str, date]] = {}
    for rid, station, zero, held_on in session.execute(
            select(ScreeningRound.id, ScreeningRound.origin_station_id,
                   ScreeningRound.is_zero_report, ScreeningRound.held_on)
            .where(_live(ScreeningRound), ScreeningRound.held_on >= start,
                   ScreeningRound.held_on <= end)):
        held[rid] = (station, held_on)
        out[station]["rounds"] += 1
        out[station]["zero_reports"] += 1 if zero else 0
    round_ids = select(ScreeningRound.id).where(
        _live(ScreeningRound), ScreeningRound.held_on >= start, ScreeningRound.held_on <= end)
    for round_id, case_id, major, reported_on in session.execute(
            select(ScreeningFinding.round_id, ScreeningFinding.case_id,
                   ScreeningFinding.is_major, ScreeningFinding.reported_on)
            .where(_live(ScreeningFinding),
                   ScreeningFinding.round_id.in_(round_ids))):  # type: ignore[attr-defined]
        station, held_on = held[round_id]
        counts = out[station]
        counts["findings"] += 1
        counts["findings_to_cases"] += 1 if case_id else 0
        if major:
            counts["major_findings"] += 1
            if reported_on is not None and reported_on <= major_report_due(held_on):
                counts["major_findings_reported"] += 1
    return {k: dict(v) for k, v in out.items()}


def joint_defence_counts(session: Session, start: date, end: date, on: date
                         ) -> dict[str, dict[str, int]]:
    """station id → groups, households, households_covered (memberships on day ``on``),
    shifts, shifts_done, shifts_missed, patrol_logs, incidents, incidents_to_cases."""
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    active = select(JointDefenseGroup.id).where(
        _live(JointDefenseGroup), JointDefenseGroup.status == GroupStatus.ACTIVE.value)
    for station, n in session.execute(
            select(JointDefenseGroup.origin_station_id, func.count())
            .where(JointDefenseGroup.id.in_(active))  # type: ignore[attr-defined]
            .group_by(JointDefenseGroup.origin_station_id)):
        out[station]["groups"] = n
    for station, n in session.execute(
            select(Household.origin_station_id, func.count())
            .where(_live(Household)).group_by(Household.origin_station_id)):
        out[station]["households"] = n
    for station, n in session.execute(
            select(GroupMember.origin_station_id,
                   func.count(func.distinct(GroupMember.household_id)))
            .where(_live(GroupMember), GroupMember.group_id.in_(active),  # type: ignore[attr-defined]
                   GroupMember.joined_on <= on,
                   (GroupMember.left_on.is_(None)) | (GroupMember.left_on > on))  # type: ignore[union-attr,operator]
            .group_by(GroupMember.origin_station_id)):
        out[station]["households_covered"] = n
    for station, status, n in session.execute(
            select(PatrolShift.origin_station_id, PatrolShift.status, func.count())
            .where(_live(PatrolShift), PatrolShift.shift_date >= start,
                   PatrolShift.shift_date <= end)
            .group_by(PatrolShift.origin_station_id, PatrolShift.status)):
        out[station]["shifts"] += n
        if status == ShiftStatus.DONE.value:
            out[station]["shifts_done"] += n
        elif status == ShiftStatus.MISSED.value:
            out[station]["shifts_missed"] += n
    shifts = select(PatrolShift.id).where(_live(PatrolShift), PatrolShift.shift_date >= start,
                                          PatrolShift.shift_date <= end)
    for station, n in session.execute(
            select(PatrolLog.origin_station_id, func.count())
            .where(_live(PatrolLog), PatrolLog.shift_id.in_(shifts))  # type: ignore[attr-defined]
            .group_by(PatrolLog.origin_station_id)):
        out[station]["patrol_logs"] = n
    since, until = _utc_bounds(start, end)
    for station, case_id, n in session.execute(
            select(IncidentReport.origin_station_id, IncidentReport.case_id.is_not(None),  # type: ignore[union-attr]
                   func.count())
            .where(_live(IncidentReport), IncidentReport.reported_at >= since,
                   IncidentReport.reported_at < until)
            .group_by(IncidentReport.origin_station_id, IncidentReport.case_id.is_not(None))):  # type: ignore[union-attr]
        out[station]["incidents"] += n
        if case_id:
            out[station]["incidents_to_cases"] += n
    return {k: dict(v) for k, v in out.items()}


def earliest_case_date(session: Session) -> date | None:
    return session.scalar(select(func.min(MediationCase.received_on))
                          .where(_live(MediationCase)))


def _utc_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    since = datetime.combine(start, time(), LOCAL_TZ).astimezone(UTC)
    until = datetime.combine(end + timedelta(days=1), time(), LOCAL_TZ).astimezone(UTC)
    return since, until


def monthly_reports(session: Session, *, committee_id: str | None = None,
                    period_key: str | None = None) -> Sequence[StatisticsReport]:
    """Live monthly reports (a village's own, or the villages' at a township), by period."""
    stmt = select(StatisticsReport).where(_live(StatisticsReport),
                                          StatisticsReport.kind == "monthly")
    if committee_id is not None:
        stmt = stmt.where(StatisticsReport.committee_id == committee_id)
    if period_key is not None:
        stmt = stmt.where(StatisticsReport.period_key == period_key)
    return session.scalars(stmt.order_by(StatisticsReport.period_key)).all()


def statistics_imports(session: Session) -> list[tuple[str, datetime, dict[str, Any]]]:
    """(village station, imported at, statistics document) of every statistics-only bundle
    imported here, oldest first."""
    rows = session.execute(
        select(SyncImport.from_station_id, SyncImport.imported_at, SyncImport.statistics)
        .where(SyncImport.export_level == "statistics", SyncImport.statistics.is_not(None))  # type: ignore[union-attr]
        .order_by(SyncImport.imported_at)).all()
    return [(r[0], r[1], r[2]) for r in rows if isinstance(r[2], dict)]


def statistics_imports_from(session: Session, station_id: str) -> int:
    """How many statistics-only bundles this station sent here."""
    return session.scalar(select(func.count()).select_from(SyncImport).where(
        SyncImport.export_level == "statistics",
        SyncImport.from_station_id == station_id)) or 0


def case_count(session: Session, station_id: str) -> int:
    """Live cases of a station held here (0: the township has only its statistics)."""
    return session.scalar(select(func.count()).select_from(MediationCase).where(
        _live(MediationCase), MediationCase.origin_station_id == station_id)) or 0
