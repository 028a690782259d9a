"""Settings ▸ Server: connect to a server, and how the connection is secured.

The CA bundle path and the plain-http switch are kept in the vault next to the server address
(sync_state), not in QSettings: they belong to this vault's server. A path and a switch are not PHI.
They are saved with the dialog's OK, and before "Connect to a server…" opens, which uses them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sync import transport
from sync.transport import BundleProblem, Tls
from ui.context import AppContext
from ui.login.common import ProblemLabel, small_print
from ui.ops import DbOp


def bundle_problem_text(problem: BundleProblem) -> str:
    if problem == BundleProblem.MISSING:
        return QCoreApplication.translate("ServerPanel",
                                          "That certificate authority bundle file does not exist.")
    if problem == BundleProblem.UNREADABLE:
        return QCoreApplication.translate("ServerPanel",
                                          "That certificate authority bundle file cannot be read.")
    return QCoreApplication.translate("ServerPanel",
                                      "That file holds no PEM certificate. Choose the certificate authority "
                                      "bundle your organisation gave you (a .pem file).")


class ServerPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.saved = ctx, Tls()
        self.server_dialog: QWidget | None = None
        column = QVBoxLayout(self)
        column.addWidget(small_print(self.tr(
            "Connect this laptop to your organisation's Carefield server to sync your caseload. You need the "
            "server's address, your user name and your password."), self))
        self.connect_button = QPushButton(self.tr("&Connect to a server…"), self)
        self.connect_button.clicked.connect(self.connect_server)
        column.addWidget(self.connect_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addLayout(self._security_form())
        self.problem = ProblemLabel(self)
        column.addWidget(self.problem)
        column.addStretch(1)
        self.setEnabled(ctx.is_unlocked)
        if ctx.is_unlocked:
            DbOp(ctx, self, lambda s, _a: transport.saved_tls(s)).success(self._show).run_in_background()

    def _security_form(self) -> QFormLayout:
        form = QFormLayout()
        self.bundle = QLineEdit(self)
        self.bundle.setObjectName("ca_bundle")
        self.bundle.setPlaceholderText(self.tr("None: the system's certificates"))
        self.bundle.setAccessibleName(self.tr("Certificate authority bundle (PEM)"))
        self.choose = QPushButton(self.tr("C&hoose…"), self)
        self.choose.clicked.connect(self.choose_bundle)
        self.clear = QPushButton(self.tr("C&lear"), self)
        self.clear.clicked.connect(self.bundle.clear)
        row = QHBoxLayout()
        for widget in (self.bundle, self.choose, self.clear):
            row.addWidget(widget)
        caption = QLabel(self.tr("Certificate &authority bundle (PEM):"), self)
        caption.setBuddy(self.bundle)
        form.addRow(caption, row)
        form.addRow("", small_print(self.tr(
            "Only if your organisation runs its own certificate authority: the server's certificate is then "
            "checked against this file instead of the system's certificates."), self))
        self.allow_http = QCheckBox(self.tr("Allow &unencrypted connection (testing only)"), self)
        self.allow_http.setToolTip(self.tr(
            "Lets Carefield use a plain http:// address on another computer. Your password and members' "
            "information would cross the network unprotected: never use it with real members."))
        form.addRow("", self.allow_http)
        return form

    def _show(self, tls: Tls) -> None:
        self.saved = tls
        self.bundle.setText(tls.ca_bundle)
        self.allow_http.setChecked(tls.allow_http)

    def current(self) -> Tls:
        return Tls(self.bundle.text().strip(), self.allow_http.isChecked())

    def choose_bundle(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Certificate authority bundle"), self.bundle.text(),
            self.tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.bundle.setText(path)
            self.check()

    def check(self) -> bool:
        """Say what is wrong with the chosen bundle, if anything; True when it can be saved."""
        problem = transport.bundle_problem(self.current().ca_bundle) if self.current().ca_bundle else None
        self.problem.say(bundle_problem_text(problem) if problem else "")
        if problem:
            self.bundle.setFocus()
        return problem is None

    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Store the choices in the vault (when changed); False, with the reason shown, when they
        cannot be."""
        if not self.ctx.is_unlocked or not self.check():
            return not self.ctx.is_unlocked
        tls = self.current()
        if tls == self.saved:
            if then:
                then()
            return True
        self.saved = tls
        op = DbOp(self.ctx, None, lambda s, _a: transport.save_tls(s, tls))
        if then:
            op.success(lambda _none: then())
        op.run_in_background()
        return True

    def connect_server(self) -> None:
        self.save(then=self._open_connect_dialog)

    def _open_connect_dialog(self) -> None:
        from ui.sync.signin import ConnectServerDialog

        self.server_dialog = ConnectServerDialog(self.ctx, self, allow_http=self.allow_http.isChecked())
        self.server_dialog.open()
