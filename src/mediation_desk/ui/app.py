"""Entry point of the desktop app (``mediation-desk-gui``, ``mediation-desk gui``).

Order matters: check for a display before Qt can abort, then translators and font (with
the saved language and text size) before any widget exists, then the lock on the data folder
(one window per folder), then the database; failures end in a message box, not a traceback."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from mediation_desk.paths import APP_NAME, AppPaths, resolve_paths
from mediation_desk.services import backups
from mediation_desk.ui import (
    backup_control,
    fonts,
    i18n,
    session,
    single_instance,
    startup,
    store_problems,
    text_size,
)
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.state import UiState

EXIT_NO_DISPLAY = 2
EXIT_START_FAILED = 1
EXIT_ALREADY_OPEN = 3
LANG_ENV = "MEDIATION_DESK_LANG"
LANGUAGE_PREFERENCE = "language"
ORGANISATION = "MediationDesk"

NO_DISPLAY_MESSAGE = (
    "调解工作台无法打开窗口：没有找到图形桌面（DISPLAY 和 WAYLAND_DISPLAY 都没有设置）。\n"
    "请在电脑桌面上启动本程序；在没有显示器的服务器上，请使用命令行 mediation-desk。\n"
    "(Mediation Desk needs a graphical display. For tests, set QT_QPA_PLATFORM=offscreen.)\n"
)


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options; anything else (e.g. Qt's ``-platform xcb``) is passed on to Qt."""
    parser = argparse.ArgumentParser(prog="mediation-desk-gui",
                                     description="调解工作台 Mediation Desk")
    parser.add_argument("--data-dir", metavar="DIR", default=None,
                        help="data folder (else $MEDIATION_DESK_HOME, else the platform default)")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=None,
                        help=f"interface language (default zh, or ${LANG_ENV})")
    return parser.parse_known_args(list(argv))


def choose_language(option: str | None, environ: Mapping[str, str],
                    saved: str | None = None) -> str:
    """--lang, else $MEDIATION_DESK_LANG, else the language chosen in Settings, else zh."""
    value = (option or environ.get(LANG_ENV) or saved or i18n.DEFAULT_LANGUAGE).lower()
    return "en" if value.startswith("en") else i18n.DEFAULT_LANGUAGE


def saved_preferences(data_dir: str | None) -> tuple[str, int]:
    """The interface language ("" if never chosen) and text size saved on this computer.

    Read before the window exists; an unreadable folder gives the defaults here and is
    reported properly by ``start``."""
    try:
        state = UiState(resolve_paths(data_dir).config_dir)
    except Exception:  # noqa: BLE001 - defaults now; start() explains the real problem
        return "", text_size.STANDARD
    return state.preference(LANGUAGE_PREFERENCE), text_size.saved_size(state)


def has_display(environ: Mapping[str, str], platform: str) -> bool:
    """False only where Qt would abort: Linux with no X11/Wayland and no platform chosen."""
    if not platform.startswith("linux"):
        return True
    return any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def create_application(qt_args: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Names must be set before any QSettings is created; done here, never at import time.
    QApplication.setOrganizationName(ORGANISATION)
    QApplication.setApplicationName(APP_NAME)
    return QApplication([sys.argv[0] if sys.argv else "mediation-desk-gui", *qt_args])


def start(app: QApplication, data_dir: str | None, *,
          show_message: Callable[[str], None] | None = None) -> MainWindow | None:
    """Open the data folder and show the main window; None after telling the user why not."""
    return open_window(app, data_dir, show_message=show_message)[0]


def open_window(app: QApplication, data_dir: str | None, *,
                show_message: Callable[[str], None] | None = None,
                lock: single_instance.InstanceLock | None = None
                ) -> tuple[MainWindow | None, int]:
    """Like ``start``, with the exit code for when there is no window.

    Args:
        show_message: shows the "already open" text; default a modal message box.
        lock: the folder's lock, already held (opening again after a restore).
    """
    paths = None
    try:
        paths = resolve_paths(data_dir)
        startup.configure_logging(paths.log_dir)
        if lock is None:
            lock = single_instance.InstanceLock(paths.lock_path)
        if not lock.is_locked() and not lock.acquire():
            other = lock.holder_host if lock.held_by_other_computer() else ""
            text = single_instance.already_open_text(paths.data_dir, other)
            (show_message or single_instance.show_already_open)(text)
            return None, EXIT_ALREADY_OPEN
        notice = startup.BusyNotice(
            QCoreApplication.translate("startup", "Opening the data folder…"))
        notice.show_now()
        try:
            def on_status(text: str) -> None:
                notice.setText(text)
                notice.show_now()

            ctx, station = startup.open_store(paths, on_status=on_status)
        except (backups.StoreDamaged, backups.UnsafeLocation) as problem:
            notice.close()
            return _store_problem(app, problem, paths, lock, show_message)
        finally:
            notice.close()
        # The first chair's account, or signing in; Quit there quits (issue 8).
        if not session.sign_in_at_start(ctx, station_name=station.name):
            ctx.close()
            lock.release()
            return None, 0
        window = MainWindow(ctx, station_name=station.name)
        # The lock lives as long as the window that has the folder open; on quit it goes
        # after the exit backup and the database's closing. A restore re-opens the window
        # with the lock still held.
        lock.setParent(window)
        backup_control.attach_store(app, window, ctx, lock, lambda: open_window(
            app, str(paths.data_dir), show_message=show_message, lock=lock)[0])
        startup.install_excepthook(paths.log_dir)
        # First run: use the whole (often small, 1366×768) laptop screen.
        if window.geometry_restored:
            window.show()
        else:
            window.showMaximized()
        return window, 0
    except Exception as exc:  # noqa: BLE001 - the user gets words and a log path, not a trace
        if lock is not None:
            lock.release()
        log_dir = paths.log_dir if paths is not None else Path(tempfile.gettempdir()) / APP_NAME
        log_path = startup.write_error_log(log_dir, exc)
        startup.show_startup_error(exc, log_path, paths.data_dir if paths else None)
        return None, EXIT_START_FAILED


def _store_problem(app: QApplication, problem: Exception, paths: AppPaths,
                   lock: single_instance.InstanceLock, show_message: Callable[[str], None] | None
                   ) -> tuple[MainWindow | None, int]:
    """A damaged store or an unsafe folder: ask, then open the folder the answer gives."""
    if isinstance(problem, backups.StoreDamaged):
        folder = store_problems.resolve_damaged(problem, paths)
    else:
        assert isinstance(problem, backups.UnsafeLocation)
        folder = store_problems.resolve_unsafe(problem, paths)
    if folder is None:
        lock.release()
        return None, EXIT_START_FAILED
    if folder == paths.data_dir:
        return open_window(app, str(folder), show_message=show_message, lock=lock)
    lock.release()  # working on the local copy: that folder has a lock of its own
    return open_window(app, str(folder), show_message=show_message)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop app until its window is closed; returns the process exit code."""
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    if not has_display(os.environ, sys.platform):
        sys.stderr.write(NO_DISPLAY_MESSAGE)
        return EXIT_NO_DISPLAY
    app = create_application(qt_args)
    language, size = saved_preferences(args.data_dir)
    i18n.install_translators(app, choose_language(args.lang, os.environ, language))
    fonts.apply_app_font(app, size)
    window, code = open_window(app, args.data_dir)
    if window is None:
        return code
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
