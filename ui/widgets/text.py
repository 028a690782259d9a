"""Text styles used across screens: headings and muted explanatory lines, from the palette and
the application font (so font scaling and dark mode apply)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget


def heading(text: str, parent: QWidget | None = None, *, scale: float = 1.5) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def muted(text: str, parent: QWidget | None = None) -> QLabel:
    """A secondary line (an empty state, a hint): the palette's placeholder colour, wrapped."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate`` for module-level text; call it with literal strings
    (``translate("Caseload", "Never")``) so pyside6-lupdate finds them."""
    return QCoreApplication.translate(context, text)
