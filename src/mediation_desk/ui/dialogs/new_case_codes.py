"""The code-table drop-downs of the new-case form (dispute category, case source), filled from
``services.code_tables`` off the GUI thread.

A code restored from a draft before the lists have arrived is kept and selected once they
do, so a slow disk never loses the user's choice."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.views import CodeChoice
from mediation_desk.services import code_tables
from mediation_desk.ui import labels
from mediation_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class CodeCombos(QObject):
    """``combos`` maps a key to (code table, combo box, default code or None)."""

    def __init__(self, ctx: AppContext, runner: TaskRunner,
                 combos: dict[str, tuple[str, QComboBox, str | None]],
                 on_loaded: Callable[[list[QComboBox]], None],
                 on_failed: Callable[[BaseException], None], parent: QObject) -> None:
        super().__init__(parent)
        self._combos = combos
        self._on_loaded = on_loaded
        self._on_failed = on_failed
        self._choices: dict[str, dict[str, CodeChoice]] = {}
        self._pending: dict[str, str] = {k: d for k, (_t, _c, d) in combos.items() if d}
        self._ctx = ctx
        self._runner = runner

    def load(self) -> None:
        """Fetch the lists; ``on_loaded`` runs (on the GUI thread) once they are in place."""
        ctx = self._ctx
        tables = {key: table for key, (table, _combo, _default) in self._combos.items()}
        self._runner.submit(lambda: {key: code_tables.choices(ctx, table)
                                     for key, table in tables.items()},
                            on_done=self._on_found, on_error=self._on_error)

    def code(self, key: str) -> str | None:
        """The chosen code, or the one still waiting for the list to arrive."""
        value = self._combos[key][1].currentData()
        return str(value) if value else self._pending.get(key)

    def set_code(self, key: str, code: str | None) -> None:
        if code:
            self._pending[key] = code
            self._select(key)

    def choice(self, key: str, code: str) -> CodeChoice | None:
        return self._choices.get(key, {}).get(code)

    def _on_found(self, found: dict[str, list[CodeChoice]]) -> None:
        for key, (_table, combo, _default) in self._combos.items():
            # Filling the list is not an edit: no signals, so the form stays clean.
            combo.blockSignals(True)
            combo.clear()
            for c in found.get(key, []):
                combo.addItem(labels.code_label(c), c.code)
            combo.setCurrentIndex(-1)
            self._choices[key] = {c.code: c for c in found.get(key, [])}
            self._select(key)
            combo.blockSignals(False)
        self._on_loaded([combo for _t, combo, _d in self._combos.values()])

    def _on_error(self, exc: BaseException) -> None:
        log.error("could not load code tables", exc_info=exc)
        self._on_failed(exc)

    def _select(self, key: str) -> None:
        combo = self._combos[key][1]
        index = combo.findData(self._pending.get(key))
        if index >= 0:
            combo.setCurrentIndex(index)
            del self._pending[key]
