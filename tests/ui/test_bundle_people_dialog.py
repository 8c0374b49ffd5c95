"""包含哪些人…: from the 同步 page's export log, the persons a bundle carried (masked),
the list exported for an incident report, and bundles from before the upgrade."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.permissions import Principal, Role
from mediation_desk.services import sync_export, sync_keys
from mediation_desk.services.audit import events
from mediation_desk.store.engine import writer
from mediation_desk.ui.dialogs.bundle_people_dialog import BundlePeopleDialog
from mediation_desk.ui.pages.sync_page import SyncPage
from mediation_desk.ui.tasks import SyncTaskRunner
from mediation_desk.ui.usb_watch import Volumes
from tests.ui.conftest import other_case, register

pytestmark = pytest.mark.gui


class NoSticks(Volumes):
    def __call__(self) -> list[tuple[str, str]]:
        return []


@pytest.fixture
def exported(village: AppContext, office: AppContext, tmp_path: Path) -> sync_export.ExportView:
    register(village)
    register(village, **other_case())
    stick = tmp_path / "stick"
    stick.mkdir()
    sync_keys.export_identity(office, stick / "t.mzid")
    sync_keys.enroll(village, sync_keys.read_identity(stick / "t.mzid"))
    return sync_export.export_bundle(village, stick)


def sync_page(ctx: AppContext, qtbot: Any) -> SyncPage:
    page = SyncPage(ctx, SyncTaskRunner(), volumes=NoSticks())
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.refresh()
    return page


def test_from_the_export_log(village: AppContext, exported: sync_export.ExportView,
                             qtbot: Any, zh_ui: None) -> None:
    page = sync_page(village, qtbot)
    button = page.ui.bundle_people_button
    assert button.text() == "包含哪些人(&H)…" and button.isEnabled()
    page.ui.log_table.selectRow(0)
    dialog = page.show_bundle_people()
    assert dialog is not None and dialog.isVisible()
    ui = dialog.ui
    assert dialog.windowTitle() == f"{exported.file_name} 包含哪些人"
    assert "由 测试员 导出，发往 青龙镇司法所" in ui.heading_label.text()
    assert "案件 2 件，人员 4 人" in ui.heading_label.text()
    rows = [[ui.people_table.item(r, c).text() for c in range(4)]
            for r in range(ui.people_table.rowCount())]
    assert [r[0] for r in rows] == sorted(["李四", "张三", "王五", "赵六"])
    li = next(r for r in rows if r[0] == "李四")
    assert li[1:3] == ["110105********002X", "138****5678"]
    assert li[3].startswith("（2026）青石村人调字第")
    assert not ui.note_label.isVisibleTo(dialog)


def test_the_list_is_exported_and_logged(village: AppContext,
                                         exported: sync_export.ExportView, qtbot: Any,
                                         zh_ui: None, tmp_path: Path) -> None:
    dialog = BundlePeopleDialog(village, SyncTaskRunner(), exported.bundle_id)
    qtbot.addWidget(dialog)
    dialog.open()
    chooser = dialog.ask_export()
    assert chooser.objectName() == "export_dialog"
    chooser.reject()
    dialog.export_to(tmp_path / "清单", "xlsx")
    assert (tmp_path / "清单.xlsx").stat().st_size > 0
    assert dialog.ui.note_label.text() == f"清单已保存：{tmp_path / '清单.xlsx'}"
    assert events(village).rows[0].action == "sync.people_export"


def test_a_bundle_from_before_the_upgrade(village: AppContext,
                                          exported: sync_export.ExportView, qtbot: Any,
                                          zh_ui: None) -> None:
    with writer(village.engine).begin() as conn:
        conn.execute(text("UPDATE sync_export SET contents = '{}'"))
    dialog = BundlePeopleDialog(village, SyncTaskRunner(), exported.bundle_id)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.ui.note_label.text() == "此包导出于升级之前，只记录了人数（4 人）。"
    assert not dialog.ui.people_table.isVisibleTo(dialog)


def test_hidden_for_a_mediator(village: AppContext, exported: sync_export.ExportView,
                               qtbot: Any, zh_ui: None) -> None:
    village.act_as(Principal(login="lisi", role=Role.MEDIATOR, user_id="u1"))
    page = sync_page(village, qtbot)
    assert not page.ui.bundle_people_button.isVisibleTo(page)
    assert page.show_bundle_people(0) is None
