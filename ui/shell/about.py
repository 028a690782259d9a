"""Help ▸ About Carefield: what Carefield is, and the versions IT support asks for (Carefield's own, the
vault's schema revision, SQLCipher, SQLite, Qt, PySide6, Python, the system), as selectable text with
"Copy details". Nothing in it is PHI.

The schema revision is read from the open vault on the DB thread; the library versions come from the
libraries themselves (SQLCipher's from an in-memory connection: no file, no key).
"""

from __future__ import annotations

import logging
import platform
from dataclasses import dataclass

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.version import version
from ui.context import AppContext
from ui.i18n import arg
from ui.ops import DbOp
from ui.widgets.text import heading

log = logging.getLogger(__name__)
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


@dataclass(frozen=True, slots=True)
class Libraries:
    sqlcipher: str
    sqlite: str
    qt: str
    pyside: str
    python: str
    system: str


def libraries() -> Libraries:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    return Libraries(
        sqlcipher=cipher[0] if cipher else "", sqlite=sqlite, qt=qVersion(), pyside=pyside_version,
        python=platform.python_version(), system=platform.platform(terse=True),
    )


def schema_revision(session: object, _actor: object) -> str | None:
    """The open vault's Alembic revision (runs on the DB thread)."""
    from app.store.schema import current_revision

    return current_revision(session.connection())  # type: ignore[attr-defined]


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Carefield"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # opened afresh each time, versions re-read
        self.version = version()
        title = heading(arg(self.tr("Carefield %1"), self.version), self)
        title.setTextInteractionFlags(SELECTABLE)
        blurb = QLabel(self.tr(
            "Offline-first case management for field nurse case managers. "
            "Member information stays in an encrypted vault on this computer."), self)
        blurb.setWordWrap(True)
        self.schema = self._value("")
        self.rows = self._rows(libraries())
        form = QFormLayout()
        for name, value in self.rows:
            form.addRow(name, value)
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)  # extra height goes below the text, not between the title and the blurb
        layout.addSpacing(8)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self._read_schema()
        self.setMinimumWidth(520)
        self.adjustSize()  # height for the wrapped blurb at this width, not at the label's narrow hint

    def _value(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextInteractionFlags(SELECTABLE)
        return label

    def _rows(self, libs: Libraries) -> list[tuple[str, QLabel]]:
        rows = [
            (self.tr("Version:"), self._value(self.version)),
            (self.tr("Vault schema revision:"), self.schema),
            (self.tr("SQLCipher:"), self._value(libs.sqlcipher or self.tr("not available"))),
            (self.tr("SQLite:"), self._value(libs.sqlite)),
            (self.tr("Qt:"), self._value(arg(self.tr("%1 (PySide6 %2)"), libs.qt, libs.pyside))),
            (self.tr("Python:"), self._value(libs.python)),
            (self.tr("System:"), self._value(libs.system)),
            (self.tr("Data folder:"), self._value(str(self.ctx.data_dir))),
        ]
        for name, value in rows:
            value.setAccessibleName(name.rstrip(":"))
        return rows

    def _read_schema(self) -> None:
        if not self.ctx.is_unlocked:
            self.schema.setText(self.tr("locked (unlock Carefield to read it)"))
            return
        self.schema.setText(self.tr("reading…"))
        DbOp(self.ctx, self, schema_revision).success(self._show_schema).failure(
            self._schema_failed).run_in_background()

    def _show_schema(self, revision: str | None) -> None:
        self.schema.setText(revision or self.tr("none"))

    def _schema_failed(self, exc: BaseException) -> None:
        log.info("schema revision not read: %s", type(exc).__name__)
        self.schema.setText(self.tr("could not be read"))

    def details(self) -> str:
        """What "Copy details" puts on the clipboard: one "name value" line per row."""
        lines = [arg(self.tr("Carefield %1"), self.version)]
        lines += [f"{name} {value.text()}" for name, value in self.rows]
        return "\n".join(lines)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
