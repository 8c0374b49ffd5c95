"""All table classes. Importing this package registers them on ``SQLModel.metadata``."""

from __future__ import annotations

from mediation_desk.store.tables.accounts import UserAccount
from mediation_desk.store.tables.base import SyncColumns, UtcDateTime, new_id, utcnow
from mediation_desk.store.tables.cases import (
    CaseMediator,
    CaseParty,
    MediationCase,
    RecusalRequest,
    RightsNotice,
)
from mediation_desk.store.tables.community import (
    GroupMember,
    IncidentReport,
    JointDefenseGroup,
    PatrolLog,
    PatrolRota,
    PatrolShift,
    ScreeningFinding,
    ScreeningRound,
)
from mediation_desk.store.tables.dossier import Attachment, Dossier, DossierItem, PaperOutput
from mediation_desk.store.tables.people import (
    Household,
    Mediator,
    MediatorStatusChange,
    MediatorTraining,
    Person,
    PersonRelation,
)
from mediation_desk.store.tables.records import (
    Agreement,
    Escalation,
    FollowUpVisit,
    InvestigationRecord,
    JudicialConfirmation,
    MediationSession,
    PerformanceItem,
    PerformanceReminder,
)
from mediation_desk.store.tables.station import (
    CaseNumberCounter,
    CodeEntry,
    Committee,
    EventLog,
    Station,
)
from mediation_desk.store.tables.sync import (
    StatisticsReport,
    SupervisionNote,
    SyncConflict,
    SyncExport,
    SyncImport,
    SyncParked,
    SyncProgress,
)

# Order matters for sync export/import: parents before children.
SYNCED_TABLES: tuple[type[SyncColumns], ...] = (
    Committee, CodeEntry, Household, Person, PersonRelation, Mediator, MediatorTraining,
    MediatorStatusChange,
    MediationCase, CaseParty, CaseMediator, RecusalRequest, RightsNotice,
    InvestigationRecord, MediationSession, Attachment, Agreement, PerformanceItem,
    PerformanceReminder, FollowUpVisit, JudicialConfirmation, Escalation,
    ScreeningRound, ScreeningFinding, JointDefenseGroup, GroupMember, PatrolRota, PatrolShift,
    PatrolLog,
    IncidentReport, Dossier, DossierItem, PaperOutput, EventLog, SupervisionNote,
    StatisticsReport,
)

__all__ = [
    "Agreement", "Attachment", "CaseMediator", "CaseNumberCounter", "CaseParty", "CodeEntry",
    "Committee", "Dossier", "DossierItem", "Escalation", "EventLog", "FollowUpVisit",
    "GroupMember", "Household", "IncidentReport", "InvestigationRecord", "JointDefenseGroup",
    "JudicialConfirmation", "MediationCase", "MediationSession", "Mediator",
    "MediatorStatusChange", "MediatorTraining", "PaperOutput", "PatrolLog", "PatrolRota",
    "PatrolShift", "PerformanceItem", "PerformanceReminder", "Person", "PersonRelation",
    "RecusalRequest", "RightsNotice", "SYNCED_TABLES", "ScreeningFinding", "ScreeningRound",
    "Station", "StatisticsReport", "SupervisionNote", "SyncColumns", "SyncConflict", "SyncExport", "SyncImport", "UserAccount",
    "SyncParked", "SyncProgress", "UtcDateTime", "new_id", "utcnow",
]
