"""A page for a part of the app that is not built yet: says so plainly, points elsewhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mediation_desk.ui import labels, text_size


class PlaceholderPage(QWidget):
    """Shows "<feature> is not available yet" for a feature named in the user's language."""

    def __init__(self, feature: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feature = feature
        self.message_label = QLabel(self)
        self.message_label.setObjectName("message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setText(labels.fill(
            self.tr("“%1” is not available yet. It will be added in a later version."), feature))
        text_size.follow_scaled(self.message_label, 1.25)

        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setText(
            self.tr("The other pages on the left can already be used."))

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.hint_label)
        layout.addStretch(2)

    def message(self) -> str:
        return self.message_label.text()
