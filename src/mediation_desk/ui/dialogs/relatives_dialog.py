"""A person's recorded relatives (亲属关系), with adding and removing ties.

The recusal checks read these ties: a mediator who is a party's relative is pointed out when
he is chosen for a case. A tie is removed with a reason and stays in the records."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.relation_views import RelativeView
from mediation_desk.domain.views import PersonView
from mediation_desk.services import relations
from mediation_desk.services.persons import get_person
from mediation_desk.ui import labels
from mediation_desk.ui.dialogs.party_choices import person_summary
from mediation_desk.ui.dialogs.party_search import PersonSearch
from mediation_desk.ui.field_errors import FieldErrors
from mediation_desk.ui.forms.ui_relatives_dialog import Ui_RelativesDialog
from mediation_desk.ui.guarded_dialog import GuardedDialog
from mediation_desk.ui.i18n import current_language
from mediation_desk.ui.tasks import TaskRunner
from mediation_desk.wording import messages
from mediation_desk.wording.conflict_text import relation_label

log = logging.getLogger(__name__)

# What the relative is to the person, in the order villagers think of them.
RELATION_CHOICES = (
    ("spouse", QT_TRANSLATE_NOOP("RelativesDialog", "Spouse (husband or wife)")),
    ("parent", QT_TRANSLATE_NOOP("RelativesDialog", "Parent (father or mother)")),
    ("child", QT_TRANSLATE_NOOP("RelativesDialog", "Child (son or daughter)")),
    ("sibling", QT_TRANSLATE_NOOP("RelativesDialog", "Brother or sister")),
    ("grandparent", QT_TRANSLATE_NOOP("RelativesDialog", "Grandparent")),
    ("grandchild", QT_TRANSLATE_NOOP("RelativesDialog", "Grandchild")),
    ("in_law", QT_TRANSLATE_NOOP("RelativesDialog", "In-law (by marriage)")),
    ("other", QT_TRANSLATE_NOOP("RelativesDialog", "Other relative")),
)
TABLE_LINES = 10
REMOVE_REASONS = (
    QT_TRANSLATE_NOOP("RelativesDialog", "Recorded by mistake"),
    QT_TRANSLATE_NOOP("RelativesDialog", "No longer true (e.g. divorce)"),
)


class RelativesDialog(GuardedDialog):
    """``RelativesDialog(ctx, runner, person_id, parent)``: lists, adds and removes ties."""

    def __init__(self, ctx: AppContext, runner: TaskRunner, person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, f"relatives/{person_id}",
                         QCoreApplication.translate("RelativesDialog", "Relatives"), parent)
        self.ui = Ui_RelativesDialog()
        self.ui.setupUi(self)
        self.runner = runner
        self.person_id = person_id
        self.person: PersonView | None = None
        self.relatives: list[RelativeView] = []
        self.chosen: PersonView | None = None
        self.remove_question: QMessageBox | None = None
        self.saving = False
        ui = self.ui
        ui.title_label.setText(self.tr("Relatives"))
        for value, text in RELATION_CHOICES:
            ui.relation_combo.addItem(QCoreApplication.translate("RelativesDialog", text), value)
        ui.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        ui.save_button.clicked.connect(self.save)
        ui.close_button.clicked.connect(self.reject)
        ui.remove_button.clicked.connect(self.ask_remove)
        ui.relatives_table.itemSelectionChanged.connect(self._update_buttons)
        # Room for about five ties at any text size; larger text makes the dialog taller.
        line = ui.relatives_table.fontMetrics().lineSpacing()
        ui.relatives_table.setMinimumHeight(line * TABLE_LINES)
        self.search = PersonSearch(ctx, runner, ui.search_edit, ui.results_list,
                                   ui.search_status_label, ui.use_button)
        self.search.person_chosen.connect(self.choose)
        self.errors = FieldErrors(ui.general_error_label)
        self.errors.bind("relative_id", ui.search_edit)
        self.errors.bind("relation", ui.relation_combo)
        self.errors.bind("note", ui.note_edit)
        self.watch(ui.relation_combo, ui.note_edit)
        self._show_chosen()
        self._update_buttons()
        self.reload()
        self.offer_draft()
        ui.search_edit.setFocus()

    # Loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        ctx, pid = self.ctx, self.person_id
        self.runner.submit(lambda: (get_person(ctx, pid), relations.relatives_of(ctx, pid)),
                           on_done=self._on_loaded, on_error=self._on_failed,
                           key=f"relatives:{pid}")

    def _on_loaded(self, loaded: tuple[PersonView, list[RelativeView]]) -> None:
        self.person, self.relatives = loaded
        title = labels.fill(self.tr("Relatives of %1"), self.person.name)
        self.ui.title_label.setText(title)
        self.setWindowTitle(title)
        self.draft_title = title
        lang = current_language()
        table = self.ui.relatives_table
        table.setRowCount(len(self.relatives))
        for r, rel in enumerate(self.relatives):
            values = [rel.name, relation_label(rel.relation, rel.gender, lang),
                      self.tr("yes") if rel.same_household else self.tr("no"),
                      rel.id_number_masked, rel.note]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(r, c, item)
            table.item(r, 0).setData(Qt.ItemDataRole.UserRole, rel.id)
        table.resizeColumnsToContents()
        self.ui.empty_label.setVisible(not self.relatives)
        self._update_buttons()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            self.errors.show(exc)
            return
        log.error("relatives dialog", exc_info=exc)
        self._general(messages.message("internal.unexpected", {
            "kind": type(exc).__name__, "log": str(self.ctx.paths.log_dir / "errors.log")},
            current_language()))

    # Adding ------------------------------------------------------------------------------

    def choose(self, person: PersonView) -> None:
        self.chosen = person
        self._show_chosen()
        self.mark_dirty()
        self.ui.relation_combo.setFocus()

    def _show_chosen(self) -> None:
        self.ui.chosen_label.setText(person_summary(self.chosen) if self.chosen
                                     else self.tr("nobody chosen yet: find the person above"))

    def save(self) -> None:
        if self.saving:
            return
        self.errors.clear()
        if self.chosen is None:
            self.errors.show(DomainError("field.required", "relative_id"))
            return
        data = {"person_id": self.person_id, "relative_id": self.chosen.id,
                "relation": self.ui.relation_combo.currentData(),
                "note": self.ui.note_edit.text().strip()}
        self.saving = True
        self.ui.save_button.setEnabled(False)
        ctx = self.ctx
        self.runner.submit(lambda: relations.add_relation(ctx, data),
                           on_done=self._on_saved, on_error=self._on_save_failed, write=True,
                           key=f"relatives.save:{self.person_id}")

    def _on_saved(self, _view: RelativeView) -> None:
        self.saving = False
        self.ui.save_button.setEnabled(True)
        # The dialog stays open for the next tie: clear the form and its draft.
        self.chosen = None
        self._show_chosen()
        self.ui.note_edit.clear()
        self.ui.search_edit.clear()
        self.discard_draft()
        self._dirty = False
        self.reload()

    def _on_save_failed(self, exc: BaseException) -> None:
        self.saving = False
        self.ui.save_button.setEnabled(True)
        self._on_failed(exc)

    # Removing ----------------------------------------------------------------------------

    def selected(self) -> RelativeView | None:
        row = self.ui.relatives_table.currentRow()
        item = self.ui.relatives_table.item(row, 0) if row >= 0 else None
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((r for r in self.relatives if r.id == key), None)

    def ask_remove(self) -> None:
        rel = self.selected()
        if rel is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove this tie?"), labels.fill(
            self.tr("Remove the tie with %1 (%2)? It stays in the records, marked as removed. "
                    "Why is it removed?"),
            rel.name, relation_label(rel.relation, rel.gender, current_language())),
            QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("remove_question")
        for reason in REMOVE_REASONS:
            button = box.addButton(QCoreApplication.translate("RelativesDialog", reason),
                                   QMessageBox.ButtonRole.AcceptRole)
            button.setProperty("reason", reason)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._on_remove_answer(box, rel))
        self.remove_question = box
        box.open()

    def _on_remove_answer(self, box: QMessageBox, rel: RelativeView) -> None:
        self.remove_question = None
        clicked: QAbstractButton | None = box.clickedButton()
        reason = clicked.property("reason") if clicked is not None else None
        if not reason:
            return
        text, ctx = QCoreApplication.translate("RelativesDialog", reason), self.ctx
        self.runner.submit(lambda: relations.remove_relation(ctx, rel.id, {"reason": text}),
                           on_done=lambda _none: self.reload(), on_error=self._on_failed,
                           write=True, key=f"relatives.remove:{rel.id}")

    # GuardedDialog -----------------------------------------------------------------------

    def form_state(self) -> dict[str, Any]:
        return {"relative": self.chosen.model_dump(mode="json") if self.chosen else None,
                "relation": self.ui.relation_combo.currentData(),
                "note": self.ui.note_edit.text()}

    def restore_form_state(self, state: dict[str, Any]) -> None:
        chosen = state.get("relative")
        self.chosen = PersonView.model_validate(chosen) if isinstance(chosen, dict) else None
        self._show_chosen()
        i = self.ui.relation_combo.findData(state.get("relation"))
        if i >= 0:
            self.ui.relation_combo.setCurrentIndex(i)
        self.ui.note_edit.setText(str(state.get("note") or ""))

    def done(self, result: int) -> None:
        self.runner.cancel(f"relatives:{self.person_id}")
        super().done(result)

    # Helpers -----------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        self.ui.remove_button.setEnabled(self.selected() is not None)

    def _general(self, text: str) -> None:
        self.ui.general_error_label.setText("⚠ " + text)
        self.ui.general_error_label.show()
