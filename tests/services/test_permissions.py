"""Role enforcement in the services (issue 8): a mediator is refused, a chair allowed, for
voiding, exports (bundle, statistics, roster), roster writes, settings writes and imports —
whatever front end calls them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import Principal, Role
from mediation_desk.services import (
    accounts,
    case_marks,
    case_register,
    mediators,
    roster_changes,
    roster_export,
    screening,
    statistics_export,
    sync_export,
    sync_import,
    sync_keys,
    sync_receipts,
)
from mediation_desk.wording.messages import message
from tests.services import helpers

MEDIATOR = Principal(login="zhang3", display_name="张三", role=Role.MEDIATOR, user_id="m-1")
CHAIR = Principal(login="wangzr", display_name="王主任", role=Role.CHAIR, user_id="c-1")
TOWNSHIP = Principal(login="sfs", display_name="司法所", role=Role.TOWNSHIP, user_id="t-1")


def forbidden(permission: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
    with pytest.raises(DomainError) as info:
        fn(*args, **kwargs)
    assert info.value.code == "auth.forbidden", info.value
    assert info.value.params["permission"] == permission
    assert info.value.params["role"] == "mediator"


@pytest.fixture
def case_id(village: AppContext) -> str:
    return case_register.register_case(village, helpers.case_data()).summary.id


@pytest.fixture
def mediator_id(village: AppContext) -> str:
    return helpers.mediator(village)


def test_a_mediator_cannot_void_a_case_and_a_chair_can(village: AppContext,
                                                       case_id: str) -> None:
    village.act_as(MEDIATOR)
    forbidden("case.void", case_marks.void_case, village, case_id, {"reason": "重复登记"})
    village.act_as(CHAIR)
    case_marks.void_case(village, case_id, {"reason": "重复登记"})


def test_a_mediator_cannot_write_the_roster(village: AppContext, mediator_id: str) -> None:
    village.act_as(MEDIATOR)
    forbidden("roster.write", mediators.add_mediator, village,
              {"person": {"name": "孙新", "gender": "male"}, "role": "member"})
    forbidden("roster.write", roster_changes.update_mediator, village, mediator_id,
              {"level": "一级"})
    forbidden("roster.write", roster_changes.change_status, village, mediator_id,
              {"to_status": "resigned", "reason": "resigned"})
    forbidden("roster.write", roster_changes.renew_term, village, mediator_id)
    forbidden("roster.write", roster_changes.add_training, village, mediator_id,
              {"held_on": "2026-11-01", "organiser": "县司法局", "topic": "民法典", "hours": 2})
    village.act_as(CHAIR)
    roster_changes.add_training(village, mediator_id, {
        "held_on": "2026-11-01", "organiser": "县司法局", "topic": "民法典", "hours": 2})


def test_a_mediator_cannot_change_settings(village: AppContext) -> None:
    village.act_as(MEDIATOR)
    forbidden("settings.write", screening.set_screening_frequency, village, "weekly")
    assert screening.get_screening_frequency(village) != "weekly"  # reading is fine
    village.act_as(CHAIR)
    screening.set_screening_frequency(village, "weekly")
    assert screening.get_screening_frequency(village) == "weekly"


def test_a_mediator_cannot_export_files_of_many_people(village: AppContext, mediator_id: str,
                                                       tmp_path: Path) -> None:
    village.act_as(MEDIATOR)
    forbidden("data.export", roster_export.export_roster_xlsx, village, tmp_path / "名册.xlsx")
    forbidden("data.export", roster_export.save_roster_pdf, village, tmp_path / "名册.pdf")
    forbidden("data.export", statistics_export.export, village, "2026-11", "json",
              tmp_path / "stat.json")
    assert [p.name for p in tmp_path.iterdir()] == ["data"]  # the data folder, nothing else
    roster_export.render_roster_pdf(village)  # the preview to print stays open to all
    village.act_as(CHAIR)
    assert statistics_export.export(village, "2026-11", "json", tmp_path / "s.json").is_file()
    assert roster_export.export_roster_xlsx(village, tmp_path / "名册.xlsx").is_file()


def test_a_mediator_cannot_export_or_import_sync_files(village: AppContext,
                                                       office: AppContext,
                                                       tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    village.act_as(MEDIATOR)
    office.act_as(Principal(login="x", role=Role.MEDIATOR, user_id="x"))
    forbidden("sync.export", sync_keys.export_identity, office, stick / "t.mzid")
    office.act_as(TOWNSHIP)
    sync_keys.export_identity(office, stick / "t.mzid")
    forbidden("sync.import", sync_keys.enroll, village,
              sync_keys.read_identity(stick / "t.mzid"))
    village.act_as(CHAIR)
    sync_keys.enroll(village, sync_keys.read_identity(stick / "t.mzid"))
    village.act_as(MEDIATOR)
    forbidden("sync.export", sync_export.export_bundle, village, stick)
    assert list(stick.glob("*.mzb")) == []
    village.act_as(CHAIR)
    bundle = Path(sync_export.export_bundle(village, stick).file_path)

    office.act_as(Principal(login="x", role=Role.MEDIATOR, user_id="x"))
    forbidden("sync.import", sync_import.preview, office, [bundle])
    forbidden("sync.import", sync_import.import_bundle, office, bundle)
    forbidden("sync.import", sync_import.import_bundles, office, [bundle])
    office.act_as(TOWNSHIP)
    result = sync_import.import_bundle(office, bundle, confirm=lambda _ident: True)
    assert result.status == "imported", result.error

    village.act_as(MEDIATOR)
    forbidden("sync.import", sync_receipts.import_receipt, village, Path(result.receipt_path))
    village.act_as(CHAIR)
    assert sync_receipts.import_receipt(village, Path(result.receipt_path)).status == "imported"


def test_real_accounts_are_held_to_the_same_rules(village: AppContext, case_id: str) -> None:
    accounts.create_first_chair(village, "wangzr", "王主任", "qingshi-2026")
    accounts.add_user(village, "zhang3", "张三", "mediator", "tiaojie-8899")
    accounts.sign_in(village, "zhang3", "tiaojie-8899")
    forbidden("case.void", case_marks.void_case, village, case_id, {"reason": "重复登记"})
    accounts.sign_out(village)
    with pytest.raises(DomainError) as info:
        case_marks.void_case(village, case_id, {"reason": "重复登记"})
    assert info.value.params["role"] == ""  # nobody signed in
    accounts.sign_in(village, "wangzr", "qingshi-2026")
    case_marks.void_case(village, case_id, {"reason": "重复登记"})


def test_the_refusal_reads_in_words() -> None:
    text = message("auth.forbidden", {"permission": "sync.export", "role": "mediator",
                                      "login": "zhang3"})
    assert text.startswith("你的角色（调解员）不能执行此操作：导出同步文件到U盘")


def test_without_accounts_the_owner_may_do_everything(village: AppContext,
                                                      case_id: str) -> None:
    assert village.principal.role is None
    case_marks.void_case(village, case_id, {"reason": "重复登记"})
