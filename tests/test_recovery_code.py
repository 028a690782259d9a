"""A new recovery code: only after the passphrase, the old code stops working, audited, shown once."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import select
from test_ui_login import PASSPHRASE, TIMEOUT, click

from app.cli import commands
from app.errors import WrongPassphrase, WrongRecoveryCode
from app.model import AuditEvent
from app.model.enums import AuditAction
from app.services import access
from app.store.vault import KdfParams, Vault

CODE = re.compile(r"[0-9A-Z]{4}(?:-[0-9A-Z]{4}){5}")


def _recovery_code_audits(store) -> list[dict]:
    with store.session(store.actor()) as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.PASSPHRASE_CHANGED))
        return [e.details for e in events]


def test_regenerating_replaces_the_code_and_keeps_the_passphrase(data_dir: Path) -> None:
    store, old = access.create(data_dir, PASSPHRASE, kdf=KdfParams.fast())
    try:
        with pytest.raises(WrongPassphrase):
            access.regenerate_recovery_code(data_dir, store, store.actor(), "not the passphrase at all")
        assert _recovery_code_audits(store) == []
        new = access.regenerate_recovery_code(data_dir, store, store.actor(), PASSPHRASE)
        assert CODE.fullmatch(new) and new != old
        assert _recovery_code_audits(store) == [{"what": "recovery_code"}]
    finally:
        access.lock(store, store.actor())
    vault = Vault(data_dir)
    with pytest.raises(WrongRecoveryCode):
        vault.unlock_with_recovery_code(old)
    assert bytes(vault.unlock_with_recovery_code(new)) == bytes(vault.unlock(PASSPHRASE))
    assert new not in vault.path.read_text() and new.replace("-", "") not in vault.path.read_text()


def test_cli_prints_the_new_code_once(data_dir: Path, monkeypatch, capsys) -> None:
    store, old = access.create(data_dir, PASSPHRASE, kdf=KdfParams.fast())
    access.lock(store, store.actor())
    monkeypatch.setenv("CAREFIELD_PASSPHRASE", PASSPHRASE)
    assert commands.recovery_code(argparse.Namespace(), data_dir) == 0
    out = capsys.readouterr().out
    codes = CODE.findall(out)
    assert len(codes) == 1 and codes[0] != old
    assert "old recovery code no longer works" in out
    Vault(data_dir).unlock_with_recovery_code(codes[0])


def test_settings_makes_a_new_code_and_shows_it_once(qtbot, ctx, data_dir: Path, tmp_path: Path) -> None:
    from test_ui_login import isolated_prefs

    from ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(isolated_prefs(tmp_path), ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.security_panel)
    panel = dialog.security_panel
    assert not panel.code_button.isEnabled()
    qtbot.keyClicks(panel.passphrase.edit, "wrong passphrase, surely")
    click(qtbot, panel.code_button)
    qtbot.waitUntil(lambda: "not correct" in panel.code_outcome.text(), timeout=TIMEOUT)
    assert panel.code_wizard is None
    panel.passphrase.edit.selectAll()
    qtbot.keyClicks(panel.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(panel.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.code_wizard is not None and panel.code_wizard.isVisible(), timeout=TIMEOUT)
    wizard = panel.code_wizard
    page = wizard.page_shown
    code = page.code_label.text()
    assert CODE.fullmatch(code)
    assert panel.passphrase.text() == ""
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # not before "I have stored it"
    click(qtbot, page.stored)
    assert finish.isEnabled()
    click(qtbot, finish)
    assert page.code == "" and page.code_label.text() == ""
    vault = Vault(data_dir)
    assert bytes(vault.unlock_with_recovery_code(code)) == bytes(vault.unlock(PASSPHRASE))
