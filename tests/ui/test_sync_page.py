"""同步 page: which volumes count as a stick, enrollment through the fingerprint dialog, export
to a stick's folder, the township's import (first-time fingerprint, summary, a damaged file
refused while the others import, cancel between files) and the review of conflicts."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.paths import paths_under
from mediation_desk.services import sync_export, sync_keys, township
from mediation_desk.services.case_actions import perform_action
from mediation_desk.services.station import init_station
from mediation_desk.ui.pages.sync_page import SyncPage
from mediation_desk.ui.pages.sync_township import STICK_FOLDER, ImportCancelled, total_cases
from mediation_desk.ui.tasks import SyncTaskRunner, TaskRunner
from mediation_desk.ui.usb_watch import UsbWatcher, Volume, is_stick, sticks
from tests.conftest import FakeClock
from tests.services.helpers import mediator
from tests.ui.conftest import other_case, register

pytestmark = pytest.mark.gui

TOWNSHIP = ("510100000", "青龙镇司法所")
VILLAGE_B = ("510100000002", "白塔村人民调解委员会")

Station = Callable[..., AppContext]


# --- builders (the end-to-end test uses them too) --------------------------------------------

def new_station(root: Path, template: Path, kind: str, code: str, name: str) -> AppContext:
    """An initialised station in its own data folder, from the migrated template."""
    paths = paths_under(root).ensure()
    shutil.copyfile(template, paths.db_path)
    ctx = build_context(paths, actor="司法所李四" if kind == "township" else "王调解",
                        clock=FakeClock())
    init_station(ctx, kind=kind, code=code, name=name, county_name="成华县",
                 township_name="青龙镇" if kind == "village" else "")
    return ctx


@pytest.fixture
def station(tmp_path: Path, migrated_template: Path) -> Iterator[Station]:
    """``station(folder, kind, code, name)``: another initialised station; closed after."""
    made: list[AppContext] = []

    def make(folder: str, kind: str, code: str, name: str) -> AppContext:
        made.append(new_station(tmp_path / folder, migrated_template, kind, code, name))
        return made[-1]

    yield make
    for ctx in made:
        ctx.close()


@pytest.fixture
def town(station: Station) -> AppContext:
    return station("township", "township", *TOWNSHIP)


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    path = tmp_path / "stick"
    path.mkdir()
    return path


class Volumes:
    """The mounted sticks, as the page's injectable ``volumes`` callable sees them."""

    def __init__(self) -> None:
        self.mounted: list[tuple[str, str]] = []

    def __call__(self) -> list[tuple[str, str]]:
        return list(self.mounted)


def make_page(qtbot: Any, ctx: AppContext, volumes: Volumes | None = None) -> SyncPage:
    page = SyncPage(ctx, SyncTaskRunner(), volumes=volumes or Volumes())
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.refresh()
    return page


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def enroll(village: AppContext, town: AppContext, folder: Path) -> None:
    """Enrollment without the window (for tests about something else)."""
    folder.mkdir(parents=True, exist_ok=True)
    sync_keys.export_identity(town, folder)
    sync_keys.enroll(village, sync_keys.read_identity(folder / f"{TOWNSHIP[0]}.mzid"))


def clone(ctx: AppContext, dst: Path) -> AppContext:
    """The same station copied to a second laptop: database (with its WAL) and keys."""
    src, paths = ctx.paths, paths_under(dst).ensure()
    with sqlite3.connect(src.db_path) as a, sqlite3.connect(paths.db_path) as b:
        a.backup(b)
    shutil.rmtree(paths.keys_dir)
    shutil.copytree(src.keys_dir, paths.keys_dir)
    return build_context(paths, actor="王调解", clock=FakeClock())


def result_lines(page: SyncPage) -> list[str]:
    return page.result().splitlines()


# --- which volumes are sticks ------------------------------------------------------------------

@pytest.mark.parametrize(("path", "expected"), [
    ("/media/wang/KINGSTON", True), ("/run/media/wang/U盘", True), ("/mnt/usb", True),
    ("E:/", True), ("F:\\", True), ("C:/", False), ("A:/", False), ("/", False),
    ("/media", False), ("/boot/efi", False), ("/snap/core/1", False), ("/run/user/1000", False),
    ("/proc", False), ("/sys/fs", False), ("/home", False), ("/run/media/wang", True),
])
def test_which_volumes_count_as_a_stick(path: str, expected: bool) -> None:
    assert is_stick(Volume(path), system_drive="C:") is expected


def test_not_ready_read_only_or_root_volumes_are_not_sticks() -> None:
    assert not is_stick(Volume("/media/wang/CD", read_only=True))
    assert not is_stick(Volume("/media/wang/X", ready=False))
    assert not is_stick(Volume("/media/wang/X", is_root=True))
    assert not is_stick(Volume("D:/"), system_drive="D:")
    assert sticks([Volume("/media/wang/KINGSTON"), Volume("E:/", label=""),
                   Volume("/")]) == [("/media/wang/KINGSTON", "KINGSTON"), ("E:/", "E:")]


def test_watcher_says_when_a_stick_comes_and_goes(qtbot: Any) -> None:
    volumes = Volumes()
    watcher = UsbWatcher(volumes)
    seen: list[tuple[str, ...]] = []
    watcher.stick_inserted.connect(lambda p, label: seen.append(("in", p, label)))
    watcher.stick_removed.connect(lambda p: seen.append(("out", p)))
    watcher.poll()
    volumes.mounted = [("/media/u/KINGSTON", "KINGSTON")]
    watcher.poll()
    watcher.poll()  # still there: nothing new
    volumes.mounted = []
    watcher.poll()
    assert seen == [("in", "/media/u/KINGSTON", "KINGSTON"), ("out", "/media/u/KINGSTON")]
    watcher.start()
    assert watcher.is_active()
    watcher.stop()


# --- village -----------------------------------------------------------------------------------

def test_enrolling_the_township_through_the_dialog(village: AppContext, town: AppContext,
                                                   qtbot: Any, zh_ui: None,
                                                   tmp_path: Path) -> None:
    page = make_page(qtbot, village)
    assert "还没有登记乡镇" in page.ui.township_label.text()
    assert page.ui.enroll_button.isEnabled()
    assert not page.ui.export_button.isEnabled()
    assert page.ui.fingerprint_label.text().startswith("指纹：")
    identity = tmp_path / "id"
    identity.mkdir()
    sync_keys.export_identity(town, identity)

    # The banner offers the first step too, in place of the export it cannot do yet.
    assert page.ui.stick_button.text() == "导入乡镇身份文件…"
    assert not page.ui.choose_folder_button.isVisibleTo(page)
    click(qtbot, page.ui.stick_button)
    assert page.file_dialog is not None
    assert page.file_dialog.objectName() == "identity_file_dialog"
    page.file_dialog.fileSelected.emit(str(identity / "510100000.mzid"))
    dialog = page.enroll_dialog
    assert dialog is not None and dialog.isVisible()
    fingerprint = sync_keys.own_identity(town).fingerprint
    assert dialog.ui.name_label.text() == "青龙镇司法所"
    assert dialog.ui.fingerprint_label.text().split() == fingerprint.split()
    assert dialog.ui.confirm_button.text() == "指纹一致，登记"
    assert "逐组核对" in dialog.ui.compare_label.text()
    assert sync_keys.upstream(village) is None  # nothing written before the click

    click(qtbot, dialog.ui.confirm_button)
    assert dialog.result() == dialog.DialogCode.Accepted
    up = sync_keys.upstream(village)
    assert up is not None and up.name == "青龙镇司法所"
    assert "青龙镇司法所" in page.ui.township_label.text()
    assert "".join(fingerprint.split()) in "".join(page.ui.township_label.text().split())
    assert page.ui.export_button.isEnabled()
    assert "已登记青龙镇司法所" in page.result()
    assert not page.ui.stick_button.isVisibleTo(page)  # no stick yet
    assert page.ui.choose_folder_button.isEnabled()


def test_another_township_is_enrolled_only_when_replacing(
        village: AppContext, town: AppContext, station: Station, qtbot: Any, zh_ui: None,
        tmp_path: Path) -> None:
    enroll(village, town, tmp_path / "first")
    other = station("other", "township", "510200000", "白鹤镇司法所")
    sync_keys.export_identity(other, tmp_path)
    page = make_page(qtbot, village)
    dialog = page.open_enroll_dialog(tmp_path / "510200000.mzid")
    click(qtbot, dialog.ui.confirm_button)
    assert "青龙镇" in dialog.ui.error_label.text() and "替换" in dialog.ui.error_label.text()
    assert dialog.ui.replace_button.isVisibleTo(dialog)
    assert sync_keys.upstream(village).name == "青龙镇司法所"
    click(qtbot, dialog.ui.replace_button)
    assert sync_keys.upstream(village).name == "白鹤镇司法所"


def test_an_unusable_identity_file_is_explained(village: AppContext, qtbot: Any, zh_ui: None,
                                                tmp_path: Path) -> None:
    bad = tmp_path / "x.mzid"
    bad.write_text("not an identity", encoding="utf-8")
    page = make_page(qtbot, village)
    dialog = page.open_enroll_dialog(bad)
    assert "不是有效的单位身份文件" in dialog.ui.error_label.text()
    assert not dialog.ui.confirm_button.isEnabled()


def test_identity_file_written_to_a_folder(village: AppContext, qtbot: Any, zh_ui: None,
                                           tmp_path: Path) -> None:
    page = make_page(qtbot, village)
    click(qtbot, page.ui.export_identity_button)
    assert page.file_dialog is not None
    page.file_dialog.fileSelected.emit(str(tmp_path / "out"))
    written = tmp_path / "out" / "510100000001.mzid"
    assert sync_keys.read_identity(written).fingerprint == \
        sync_keys.own_identity(village).fingerprint
    assert str(written) in page.result()


def test_a_stick_is_noticed_and_the_bundle_goes_into_its_folder(
        village: AppContext, town: AppContext, qtbot: Any, zh_ui: None, stick: Path,
        tmp_path: Path) -> None:
    enroll(village, town, tmp_path / "id")
    register(village)
    volumes = Volumes()
    page = make_page(qtbot, village, volumes)
    assert not page.ui.stick_button.isVisibleTo(page)
    assert "没有发现U盘" in page.ui.stick_label.text()
    assert "未导出改动" in page.ui.pending_label.text()
    assert "未导出 1 件" in page.ui.states_label.text()

    volumes.mounted = [(str(stick), "KINGSTON")]
    page.watcher.poll()
    folder = stick / STICK_FOLDER / "510100000001"
    assert "KINGSTON" in page.ui.stick_label.text()
    assert str(folder) in page.ui.stick_label.text()
    assert page.ui.stick_button.isVisibleTo(page)
    assert page.ui.stick_button.text() == "导出并导入回执(&X)"
    click(qtbot, page.ui.stick_button)

    bundles = list(folder.glob("*.mzb"))
    assert len(bundles) == 1
    assert "那里没有找到乡镇的回执" in page.result()
    assert "已写出数据包" in page.result() and "涉及 2 人" in page.result()
    assert page.log_model.rowCount() == 1
    row = [page.log_model.index(0, c).data() for c in range(page.log_model.columnCount())]
    assert row[2] == "标准（身份证号遮盖），全部记录" and row[3] == "1" and row[4] == "2"
    assert row[5] == "尚未接收" and row[6] == bundles[0].name
    assert "已导出待确认 1 件" in page.ui.states_label.text()
    assert not page.ui.progress_frame.isVisibleTo(page)

    volumes.mounted = []
    page.watcher.poll()
    assert not page.ui.stick_button.isVisibleTo(page)
    assert "没有发现U盘" in page.ui.stick_label.text()


def test_full_level_and_full_export_ask_first(village: AppContext, town: AppContext,
                                              qtbot: Any, zh_ui: None, tmp_path: Path) -> None:
    enroll(village, town, tmp_path / "id")
    register(village)
    page = make_page(qtbot, village)
    assert "身份证号都会写到U盘上" in page.ui.full_warning_label.text()
    page.ui.level_full_radio.setChecked(True)
    assert page.level() == "full"
    box = page.ask_full_export()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert page.file_dialog is None and sync_export.export_log(village) == []
    box = page.ask_full_export()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert page.file_dialog is not None  # no stick: where to?
    page.file_dialog.fileSelected.emit(str(tmp_path / "out"))
    (entry,) = sync_export.export_log(village)
    assert entry.export_level == "full" and entry.is_full
    assert page.log_model.index(0, 2).data() == "完整（含身份证号），全部记录"


def test_cancelled_export_writes_nothing(village: AppContext, town: AppContext, qtbot: Any,
                                         zh_ui: None, tmp_path: Path) -> None:
    enroll(village, town, tmp_path / "id")
    register(village)
    page = make_page(qtbot, village)
    # Cancel is pressed while the bundle is being written (at its first progress report).
    calls: list[int] = []

    def press_cancel(done: int, _total: int) -> None:
        calls.append(done)
        if page.progress is not None and not page.progress.cancelled:
            click(qtbot, page.ui.cancel_button)
    page.progress_changed.connect(press_cancel)
    page.export_to(tmp_path / "out")
    assert calls and list((tmp_path / "out").glob("*.mzb")) == []
    assert sync_export.export_log(village) == []
    assert page.result() == "已取消导出，没有写出任何文件。"


# --- township ----------------------------------------------------------------------------------

@pytest.fixture
def two_villages(village: AppContext, station: Station, town: AppContext, stick: Path,
                 tmp_path: Path) -> tuple[AppContext, AppContext]:
    """青石村 (2 cases) and 白塔村 (1 case), enrolled, each with a bundle on the stick."""
    b = station("village_b", "village", *VILLAGE_B)
    for v in (village, b):
        enroll(v, town, tmp_path / "id")
    register(village)
    register(village, **other_case())
    register(b)
    for v, code in ((village, "510100000001"), (b, VILLAGE_B[0])):
        sync_export.export_bundle(v, stick / STICK_FOLDER / code)
    return village, b


def test_township_imports_the_stick_after_the_fingerprints(
        two_villages: tuple[AppContext, AppContext], town: AppContext, stick: Path,
        qtbot: Any, zh_ui: None) -> None:
    volumes = Volumes()
    page = make_page(qtbot, town, volumes)
    assert page.ui.township_panel.isVisibleTo(page) and not page.ui.village_panel.isVisibleTo(page)
    assert "共有 0 个村" in page.ui.villages_label.text()
    volumes.mounted = [(str(stick), "KINGSTON")]
    page.watcher.poll()
    assert str(stick / STICK_FOLDER) in page.ui.stick_label.text()
    click(qtbot, page.ui.stick_button)

    names = []
    for _ in range(2):
        dialog = page.township.confirm_dialog
        assert dialog is not None and dialog.isVisible()
        assert "逐组核对" in dialog.ui.compare_label.text()
        names.append(dialog.ui.name_label.text())
        assert township.villages(town) == []
        click(qtbot, dialog.ui.confirm_button)
    assert names == ["青石村人民调解委员会", "白塔村人民调解委员会"]
    lines = result_lines(page)
    assert lines[0] == "导入 3 件：新增 3，更新 0，未变 0，待审 0"
    assert lines[1] == "文件：导入 2 个，以前已导入 0 个，未导入 0 个。"
    assert any("首次登记该村" in line for line in lines)
    assert len(list(stick.rglob("*.mzr"))) == 2  # receipts beside the bundles
    model = page.township.model
    assert model.rowCount() == 2
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[0] == "青石村人民调解委员会" and row[3] == "今天" and row[4] == "无"
    assert row[5] == "一致" and row[6] == "2"

    page.show_item(township.villages(town)[1].station_id)
    assert page.ui.villages_table.currentIndex().row() == 1
    assert "白塔村" in page.ui.village_detail_label.text()


def test_a_declined_fingerprint_imports_nothing_from_that_village(
        two_villages: tuple[AppContext, AppContext], town: AppContext, stick: Path,
        qtbot: Any, zh_ui: None) -> None:
    page = make_page(qtbot, town)
    page.township.import_folder(stick)
    click(qtbot, page.township.confirm_dialog.ui.cancel_button)  # 青石村: do not import
    click(qtbot, page.township.confirm_dialog.ui.confirm_button)  # 白塔村
    lines = result_lines(page)
    assert lines[0] == "导入 1 件：新增 1，更新 0，未变 0，待审 0"
    assert any("尚未确认，未导入" in line for line in lines)
    assert [v.name for v in township.villages(town)] == ["白塔村人民调解委员会"]


def test_a_damaged_file_is_refused_and_the_others_imported(
        two_villages: tuple[AppContext, AppContext], town: AppContext, stick: Path,
        qtbot: Any, zh_ui: None) -> None:
    original = next((stick / STICK_FOLDER / "510100000001").glob("*.mzb"))
    damaged = stick / "damaged.mzb"
    data = bytearray(original.read_bytes())
    data[-10] ^= 0x01
    damaged.write_bytes(bytes(data))
    page = make_page(qtbot, town)
    page.township.import_files(sorted(stick.rglob("*.mzb")))
    while page.township.confirm_dialog is not None and page.township.confirm_dialog.isVisible():
        click(qtbot, page.township.confirm_dialog.ui.confirm_button)
    text = page.result()
    lines = text.splitlines()
    assert lines[0] == "导入 3 件：新增 3，更新 0，未变 0，待审 0"
    assert lines[1] == "文件：导入 2 个，以前已导入 0 个，未导入 1 个。"
    refused = lines.index(next(line for line in lines if line.startswith("damaged.mzb")))
    assert "未导入" in lines[refused + 1]
    assert len(township.villages(town)) == 2


def test_cancel_stops_between_files_and_says_how_many(
        two_villages: tuple[AppContext, AppContext], town: AppContext, stick: Path,
        qtbot: Any, zh_ui: None) -> None:
    page = make_page(qtbot, town)

    def cancel_after_first(done: int, _total: int) -> None:
        if done == 1:
            click(qtbot, page.ui.cancel_button)
    page.progress_changed.connect(cancel_after_first)
    files = sorted(stick.rglob("*.mzb"))
    page.township.import_files(files)
    for _ in range(2):
        click(qtbot, page.township.confirm_dialog.ui.confirm_button)
    lines = result_lines(page)
    assert lines[0].startswith("已取消。2 个文件中已完整导入 1 个")
    assert lines[1].strip() == files[0].name
    assert [v.name for v in township.villages(town)] == ["青石村人民调解委员会"]
    assert not page.busy and not page.ui.progress_frame.isVisibleTo(page)


def test_total_cases_adds_only_what_was_imported() -> None:
    from mediation_desk.domain.sync_views import ImportView
    views = [ImportView(file="a", status="imported", cases={"cases": 3, "new": 2, "updated": 1}),
             ImportView(file="b", status="already", cases={"cases": 9, "new": 9}),
             ImportView(file="c", status="imported", cases={"cases": 1, "pending": 1})]
    assert total_cases(views) == {"cases": 4, "new": 2, "updated": 1, "unchanged": 0,
                                  "pending": 1}
    assert ImportCancelled(1, 3).done == 1


def test_review_of_a_record_changed_on_two_copies_of_one_village(
        village: AppContext, town: AppContext, stick: Path, qtbot: Any, zh_ui: None,
        tmp_path: Path) -> None:
    enroll(village, town, tmp_path / "id")
    host = mediator(village)
    case_id = register(village)
    copy = clone(village, tmp_path / "copy")  # the same village on a second laptop
    try:
        perform_action(village, case_id, "accept", {"host_mediator_id": host,
                                                    "on_date": "2026-11-03"})
        perform_action(copy, case_id, "accept", {"host_mediator_id": host,
                                                 "on_date": "2026-11-04"})
        first = sync_export.export_bundle(village, stick / "a")
        second = sync_export.export_bundle(copy, stick / "b")
    finally:
        copy.close()
    page = make_page(qtbot, town)
    page.township.import_files([Path(first.file_path), Path(second.file_path)])
    click(qtbot, page.township.confirm_dialog.ui.confirm_button)  # one village, asked once
    assert page.township.confirm_dialog is None
    assert "待审 1" in result_lines(page)[0]
    assert page.ui.conflicts_button.isEnabled()
    assert page.ui.conflicts_button.text() == "待审记录（1）(&V)…"

    click(qtbot, page.ui.conflicts_button)
    dialog = page.township.conflicts_dialog
    assert dialog is not None and dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == "青石村人民调解委员会"
    assert dialog.model.index(0, 1).data() == "案件"
    fields = {dialog.fields_model.index(r, 0).data(): (dialog.fields_model.index(r, 1).data(),
                                                      dialog.fields_model.index(r, 2).data())
              for r in range(dialog.fields_model.rowCount())}
    assert fields["受理日期"] == ("2026-11-03", "2026-11-04")
    assert "案件，来自青石村人民调解委员会" in dialog.ui.detail_label.text()

    click(qtbot, dialog.ui.take_button)
    assert dialog.model.rowCount() == 0
    assert dialog.ui.detail_label.text() == "没有待审的记录。"
    assert township.conflicts(town) == []
    assert not page.ui.conflicts_button.isEnabled()


def test_import_runs_off_the_gui_thread(two_villages: tuple[AppContext, AppContext],
                                        town: AppContext, stick: Path, qtbot: Any,
                                        zh_ui: None) -> None:
    """The real TaskRunner: progress crosses from the worker thread, the summary arrives."""
    runner = TaskRunner()
    page = SyncPage(town, runner, volumes=Volumes())
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10000)
    seen: list[tuple[int, int]] = []
    page.progress_changed.connect(lambda done, total: seen.append((done, total)))
    page.township.import_folder(stick)
    for _ in range(2):
        qtbot.waitUntil(lambda: page.township.confirm_dialog is not None
                        and page.township.confirm_dialog.isVisible(), timeout=10000)
        click(qtbot, page.township.confirm_dialog.ui.confirm_button)
    qtbot.waitUntil(lambda: page.result().startswith("导入 3 件"), timeout=20000)
    qtbot.waitUntil(lambda: page.township.model.rowCount() == 2, timeout=10000)
    assert seen[-1] == (2, 2)
    assert not page.busy
    runner.shutdown()
