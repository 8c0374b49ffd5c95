"""The case list on a large store: first rows, filters and column sorts, three ways each.

* service — ``case_queries.list_cases`` for a page of 200 (count, page, read models);
* page — the real ``CaseListPage`` with a real ``TaskRunner``: from the user's action
  (F5, choosing in a drop-down, ticking "overdue only", Enter in the search box, clicking a
  header) to the model holding the new first page — worker thread, hand-over to the GUI
  thread and the model reset included; the 300 ms typing pause is not;
* bare SQL — the floor: the same WHERE/ORDER BY with ``LIMIT 200`` through the standard
  ``sqlite3`` module on the same file (no count, no ORM, no read models).
"""

from __future__ import annotations

import os
import sqlite3
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from bench_stores import median_ms, ratio
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from mediation_desk.bootstrap import AppContext, build_context
from mediation_desk.paths import paths_under
from mediation_desk.services.case_queries import CaseFilter, list_cases
from mediation_desk.store.search_index import fts_query
from mediation_desk.ui import i18n
from mediation_desk.ui.pages.case_list_page import CaseListPage
from mediation_desk.ui.tasks import TaskRunner

PAGE = 200
WAIT_MS = 120_000
STATUS, CATEGORY = "in_mediation", "neighbour"
COLUMNS = "SELECT * FROM mediation_case c WHERE c.voided_at IS NULL"
NEWEST = "ORDER BY c.received_on DESC, c.seq DESC"
FTS = ("SELECT c.* FROM search_fts f JOIN search_doc d ON d.id = f.rowid "
       "JOIN mediation_case c ON c.id = d.entity_id "
       "WHERE search_fts MATCH ? AND d.kind = 'case' AND c.voided_at IS NULL "
       "ORDER BY f.rowid DESC")


@dataclass
class Scenario:
    name: str
    flt: CaseFilter
    bare_sql: str
    bare_params: tuple[Any, ...] = ()
    # Prepares the page (untimed), then the timed user action.
    prepare: Callable[[CaseListPage], None] = lambda page: None
    act: Callable[[CaseListPage], None] = lambda page: page.refresh()
    result: dict[str, Any] = field(default_factory=dict)


def _header_click(key: str, descending: bool) -> Callable[[CaseListPage], None]:
    def act(page: CaseListPage) -> None:
        # What a click on the header does: move the sort indicator (the page listens).
        page.ui.case_table.horizontalHeader().setSortIndicator(
            page.model.section_of(key),
            Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    return act


def _search(text: str) -> Callable[[CaseListPage], None]:
    def act(page: CaseListPage) -> None:
        page.ui.search_edit.setText(text)
        page.ui.search_edit.returnPressed.emit()
    return act


def scenarios(today: date) -> list[Scenario]:
    def status(page: CaseListPage) -> None:
        page.ui.status_combo.setCurrentIndex(page.ui.status_combo.findData(STATUS))

    def category(page: CaseListPage) -> None:
        page.ui.category_combo.setCurrentIndex(page.ui.category_combo.findData(CATEGORY))

    out = [
        Scenario("first page (F5)", CaseFilter(limit=PAGE), f"{COLUMNS} {NEWEST} LIMIT {PAGE}"),
        Scenario("status + type", CaseFilter(statuses=(STATUS,), category=CATEGORY, limit=PAGE),
                 f"{COLUMNS} AND c.status = ? AND c.category_code = ? {NEWEST} LIMIT {PAGE}",
                 (STATUS, CATEGORY), prepare=status, act=category),
        Scenario("overdue only", CaseFilter(overdue=True, limit=PAGE),
                 f"{COLUMNS} AND c.next_deadline_on < ? {NEWEST} LIMIT {PAGE}",
                 (today.isoformat(),),
                 act=lambda page: page.ui.overdue_check.setChecked(True)),
    ]
    for text in ("王", "宅基地"):
        out.append(Scenario(f"search {text}", CaseFilter(text=text, limit=PAGE),
                            f"{FTS} LIMIT {PAGE}", (fts_query(text),), act=_search(text)))
    # Column sorts: the bare floor orders by the plain column (no life or code-table order).
    for key, sort, plain in (("case_no", "case_no_asc", "c.year, c.seq"),
                             ("title", "title_asc", "c.title"),
                             ("category", "category_asc", "c.category_code"),
                             ("status", "status_asc", "c.status"),
                             ("received_on", "received_asc", "c.received_on"),
                             ("due_on", "due_asc", "c.due_on")):
        out.append(Scenario(f"sort {sort}", CaseFilter(sort=sort, limit=PAGE),
                            f"{COLUMNS} ORDER BY {plain} LIMIT {PAGE}",
                            act=_header_click(key, sort.endswith("_desc"))))
    return out


class PageTimer:
    """Times user actions on a real CaseListPage until its model holds the new page."""

    def __init__(self, ctx: AppContext) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before the QApplication
        self.app = QApplication.instance() or QApplication([])
        i18n.install_translators(self.app, "zh")
        self.runner = TaskRunner()
        self.page = CaseListPage(ctx, self.runner)
        self.wait(self.page.refresh)

    def wait(self, action: Callable[[], None]) -> float:
        """Seconds from ``action()`` to the model's reset with the new first page."""
        loop = QEventLoop()
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(loop.quit)
        self.page.model.modelReset.connect(loop.quit)
        guard.start(WAIT_MS)
        t = time.perf_counter()
        action()
        loop.exec()
        elapsed = time.perf_counter() - t
        self.page.model.modelReset.disconnect(loop.quit)
        if not guard.isActive():
            raise RuntimeError("the case list did not fill within the time limit")
        guard.stop()
        return elapsed

    def reset(self) -> None:
        page = self.page
        if page.current_filter.sort != "received_desc":
            self.wait(lambda: _header_click("received_on", True)(page))
        if page.current_filter != CaseFilter(limit=PAGE):
            self.wait(page.clear_filters)

    def median_ms(self, s: Scenario, repeat: int) -> float:
        times = []
        for n in range(repeat + 1):  # the first is a warm-up
            self.reset()
            s.prepare(self.page)
            if self.page.model.loading:
                self.wait(lambda: None)
            elapsed = self.wait(lambda: s.act(self.page))
            if n:
                times.append(elapsed)
        self.reset()
        times.sort()
        return round(times[len(times) // 2] * 1000, 2)

    def close(self) -> None:
        self.runner.shutdown()
        self.page.deleteLater()


def run(data_dir: Path, *, cases: int, repeat: int) -> dict[str, Any]:
    ctx = build_context(paths_under(data_dir), actor="bench")
    db = sqlite3.connect(f"file:{paths_under(data_dir).db_path}?mode=ro", uri=True)
    timer = PageTimer(ctx)
    rows = []
    try:
        for s in scenarios(ctx.today()):
            page = list_cases(ctx, s.flt)
            bare_rows = db.execute(s.bare_sql, s.bare_params).fetchall()
            service = median_ms(lambda s=s: list_cases(ctx, s.flt), repeat)
            bare = median_ms(lambda s=s: db.execute(s.bare_sql, s.bare_params).fetchall(),
                             repeat)
            ui = timer.median_ms(s, repeat)
            rows.append({"scenario": s.name, "total": page.total, "rows": len(page.rows),
                         "bare_rows": len(bare_rows), "service_ms": service, "page_ms": ui,
                         "bare_sql_ms": bare, "service_ratio": ratio(service, bare),
                         "page_ratio": ratio(ui, bare)})
    finally:
        timer.close()
        db.close()
        ctx.close()
    return {"cases": cases, "repeat": repeat, "rows": rows}


def _pad(text: str, width: int) -> str:
    """Left-align in a terminal, where a Chinese character takes two columns."""
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(width - used, 0)


def report(r: dict[str, Any]) -> list[str]:
    lines = [f"case list ({r['cases']} cases, page of {PAGE}, median of {r['repeat']}):",
             f"  {'scenario':<20}{'matches':>9}{'service ms':>12}{'page ms':>10}"
             f"{'bare SQL ms':>13}{'service×':>10}{'page×':>8}"]
    for row in r["rows"]:
        lines.append(f"  {_pad(row['scenario'], 20)}{row['total']:>9}{row['service_ms']:>12}"
                     f"{row['page_ms']:>10}{row['bare_sql_ms']:>13}"
                     f"{row['service_ratio']!s:>10}{row['page_ratio']!s:>8}")
    return lines
