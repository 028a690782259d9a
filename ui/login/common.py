"""Small widgets the login screens share: headings, paragraphs, a problem line, a busy bar, the version.

Loaded before the first window paints: no ``Qt`` namespace at module level (its ~90 enums cost ~25 ms).
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from ui.theme import success_color, warning_color

OK_MARK, PROBLEM_MARK = "✓", "✗"


def heading(text: str, parent: QWidget, scale: float = 1.35) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def small_print(text: str, parent: QWidget) -> QLabel:
    label = paragraph(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 0.85)
    label.setFont(font)
    label.setObjectName("small_print")
    return label


def make_selectable(label: QLabel) -> None:
    """Let the nurse select and copy a label's text (e.g. the data folder)."""
    from PySide6.QtCore import Qt

    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


class ProblemLabel(QLabel):
    """A problem told in words with a mark (not by colour alone); hidden when there is none."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("problem")
        self.hide()

    def say(self, text: str) -> None:
        self.setStyleSheet(f"color: {warning_color()};" if text else "")
        self.setText(f"{PROBLEM_MARK} {text}" if text else "")
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def confirm(self, text: str) -> None:
        """A success instead: the mark ✓ and the success colour."""
        self.setStyleSheet(f"color: {success_color()};")
        self.setText(f"{OK_MARK} {text}")
        self.setAccessibleName(text)
        self.show()


def busy_bar(accessible_name: str, parent: QWidget) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.setAccessibleName(accessible_name)
    bar.hide()
    return bar


def app_version() -> str:
    from app.version import version  # after the window is up: importlib.metadata is not free

    return version()
