"""Start-up steps that can fail or take a moment: opening the data folder, creating the demo
station on a first run, and reporting failures in plain words with the path of the log."""

from __future__ import annotations

import importlib
import logging
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.domain.views import StationView
from mediation_desk.paths import AppPaths
from mediation_desk.services.station import get_station, init_station
from mediation_desk.ui import labels
from mediation_desk.ui.i18n import current_language
from mediation_desk.wording import messages
from mediation_desk.wording.write_failures import plain_failure

log = logging.getLogger(__name__)

ERRORS_LOG = "errors.log"
# The first run of this foundation version opens a demo village; real station set-up
# (a wizard) replaces this later. Station data is Chinese content, not UI text.
DEMO_CODE = "000000000000"
DEMO_NAME = "演示村人民调解委员会"
DEMO_CASES = 300
DEMO_SEED = 1
DEMO_GENERATOR = "mediation_desk.services.demo.generate"

StatusCallback = Callable[[str], None]


def configure_logging(log_dir: Path) -> Path:
    """Send warnings and errors of this run to ``log_dir/errors.log``; returns its path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / ERRORS_LOG
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setLevel(logging.WARNING)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    return path


def write_error_log(log_dir: Path, exc: BaseException) -> Path:
    """Append the full traceback to ``errors.log``; the user only sees a short message."""
    path = log_dir / ERRORS_LOG
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as f:
            f.write(f"\n=== {datetime.now().isoformat(timespec='seconds')} start-up failed\n")
            f.write("".join(traceback.format_exception(exc)))
    except OSError:
        # The log folder itself is unusable (read-only disk, removed USB stick): say where
        # we tried, and keep the traceback on stderr for whoever can see it.
        traceback.print_exception(exc, file=sys.stderr)
    return path


class BusyNotice(QLabel):
    """A small borderless notice for a step of a second or two (no progress, no cancel)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent, Qt.WindowType.SplashScreen)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMargin(32)
        self.setFrameShape(QLabel.Shape.Box)

    def show_now(self) -> None:
        self.adjustSize()
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            self.move(screen.availableGeometry().center() - self.rect().center())
        self.show()
        self.raise_()
        # Paint before the caller blocks the event loop with its synchronous work.
        for _ in range(3):
            QApplication.processEvents()


def open_store(paths: AppPaths, *, on_status: StatusCallback | None = None
               ) -> tuple[AppContext, StationView]:
    """Open (and migrate) the data folder; on a first run set up the demo village."""
    ctx = build_context(paths)
    try:
        station = get_station(ctx) or create_demo_station(ctx, on_status=on_status)
    except BaseException:
        ctx.close()
        raise
    return ctx, station


def create_demo_station(ctx: AppContext, *, on_status: StatusCallback | None = None,
                        cases: int | None = None) -> StationView:
    """Initialise the demo village station and fill it with generated demo cases."""
    station = init_station(ctx, kind="village", code=DEMO_CODE, name=DEMO_NAME,
                           township_name="演示镇", county_name="演示县")
    if on_status is not None:
        on_status(QCoreApplication.translate("startup", "Creating demo data…"))
    run_demo_generator(ctx, cases=DEMO_CASES if cases is None else cases, seed=DEMO_SEED)
    return station


def run_demo_generator(ctx: AppContext, *, cases: int, seed: int) -> bool:
    """Call the demo generator if this build has it; False (an empty store) if not."""
    try:
        module = importlib.import_module(DEMO_GENERATOR)
    except ModuleNotFoundError as exc:
        if exc.name != DEMO_GENERATOR:
            raise  # the generator exists but something it needs is broken: a real bug
        log.info("no demo generator in this build; starting with an empty store")
        return False
    generate = getattr(module, "generate", None)
    if generate is None:
        log.warning("%s has no generate(); starting with an empty store", DEMO_GENERATOR)
        return False
    generate(ctx, cases=cases, seed=seed)
    return True


def startup_error_text(exc: BaseException, log_path: Path, data_dir: Path | None) -> str:
    """What went wrong, what to do, and where the details are, in the user's language."""
    # A full disk, or SQLite refusing to write (read-only, I/O error): the store's sentence.
    # The folder sentence below already covers a file system refusing access.
    disk = plain_failure(exc)
    if "database is locked" in str(exc):
        reason = QCoreApplication.translate("startup", "The data file is being used by another copy of Mediation Desk. "
                     "Close the other window, then start again.")
    elif disk is not None and (disk.code == "store.disk_full" or not isinstance(exc, OSError)):
        text = messages.message(disk.code, disk.params, current_language())
        reason = f"{text}\n{data_dir or ''}".rstrip()
    elif isinstance(exc, OSError):
        reason = labels.fill(QCoreApplication.translate("startup", "The data folder %1 could not be read or written. Check that "
                                 "it exists, that the disk or USB stick is connected and that "
                                 "it is not read-only."), data_dir or "?")
    else:
        reason = QCoreApplication.translate("startup", "An unexpected problem stopped the start-up. Your saved data has not "
                     "been changed.")
    details = labels.fill(QCoreApplication.translate("startup", "The details were written to:\n%1\nPlease give this file to "
                              "the person who looks after this computer."), log_path)
    return f"{reason}\n\n{details}"


def show_startup_error(exc: BaseException, log_path: Path, data_dir: Path | None) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("startup", "Mediation Desk could not start"),
                      startup_error_text(exc, log_path, data_dir), QMessageBox.StandardButton.Ok)
    box.exec()


def install_excepthook(log_dir: Path) -> None:
    """After start-up, an error in an event handler is logged and explained, not printed."""
    showing = False

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("unexpected error", exc_info=(kind, exc, tb))
        if showing or QApplication.instance() is None:
            return
        showing = True  # one box at a time, even if the box's own event loop hits errors
        try:
            QMessageBox.warning(None, QCoreApplication.translate("startup", "Something went wrong"), labels.fill(
                QCoreApplication.translate("startup", "Mediation Desk hit an unexpected problem. What you saved before is safe. "
                    "If this keeps happening, give the file %1 to the person who looks after "
                    "this computer."), log_dir / ERRORS_LOG))
        finally:
            showing = False

    sys.excepthook = hook
