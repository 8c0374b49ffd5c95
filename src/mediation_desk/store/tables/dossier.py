"""卷宗 (dossier), its index items, and stored attachments."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field

from mediation_desk.store.tables.base import SyncColumns, UtcDateTime, utcnow


class Attachment(SyncColumns, table=True):
    __tablename__ = "attachment"

    case_id: str | None = Field(default=None, foreign_key="mediation_case.id", index=True,
                                max_length=36)
    kind: str = Field(max_length=32)
    file_name: str
    sha256: str = Field(max_length=64)
    size_bytes: int = 0
    stored_path_rel: str
    added_on: date


class Dossier(SyncColumns, table=True):
    __tablename__ = "dossier"

    case_id: str = Field(foreign_key="mediation_case.id", index=True, unique=True,
                         max_length=36)
    volume_no: str = ""
    title: str = ""
    compiled_by: str = ""
    compiled_on: date | None = None
    retention: str = Field(default="long", max_length=16)
    locked: bool = False
    # Retention review (个人信息保护法 第十九条): what was decided when the period ran out.
    review_decision: str = Field(default="", max_length=16)  # "" | "keep" | "disposed"
    reviewed_on: date | None = None
    reviewed_by: str = Field(default="", max_length=64)
    keep_until: date | None = None


class DossierItem(SyncColumns, table=True):
    __tablename__ = "dossier_item"

    dossier_id: str = Field(foreign_key="dossier.id", index=True, max_length=36)
    seq: int
    doc_type: str = Field(max_length=40)
    required: bool = False
    present: bool = False
    page_from: int | None = None
    page_to: int | None = None
    attachment_id: str | None = Field(default=None, foreign_key="attachment.id", max_length=36)
    note: str = ""


class PaperOutput(SyncColumns, table=True):
    """A paper printed or saved as PDF: which form, of which record, which version of it,
    how many copies, where to. Agreement prints are how a signed paper is matched to its
    record (content digest); every output of personal data is an export to account for."""

    __tablename__ = "paper_output"

    case_id: str | None = Field(default=None, foreign_key="mediation_case.id", index=True,
                                max_length=36)
    form: str = Field(max_length=40)
    ref_id: str | None = Field(default=None, max_length=36)
    version: int = 0
    digest: str = Field(default="", max_length=64)
    target: str = Field(max_length=16)
    destination: str = ""
    copies: int = 1
    pages: int = 0
    output_at: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime, index=True)
