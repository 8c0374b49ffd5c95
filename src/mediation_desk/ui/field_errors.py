"""Shows the core's errors beside the fields they concern, in the interface language.

A form binds each input path the services use (``facts``, ``parties``, ``on_date`` ...) to
its widget. ``show`` puts each message under its widget, marks the widget for screen readers
and focuses the first one; errors for unbound fields go to the form's general label, with
the field named. Messages carry a ⚠ so that red is never the only cue."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from mediation_desk.domain.errors import DomainError, ValidationErrors
from mediation_desk.ui.i18n import current_language
from mediation_desk.wording import messages

ERROR_STYLE = "color: #a40000;"
MARK = "⚠ "
_INDEX = re.compile(r"\[\d+\]$")


def flatten(exc: DomainError) -> list[DomainError]:
    if isinstance(exc, ValidationErrors):
        return [e for sub in exc.errors for e in flatten(sub)]
    return [exc]


def _parents(field: str) -> Iterable[str]:
    """``parties[0].person.id_number`` → itself, ``parties[0].person``, ``parties[0]``, ``parties``."""
    path = field
    while path:
        yield path
        if _INDEX.search(path):
            path = _INDEX.sub("", path)
        elif "." in path:
            path = path.rsplit(".", 1)[0]
        else:
            return


def error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class FieldErrors:
    """The error display of one form."""

    def __init__(self, general: QLabel) -> None:
        self._general = general
        self._general.setWordWrap(True)
        self._general.setStyleSheet(ERROR_STYLE)
        self._general.hide()
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def bind(self, field: str, widget: QWidget, label: QLabel | None = None) -> QLabel:
        """Errors for ``field`` (or any path below it) show in ``label``, next to ``widget``.

        Without a label one is made and put on the row under the widget when the widget sits
        in a QFormLayout."""
        if label is None:
            label = error_label(widget.parentWidget() or widget, f"{field}_error")
            layout = widget.parentWidget().layout() if widget.parentWidget() else None
            placed = False
            if isinstance(layout, QFormLayout):
                row, _role = layout.getWidgetPosition(widget)
                if row < 0:  # the widget is inside a row's layout, not a row itself
                    for r in range(layout.rowCount()):
                        item = layout.itemAt(r, QFormLayout.ItemRole.FieldRole)
                        if item is not None and item.layout() is not None \
                                and item.layout().indexOf(widget) >= 0:
                            row = r
                            break
                if row >= 0:
                    layout.insertRow(row + 1, "", label)
                    placed = True
            if not placed:
                parent_layout = layout
                if parent_layout is not None and parent_layout.indexOf(widget) >= 0:
                    insert = getattr(parent_layout, "insertWidget", None)
                    if insert is not None:
                        insert(parent_layout.indexOf(widget) + 1, label)
                        placed = True
            if not placed:
                label.setParent(None)
                label = self._general
        self._fields[field] = (widget, label)
        return label

    def clear(self) -> None:
        for widget, label in self._fields.values():
            label.clear()
            label.hide()
            widget.setAccessibleDescription("")
        self._general.clear()
        self._general.hide()

    def show(self, exc: DomainError) -> list[str]:
        """Display every problem in ``exc``; returns the lines shown (for the status bar)."""
        self.clear()
        lang = current_language()
        by_label: dict[int, tuple[QLabel, list[str]]] = {}
        first_widget: QWidget | None = None
        shown: list[str] = []
        for err in flatten(exc):
            text = messages.message(err.code, err.params, lang)
            target = self._match(err.field)
            if target is None or target[1] is self._general:
                line = messages.describe(err.to_dict(), lang)[0]
                label = self._general
            else:
                widget, label = target
                line = text
                widget.setAccessibleDescription(text)
                if first_widget is None:
                    first_widget = widget
            by_label.setdefault(id(label), (label, []))[1].append(MARK + line)
            shown.append(line)
        for label, lines in by_label.values():
            label.setText("\n".join(lines))
            label.show()
        if first_widget is not None:
            first_widget.setFocus()
        return shown

    def _match(self, field: str | None) -> tuple[QWidget, QLabel] | None:
        if not field:
            return None
        for path in _parents(field):
            if path in self._fields:
                return self._fields[path]
        return None
