"""Logging in, driven the way a nurse does it: the first-run wizard and the unlock screen.

The helpers here (a stand-in main window, an isolated Prefs, a controller with a fast KDF) are also used by
test_ui_lock.py and test_ui_settings.py.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QListView,
    QMainWindow,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)
from shiboken6 import isValid

from app.errors import WrongPassphrase
from app.services import access, members
from app.store.vault import KdfParams, Vault
from ui.app import VAULT_FILE, CarefieldApp
from ui.context import AppContext
from ui.login.first_run import FirstRunWizard
from ui.login.unlock import UnlockWindow
from ui.ops import DbOp
from ui.settings.prefs import Prefs

PASSPHRASE = "lavender tractor under moonlight"
NEW_PASSPHRASE = "copper kettle by the north window"
TIMEOUT = 10_000


class StandInWindow(QMainWindow):
    """The MainWindow contract (``MainWindow(ctx)``, lock_requested, settings_requested, Ctrl+L) with PHI
    on show: every member's name in a label, a list view and the title."""

    lock_requested = Signal()
    settings_requested = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.names = QLabel(self)
        self.list = QListView(self)
        self.list.setModel(QStringListModel(self.list))
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addWidget(self.names)
        column.addWidget(self.list)
        self.setCentralWidget(body)
        for text, keys, signal in (("Lock", "Ctrl+L", self.lock_requested),
                                   ("Settings", "Ctrl+,", self.settings_requested)):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(signal.emit)
            self.addAction(action)
        DbOp(ctx, self, lambda s, _a: members.caseload(s)).success(self._show).run_in_background()

    def _show(self, rows: list[members.CaseloadRow]) -> None:
        names = [f"{r.first_name} {r.last_name}" for r in rows]
        self.names.setText(", ".join(names))
        self.list.model().setStringList(names)
        self.setWindowTitle(names[0] if names else "Caseload")


def isolated_prefs(tmp_path: Path) -> Prefs:
    return Prefs(QSettings(str(tmp_path / "carefield.ini"), QSettings.Format.IniFormat))


@contextmanager
def controllers(tmp_path: Path) -> Iterator[Callable[..., CarefieldApp]]:
    """Make started controllers (fast KDF, isolated prefs, stand-in main window); shut them down after."""
    made: list[CarefieldApp] = []

    def make(data_dir: Path, factory: object = StandInWindow) -> CarefieldApp:
        app = CarefieldApp(data_dir, prefs=isolated_prefs(tmp_path), kdf=KdfParams.fast(),
                           main_window_factory=factory)
        made.append(app)
        app.start()
        return app

    yield make
    for app in made:
        app.shutdown()
        for window in (app.main_window, app.login_window):
            if window is not None:
                window.close()
                window.deleteLater()


def new_vault(data_dir: Path) -> str:
    """A vault holding PASSPHRASE; returns its recovery code."""
    store, code = access.create(data_dir, PASSPHRASE, kdf=KdfParams.fast())
    store.close()
    return code


@pytest.fixture
def make_app(qapp, tmp_path: Path) -> Iterator[Callable[..., CarefieldApp]]:
    with controllers(tmp_path) as make:
        yield make


@pytest.fixture
def vault_dir(data_dir: Path) -> Path:
    new_vault(data_dir)
    return data_dir


def click(qtbot, button) -> None:
    """Click a button where a nurse would: its middle, or the box of a radio button or check box."""
    assert button.isVisible() and button.isEnabled(), button.text()
    if isinstance(button, QCheckBox | QRadioButton):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_vault_file_name_matches_the_vault_module():
    from app.store import vault

    assert vault.VAULT_FILE == VAULT_FILE


def test_first_run_creates_the_vault_shows_the_code_and_loads_the_demo(qtbot, make_app, data_dir):
    app = make_app(data_dir)
    wizard = app.login_window
    assert isinstance(wizard, FirstRunWizard) and wizard.isVisible()
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))

    page = wizard.passphrase_page
    qtbot.keyClicks(page.form.first.edit, "too short")
    assert "9 of at least 12 characters" in page.form.feedback.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    type_into(qtbot, page.form.first.edit, PASSPHRASE)
    qtbot.keyClicks(page.form.second.edit, PASSPHRASE[:-1] + "X")
    assert "differ" in page.form.feedback.text()
    qtbot.keyClick(page.form.second.edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(page.form.second.edit, PASSPHRASE[-1])
    assert "match" in page.form.feedback.text()
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=TIMEOUT)

    code_page = wizard.recovery_page
    assert re.fullmatch(r"([0-9A-Z]{4}-){5}[0-9A-Z]{4}", code_page.code_label.text())
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    click(qtbot, code_page.stored)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))

    setup = wizard.setup_page
    assert wizard.currentPage() is setup and setup.choice.checkedId() == 1  # the demo caseload
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=60_000)
    assert app.main_window.isVisible()
    qtbot.waitUntil(lambda: not isValid(wizard), timeout=TIMEOUT)  # the wizard is gone, code and all
    with app.ctx.store.transaction(app.ctx.actor) as s:
        assert 55 <= len(members.caseload(s)) <= 65
    assert Vault(data_dir).exists()


def test_first_run_with_a_server_remembers_it_in_the_vault(qtbot, make_app, data_dir):
    from app.model.local import SyncState

    app = make_app(data_dir)
    wizard = app.login_window
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.keyClicks(wizard.passphrase_page.form.first.edit, PASSPHRASE)
    qtbot.keyClicks(wizard.passphrase_page.form.second.edit, PASSPHRASE)
    qtbot.keyClick(wizard.passphrase_page.form.second.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=TIMEOUT)
    qtbot.keyClick(wizard.recovery_page.stored, Qt.Key.Key_Space)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))

    setup = wizard.setup_page
    click(qtbot, setup.choice.button(0))
    qtbot.keyClicks(setup.url, "not a url at all")
    assert "Enter the server's address" in setup.url_problem.text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    type_into(qtbot, setup.url, "carefield.example.org")
    qtbot.keyClicks(setup.user, "mgarcia")
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=TIMEOUT)
    with app.ctx.store.transaction(app.ctx.actor) as s:
        assert s.get(SyncState, "server_url").value == "https://carefield.example.org"
        assert s.get(SyncState, "user_name").value == "mgarcia"
    assert app.ctx.actor.user == "mgarcia"


def test_wrong_passphrase_keeps_the_window_and_selects_the_text(qtbot, make_app, vault_dir):
    app = make_app(vault_dir)
    window = app.login_window
    assert isinstance(window, UnlockWindow)
    panel = window.passphrase
    qtbot.keyClicks(panel.field.edit, "not the passphrase")
    qtbot.keyClick(panel.field.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not correct" in panel.problem.text(), timeout=TIMEOUT)
    assert window.isVisible() and app.main_window is None
    assert panel.field.text() == "not the passphrase"
    assert panel.field.edit.selectedText() == "not the passphrase"


def test_repeated_failures_show_a_countdown_and_disable_unlock(qtbot, make_app, vault_dir):
    app = make_app(vault_dir)
    panel = app.login_window.passphrase
    for attempt in range(4):
        type_into(qtbot, panel.field.edit, f"wrong guess number {attempt}")
        qtbot.waitUntil(panel.unlock_button.isEnabled, timeout=TIMEOUT)
        click(qtbot, panel.unlock_button)
        qtbot.waitUntil(lambda: bool(panel.problem.text()), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "Try again in" in panel.problem.text(), timeout=TIMEOUT)
    assert re.search(r"Try again in \d+ seconds?\.", panel.problem.text())
    assert not panel.unlock_button.isEnabled()
    qtbot.waitUntil(panel.unlock_button.isEnabled, timeout=TIMEOUT)  # the wait is over
    type_into(qtbot, panel.field.edit, PASSPHRASE)
    qtbot.keyClick(panel.field.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=TIMEOUT)


def test_the_right_passphrase_opens_the_main_window(qtbot, make_app, vault_dir):
    app = make_app(vault_dir)
    window = app.login_window
    reveal = window.passphrase.field.reveal
    assert reveal.accessibleName() == "Show passphrase"
    qtbot.keyClicks(window.passphrase.field.edit, PASSPHRASE)
    click(qtbot, reveal)
    assert window.passphrase.field.edit.echoMode().name == "Normal"
    assert reveal.accessibleName() == "Hide passphrase"
    qtbot.keyClick(window.passphrase.field.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=TIMEOUT)
    assert app.ctx.is_unlocked and app.main_window.isVisible()
    qtbot.waitUntil(lambda: app.login_window is None and not isValid(window), timeout=TIMEOUT)


def test_recovery_code_unlocks_and_sets_a_new_passphrase(qtbot, make_app, data_dir):
    code = new_vault(data_dir)
    app = make_app(data_dir)
    window = app.login_window
    click(qtbot, window.passphrase.recovery_button)
    qtbot.keyClicks(window.recovery.code, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    qtbot.keyClick(window.recovery.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not correct" in window.recovery.problem.text(), timeout=TIMEOUT)
    type_into(qtbot, window.recovery.code, code.lower())
    qtbot.keyClick(window.recovery.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.new_passphrase is not None and window.new_passphrase.isVisible(),
                    timeout=TIMEOUT)
    panel = window.new_passphrase
    qtbot.keyClicks(panel.form.first.edit, NEW_PASSPHRASE)
    qtbot.keyClicks(panel.form.second.edit, NEW_PASSPHRASE)
    click(qtbot, panel.save_button)
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=TIMEOUT)
    assert panel.recovered is None
    with pytest.raises(WrongPassphrase):
        Vault(data_dir).unlock(PASSPHRASE)
    Vault(data_dir).unlock(NEW_PASSPHRASE)


def test_unlock_screen_tells_version_and_data_folder(qtbot, make_app, vault_dir):
    app = make_app(vault_dir)
    footer = app.login_window.footer
    qtbot.waitUntil(lambda: "Version" in footer.text(), timeout=TIMEOUT)
    assert str(vault_dir) in footer.text()


FIRST_PAINT_PROBE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import ui.main as main

class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.isWindow():
            heavy = ("sqlalchemy", "sqlcipher3", "argon2", "reportlab", "app.store.store", "app.services")
            print("LOADED", sorted(m for m in heavy if m in sys.modules), type(obj).__name__, flush=True)
            QTimer.singleShot(0, QApplication.quit)
            obj.removeEventFilter(self)
        return False

make = main.make_application
probe = Probe()
def make_with_probe(argv):
    app = make(argv)
    app.installEventFilter(probe)
    return app
main.make_application = make_with_probe
app, _controller = main.build(["carefield", "--data-dir", sys.argv[1]])
app.exec()
"""


@pytest.mark.parametrize("with_vault", [True, False])
def test_the_first_window_paints_before_storage_loads(tmp_path, with_vault):
    """DESIGN §7: SQLAlchemy, SQLCipher, Argon2 and reportlab load only after the first window is up."""
    data_dir = tmp_path / "data"
    if with_vault:
        new_vault(data_dir)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-c", FIRST_PAINT_PROBE, str(data_dir)], env=env,
                            capture_output=True, text=True, timeout=60)
    line = next(x for x in result.stdout.splitlines() if x.startswith("LOADED"))
    assert line.startswith("LOADED []"), line
    assert ("UnlockWindow" if with_vault else "FirstRunWizard") in line
