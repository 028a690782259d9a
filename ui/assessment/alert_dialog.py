"""The safety alert a completed assessment raised (PHQ-9 item 9 above 0): modal for the window it
belongs to, and closed only by recording what was done (``assessments.acknowledge_alert``, audited)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import assessments
from ui.assessment.labels import alert_title, suggestions
from ui.context import AppContext, Changes
from ui.i18n import arg
from ui.messages import describe
from ui.ops import DbOp
from ui.widgets.dates import format_datetime
from ui.widgets.form import error_color
from ui.widgets.icons import warning_icon


class AlertDialog(QDialog):
    alert_did_acknowledge = Signal(object)  # AlertView

    def __init__(self, ctx: AppContext, alert: Any, member_name: str, parent: QWidget | None = None, *,
                 dismissable: bool = False) -> None:
        super().__init__(parent)
        self.ctx, self.alert = ctx, alert
        self.acknowledged = self.busy = False
        self.may_close = dismissable  # from Today the nurse may come back to it; from the runner, never
        self.setObjectName("alert_dialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("Safety alert"))
        icon = QLabel(self)
        icon.setPixmap(warning_icon("#b3261e").pixmap(32, 32))
        icon.setAccessibleName(self.tr("Warning"))
        self.title = QLabel("⚠ " + alert_title(alert.kind), self)
        self.title.setObjectName("alert_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        detail = QLabel(arg(self.tr("%1 · raised %2. Act now, then record what you did; the alert stays "
                                    "open until you do."), member_name, format_datetime(alert.raised_at)),
                        self)
        detail.setWordWrap(True)
        self.action = QLineEdit(self)
        self.action.setObjectName("action_taken")
        self.action.setAccessibleName(self.tr("Action taken"))
        self.action.setPlaceholderText(self.tr("What you did, e.g. a suggestion below"))
        label = QLabel(self.tr("&Action taken (required):"), self)
        label.setBuddy(self.action)
        self.error = QLabel(self)
        self.error.setObjectName("alert_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {error_color(self)}")
        self.buttons = QDialogButtonBox(self)
        accept = QDialogButtonBox.ButtonRole.AcceptRole
        self.record = self.buttons.addButton(self.tr("&Record action"), accept)
        self.record.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(detail)
        layout.addWidget(label)
        layout.addWidget(self.action)
        layout.addLayout(self._suggestion_row())
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.action.setFocus()
        self.resize(560, self.sizeHint().height())
        ctx.store_will_close.connect(self._locked)  # the alert stays open in the vault; no PHI on screen

    def _locked(self) -> None:
        self.may_close = True
        self.close()

    def _suggestion_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.suggestion_buttons: list[QPushButton] = []
        for text in suggestions():
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.setToolTip(self.tr("Add to the action taken"))
            button.clicked.connect(lambda _c=False, t=text: self._add(t))
            row.addWidget(button)
            self.suggestion_buttons.append(button)
        return row

    def _add(self, text: str) -> None:
        current = self.action.text().strip()
        self.action.setText(f"{current}; {text}" if current else text)
        self.action.setFocus()

    def submit(self) -> None:
        text = self.action.text().strip()
        if not text:
            self.error.setText("⚠ " + self.tr("Record what you did before closing this alert."))
            self.action.setFocus()
            return
        if self.busy:
            return
        self.busy = True
        alert_id, member_id = self.alert.id, self.alert.member_id
        DbOp(self.ctx, self, lambda s, a: assessments.acknowledge_alert(s, a, alert_id, text),
             changes=Changes.of("assessment", "safety_alert", member_id=member_id)) \
            .success(self._done).failure(self._failed).run_in_background()

    def _done(self, alert: Any) -> None:
        self.busy, self.acknowledged = False, True
        self.alert_did_acknowledge.emit(alert)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.error.setText("⚠ " + describe(exc))

    def reject(self) -> None:
        """Escape does not close an alert: only a recorded action does."""
        if self.acknowledged or self.may_close:
            super().reject()
            return
        self.error.setText("⚠ " + self.tr("This alert cannot be dismissed. Record the action taken."))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.acknowledged or self.may_close:
            event.accept()
        else:
            event.ignore()
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        super().keyPressEvent(event)
