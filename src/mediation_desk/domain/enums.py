"""Enumerations of the domain. Values are stable identifiers stored in the database and
written into sync bundles: add members, never rename them."""

from __future__ import annotations

from enum import StrEnum


class StationKind(StrEnum):
    VILLAGE = "village"
    TOWNSHIP = "township"


class CaseStatus(StrEnum):
    """The legal life of a case (domain.md §5.1)."""

    REGISTERED = "registered"  # 登记
    DECLINED = "declined"  # 不予受理
    ACCEPTED = "accepted"  # 已受理
    IN_MEDIATION = "in_mediation"  # 调解中
    ESCALATED = "escalated"  # 已上报/移交
    AGREEMENT_REACHED = "agreement_reached"  # 达成协议
    PERFORMING = "performing"  # 履行中
    PERFORMED = "performed"  # 履行完毕
    NON_PERFORMANCE = "non_performance"  # 未履行
    TERMINATED = "terminated"  # 调解终止
    CLOSED = "closed"  # 结案
    ARCHIVED = "archived"  # 已归档


class CaseAction(StrEnum):
    """Named lifecycle actions; each maps to one or more allowed transitions."""

    ACCEPT = "accept"
    DECLINE = "decline"
    START_MEDIATION = "start_mediation"
    REACH_AGREEMENT = "reach_agreement"
    TERMINATE = "terminate"
    ESCALATE = "escalate"
    RETURN_FROM_ESCALATION = "return_from_escalation"
    START_PERFORMANCE = "start_performance"
    COMPLETE_PERFORMANCE = "complete_performance"
    MARK_NON_PERFORMANCE = "mark_non_performance"
    REMEDIATE = "remediate"
    CLOSE = "close"
    ARCHIVE = "archive"


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"
    UNKNOWN = "unknown"


class IdType(StrEnum):
    RESIDENT_ID = "resident_id"  # 居民身份证 (GB 11643)
    HMT_PERMIT = "hmt_permit"  # 港澳台居民居住证/通行证
    PASSPORT = "passport"
    OTHER = "other"


class PartyRole(StrEnum):
    APPLICANT = "applicant"  # 申请人
    RESPONDENT = "respondent"  # 被申请人
    PARTY = "party"  # 当事人 (self-initiated mediation has no applicant)
    THIRD = "third"  # 第三人


class AgentType(StrEnum):
    NONE = "none"
    AUTHORISED = "authorised"  # 委托代理人
    LEGAL = "legal"  # 法定代理人


class ApplicationChannel(StrEnum):
    WRITTEN = "written"
    ORAL = "oral"


class AgreementKind(StrEnum):
    WRITTEN = "written"  # 人民调解协议书
    ORAL = "oral"  # 口头协议登记表


class NoticeMethod(StrEnum):
    ORAL = "oral"
    WRITTEN = "written"


class SessionResult(StrEnum):
    CONTINUE = "continue"  # 需继续调解
    AGREEMENT = "agreement"  # 达成协议
    FAILED = "failed"  # 调解不成


class PerformanceStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"
    OVERDUE = "overdue"
    WAIVED = "waived"


class ConfirmationResult(StrEnum):
    PENDING = "pending"
    CONFIRMED = "confirmed"  # 确认有效
    REJECTED = "rejected"  # 不予确认 / 驳回
    NOT_ACCEPTED = "not_accepted"  # 不予受理


class EscalationKind(StrEnum):
    MAJOR_REPORT = "major_report"  # 重大疑难纠纷报告 (2 days, written)
    POLICE_REPORT = "police_report"  # Law Art. 25: may turn into a security/criminal case
    TRANSFER = "transfer"  # 移交 township / other body
    JOINT_MEDIATION = "joint_mediation"  # 联合调解 (cross-village)


class RecusalResult(StrEnum):
    PENDING = "pending"
    GRANTED = "granted"
    REFUSED = "refused"


class MediatorRole(StrEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    MEMBER = "member"
    HIRED = "hired"


class AppointmentMethod(StrEnum):
    ELECTED = "elected"
    APPOINTED = "appointed"


class Employment(StrEnum):
    FULL_TIME = "full_time"
    PART_TIME = "part_time"


class MediatorStatus(StrEnum):
    ACTIVE = "active"
    TERM_ENDED = "term_ended"
    RESIGNED = "resigned"
    RECALLED = "recalled"
    DISMISSED = "dismissed"
    REPLACED = "replaced"
    DECEASED = "deceased"


class StatusReason(StrEnum):
    """Why a mediator's status changed, apart from the misconduct grounds of Law Art. 15 and
    the 2002 rule (code table ``misconduct``)."""

    RE_ELECTED = "re_elected"  # 连选连任
    REAPPOINTED = "reappointed"  # 续聘
    TERM_ENDED = "term_ended"  # 任期届满
    RESIGNED = "resigned"  # 本人辞职
    UNABLE = "unable"  # 因病等原因不能履职
    MOVED_AWAY = "moved_away"  # 迁出本村
    DECEASED = "deceased"
    OTHER = "other"


class Relation(StrEnum):
    """A recorded family tie, read from ``person`` towards ``relative``. 近亲属 are the first
    seven (民法典 第一千零四十五条); in-laws are recorded too, since villagers see them as
    reasons for recusal."""

    SPOUSE = "spouse"
    PARENT = "parent"
    CHILD = "child"
    SIBLING = "sibling"
    GRANDPARENT = "grandparent"
    GRANDCHILD = "grandchild"
    IN_LAW = "in_law"
    OTHER = "other"


class ScreeningFrequency(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


class Complexity(StrEnum):
    SIMPLE = "simple"
    GENERAL = "general"
    MAJOR = "major"


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class GroupStatus(StrEnum):
    ACTIVE = "active"
    DISSOLVED = "dissolved"


class ShiftStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    MISSED = "missed"
    SWAPPED = "swapped"


class IncidentKind(StrEnum):
    DISPUTE = "dispute"
    SECURITY_HAZARD = "security_hazard"
    SUSPICIOUS_PERSON = "suspicious_person"
    FIRE = "fire"
    WELFARE = "welfare"  # 空巢老人、留守儿童
    OTHER = "other"


class IncidentRoute(StrEnum):
    SELF_HANDLED = "self_handled"
    SECURITY_COMMITTEE = "security_committee"  # 治保会
    MEDIATION_COMMITTEE = "mediation_committee"  # 调委会 → creates a case
    POLICE = "police"  # 派出所


class Retention(StrEnum):
    SHORT = "short"  # 短期
    LONG = "long"  # 长期
    PERMANENT = "permanent"  # 永久


class CodeTable(StrEnum):
    """Versioned, editable code tables (domain.md §9.1, §4.3, §5)."""

    DISPUTE_CATEGORY = "dispute_category"
    CASE_SOURCE = "case_source"
    DECLINE_REASON = "decline_reason"
    TERMINATION_REASON = "termination_reason"
    ADVISED_ROUTE = "advised_route"
    MAJOR_CRITERION = "major_criterion"
    PREVENTED_OUTCOME = "prevented_outcome"
    CLOSE_REASON = "close_reason"
    MEDIATOR_SPECIALTY = "mediator_specialty"
    MISCONDUCT = "misconduct"
