"""A revoked laptop: after the sync client erased the vault, no chart window survives and only the
notice (which holds no data) remains; Settings offers to connect to a server."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from test_ui_lock import MEMBER
from test_ui_login import PASSPHRASE, TIMEOUT, controllers, new_vault

from app.services import access, members
from ui.app import default_main_window


def unlock(qtbot, app) -> None:
    field = app.login_window.passphrase.field.edit
    qtbot.keyClicks(field, PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=TIMEOUT)


def test_revocation_closes_everything_and_leaves_only_the_notice(qtbot, tmp_path, data_dir):
    new_vault(data_dir)
    store = access.unlock(data_dir, PASSPHRASE)
    actor = store.actor()
    with store.transaction(actor) as s:
        members.create(s, actor, **MEMBER)
    access.lock(store, actor)
    with controllers(tmp_path) as make:
        app = make(data_dir, default_main_window)
        unlock(qtbot, app)
        window = app.main_window
        qtbot.waitUntil(lambda: window.caseload.model.rowCount() == 1, timeout=10000)
        window.sync_controller.device_did_get_revoked.emit()
        qtbot.waitUntil(lambda: app.main_window is None and app.revoked_notice is not None, timeout=5000)
        assert app.ctx.store is None
        notice = app.revoked_notice
        assert "removed from Carefield" in notice.findChild(QLabel, "revoked_message").text()
        qtbot.wait(50)
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        assert notice in visible and not any(w.objectName() == "MainWindow" for w in visible)
        notice.close()


def test_settings_open_the_connect_server_dialog(qtbot, tmp_path, data_dir):
    new_vault(data_dir)
    with controllers(tmp_path) as make:
        app = make(data_dir, default_main_window)
        unlock(qtbot, app)
        app.open_settings()
        settings = next(w for w in QApplication.topLevelWidgets() if w.windowTitle() == "Settings"
                        and w.isVisible())
        settings.tabs.setCurrentIndex(2)
        qtbot.mouseClick(settings.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: settings.server_dialog.isVisible(), timeout=5000)
        assert settings.server_dialog.url.placeholderText().startswith("https://")
        settings.server_dialog.reject()
        settings.reject()
