"""Two villages → one township → receipts → villages, entirely through the 同步 pages' widgets:
the township's identity file onto the stick, each village enrolls it by comparing the
fingerprint, exports onto the stick, the township imports the stick (confirming each village's
fingerprint), and the receipts bring 乡镇已接收 — then a township return (退回) arrives with the
next receipt as 乡镇退回."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.sync_views import CaseSyncState
from mediation_desk.services import sync_state, township
from mediation_desk.ui.pages.sync_page import SyncPage
from mediation_desk.ui.pages.sync_township import STICK_FOLDER
from tests.ui.conftest import other_case, register
from tests.ui.test_sync_page import TOWNSHIP, VILLAGE_B, Volumes, click, make_page, new_station

pytestmark = pytest.mark.gui


def enroll_by_window(qtbot: Any, page: SyncPage, identity: Path, fingerprint: str) -> None:
    click(qtbot, page.ui.enroll_button)
    assert page.file_dialog is not None
    page.file_dialog.fileSelected.emit(str(identity))
    dialog = page.enroll_dialog
    assert dialog is not None
    # The person compares what the township's screen shows with what this dialog shows.
    assert dialog.ui.fingerprint_label.text().split() == fingerprint.split()
    click(qtbot, dialog.ui.confirm_button)


def plug_in(page: SyncPage, volumes: Volumes, stick: Path) -> None:
    volumes.mounted = [(str(stick), "KINGSTON")]
    page.watcher.poll()
    assert page.ui.stick_button.isVisibleTo(page)


@pytest.fixture
def desks(village: AppContext, tmp_path: Path,
          migrated_template: Path) -> Iterator[tuple[AppContext, AppContext, AppContext]]:
    """青龙镇司法所, and two villages reporting to it: 青石村 and 白塔村."""
    town = new_station(tmp_path / "township", migrated_template, "township", *TOWNSHIP)
    baita = new_station(tmp_path / "baita", migrated_template, "village", *VILLAGE_B)
    yield town, village, baita
    town.close()
    baita.close()


def test_two_villages_one_township_and_back(desks: tuple[AppContext, AppContext, AppContext],
                                            tmp_path: Path, qtbot: Any, zh_ui: None) -> None:
    town, village, baita = desks
    stick = tmp_path / "stick"
    stick.mkdir()
    qingshi_cases = [register(village), register(village, **other_case())]
    baita_cases = [register(baita)]
    volumes = Volumes()  # one stick, carried from desk to desk
    pages = {name: make_page(qtbot, ctx, volumes)
             for name, ctx in (("town", town), ("qingshi", village), ("baita", baita))}

    # The township writes its identity file onto the stick and reads out its fingerprint.
    town_page = pages["town"]
    plug_in(town_page, volumes, stick)
    click(qtbot, town_page.ui.export_identity_button)
    town_page.file_dialog.fileSelected.emit(str(stick))
    town_fingerprint = town_page.ui.fingerprint_label.text().removeprefix("指纹：")
    identity = stick / "510100000.mzid"
    assert identity.is_file()

    # Each village enrolls the township, then exports onto the stick with one button.
    for name in ("qingshi", "baita"):
        page = pages[name]
        enroll_by_window(qtbot, page, identity, town_fingerprint)
        assert "青龙镇司法所" in page.ui.township_label.text()
        plug_in(page, volumes, stick)
        click(qtbot, page.ui.stick_button)
        assert "已写出数据包" in page.result()
    assert len(list((stick / STICK_FOLDER).rglob("*.mzb"))) == 2

    # The township imports the stick, comparing each village's fingerprint on first contact.
    plug_in(town_page, volumes, stick)
    click(qtbot, town_page.ui.stick_button)
    for expected in ("青石村人民调解委员会", "白塔村人民调解委员会"):
        dialog = town_page.township.confirm_dialog
        assert dialog is not None and dialog.ui.name_label.text() == expected
        village_page = pages["qingshi" if expected.startswith("青石") else "baita"]
        assert (dialog.ui.fingerprint_label.text().split()
                == village_page.ui.fingerprint_label.text().removeprefix("指纹：").split())
        click(qtbot, dialog.ui.confirm_button)
    assert town_page.result().splitlines()[0] == "导入 3 件：新增 3，更新 0，未变 0，待审 0"
    assert town_page.township.model.rowCount() == 2
    assert len(list((stick / STICK_FOLDER).rglob("*.mzr"))) == 2

    # Back at the villages: the same button imports the receipt (and exports what is new).
    for name, ctx, cases in (("qingshi", village, qingshi_cases),
                             ("baita", baita, baita_cases)):
        page = pages[name]
        click(qtbot, page.ui.stick_button)
        assert "青龙镇司法所已确认接收改动" in page.result()
        states = sync_state.case_states(ctx, cases)
        assert set(states.values()) == {CaseSyncState.RECEIVED}
        assert f"乡镇已接收 {len(cases)} 件" in page.ui.states_label.text()
        assert page.log_model.index(1, 5).data().startswith("已接收")

    # The township returns one of 青石村's cases; it travels in the next receipt.
    returned = qingshi_cases[0]
    township.add_note(town, returned, "调查记录不全，请补充后再报。", kind="return")
    qingshi = pages["qingshi"]
    click(qtbot, qingshi.ui.stick_button)  # a new bundle for the township to answer
    click(qtbot, town_page.ui.stick_button)
    assert town_page.township.confirm_dialog is None  # both villages known by now
    assert "以前已导入 2 个" in town_page.result()
    click(qtbot, qingshi.ui.stick_button)
    assert "退回 1 件" in qingshi.result()
    assert sync_state.case_states(village, [returned])[returned] == CaseSyncState.RETURNED
    assert "乡镇退回 1 件" in qingshi.ui.states_label.text()
    assert qingshi.returns_model.rowCount() == 1
    assert qingshi.returns_model.index(0, 3).data() == "调查记录不全，请补充后再报。"
    opened: list[str] = []
    qingshi.case_activated.connect(opened.append)
    qingshi.ui.returns_table.doubleClicked.emit(qingshi.returns_model.index(0, 0))
    assert opened == [returned]
    assert set(sync_state.case_states(baita, baita_cases).values()) == {CaseSyncState.RECEIVED}
