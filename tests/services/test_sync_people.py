"""Who is in this bundle: the export log keeps the persons and cases each bundle carried,
listed by name with masked ID number and phone and the cases they are in; exporting the
list is logged, reading it is not; bundles exported before the list was kept say so."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import text

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.permissions import Principal, Role
from mediation_desk.services import sync_export, sync_keys, sync_people
from mediation_desk.services.case_register import register_case
from mediation_desk.store.engine import writer
from tests.services.helpers import case_data
from tests.ui.conftest import other_case


def export(village: AppContext, office: AppContext, stick: Path) -> sync_export.ExportView:
    stick.mkdir(parents=True, exist_ok=True)
    if sync_keys.upstream(village) is None:
        sync_keys.export_identity(office, stick / "t.mzid")
        sync_keys.enroll(village, sync_keys.read_identity(stick / "t.mzid"))
    return sync_export.export_bundle(village, stick)


@pytest.fixture
def bundle(village: AppContext, office: AppContext, tmp_path: Path) -> sync_export.ExportView:
    register_case(village, case_data())
    register_case(village, case_data(**other_case()))
    return export(village, office, tmp_path / "stick")


def test_the_list_names_every_person(village: AppContext, bundle: sync_export.ExportView
                                     ) -> None:
    view = sync_people.bundle_people(village, bundle.bundle_id)
    assert view.recorded and view.file_name == bundle.file_name
    assert view.to_name == "青龙镇司法所" and view.actor == "测试员"
    assert [p.name for p in view.persons] == sorted(["李四", "张三", "王五", "赵六"])
    li = next(p for p in view.persons if p.name == "李四")
    assert li.id_number_masked == "110105********002X" and li.phone_masked == "138****5678"
    assert len(li.case_nos) == 1 and li.case_nos[0].startswith("（2026）")
    assert len(view.case_nos) == 2 and view.anonymous_parties == 0
    assert "11010519491231002X" not in view.model_dump_json()
    # By file name, or the path of the file, as well.
    assert sync_people.bundle_people(village, bundle.file_name).bundle_id == bundle.bundle_id
    assert sync_people.bundle_people(village, bundle.file_path).bundle_id == bundle.bundle_id


def test_reading_is_not_logged_exporting_is(village: AppContext,
                                            bundle: sync_export.ExportView,
                                            tmp_path: Path) -> None:
    def last_action() -> str:
        with village.engine.connect() as conn:
            return str(conn.execute(text("SELECT action FROM event_log ORDER BY change_seq "
                                         "DESC LIMIT 1")).scalar_one())

    sync_people.bundle_people(village, bundle.bundle_id)
    assert last_action() == "sync.export"
    out = sync_people.export_people(village, bundle.bundle_id, tmp_path / "名单.csv")
    assert last_action() == "sync.people_export"
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][0].startswith("导出时间 ") and "人员 4 人" in rows[0][0]
    assert rows[1] == ["序号", "姓名", "身份证号（遮盖）", "联系电话（遮盖）", "所涉案件"]
    assert [r[1] for r in rows[2:]] == sorted(["李四", "张三", "王五", "赵六"])
    xlsx = sync_people.export_people(village, bundle.file_name, tmp_path / "名单.xlsx", "xlsx")
    assert xlsx.stat().st_size > 0


def test_a_bundle_from_before_the_upgrade_says_so(village: AppContext,
                                                  bundle: sync_export.ExportView) -> None:
    with writer(village.engine).begin() as conn:
        conn.execute(text("UPDATE sync_export SET contents = '{}'"))
    view = sync_people.bundle_people(village, bundle.bundle_id)
    assert not view.recorded and view.persons == [] and view.person_count == 4


def test_unknown_bundle_and_permission(village: AppContext,
                                       bundle: sync_export.ExportView) -> None:
    with pytest.raises(DomainError) as unknown:
        sync_people.bundle_people(village, "nope.mzb")
    assert unknown.value.code == "not_found" and unknown.value.field == "bundle"
    village.act_as(Principal(login="lisi", role=Role.MEDIATOR, user_id="u1"))
    with pytest.raises(DomainError) as refused:
        sync_people.bundle_people(village, bundle.bundle_id)
    assert refused.value.code == "auth.forbidden"


def test_a_second_bundle_lists_what_it_carried(village: AppContext, office: AppContext,
                                                 bundle: sync_export.ExportView,
                                                 tmp_path: Path) -> None:
    register_case(village, case_data(parties=[
        {"role": "applicant", "consented": True, "person": {"name": "孙七"}},
        {"role": "respondent", "consented": True, "person": {"name": "周八"}}]))
    second = export(village, office, tmp_path / "stick")
    view = sync_people.bundle_people(village, second.bundle_id)
    # No receipt came back for the first: everything went again, with the new persons.
    assert [p.name for p in view.persons] == sorted(["孙七", "周八", "李四", "张三", "王五",
                                                     "赵六"])
    assert len(view.case_nos) == 3
