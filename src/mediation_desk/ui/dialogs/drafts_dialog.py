"""Lists the forms left unsaved (after a crash, a power cut or a forced close) and lets the
user open one to finish it, or throw it away."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from mediation_desk.bootstrap import AppContext
from mediation_desk.domain.views import DraftView
from mediation_desk.services import drafts
from mediation_desk.ui import labels
from mediation_desk.ui.forms.ui_drafts_dialog import Ui_DraftsDialog

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class DraftsDialog(QDialog):
    open_requested = Signal(str)
    """The user chose to finish this draft; carries its key."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DraftsDialog()
        self.ui.setupUi(self)
        self._ctx = ctx
        self.ui.open_button.clicked.connect(self._on_open_button_clicked)
        self.ui.discard_button.clicked.connect(self._on_discard_button_clicked)
        self.ui.close_button.clicked.connect(self.reject)
        self.ui.draft_list.itemActivated.connect(self._on_draft_list_itemActivated)
        self.reload()

    def reload(self) -> None:
        self.ui.draft_list.clear()
        for draft in drafts.list_drafts(self._ctx):
            item = QListWidgetItem(self._line(draft))
            item.setData(KEY_ROLE, draft.key)
            self.ui.draft_list.addItem(item)
        has = self.ui.draft_list.count() > 0
        if has:
            self.ui.draft_list.setCurrentRow(0)
        self.ui.open_button.setEnabled(has)
        self.ui.discard_button.setEnabled(has)

    def keys(self) -> list[str]:
        return [self.ui.draft_list.item(i).data(KEY_ROLE)
                for i in range(self.ui.draft_list.count())]

    def _line(self, draft: DraftView) -> str:
        when = QLocale().toString(draft.saved_at.astimezone(), QLocale.FormatType.ShortFormat)
        return labels.fill(self.tr("%1 — saved %2"), draft.title or draft.key, when)

    def _current_key(self) -> str | None:
        item = self.ui.draft_list.currentItem()
        return item.data(KEY_ROLE) if item is not None else None

    def _on_open_button_clicked(self) -> None:
        key = self._current_key()
        if key is not None:
            self.accept()
            self.open_requested.emit(key)

    def _on_draft_list_itemActivated(self, _item: QListWidgetItem) -> None:
        self._on_open_button_clicked()

    def _on_discard_button_clicked(self) -> None:
        key = self._current_key()
        if key is not None:
            drafts.discard_draft(self._ctx, key)
            self.reload()
