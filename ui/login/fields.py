"""Secret entry fields shared by the unlock screen, the first-run wizard and Settings.

Loaded before the first window paints: keep it free of the passphrase policy and of the ``Qt`` namespace.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QFont


def monospace_font(scale: float = 1.0) -> QFont:
    from PySide6.QtGui import QFontDatabase  # not before the first frame: its enums cost a millisecond

    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(QApplication.font().pointSizeF() * scale)
    return font


class PasswordField(QWidget):
    """A password line edit with a Show/Hide toggle next to it."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setMinimumWidth(260)
        self.reveal = QPushButton(self)
        self.reveal.setCheckable(True)
        self.reveal.toggled.connect(self._reveal_toggled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.reveal)
        self.setFocusProxy(self.edit)
        self._reveal_toggled(False)

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()

    def _reveal_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)
        self.reveal.setText(self.tr("Hide") if shown else self.tr("Show"))
        name = self.tr("Hide passphrase") if shown else self.tr("Show passphrase")
        self.reveal.setAccessibleName(name)
        self.reveal.setToolTip(name)
