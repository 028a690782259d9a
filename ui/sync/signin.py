"""Signing in to the sync server: ``SignInDialog`` when the token has expired (asks only for the
password, then the sync resumes) and ``ConnectServerDialog`` (address, user name, password, then a
first sync with progress) for Settings and the first-run wizard.

Both are non-modal and talk to the server on the network thread. The password is never logged, never
stored: it leaves the field for the login call and the field is cleared.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import SyncError, SyncErrorKind
from sync import transport
from ui.context import ALL_CHANGED, AppContext
from ui.i18n import arg
from ui.messages import describe
from ui.ops import DbOp, Op
from ui.sync import work
from ui.sync.controller import HTTP_RETRIES, ProgressRelay
from ui.widgets.form import error_color


def server_url_problem(text: str, *, allow_http: bool = False) -> str:
    """Why the typed address cannot be used, in a sentence; "" when it can. ``allow_http``: the testing
    switch (Settings ▸ Server or CAREFIELD_ALLOW_HTTP=1) lets plain http reach another computer."""
    scheme, host, _url = work.split_server_url(text)
    if not text.strip():
        return QCoreApplication.translate("ServerAddress",
                                          "Enter the server's address, for example "
                                          "https://carefield.example.org.")
    if scheme not in ("https", "http") or not host:
        return QCoreApplication.translate("ServerAddress",
                                          "That is not a server address. It looks like "
                                          "https://carefield.example.org.")
    if scheme == "http" and not work.is_loopback(host) and not allow_http:
        return QCoreApplication.translate("ServerAddress",
                                          "Use an address that starts with https://. Over plain http, "
                                          "your password and members' information would cross the "
                                          "network unprotected; http is only allowed for a server on "
                                          "this computer.")
    return ""


class _ServerDialog(QDialog):
    """The shared frame: a form, a problem line, progress, and OK/Cancel; stays open on failure."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, title: str, ok_text: str) -> None:
        super().__init__(parent)
        self.ctx, self.busy = ctx, False
        self.setWindowTitle(title)
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(460)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(QCoreApplication.translate("ServerDialog", "Sync progress"))
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def _finish_layout(self, intro: QLabel) -> None:
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        self.layout_.addLayout(self.form)
        for widget in (self.problem, self.progress, self.buttons):
            self.layout_.addWidget(widget)

    def _field(self, label: str, name: str, *, secret: bool = False) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        caption = QLabel(label, self)
        caption.setBuddy(edit)
        edit.setAccessibleName(label.replace("&", ""))
        self.form.addRow(caption, edit)
        return edit

    def say(self, text: str) -> None:
        self.problem.setStyleSheet("color: " + error_color(self) + ";" if text else "")
        self.problem.setText("⚠ " + text if text else "")
        self.problem.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ok.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)

    def reject(self) -> None:
        if not self.busy:  # the answer must find the dialog; a login takes a second
            super().reject()

    def submit(self) -> None:
        raise NotImplementedError

    def _login_failed(self, exc: BaseException, password: QLineEdit) -> None:
        self.set_busy(False)
        if isinstance(exc, SyncError) and exc.kind == SyncErrorKind.AUTH:
            # a literal context: self.tr here would look the text up under the subclass's name
            self.say(QCoreApplication.translate("ServerDialog",
                                                "The server did not accept that user name and password."))
        else:
            self.say(describe(exc))
        password.clear()
        password.setFocus()


class SignInDialog(_ServerDialog):
    """The sign-in has expired: the password again (user name prefilled), then the sync resumes."""

    sign_in_did_succeed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, self.tr("Sign in to sync"), self.tr("&Sign in"))
        self.server_url = ""
        self.intro = QLabel(self.tr("Your sign-in to the Carefield server has expired. Enter your "
                                    "server password to keep syncing. Nothing on this laptop is lost "
                                    "meanwhile."), self)
        self.user = self._field(self.tr("&User name:"), "sign_in_user")
        self.password = self._field(self.tr("&Password:"), "sign_in_password", secret=True)
        self._finish_layout(self.intro)
        self.ok.setEnabled(False)
        DbOp(ctx, self, lambda s, _a: work.server_in(s)).success(self._prefill).run_in_background()

    def _prefill(self, server: tuple[str, str]) -> None:
        self.server_url, user = server
        self.user.setText(user)
        self.ok.setEnabled(bool(self.server_url))
        (self.password if user else self.user).setFocus()

    def submit(self) -> None:
        user, password = self.user.text().strip(), self.password.text()
        if not user or not password:
            self.say(self.tr("Enter your user name and password."))
            return
        self.say("")
        self.set_busy(True)
        store, url = self.ctx.store, self.server_url
        Op(self.ctx, self, lambda: work.sign_in(store, url, user, password), pool="net") \
            .success(self._signed_in).failure(lambda exc: self._login_failed(exc, self.password)) \
            .run_in_background()

    def _signed_in(self, actor: object) -> None:
        self.set_busy(False)
        self.password.clear()
        self.ctx.actor = actor  # type: ignore[assignment]
        self.sign_in_did_succeed.emit()
        self.accept()


class ConnectServerDialog(_ServerDialog):
    """Address, user name and password; signs in, then runs the first sync with progress."""

    server_did_connect = Signal(object)  # the first SyncReport, or None when it did not finish

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, server_url: str = "",
                 user_name: str = "", allow_http: bool = False) -> None:
        super().__init__(ctx, parent, self.tr("Connect to a Carefield server"), self.tr("&Connect"))
        self.allow_http = allow_http or transport.env_allows_http()
        intro = QLabel(self.tr("Your organisation gives you the server's address and your user name. "
                               "Carefield keeps working offline and syncs whenever the server can be "
                               "reached."), self)
        self.url = self._field(self.tr("Server &address:"), "server_url")
        self.url.setPlaceholderText("https://carefield.example.org")
        self.url.setText(server_url)
        self.user = self._field(self.tr("&User name:"), "server_user")
        self.user.setText(user_name)
        self.password = self._field(self.tr("&Password:"), "server_password", secret=True)
        self._finish_layout(intro)
        self.relay = ProgressRelay(self)
        self.relay.did_progress.connect(self._progressed)

    def submit(self) -> None:
        problem = server_url_problem(self.url.text(), allow_http=self.allow_http)
        empty = next((e for e in (self.user, self.password) if not e.text().strip()), None)
        if problem or empty is not None:
            self.say(problem or self.tr("Enter your user name and password."))
            (self.url if problem else empty).setFocus()  # type: ignore[union-attr]
            return
        self.say("")
        self.set_busy(True)
        store, relay = self.ctx.store, self.relay
        url, user, password = work.split_server_url(self.url.text())[2], self.user.text().strip(), \
            self.password.text()

        def job() -> tuple[object, object]:
            actor = work.sign_in(store, url, user, password)
            try:
                return actor, work.run_sync(store, relay.did_progress.emit, retries=HTTP_RETRIES)
            except SyncError as exc:  # signed in: the server is remembered even if the sync fails
                return actor, exc

        Op(self.ctx, self, job, pool="net").success(self._connected) \
            .failure(lambda exc: self._login_failed(exc, self.password)).run_in_background()

    def _progressed(self, stage: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, done, 1))
        self.progress.setValue(done)
        self.progress.setFormat(arg(self.tr("Sending changes: %1 of %2") if stage == "push"
                                    else self.tr("Receiving the caseload: %1"), done, total))
        self.progress.setTextVisible(True)

    def _connected(self, result: tuple[object, object]) -> None:
        actor, outcome = result
        self.set_busy(False)
        self.password.clear()
        self.ctx.actor = actor  # type: ignore[assignment]
        self.ctx.changes_did_happen.emit(ALL_CHANGED)
        if isinstance(outcome, BaseException):
            self.say(arg(self.tr("Connected, but the first sync did not finish: %1 Carefield will try "
                                 "again automatically."), str(outcome)))
            self.ok.hide()
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
            self.server_did_connect.emit(None)
            return
        self.server_did_connect.emit(outcome)
        self.accept()
