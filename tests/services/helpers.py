"""Builders for service tests: a valid case command and a mediator."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mediation_desk.bootstrap import AppContext
from mediation_desk.services import sync_export, sync_import, sync_keys, sync_receipts
from mediation_desk.services.mediators import add_mediator


def person(name: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, **extra}


def case_data(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "category": "neighbour",
        "source": "party_application",
        "received_on": "2026-11-02",
        "facts": "张三与李四因院墙滴水问题发生争执，李四认为张三家屋檐雨水流入其院内。",
        "requests": ["请求张三改造屋檐排水"],
        "parties": [
            {"role": "applicant", "consented": True,
             "person": person("李四", gender="male", id_number="11010519491231002X",
                              phone="13812345678", address="青石村三组12号")},
            {"role": "respondent", "consented": True,
             "person": person("张三", gender="female", birth_date="1980-01-01",
                              address="青石村三组14号")},
        ],
    }
    data.update(overrides)
    return data


def mediator(ctx: AppContext, name: str = "王调解") -> str:
    view = add_mediator(ctx, {"person": {"name": name, "gender": "female",
                                         "birth_date": "1970-05-05"},
                              "role": "chair", "appointed_on": "2025-01-01"})
    return view.id


def report(village: AppContext, office: AppContext, stick: Path, *,
           receipt: bool = True) -> Path:
    """Export at the village, import at the township (confirmed) and, unless told not to,
    bring the receipt back; returns the receipt's path. Enrolls the township first."""
    stick.mkdir(parents=True, exist_ok=True)
    if sync_keys.upstream(village) is None:
        sync_keys.export_identity(office, stick / "t.mzid")
        sync_keys.enroll(village, sync_keys.read_identity(stick / "t.mzid"))
    bundle = sync_export.export_bundle(village, stick)
    result = sync_import.import_bundle(office, Path(bundle.file_path),
                                       confirm=lambda _ident: True)
    assert result.status == "imported", result.error
    path = Path(result.receipt_path)
    if receipt:
        back = sync_receipts.import_receipt(village, path)
        assert back.status == "imported", back.error
    return path
