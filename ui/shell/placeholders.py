"""Screens later issues fill in: a heading and one honest sentence, not an error."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.widgets.text import heading, muted


class PlaceholderPage(QWidget):
    def __init__(self, name: str, title: str, sentence: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(heading(title, self))
        layout.addWidget(muted(sentence, self))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
