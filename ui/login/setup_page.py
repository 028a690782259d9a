"""The wizard's last page: connect to a server, explore a demo caseload, or start empty.

The server address and user name are kept in the vault (SyncState rows), never in QSettings.
The demo caseload is generated on the DB thread with a progress bar. Widgets are built when the page shows.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ui.context import ALL_CHANGED, AppContext
from ui.login.common import ProblemLabel

SERVER, DEMO, EMPTY = 0, 1, 2
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


def normalized_server_url(text: str) -> str | None:
    """The address as https://host[:port][/path], or None when it is not one; "https://" is assumed."""
    from PySide6.QtCore import QUrl

    text = text.strip()
    if not text:
        return None
    if "://" not in text:
        text = "https://" + text
    url = QUrl(text, QUrl.ParsingMode.StrictMode)
    secure = url.scheme() == "https" or (url.scheme() == "http" and url.host() in LOCAL_HOSTS)
    if not url.isValid() or not url.host() or not secure or url.userName() or url.hasQuery():
        return None
    return url.toString().rstrip("/")


class SetupPage(QWizardPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = self.done = False
        self._op_id = 0
        self.choice: QButtonGroup | None = None
        self.setTitle(self.tr("How would you like to start?"))
        self.setSubTitle(self.tr("Whichever you choose, your caseload stays encrypted on this laptop."))

    def initializePage(self) -> None:
        if self.choice is None:
            self._build()
        self.choice.checkedButton().setFocus()

    def _build(self) -> None:
        self.choice = QButtonGroup(self)
        column = QVBoxLayout(self)
        for key, text in ((SERVER, self.tr("&Connect to my organization's server")),
                          (DEMO, self.tr("Explore with a &demo caseload (about 60 made-up members)")),
                          (EMPTY, self.tr("Start with an &empty caseload"))):
            button = QRadioButton(text, self)
            self.choice.addButton(button, key)
            column.addWidget(button)
            if key == SERVER:
                column.addWidget(self._server_box())
        self.choice.button(DEMO).setChecked(True)
        self.choice.idToggled.connect(self._choice_toggled)
        column.addStretch(1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Demo caseload progress"))
        self.progress.hide()
        column.addWidget(self.status)
        column.addWidget(self.progress)
        self.ctx.op_did_progress.connect(self._progressed)
        self._choice_toggled(DEMO, True)

    def _server_box(self) -> QWidget:
        box = QWidget(self)
        form = QFormLayout(box)
        form.setContentsMargins(24, 0, 0, 6)
        self.url = QLineEdit(box)
        self.url.setPlaceholderText("https://carefield.example.org")
        self.user = QLineEdit(box)
        self.url_problem = ProblemLabel(box)
        rows = ((self.tr("Server &address:"), self.url), (self.tr("&User name:"), self.user))
        for label_text, field in rows:
            label = QLabel(label_text, box)
            label.setBuddy(field)
            field.setAccessibleName(label_text.replace("&", "").rstrip(":"))
            field.textChanged.connect(self._server_edited)
            form.addRow(label, field)
        form.addRow("", self.url_problem)
        self.server_box = box
        return box

    def _choice_toggled(self, key: int, on: bool) -> None:
        if on:
            self.server_box.setEnabled(key == SERVER)
            self._server_edited()

    def _server_edited(self) -> None:
        problem = ""
        text = self.url.text()
        if self.choice.checkedId() == SERVER and text.strip() and normalized_server_url(text) is None:
            problem = self.tr("Enter the server's address, for example https://carefield.example.org")
        self.url_problem.say(problem)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.busy or self.choice is None:
            return False
        if self.choice.checkedId() == SERVER:
            return normalized_server_url(self.url.text()) is not None and bool(self.user.text().strip())
        return True

    def validatePage(self) -> bool:
        if self.done or self.choice.checkedId() == EMPTY:
            return True
        if not self.busy:
            self._start()
        return False

    def _start(self) -> None:
        from ui.login import work
        from ui.ops import Op

        store, actor = self.ctx.store, self.ctx.actor
        if store is None or actor is None:
            return
        if self.choice.checkedId() == SERVER:
            url, user = normalized_server_url(self.url.text()) or "", self.user.text().strip()
            op = Op(self.ctx, self, lambda: work.save_server(store, actor, url, user))
            self._set_busy(True, self.tr("Saving the server details…"))
            op.success(self._server_saved).failure(self._failed).run_in_background()
            return
        op = Op(self.ctx, self, lambda progress: work.make_demo(store, actor, progress),
                label=self.tr("Creating the demo caseload"), with_progress=True)
        self._op_id = op.op_id
        self._set_busy(True, self.tr("Creating the demo caseload…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        op.success(self._demo_made).failure(self._failed).run_in_background()

    def _progressed(self, op_id: int, done: int, total: int) -> None:
        if op_id == self._op_id and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _server_saved(self, actor: object) -> None:
        self.ctx.actor = actor  # type: ignore[assignment]  # the nurse now acts under her server name
        self._finish()

    def _demo_made(self, _summary: object) -> None:
        self.ctx.changes_did_happen.emit(ALL_CHANGED)
        self._finish()

    def _finish(self) -> None:
        self.done = True
        self._set_busy(False, "")
        self.wizard().accept()

    def _failed(self, exc: BaseException) -> None:
        from ui.messages import show_error

        self._set_busy(False, "")
        self.progress.hide()
        show_error(self, exc)

    def _set_busy(self, busy: bool, message: str) -> None:
        self.busy = busy
        self.status.setText(message)
        for button in self.choice.buttons():
            button.setEnabled(not busy)
        self.server_box.setEnabled(not busy and self.choice.checkedId() == SERVER)
        self.completeChanged.emit()
