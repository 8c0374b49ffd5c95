"""A line edit for ID numbers that shows them masked (110105********002X) unless the user is
editing the field, so a number is not left in full view on a shared office laptop.

The full value is ``number()``; ``text()`` is what is on screen. Only user typing emits
``textEdited``; masking and unmasking do not, so they never make a form dirty."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from mediation_desk.domain.errors import DomainError
from mediation_desk.domain.idnumber import (
    IdNumberInfo,
    mask_id_number,
    normalise_id_number,
    parse_id_number,
)


class IdNumberEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._number = ""
        self.textEdited.connect(self._on_self_textEdited)

    def number(self) -> str:
        """The full number as typed (not normalised)."""
        return self._number

    def set_number(self, value: str) -> None:
        self._number = value
        self.setText(value if self.hasFocus() else mask_id_number(value))

    def is_masked(self) -> bool:
        return not self.hasFocus() and self.text() != self._number

    def _on_self_textEdited(self, text: str) -> None:
        self._number = text

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        if self.text() != self._number:
            self.setText(self._number)
        super().focusInEvent(event)  # selects all on Tab, after the full text is back

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        # editingFinished is emitted in here, while the full number is still on screen.
        super().focusOutEvent(event)
        if event.reason() == Qt.FocusReason.PopupFocusReason:
            return  # the line edit's own context menu: the user is still editing
        masked = mask_id_number(self._number)
        if masked != self._number:
            self.setText(masked)


def check_typed_id(raw: str, *, today: date, finished: bool,
                   field: str = "person.id_number") -> DomainError | IdNumberInfo | None:
    """What to tell the user about a resident ID number as it is being typed.

    While typing (``finished`` False) a number that is still short is not wrong yet, so only
    characters that can never be right are reported; the full check runs at 18 characters
    and when the user leaves the field.

    Returns:
        The problem, the parsed number when it is valid, or None when there is nothing to say.
    """
    number = normalise_id_number(raw)
    if not number:
        return None
    if not finished and len(number) < 18:
        for index, char in enumerate(number):
            if not char.isascii() or not char.isdigit():
                return DomainError("id_number.characters", field, position=index + 1)
        return None
    try:
        return parse_id_number(raw, today=today, field=field)
    except DomainError as exc:
        return exc
