"""Help ▸ About Carefield: the version, the vault's schema revision and the library versions IT support
asks for, selectable and copyable; the version constant a frozen build falls back to matches pyproject."""

from __future__ import annotations

import tomllib
from importlib.metadata import version as installed_version
from pathlib import Path

import sqlcipher3
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from app.store.schema import SCHEMA_HEAD
from app.version import VERSION, version
from ui.context import AppContext
from ui.shell.about import AboutDialog

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def test_the_fallback_version_is_pyprojects():
    """A frozen build without package metadata shows VERSION; it must not fall behind a release."""
    assert tomllib.loads(PYPROJECT.read_text())["project"]["version"] == VERSION


def test_the_version_is_the_installed_distributions():
    assert version() == installed_version("carefield")


def open_about(qtbot, window) -> AboutDialog:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    about = next(a for a in help_menu.actions() if a.text() == "&About Carefield")
    about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def values(dialog: AboutDialog) -> dict[str, str]:
    return {name: label.text() for name, label in dialog.rows}


def test_about_shows_the_version_and_the_open_vaults_schema_revision(qtbot, window):
    dialog = open_about(qtbot, window)
    assert dialog.windowTitle() == "About Carefield"
    assert f"Carefield {version()}" in [label.text() for label in dialog.findChildren(QLabel)]
    qtbot.waitUntil(lambda: values(dialog)["Vault schema revision:"] == SCHEMA_HEAD, timeout=5000)
    shown = values(dialog)
    cipher = sqlcipher3.connect(":memory:").execute("PRAGMA cipher_version").fetchone()[0]
    assert shown["Version:"] == version()
    assert shown["SQLCipher:"] == cipher
    assert shown["Qt:"] == f"{qVersion()} (PySide6 {pyside_version})"
    assert shown["Data folder:"] == str(window.ctx.data_dir)


def test_copy_details_puts_every_line_on_the_clipboard(qtbot, window):
    dialog = open_about(qtbot, window)
    qtbot.waitUntil(lambda: values(dialog)["Vault schema revision:"] == SCHEMA_HEAD, timeout=5000)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == f"Carefield {version()}"
    assert f"Vault schema revision: {SCHEMA_HEAD}" in copied
    assert f"Version: {version()}" in copied
    assert any(line.startswith("SQLite: 3.") for line in copied)


def test_the_values_are_selectable_text(qtbot, window):
    dialog = open_about(qtbot, window)
    for _name, label in dialog.rows:
        assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_escape_closes_it(qtbot, window):
    dialog = open_about(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is None, timeout=5000)


def test_while_locked_it_says_so_instead_of_a_revision(qtbot, qapp, tmp_path):
    ctx = AppContext(tmp_path)
    dialog = AboutDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert values(dialog)["Vault schema revision:"] == "locked (unlock Carefield to read it)"
    assert values(dialog)["Version:"] == version()
