"""The numbered terms of an agreement (1、2、3、…): one text box per term, with buttons to add,
move and remove terms. Alt+Up / Alt+Down move the term being typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.domain.errors import DomainError
from mediation_desk.ui import labels
from mediation_desk.ui.field_errors import MARK, error_label
from mediation_desk.ui.i18n import current_language
from mediation_desk.wording import messages

TERM_LINES = 2.6  # two lines show without scrolling; a longer term scrolls
EDGE = 12  # frame and margins of a text box, in pixels


class TermsEditor(QWidget):
    changed = Signal()
    """Some term's text, or the list of terms, changed."""
    rows_changed = Signal()
    """Text boxes were added or removed: the dialog redoes its Tab order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        outer.addLayout(self.grid)
        self.error_label = error_label(self, "term_errors")
        outer.addWidget(self.error_label)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("+ Add a term"), self)
        self.add_button.setObjectName("add_term_button")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_term())
        row.addWidget(self.add_button)
        row.addStretch(1)
        outer.addLayout(row)
        self.edits: list[QPlainTextEdit] = []
        self._row_widgets: list[QWidget] = []
        self.set_texts([""])

    # Values ------------------------------------------------------------------------------

    def texts(self) -> list[str]:
        """Every box as typed (for drafts)."""
        return [e.toPlainText() for e in self.edits]

    def terms(self) -> list[str]:
        """The terms for the service: trimmed, empty boxes left out."""
        return [t.strip() for t in self.texts() if t.strip()]

    def set_texts(self, texts: Sequence[str]) -> None:
        self._rebuild(list(texts) or [""])
        self.changed.emit()

    def drop_blank(self) -> None:
        """Remove empty boxes (before saving, so that term numbers match the messages)."""
        texts = [t for t in self.texts() if t.strip()]
        if len(texts) != len(self.edits):
            self.set_texts(texts)

    # Editing -----------------------------------------------------------------------------

    def add_term(self, text: str = "") -> None:
        self._rebuild([*self.texts(), text])
        self.changed.emit()
        self.edits[-1].setFocus()

    def remove_term(self, index: int) -> None:
        texts = self.texts()
        del texts[index]
        self._rebuild(texts or [""])
        self.changed.emit()
        self.edits[min(index, len(self.edits) - 1)].setFocus()

    def move_term(self, index: int, delta: int) -> None:
        target = index + delta
        if not 0 <= target < len(self.edits):
            return
        a, b = self.edits[index], self.edits[target]
        text_a, text_b = a.toPlainText(), b.toPlainText()
        a.setPlainText(text_b)
        b.setPlainText(text_a)
        b.setFocus()
        b.moveCursor(b.textCursor().MoveOperation.End)

    def focus_chain(self) -> list[QWidget]:
        return [*self.edits, self.add_button]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and watched in self.edits \
                and event.modifiers() == Qt.KeyboardModifier.AltModifier \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            index = self.edits.index(watched)  # type: ignore[arg-type]
            self.move_term(index, -1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    # Errors ------------------------------------------------------------------------------

    def show_errors(self, errors: Sequence[DomainError]) -> None:
        """Problems with single terms (``terms[2]``), named by their number."""
        lang = current_language()
        lines = [MARK + messages.describe(e.to_dict(), lang)[0] for e in errors]
        self.error_label.setText("\n".join(lines))
        self.error_label.setVisible(bool(lines))
        for e in errors:
            index = _index(e.field)
            if index is not None and index < len(self.edits):
                self.edits[index].setAccessibleDescription(
                    messages.message(e.code, e.params, lang))

    def clear_errors(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
        for edit in self.edits:
            edit.setAccessibleDescription("")

    # Rows --------------------------------------------------------------------------------

    def _rebuild(self, texts: list[str]) -> None:
        for w in self._row_widgets:
            self.grid.removeWidget(w)
            w.hide()  # gone at once, even before Qt gets round to deleting it
            w.deleteLater()
        self._row_widgets = []
        self.edits = []
        for i, text in enumerate(texts):
            self._add_row(i, text)
        self.rows_changed.emit()

    def _add_row(self, i: int, text: str) -> None:
        number = QLabel(labels.fill(self.tr("%1."), i + 1), self)
        number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        edit = QPlainTextEdit(text, self)
        edit.setObjectName(f"term_edit_{i}")
        edit.setAccessibleName(labels.fill(self.tr("Term %1"), i + 1))
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(int(edit.fontMetrics().lineSpacing() * TERM_LINES) + EDGE)
        edit.textChanged.connect(self.changed)
        edit.installEventFilter(self)
        buttons = [
            self._button("↑", self.tr("Move term %1 up (Alt+Up)"), i,
                         lambda _=False, i=i: self.move_term(i, -1)),
            self._button("↓", self.tr("Move term %1 down (Alt+Down)"), i,
                         lambda _=False, i=i: self.move_term(i, 1)),
            self._button("✕", self.tr("Remove term %1"), i,
                         lambda _=False, i=i: self.remove_term(i)),
        ]
        self.grid.addWidget(number, i, 0)
        self.grid.addWidget(edit, i, 1)
        for col, button in enumerate(buttons, start=2):
            self.grid.addWidget(button, i, col, Qt.AlignmentFlag.AlignTop)
        self.edits.append(edit)
        self._row_widgets += [number, edit, *buttons]

    def _button(self, text: str, tip: str, i: int,
                slot: Callable[..., None]) -> QPushButton:
        button = QPushButton(text, self)
        # Mouse helpers: Tab goes from term to term; the keyboard has Alt+Up/Down instead.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        button.setToolTip(labels.fill(tip, i + 1))
        button.setAccessibleName(labels.fill(tip, i + 1))
        button.setFixedWidth(button.fontMetrics().horizontalAdvance("✕") * 3)
        button.clicked.connect(slot)
        return button


def _index(field: str | None) -> int | None:
    if not field or "[" not in field:
        return None
    try:
        return int(field.split("[", 1)[1].split("]", 1)[0])
    except ValueError:
        return None
