"""Table models of the 同步 page and its review dialog: the export log (what went onto which
stick), the villages as the township sees them, the township's returns at a village, and
the records waiting for review with the fields that differ.

Problems say so in words ("⚠ 缺 340–410", "⚠ 不一致"), never by colour alone. ID numbers
never appear; phone numbers only masked."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from mediation_desk.bootstrap import CHINA_TZ
from mediation_desk.domain.phone import mask_phone
from mediation_desk.domain.sync_views import (
    ConflictView,
    ExportView,
    PeerView,
    ReceiptView,
    SupervisionNoteView,
    VillageView,
)
from mediation_desk.ui import labels
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.models.column_table_model import Column, ColumnTableModel
from mediation_desk.wording import messages, sync_text

MAX_VALUE = 200  # characters of a differing value shown in a cell; the tooltip has it all
# Bookkeeping every row carries: the review shows the times separately, the rest means
# nothing to a person deciding which copy is right.
_HIDDEN_FIELDS = {"id", "origin_station_id", "row_version", "change_seq", "created_at",
                  "updated_at"}
# Column names the shared field labels do not know, in (Chinese, English).
_FIELDS: dict[str, tuple[str, str]] = {
    "accepted_on": ("受理日期", "accepted on"), "declined_on": ("不予受理日期", "declined on"),
    "terminated_on": ("终止日期", "terminated on"), "closed_on": ("结案日期", "closed on"),
    "performed_on": ("履行完毕日期", "performed on"), "archived_on": ("归档日期", "archived on"),
    "last_event_on": ("最近办理日期", "last step on"), "category_code": ("纠纷类别", "category"),
    "source_code": ("纠纷来源", "source"), "created_by": ("录入人", "entered by"),
    "voided_at": ("作废时间", "voided at"), "void_reason": ("作废原因", "reason for voiding"),
    "case_id": ("所属案件", "case"), "order_no": ("序号", "order"), "seq": ("序号", "number"),
    "text": ("内容", "text"), "kind": ("种类", "kind"), "notes": ("备注", "notes"),
    "next_deadline_on": ("下一个期限", "next deadline"),
    "next_deadline_kind": ("下一个期限的种类", "kind of the next deadline"),
    "extended_due_on": ("延长后的期限", "extended deadline"),
    "major_flagged_on": ("标记重大纠纷日期", "flagged major on"),
    "close_reason_code": ("结案方式", "how closed"), "close_note": ("结案说明", "closing note"),
}


# What each synced table holds, in (Chinese, English): the review names the record.
_TABLES: dict[str, tuple[str, str]] = {
    "committee": ("调委会", "committee"), "household": ("农户", "household"),
    "person": ("人员", "person"), "person_relation": ("亲属关系", "family tie"),
    "mediator": ("调解员", "mediator"), "mediator_training": ("培训记录", "training"),
    "mediator_status_change": ("调解员变动", "mediator status"),
    "mediation_case": ("案件", "case"), "case_party": ("案件当事人", "party of a case"),
    "case_mediator": ("案件调解员", "mediator of a case"),
    "recusal_request": ("回避申请", "recusal"), "rights_notice": ("权利义务告知", "rights notice"),
    "investigation_record": ("调查记录", "investigation"),
    "mediation_session": ("调解记录", "mediation session"), "attachment": ("附件", "attachment"),
    "agreement": ("调解协议", "agreement"), "performance_item": ("履行事项", "performance item"),
    "performance_reminder": ("督促履行", "reminder"), "follow_up_visit": ("回访记录", "follow-up"),
    "judicial_confirmation": ("司法确认", "judicial confirmation"),
    "escalation": ("上报移交", "escalation"), "screening_round": ("排查记录", "screening round"),
    "screening_finding": ("排查发现", "screening finding"),
    "joint_defense_group": ("联防组", "joint-defence group"),
    "group_member": ("联防组成员", "group member"), "patrol_rota": ("巡逻轮值表", "patrol rota"),
    "patrol_shift": ("巡逻值日", "patrol shift"), "patrol_log": ("巡逻记录", "patrol log"),
    "incident_report": ("情况报告", "incident report"), "dossier": ("卷宗", "dossier"),
    "dossier_item": ("卷宗目录", "dossier item"), "paper_output": ("打印记录", "printed paper"),
    "event_log": ("办理记录", "event log"), "supervision_note": ("督办意见", "supervision note"),
}


def when_text(moment: datetime | None) -> str:
    """A moment as a Beijing wall-clock time, "2026-11-21 10:00"; "—" when unknown."""
    if moment is None:
        return "—"
    if moment.tzinfo is None:
        return moment.strftime("%Y-%m-%d %H:%M")
    return moment.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M")


def day_text(moment: datetime | date | None) -> str:
    if moment is None:
        return "—"
    if isinstance(moment, datetime):
        return when_text(moment)[:10]
    return moment.isoformat()


def lag_text(days: int | None) -> str:
    if days is None:
        return QCoreApplication.translate("SyncModels", "Nothing yet")
    if days <= 0:
        return QCoreApplication.translate("SyncModels", "Today")
    return QCoreApplication.translate("SyncModels", "%n day(s) ago", "", days)


def gaps_text(gaps: list[tuple[int, int]]) -> str:
    if not gaps:
        return QCoreApplication.translate("SyncModels", "None")
    return labels.fill(QCoreApplication.translate("SyncModels", "⚠ Missing %1"), sync_text.ranges_text(gaps, current_language()))


def digest_text(ok: bool | None) -> str:
    if ok is None:
        return QCoreApplication.translate("SyncModels", "Not checked")
    return QCoreApplication.translate("SyncModels", "Match") if ok else QCoreApplication.translate("SyncModels", "⚠ Differ")


def acknowledged_text(e: ExportView) -> str:
    if e.acknowledged_at is not None:
        return labels.fill(QCoreApplication.translate("SyncModels", "Yes, %1"), day_text(e.acknowledged_at))
    return QCoreApplication.translate("SyncModels", "Not yet")


def spaced(fingerprint: str) -> str:
    """Wider gaps between the groups: easier to read out and compare one group at a time."""
    return "   ".join(fingerprint.split())


def upstream_text(up: PeerView | None) -> str:
    """The village's township: who, and the fingerprint compared at enrollment."""
    if up is None:
        return QCoreApplication.translate("SyncModels", "No township is enrolled yet. Before the first export, import the identity file (.mzid) the township's justice office gives you, and compare its fingerprint with the one on the township's screen.")
    return labels.fill(QCoreApplication.translate("SyncModels", "%1 (code %2)\nFingerprint: %3\nEnrolled %4 by %5"),
                       up.name, up.code, spaced(up.fingerprint), when_text(up.trusted_at), up.trusted_by or "—")


def states_text(cases_by_state: dict[str, int]) -> str:
    """"案件：未导出 3 件；乡镇已接收 22 件" in the order a case moves through them."""
    lang = current_language()
    states = [labels.fill(QCoreApplication.translate("SyncModels", "%1: %2"), sync_text.state_label(s, lang), cases_by_state[s])
              for s in sync_text.STATES if cases_by_state.get(s)]
    if not states:
        return QCoreApplication.translate("SyncModels", "No cases yet.")
    return labels.fill(QCoreApplication.translate("SyncModels", "Cases — %1"), QCoreApplication.translate("SyncModels", "; ").join(states))


def last_export_text(e: ExportView | None, last_receipt_at: datetime | None) -> str:
    if e is None:
        text = QCoreApplication.translate("SyncModels", "Nothing has been exported yet.")
    else:
        received = (labels.fill(QCoreApplication.translate("SyncModels", "received by the township %1"), when_text(e.acknowledged_at))
                    if e.acknowledged_at else QCoreApplication.translate("SyncModels", "not yet received by the township"))
        text = labels.fill(QCoreApplication.translate("SyncModels", "Last export: %1, %2, %3; %4"), when_text(e.created_at), e.file_name,
                           sync_text.level_label(e.export_level, current_language()), received)
    if last_receipt_at is not None:
        text += "\n" + labels.fill(QCoreApplication.translate("SyncModels", "Last receipt imported: %1"), when_text(last_receipt_at))
    return text


def export_text(e: ExportView) -> str:
    """What was written, for whom, and how many persons' data is now on the stick."""
    text = labels.fill(QCoreApplication.translate("SyncModels", "Bundle written: %1\nFor %2; %3; %4 case(s), %5 record(s), %6 person(s).\nTake the stick to the township. The receipt it writes back is imported here next time."),
                       e.file_path, e.to_name, sync_text.level_label(e.export_level, current_language()),
                       e.case_count, e.row_count, e.person_count)
    if e.row_count == 0:
        text += "\n" + QCoreApplication.translate("SyncModels", "Nothing changed since the township's last receipt: the bundle only lets the township check its totals.")
    return text


def receipts_text(views: list[ReceiptView]) -> str:
    """Each new receipt in words; those imported before only counted."""
    lang = current_language()
    lines = [line for v in views if v.status != "already"
             for line in sync_text.receipt_lines(v, lang)]
    already = sum(1 for v in views if v.status == "already")
    if already:
        lines.append(QCoreApplication.translate("SyncModels", "%n receipt(s) had been imported before.", "", already))
    return "\n".join(lines) or QCoreApplication.translate("SyncModels", "No receipt from the township was found there.")


def table_label(table: str) -> str:
    pair = _TABLES.get(table)
    return pair[1 if current_language() == "en" else 0] if pair else table


def field_name(column: str) -> str:
    lang = current_language()
    if column.startswith("snapshot_"):
        column = column.removeprefix("snapshot_")
    pair = _FIELDS.get(column)
    if pair is not None:
        return pair[1 if lang == "en" else 0]
    return messages.field_label(column, lang)


def value_text(column: str, value: Any) -> str:
    """A stored value for the review table; ID numbers hidden, phones masked."""
    if "id_number" in column and "masked" not in column:
        return QCoreApplication.translate("SyncModels", "(not shown)")
    if value is None or value == "":
        return QCoreApplication.translate("SyncModels", "(empty)")
    if isinstance(value, bool):
        return QCoreApplication.translate("SyncModels", "Yes") if value else QCoreApplication.translate("SyncModels", "No")
    if "phone" in column and isinstance(value, str):
        return mask_phone(value)
    if isinstance(value, dict | list):
        value = json.dumps(value, ensure_ascii=False)
    text = str(value)
    return text if len(text) <= MAX_VALUE else text[:MAX_VALUE] + "…"


def shown_fields(c: ConflictView) -> list[tuple[str, Any, Any]]:
    return [f for f in c.fields if f[0] not in _HIDDEN_FIELDS]


class ExportLogModel(ColumnTableModel[ExportView]):
    """The village's export log: answers "a stick was lost: what was on it"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = [
            Column("time", QCoreApplication.translate("SyncModels", "Exported at"), lambda e: when_text(e.created_at)),
            Column("who", QCoreApplication.translate("SyncModels", "By"), lambda e: e.actor),
            Column("level", QCoreApplication.translate("SyncModels", "Level"),
                   lambda e: sync_text.level_label(e.export_level, current_language())
                   + (QCoreApplication.translate("SyncModels", ", all records") if e.is_full else "")),
            Column("cases", QCoreApplication.translate("SyncModels", "Cases"), lambda e: str(e.case_count)),
            Column("persons", QCoreApplication.translate("SyncModels", "Persons"), lambda e: str(e.person_count)),
            Column("acknowledged", QCoreApplication.translate("SyncModels", "Received by the township"), acknowledged_text),
            Column("file", QCoreApplication.translate("SyncModels", "File"), lambda e: e.file_name),
        ]

    def reset_rows(self, rows: list[ExportView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def tooltip(self, row: ExportView) -> str | None:
        return row.file_path


class VillagesModel(ColumnTableModel[VillageView]):
    """The township's villages: when each last reported, and what is missing."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = [
            Column("name", QCoreApplication.translate("SyncModels", "Village"), lambda v: v.name),
            Column("code", QCoreApplication.translate("SyncModels", "Code"), lambda v: v.code),
            Column("last", QCoreApplication.translate("SyncModels", "Last bundle"), lambda v: day_text(v.last_bundle_at)),
            Column("lag", QCoreApplication.translate("SyncModels", "Age"), lambda v: lag_text(v.lag_days)),
            Column("gaps", QCoreApplication.translate("SyncModels", "Missing changes"), lambda v: gaps_text(v.gaps)),
            Column("digest", QCoreApplication.translate("SyncModels", "Totals check"), lambda v: digest_text(v.digest_ok)),
            Column("cases", QCoreApplication.translate("SyncModels", "Cases"), lambda v: str(v.cases)),
            Column("conflicts", QCoreApplication.translate("SyncModels", "To review"),
                   lambda v: labels.fill(QCoreApplication.translate("SyncModels", "⚠ %1"), v.conflicts) if v.conflicts else "0"),
            Column("parked", QCoreApplication.translate("SyncModels", "Waiting"), lambda v: str(v.parked)),
        ]

    def reset_rows(self, rows: list[VillageView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, station_id: str) -> int:
        return next((i for i, v in enumerate(self._rows) if v.station_id == station_id), -1)

    def tooltip(self, row: VillageView) -> str | None:
        return labels.fill(QCoreApplication.translate("SyncModels", "Fingerprint: %1"), row.fingerprint)

    def is_urgent(self, row: VillageView, column_key: str) -> bool:
        return ((column_key == "gaps" and bool(row.gaps))
                or (column_key == "digest" and row.digest_ok is False)
                or (column_key == "conflicts" and row.conflicts > 0))


class ReturnsModel(ColumnTableModel[SupervisionNoteView]):
    """Cases the township returned and not yet marked put right, at the village."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = [
            Column("case", QCoreApplication.translate("SyncModels", "Case"), lambda n: n.case_no),
            Column("on", QCoreApplication.translate("SyncModels", "Returned on"), lambda n: day_text(n.written_on)),
            Column("author", QCoreApplication.translate("SyncModels", "By"), lambda n: n.author),
            Column("text", QCoreApplication.translate("SyncModels", "Reason"), lambda n: n.text),
        ]

    def reset_rows(self, rows: list[SupervisionNoteView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def tooltip(self, row: SupervisionNoteView) -> str | None:
        return row.text


class ConflictsModel(ColumnTableModel[ConflictView]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = [
            Column("village", QCoreApplication.translate("SyncModels", "Village"), lambda c: c.station_name),
            Column("table", QCoreApplication.translate("SyncModels", "Record"), lambda c: table_label(c.table)),
            Column("fields", QCoreApplication.translate("SyncModels", "Differs in"),
                   lambda c: labels.join_names([field_name(f[0]) for f in shown_fields(c)])),
            Column("detected", QCoreApplication.translate("SyncModels", "Found at"), lambda c: when_text(c.detected_at)),
        ]

    def reset_rows(self, rows: list[ConflictView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, conflict_id: str) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == conflict_id), -1)


class ConflictFieldsModel(ColumnTableModel[tuple[str, Any, Any]]):
    """One review item: each differing field, this station's value beside the incoming."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = [
            Column("field", QCoreApplication.translate("SyncModels", "Field"), lambda f: field_name(f[0])),
            Column("ours", QCoreApplication.translate("SyncModels", "On this computer"), lambda f: value_text(f[0], f[1])),
            Column("theirs", QCoreApplication.translate("SyncModels", "Reported by the village"), lambda f: value_text(f[0], f[2])),
        ]

    def reset_rows(self, conflict: ConflictView | None) -> None:
        self.beginResetModel()
        self._rows = shown_fields(conflict) if conflict is not None else []
        self.endResetModel()

    def tooltip(self, row: tuple[str, Any, Any]) -> str | None:
        return "\n—\n".join(value_text(row[0], v) for v in row[1:])
