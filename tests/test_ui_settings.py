"""Settings: preferences persist in (isolated) QSettings, never PHI; the passphrase can be changed; the
palettes are readable; text scales."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from test_ui_login import NEW_PASSPHRASE, PASSPHRASE, TIMEOUT, click, controllers, isolated_prefs, new_vault

from app.errors import WrongPassphrase
from app.store.vault import Vault
from ui import theme
from ui.context import AppContext
from ui.settings.dialog import SettingsDialog
from ui.settings.prefs import Prefs

ALLOWED_KEYS = {"lock/idle_minutes", "ui/language", "ui/theme", "ui/text_scale"}



@pytest.fixture
def ctx(qapp, store, data_dir: Path):
    context = AppContext(data_dir)
    context.attach(store)
    yield context
    context.shutdown()


def replace_text(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def test_preferences_persist_and_hold_nothing_else(qtbot, qapp, tmp_path, ctx):
    prefs = isolated_prefs(tmp_path)
    dialog = SettingsDialog(prefs, ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    replace_text(qtbot, dialog.idle_minutes.lineEdit(), "5")
    replace_text(qtbot, dialog.text_scale.lineEdit(), "120")
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_End)
    assert dialog.language.currentText() == "Español" and dialog.language_note.isVisible()
    dialog.theme.setFocus()
    qtbot.keyClick(dialog.theme, Qt.Key.Key_End)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    reread = isolated_prefs(tmp_path)
    assert (reread.idle_minutes, reread.text_scale, reread.language, reread.theme) == (5, 120, "es", "dark")
    raw = QSettings(str(tmp_path / "carefield.ini"), QSettings.Format.IniFormat)
    assert set(raw.allKeys()) <= ALLOWED_KEYS


def test_cancel_changes_nothing(qtbot, tmp_path, ctx):
    prefs = isolated_prefs(tmp_path)
    dialog = SettingsDialog(prefs, ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    replace_text(qtbot, dialog.idle_minutes.lineEdit(), "42")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    assert isolated_prefs(tmp_path).idle_minutes == 15


def test_damaged_values_read_as_defaults_or_bounds(tmp_path):
    raw = QSettings(str(tmp_path / "carefield.ini"), QSettings.Format.IniFormat)
    for key, value in (("lock/idle_minutes", "999"), ("ui/text_scale", "tiny"), ("ui/theme", "neon"),
                       ("ui/language", "xx")):
        raw.setValue(key, value)
    raw.sync()
    prefs = Prefs(QSettings(str(tmp_path / "carefield.ini"), QSettings.Format.IniFormat))
    assert prefs.idle_minutes == 60 and prefs.text_scale == 100 and prefs.theme == "system"
    assert prefs.language in ("en", "es")


def test_change_passphrase_old_fails_new_works(qtbot, tmp_path, ctx, data_dir):
    dialog = SettingsDialog(isolated_prefs(tmp_path), ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    panel = dialog.passphrase_panel
    assert panel.isVisible() and not panel.change_button.isEnabled()
    qtbot.keyClicks(panel.current.edit, "not my passphrase at all")
    qtbot.keyClicks(panel.form.first.edit, NEW_PASSPHRASE)
    qtbot.keyClicks(panel.form.second.edit, NEW_PASSPHRASE)
    click(qtbot, panel.change_button)
    qtbot.waitUntil(lambda: "not correct" in panel.outcome.text(), timeout=TIMEOUT)
    replace_text(qtbot, panel.current.edit, PASSPHRASE)
    click(qtbot, panel.change_button)
    qtbot.waitUntil(lambda: "Passphrase changed" in panel.outcome.text(), timeout=TIMEOUT)
    assert panel.current.text() == "" and panel.form.passphrase() == ""
    with pytest.raises(WrongPassphrase):
        Vault(data_dir).unlock(PASSPHRASE)
    Vault(data_dir).unlock(NEW_PASSPHRASE)


def test_settings_from_the_main_window_apply_the_idle_minutes(qtbot, qapp, tmp_path, data_dir):
    new_vault(data_dir)
    with controllers(tmp_path) as make_app:
        _change_idle_minutes_from_the_main_window(qtbot, make_app(data_dir))


def _change_idle_minutes_from_the_main_window(qtbot, app) -> None:
    field = app.login_window.passphrase.field.edit
    qtbot.keyClicks(field, PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=TIMEOUT)
    window = app.main_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    replace_text(qtbot, dialog.idle_minutes.lineEdit(), "3")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert app.idle.interval_ms == 3 * 60_000


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_palettes_keep_text_readable(scheme):
    pal = theme.palette(scheme)
    for text, background in theme.TEXT_PAIRS:
        ratio = theme.contrast_ratio(pal.color(text), pal.color(background))
        assert ratio >= 4.5, (scheme, text.name, background.name, round(ratio, 2))
    for colors in (theme.WARNING_TEXT, theme.SUCCESS_TEXT):
        from PySide6.QtGui import QColor

        ratio = theme.contrast_ratio(QColor(colors[scheme]), pal.color(theme.Role.Window))
        assert ratio >= 4.5, (scheme, colors[scheme], round(ratio, 2))


def test_theme_and_text_size_apply_to_the_application(qapp):
    app = QApplication.instance()
    palette, font, style = app.palette(), app.font(), app.style().name()
    try:
        theme.apply_theme(app, "dark")
        assert theme.current_scheme() == "dark" and app.style().name().lower() == "fusion"
        base = app.font().pointSizeF()
        theme.apply_text_scale(app, 100)
        theme.apply_text_scale(app, 150)
        assert app.font().pointSizeF() == pytest.approx(base * 1.5)
        theme.apply_text_scale(app, 100)
        assert app.font().pointSizeF() == pytest.approx(base)
    finally:
        app.setPalette(palette)
        app.setFont(font)
        app.setStyle(style)
