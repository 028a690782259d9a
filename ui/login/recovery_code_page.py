"""The wizard page showing the one-time recovery code: large, monospace, selectable, with Copy.

Next stays disabled until the nurse ticks "I have stored it". Widgets are built when the page is shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, QWizardPage

from ui.login.common import paragraph
from ui.login.fields import monospace_font


class RecoveryCodePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = ""  # set by the wizard once the vault exists; never stored anywhere else
        self.code_label: QLabel | None = None
        self.stored: QCheckBox | None = None
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(self.tr(
            "If you forget your passphrase, this code is the only way to open your caseload. "
            "It is shown only once."))

    def initializePage(self) -> None:
        if self.code_label is None:
            self._build()
        self.code_label.setText(self.code)
        self.code_label.setFocus()

    def _build(self) -> None:
        from PySide6.QtCore import Qt

        self.code_label = QLabel(self)
        self.code_label.setFont(monospace_font(1.6))
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.code_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.copy = QPushButton(self.tr("C&opy code"), self)
        self.copy.clicked.connect(self._copy)
        self.stored = QCheckBox(self.tr("I have &stored it somewhere safe, away from this laptop"), self)
        self.stored.toggled.connect(lambda _on: self.completeChanged.emit())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.copy)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addSpacing(12)
        column.addWidget(self.code_label)
        column.addLayout(row)
        column.addWidget(paragraph(self.tr(
            "Write it down or keep it in your organization's password manager. "
            "Do not keep it in a file on this laptop."), self))
        column.addStretch(1)
        column.addWidget(self.stored)
        self.setTabOrder(self.code_label, self.copy)
        self.setTabOrder(self.copy, self.stored)

    def isComplete(self) -> bool:
        return self.stored is not None and self.stored.isChecked()

    def _copy(self) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(self.code)
        self.copy.setText(self.tr("Copied"))
