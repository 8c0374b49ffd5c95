"""Entry point of the desktop app (``mediation-desk-gui``, ``mediation-desk gui``).

Order matters: check for a display before Qt can abort, then translators and font before
any widget exists, then the data folder; failures end in a message box, not a traceback."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from mediation_desk.paths import APP_NAME, resolve_paths
from mediation_desk.ui import fonts, i18n, startup
from mediation_desk.ui.main_window import MainWindow

EXIT_NO_DISPLAY = 2
EXIT_START_FAILED = 1
LANG_ENV = "MEDIATION_DESK_LANG"
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


def choose_language(option: str | None, environ: Mapping[str, str]) -> str:
    value = (option or environ.get(LANG_ENV) or i18n.DEFAULT_LANGUAGE).lower()
    return "en" if value.startswith("en") else i18n.DEFAULT_LANGUAGE


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


def start(app: QApplication, data_dir: str | None) -> MainWindow | None:
    """Open the data folder and show the main window; None after telling the user why not."""
    paths = None
    try:
        paths = resolve_paths(data_dir)
        startup.configure_logging(paths.log_dir)
        notice = startup.BusyNotice(
            QCoreApplication.translate("startup", "Opening the data folder…"))
        notice.show_now()
        try:
            def on_status(text: str) -> None:
                notice.setText(text)
                notice.show_now()

            ctx, station = startup.open_store(paths, on_status=on_status)
        finally:
            notice.close()
        window = MainWindow(ctx, station_name=station.name)
        app.aboutToQuit.connect(ctx.close)
        startup.install_excepthook(paths.log_dir)
        # First run: use the whole (often small, 1366×768) laptop screen.
        if window.geometry_restored:
            window.show()
        else:
            window.showMaximized()
        return window
    except Exception as exc:  # noqa: BLE001 - the user gets words and a log path, not a trace
        log_dir = paths.log_dir if paths is not None else Path(tempfile.gettempdir()) / APP_NAME
        log_path = startup.write_error_log(log_dir, exc)
        startup.show_startup_error(exc, log_path, paths.data_dir if paths else None)
        return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop app until its window is closed; returns the process exit code."""
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    if not has_display(os.environ, sys.platform):
        sys.stderr.write(NO_DISPLAY_MESSAGE)
        return EXIT_NO_DISPLAY
    app = create_application(qt_args)
    i18n.install_translators(app, choose_language(args.lang, os.environ))
    fonts.apply_app_font(app)
    window = start(app, args.data_dir)
    if window is None:
        return EXIT_START_FAILED
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
