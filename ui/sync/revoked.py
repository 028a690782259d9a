"""What a laptop shows after its administrator removed it: the vault is already erased (the sync
client shredded it), so this screen holds no data and offers only to close Carefield."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.widgets.text import heading


class RevokedNotice(QWidget):
    """Full-screen notice; the controller in ``ui/app.py`` shows it in place of every window."""

    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revoked_notice")
        self.setWindowTitle(self.tr("Carefield"))
        title = heading(self.tr("This laptop has been removed from Carefield"), self)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        self.message = QLabel(self.tr(
            "This laptop has been removed from Carefield by your administrator. Its local data has been "
            "erased. Contact your supervisor."), self)
        self.message.setObjectName("revoked_message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMaximumWidth(560)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.message.setFont(font)
        self.quit_button = QPushButton(self.tr("&Close Carefield"), self)
        self.quit_button.setAccessibleName(self.tr("Close Carefield"))
        self.quit_button.setDefault(True)
        self.quit_button.setAutoDefault(True)
        self.quit_button.clicked.connect(self.quit_requested)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.quit_requested)
        self.addAction(quit_action)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addSpacing(16)
        layout.addWidget(self.message, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        layout.addWidget(self.quit_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.setFocusProxy(self.quit_button)
