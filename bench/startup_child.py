"""One start-up, in a fresh process, for bench/bench_startup.py (not run by hand).

    startup_child.py app DATA_DIR   Mediation Desk as `mediation-desk gui` starts it
    startup_child.py bare           a bare PySide6 QMainWindow holding a QTableView

Prints ``READY <seconds since this script began>`` once the window is shown (and, for the
app, the first page of the case list is in its model), then quits. The parent times from
spawning the process to reading READY, so interpreter start-up and imports count too."""

from __future__ import annotations

import time

SCRIPT_START = time.perf_counter()

import sys  # noqa: E402
from typing import Any  # noqa: E402


def ready(app: Any) -> None:
    from PySide6.QtCore import QTimer

    print(f"READY {time.perf_counter() - SCRIPT_START:.4f}", flush=True)
    QTimer.singleShot(0, app.quit)  # quit from the event loop, even if called before it runs


def bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    view = QTableView(window)
    view.setModel(QStandardItemModel(0, 6, view))
    window.setCentralWidget(view)
    window.showMaximized()
    # Runs once the event loop has handled the show (the app's READY comes from it too).
    QTimer.singleShot(0, lambda: ready(app))
    return app.exec()


def app(data_dir: str) -> int:
    # What ui/app.py main() does before app.exec(), without its argument parsing.
    from mediation_desk.ui import app as gui
    from mediation_desk.ui import fonts, i18n, session

    # The sign-in dialog waits for a person (and its password check costs about 0.4 s, see
    # the passwords suite): the start-up measured here is the store's owner opening it.
    session.sign_in_at_start = lambda _ctx, **_kw: True
    qapp = gui.create_application([])
    i18n.install_translators(qapp, "zh")
    fonts.apply_app_font(qapp)
    window = gui.start(qapp, data_dir)
    if window is None:
        return 1
    model = window.case_list_page.model

    def check() -> None:
        if model.rowCount() > 0:
            model.modelReset.disconnect(check)
            ready(qapp)

    model.modelReset.connect(check)
    check()
    return qapp.exec()


if __name__ == "__main__":
    sys.exit(bare() if sys.argv[1] == "bare" else app(sys.argv[2]))
