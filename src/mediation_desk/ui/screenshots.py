"""``mediation-desk screenshots --out DIR``: every page and the main dialogs as PNG files,
rendered offscreen at the 1366×768 of a village office laptop.

For the manual, for reviewing a change at several text sizes and in both languages, and for
looking at the window on a machine without a desktop. Unless ``--data-dir`` is given it
works on a temporary demo village; it never writes the window state of a real data folder.
To add a dialog, add a ``Shot`` to ``dialog_shots``."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.domain.views import CaseDetail
from mediation_desk.paths import paths_under, resolve_paths
from mediation_desk.services import papers
from mediation_desk.services.case_queries import CaseFilter, get_case, list_cases
from mediation_desk.services.station import get_station
from mediation_desk.ui import fonts, i18n, single_instance, startup, text_size
from mediation_desk.ui.dialogs import record_dialogs
from mediation_desk.ui.dialogs.action_dialog import ActionDialog
from mediation_desk.ui.dialogs.case_window import CaseWindow
from mediation_desk.ui.dialogs.drafts_dialog import DraftsDialog
from mediation_desk.ui.dialogs.new_case_dialog import NewCaseDialog
from mediation_desk.ui.dialogs.paper_preview import PaperPreview
from mediation_desk.ui.dialogs.party_dialog import PartyDialog
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.state import UiState
from mediation_desk.ui.tasks import SyncTaskRunner

EXIT_OK, EXIT_FAILED, EXIT_ALREADY_OPEN = 0, 1, 3
WIDTH, HEIGHT = 1366, 768
# File names for the navigation rows; a row without one is saved as "NN-page-N.png".
PAGE_NAMES = ("cases", "today", "screening", "joint-defence", "mediators", "statistics",
              "sync", "settings", "audit")
# Dialog files are numbered from here, after the pages.
FIRST_DIALOG_NUMBER = 20


class ScreenshotError(Exception):
    """Stops the run with a message for the terminal and an exit code."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass
class Scene:
    """What a shot may use: the window (1366×768, pages filled synchronously) and its store."""

    window: MainWindow
    ctx: AppContext
    state: UiState

    def detail(self, *statuses: str) -> CaseDetail:
        """The full read model of ``case_id(*statuses)``, as dialogs take it."""
        return get_case(self.ctx, self.case_id(*statuses))

    def case_id(self, *statuses: str) -> str:
        """A case (the most recently received one) in one of ``statuses``, or any case."""
        page = list_cases(self.ctx, CaseFilter(statuses=tuple(statuses), limit=1))
        if not page.rows and statuses:
            return self.case_id()
        if not page.rows:
            raise ScreenshotError("the data folder has no cases to show in dialogs")
        return page.rows[0].id


ShotFactory = Callable[[Scene], QWidget]
"""Returns the widget to grab; a dialog is returned unshown and is closed after the grab."""


@dataclass(frozen=True)
class Shot:
    file_name: str
    produce: ShotFactory


def page_shots(window: MainWindow) -> list[Shot]:
    """One shot per navigation entry, in their order."""
    shots = []
    for row in range(len(window.nav_titles())):
        name = PAGE_NAMES[row] if row < len(PAGE_NAMES) else f"page-{row + 1}"
        shots.append(Shot(f"{row + 1:02d}-{name}.png", _go_to(row)))
    return shots


def dialog_shots() -> list[Shot]:
    """The main dialogs. Each factory builds its dialog with ``scene.window`` as parent."""
    factories: list[tuple[str, ShotFactory]] = [
        ("new-case", lambda s: NewCaseDialog(s.ctx, s.window.runner, s.window)),
        ("party", lambda s: PartyDialog(s.ctx, s.window.runner, s.window)),
        ("case-window", lambda s: CaseWindow(s.ctx, s.window.runner,
                                             s.detail("in_mediation"), s.window, s.state)),
        ("case-performing", _case_performing),
        ("action-accept", lambda s: ActionDialog(s.ctx, s.window.runner,
                                                 s.detail("registered"), "accept", s.window)),
        ("action-terminate", lambda s: ActionDialog(
            s.ctx, s.window.runner, s.detail("in_mediation"), "terminate", s.window)),
        ("record-session", lambda s: _record(s, "session")),
        ("record-agreement", lambda s: _record(s, "agreement")),
        ("record-followup", lambda s: _record(s, "followup", "performed", "performing")),
        ("drafts", lambda s: DraftsDialog(s.ctx, s.window)),
        ("case-papers", _case_papers),
        ("paper-agreement", _agreement_preview),
    ]
    return [Shot(f"{FIRST_DIALOG_NUMBER + i:02d}-{name}.png", produce)
            for i, (name, produce) in enumerate(factories)]


def _go_to(row: int) -> ShotFactory:
    def produce(scene: Scene) -> QWidget:
        scene.window.go_to(row)
        return scene.window
    return produce


PERFORMANCE_SECTION = 7  # 履行, in forms/case_window.ui's section list


def _case_performing(scene: Scene) -> QWidget:
    window = CaseWindow(scene.ctx, scene.window.runner, scene.detail("performing"),
                        scene.window, scene.state)
    window.show_section(PERFORMANCE_SECTION)
    return window


PAPERS_SECTION = 11  # 文书
AGREED_STATES = ("agreement_reached", "performing", "performed", "closed")
PREVIEW_RENDER_MS = 400


def _agreement_case(scene: Scene) -> str:
    """A case with a written agreement to print (oral ones print another form)."""
    page = list_cases(scene.ctx, CaseFilter(statuses=AGREED_STATES, limit=50))
    for row in page.rows:
        if any(c.form == "agreement" for c in papers.paper_choices(scene.ctx, row.id)):
            return row.id
    raise ScreenshotError("the data folder has no case with a written agreement")


def _case_papers(scene: Scene) -> QWidget:
    window = CaseWindow(scene.ctx, scene.window.runner, get_case(scene.ctx,
                        _agreement_case(scene)), scene.window, scene.state)
    window.show_section(PAPERS_SECTION)
    window.papers.select("agreement")
    return window


def _agreement_preview(scene: Scene) -> QWidget:
    pdf = papers.render_paper(scene.ctx, _agreement_case(scene), "agreement")
    preview = PaperPreview(scene.ctx, scene.window.runner, pdf, scene.window)
    preview.show()
    # QtPdf draws its pages on worker threads; give them time to arrive before the grab.
    loop = QEventLoop()
    QTimer.singleShot(PREVIEW_RENDER_MS, loop.quit)
    loop.exec()
    return preview


def _record(scene: Scene, kind: str, *statuses: str) -> QWidget:
    detail = scene.detail(*(statuses or ("in_mediation",)))
    return record_dialogs.open_record(scene.window, scene.ctx, scene.window.runner, detail,
                                      kind, lambda _detail: None)


def render(shot: Shot, scene: Scene, out_dir: Path) -> Path:
    widget = shot.produce(scene)
    top = widget.window()
    if top is not scene.window and not top.isVisible():
        top.show()
    _settle()
    path = out_dir / shot.file_name
    if not widget.grab().save(str(path)):
        raise ScreenshotError(f"could not write {path}")
    if top is not scene.window:
        # hide(), not close(): a dialog that guards unsaved input would ask first.
        top.hide()
        top.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return path


def _settle() -> None:
    # Layouts, posted font changes and lazily filled views catch up over a few turns.
    for _ in range(3):
        QApplication.processEvents()


# Running -------------------------------------------------------------------------------

def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="mediation-desk screenshots",
                                description="PNG screenshots of every page and main dialog")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the PNG files")
    p.add_argument("--data-dir", metavar="DIR", default=None,
                   help="use this data folder (default: a temporary demo village)")
    p.add_argument("--lang", choices=i18n.LANGUAGES, default=None,
                   help="interface language (default zh, or $MEDIATION_DESK_LANG)")
    p.add_argument("--text-size", type=int, default=text_size.STANDARD, metavar="PT",
                   help="text size in points: 11 standard, 13 larger, 16 largest")
    p.add_argument("--demo-cases", type=int, default=startup.DEMO_CASES, metavar="N",
                   help="cases in the temporary demo village")
    p.add_argument("--township", action="store_true",
                   help="a temporary demo township (villages reported by USB) instead")
    return p.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if not text_size.MIN_SIZE <= args.text_size <= text_size.MAX_SIZE:
        sys.stderr.write(f"--text-size must be between {text_size.MIN_SIZE} and "
                         f"{text_size.MAX_SIZE}\n")
        return EXIT_FAILED
    try:
        with tempfile.TemporaryDirectory(prefix="md-screenshots-") as tmp:
            written = take_screenshots(args, Path(tmp))
    except ScreenshotError as exc:
        sys.stderr.write(f"{exc}\n")
        return exc.exit_code
    except Exception as exc:  # noqa: BLE001 - a short reason, not a traceback
        sys.stderr.write(f"screenshots failed: {type(exc).__name__}: {exc}\n")
        return EXIT_FAILED
    for path in written:
        print(path)
    return EXIT_OK


def take_screenshots(args: argparse.Namespace, tmp: Path) -> list[Path]:
    """Render every shot into ``args.out``; ``tmp`` holds the demo store and window state."""
    out_dir = Path(args.out).expanduser()
    out_dir.mkdir(parents=True, exist_ok=True)
    _use_offscreen_laptop_screen(tmp)
    from mediation_desk.ui.app import choose_language, create_application

    app = create_application([])
    with ExitStack() as cleanup:
        # Undone at the end, for a caller that shares this QApplication (a test).
        previous_font = QFont(app.font())
        cleanup.callback(app.setFont, previous_font)
        translators = i18n.install_translators(app, choose_language(args.lang, os.environ))
        cleanup.callback(i18n.remove_translators, app, translators)
        fonts.apply_app_font(app, args.text_size)
        ctx = cleanup.enter_context(_store(args, tmp))
        station = get_station(ctx)
        # A state file of its own: the real folder's window sizes stay as the user left them.
        state = UiState(tmp / "window-state")
        window = MainWindow(ctx, runner=SyncTaskRunner(), state=state,
                            station_name=station.name if station else "")
        cleanup.callback(window.deleteLater)
        cleanup.callback(window.close)
        window.resize(WIDTH, HEIGHT)
        window.show()
        _settle()
        scene = Scene(window, ctx, state)
        return [render(shot, scene, out_dir)
                for shot in [*page_shots(window), *dialog_shots()]]


@contextmanager
def _store(args: argparse.Namespace, tmp: Path) -> Iterator[AppContext]:
    """The given data folder (locked like the app does), or a new demo village in ``tmp``."""
    if args.data_dir is None:
        ctx = build_context(paths_under(tmp / "data").ensure())
        try:
            if getattr(args, "township", False):
                from mediation_desk.services.demo.township import generate_township

                generate_township(ctx, villages=3, cases=max(10, args.demo_cases // 3))
            else:
                startup.create_demo_station(ctx, cases=args.demo_cases)
            yield ctx
        finally:
            ctx.close()
        return
    paths = resolve_paths(args.data_dir)
    lock = single_instance.InstanceLock(paths.lock_path)
    if not lock.acquire():
        raise ScreenshotError(single_instance.already_open_text(paths.data_dir),
                              EXIT_ALREADY_OPEN)
    try:
        ctx, _station = startup.open_store(paths)
        try:
            yield ctx
        finally:
            ctx.close()
    finally:
        lock.release()


def _use_offscreen_laptop_screen(tmp: Path) -> None:
    """Render without a display on a screen the size of the usual laptop, unless a platform
    was chosen already (tests choose plain offscreen; someone may want their display)."""
    if os.environ.get("QT_QPA_PLATFORM") or QApplication.instance() is not None:
        return
    config = tmp / "offscreen-screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


if __name__ == "__main__":
    raise SystemExit(main())
