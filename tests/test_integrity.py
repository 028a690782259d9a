"""Tamper and corruption detection: the quick check at unlock, the full check, and the recovery path."""

from __future__ import annotations

import math
import shutil
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import func, select

from app.errors import VaultCorrupt
from app.model import AuditEvent, OutboxEntry
from app.model.enums import AuditAction
from app.services import access, members
from app.store import integrity
from app.store.integrity import DatabaseDamaged
from app.store.vault import KdfParams, Vault
from tests.conftest import PASSPHRASE, SAMPLE_MEMBER

PAGE = 4096
CANARY = "Qzxintegritycanaryvw"


def _page_count(path: Path) -> int:
    return path.stat().st_size // PAGE


def _flip(path: Path, page: int, at: int = 200) -> None:
    """Change one byte inside page ``page`` (1-based), as a disk fault or an attacker would."""
    with path.open("r+b") as f:
        f.seek((page - 1) * PAGE + at)
        byte = f.read(1)
        f.seek((page - 1) * PAGE + at)
        f.write(bytes([byte[0] ^ 0x5A]))


def _root_page(data_dir: Path, table: str) -> int:
    vault = Vault(data_dir)
    conn = integrity.open_raw(vault.db_path, vault.unlock(PASSPHRASE))
    try:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def closed(data_dir: Path) -> Path:
    """A vault with one member, locked, so the whole database is in the main file (no WAL)."""
    store, _ = access.create(data_dir, PASSPHRASE, kdf=KdfParams.fast())
    actor = store.actor()
    with store.transaction(actor) as s:
        members.create(s, actor, **(SAMPLE_MEMBER | {"cultural_notes": CANARY}))
    access.lock(store, actor)
    assert not (data_dir / "carefield.db-wal").exists()
    return data_dir


def _with_outbox(data_dir: Path, entries: int) -> Path:
    """A locked vault whose outbox holds ``entries`` changes of about 1.5 KB each, over many pages."""
    store, _ = access.create(data_dir, PASSPHRASE, kdf=KdfParams.fast())
    actor = store.actor()
    with store.transaction(actor, from_server=True) as s:
        for i in range(entries):
            s.add(OutboxEntry(table_name="member", row_id=f"row-{i:04d}", member_id=None, op="update",
                              fields={"notes": f"{i:04d}" + "x" * 1500}, base_version=1,
                              hlc=f"{1_800_000_000_000 + i:015d}-0000-dev", device_id=store.device_id))
    access.lock(store, actor)
    return data_dir


def _outbox_leaf(data_dir: Path) -> int:
    """A page whose loss makes part, but not all, of the outbox unreadable (found by trying)."""
    vault = Vault(data_dir)
    key = vault.unlock(PASSPHRASE)
    original = vault.db_path.read_bytes()
    try:
        for page in range(_page_count(vault.db_path) // 2, _page_count(vault.db_path) - 2):
            _flip(vault.db_path, page)
            try:
                try:
                    conn = integrity.open_raw(vault.db_path, key)
                except DatabaseDamaged:
                    continue  # a schema page
                try:
                    conn.execute("SELECT sum(length(fields)) FROM outbox").fetchone()
                except integrity._DB_ERRORS:
                    conn.close()
                    conn = integrity.open_raw(vault.db_path, key)  # a failed read poisons a connection
                    try:
                        ends = conn.execute("SELECT count(*) FROM outbox WHERE seq IN (1, 120)").fetchone()
                    except integrity._DB_ERRORS:
                        continue
                    if ends == (2,):
                        return page
                finally:
                    conn.close()
            finally:
                vault.db_path.write_bytes(original)
    finally:
        vault.db_path.write_bytes(original)
    raise AssertionError("no outbox leaf page found")


# ---- what an attacker with the file but no passphrase sees ---------------------------------------------


def test_the_file_shows_nothing_but_its_size(closed: Path) -> None:
    data = (closed / "carefield.db").read_bytes()
    assert not data.startswith(b"SQLite format 3")
    for marker in (CANARY, SAMPLE_MEMBER["last_name"], SAMPLE_MEMBER["plan_member_id"], "CREATE TABLE",
                   "outbox", "member"):
        for encoding in ("utf-8", "utf-16-le"):
            assert marker.encode(encoding) not in data
    counts = Counter(data)
    entropy = -sum(n / len(data) * math.log2(n / len(data)) for n in counts.values())
    assert entropy > 7.9  # bits per byte; plain SQLite pages sit far lower (zero padding, text)


# ---- detection ------------------------------------------------------------------------------------------


def test_a_sound_file_passes_both_checks(closed: Path) -> None:
    vault = Vault(closed)
    key = vault.unlock(PASSPHRASE)
    assert integrity.quick_check(vault.db_path, key).ok
    report = integrity.full_check(vault.db_path, key)
    assert report.ok and report.kind == "full"


def test_a_modified_page_the_unlock_reads_is_refused_in_plain_words(closed: Path) -> None:
    _flip(closed / "carefield.db", _root_page(closed, "member"))
    with pytest.raises(DatabaseDamaged) as info:
        access.unlock(closed, PASSPHRASE)
    assert isinstance(info.value, VaultCorrupt)  # the UI's and CLI's existing wording applies too
    assert "damaged" in str(info.value)
    assert any("member" in p for p in info.value.report.problems)
    assert CANARY not in str(info.value.report.problems)


def test_a_modified_first_page_is_damage_not_a_wrong_key(closed: Path) -> None:
    _flip(closed / "carefield.db", 1, at=1000)
    result = access.unlock_checked(closed, PASSPHRASE)
    assert isinstance(result, access.Damaged)
    assert result.report.problems
    result.discard()
    assert not any(result.key)


def test_the_full_check_finds_any_modified_page(closed: Path) -> None:
    db = closed / "carefield.db"
    original = db.read_bytes()
    key = Vault(closed).unlock(PASSPHRASE)
    for page in (2, _page_count(db) // 2, _page_count(db)):
        _flip(db, page, at=PAGE - 30)  # inside the page's HMAC
        report = integrity.full_check(db, key)
        assert not report.ok, page
        assert any("cipher integrity" in p for p in report.problems)
        db.write_bytes(original)
    assert integrity.full_check(db, key).ok


def test_the_quick_check_is_cheap(closed: Path) -> None:
    import time

    key = Vault(closed).unlock(PASSPHRASE)
    started = time.perf_counter()
    assert integrity.quick_check(closed / "carefield.db", key).ok
    assert time.perf_counter() - started < 0.1


def test_full_check_on_an_open_store_records_the_pass_and_marks_a_failure(store, actor, data_dir) -> None:
    report = access.full_check(store, actor)
    assert report.ok
    with store.session(actor) as s:
        assert not integrity.full_check_due(s)
    assert access.full_check_if_due(store, actor) is None
    integrity.mark_suspect(data_dir)
    assert access.full_check(store, actor).ok
    assert not integrity.is_suspect(data_dir)


def test_a_failed_full_check_makes_the_next_unlock_check_fully(data_dir: Path) -> None:
    _with_outbox(data_dir, 120)
    page = _outbox_leaf(data_dir)
    _flip(data_dir / "carefield.db", page)
    # The quick check reads only the ends of each table; this page is in the middle and is missed...
    key = Vault(data_dir).unlock(PASSPHRASE)
    if integrity.quick_check(data_dir / "carefield.db", key).ok:
        integrity.mark_suspect(data_dir)  # ...until a full check has failed once
    result = access.unlock_checked(data_dir, PASSPHRASE)
    assert isinstance(result, access.Damaged)
    assert result.report.kind == "full"
    result.discard()


# ---- recovery -----------------------------------------------------------------------------------------


def test_salvage_keeps_every_readable_outbox_entry_encrypted(data_dir: Path, tmp_path: Path) -> None:
    _with_outbox(data_dir, 120)
    page = _outbox_leaf(data_dir)
    _flip(data_dir / "carefield.db", page)
    key = Vault(data_dir).unlock(PASSPHRASE)
    dest = data_dir / "salvage" / "s.db"
    salvage = integrity.salvage(data_dir / "carefield.db", key, dest)
    assert 0 < salvage.changes < 120
    assert salvage.lost["outbox"] == 120 - salvage.changes
    assert salvage.copied["audit_event"] > 0
    assert not dest.read_bytes().startswith(b"SQLite format 3")
    assert b"xxxxxxxxxxxxxxxx" not in dest.read_bytes()
    conn = integrity.open_raw(dest, key)
    try:
        rows = conn.execute("SELECT row_id, fields FROM outbox ORDER BY seq").fetchall()
    finally:
        conn.close()
    assert len(rows) == salvage.changes
    for row_id, fields in rows:  # every row read is the row written
        assert f'"{row_id[4:]}x' in fields
    assert rows[0][0] == "row-0000" and rows[-1][0] == "row-0119"  # rows past the bad page are kept too


def test_recover_salvages_moves_aside_and_starts_fresh(data_dir: Path) -> None:
    _with_outbox(data_dir, 60)
    store = access.unlock(data_dir, PASSPHRASE)
    with store.transaction(store.actor()) as s:
        from sync.local import set_state

        set_state(s, "server_url", "https://care.example.org")
        set_state(s, "token", "secret-token")
    old_device = store.device_id
    store.set_user("nurse.kim", "nurse")
    access.lock(store, store.actor())
    _flip(data_dir / "carefield.db", _root_page(data_dir, "member"))

    damaged = access.unlock_checked(data_dir, PASSPHRASE)
    assert isinstance(damaged, access.Damaged)
    recovery = access.recover(damaged)
    damaged.discard()
    try:
        assert recovery.damaged_file.exists() and recovery.damaged_file.parent == data_dir
        assert ".damaged-" in recovery.damaged_file.name
        assert recovery.salvage.path.exists() and recovery.salvage.changes == 60
        assert recovery.server_configured and recovery.requeued == 60
        fresh = recovery.store
        assert fresh.device_id != old_device
        assert fresh.actor().user == "nurse.kim"
        with fresh.session(fresh.actor()) as s:
            from sync.local import state

            assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 60
            assert state(s, "server_url") == "https://care.example.org"
            assert state(s, "token") == ""  # a new device signs in again
            assert state(s, "pull_cursor", "0") == "0"  # so the next sync pulls the caseload anew
            actions = s.scalars(select(AuditEvent.action)).all()
        assert AuditAction.UPDATE in actions
    finally:
        access.lock(recovery.store, recovery.store.actor())
    # The fresh file opens normally from now on.
    again = access.unlock(data_dir, PASSPHRASE)
    access.lock(again, again.actor())


def test_recover_without_a_server_queues_nothing(closed: Path) -> None:
    _flip(closed / "carefield.db", 1, at=1000)  # nothing can be read at all
    damaged = access.unlock_checked(closed, PASSPHRASE)
    assert isinstance(damaged, access.Damaged)
    recovery = access.recover(damaged)
    damaged.discard()
    try:
        assert not recovery.server_configured and recovery.requeued == 0
        assert recovery.salvage.changes == 0
        with recovery.store.session() as s:
            assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 0
    finally:
        recovery.store.close()
    assert sorted(p.name for p in closed.iterdir() if p.name.startswith("carefield"))[0].startswith(
        "carefield.")


def test_move_aside_renames_with_the_wal(tmp_path: Path) -> None:
    db = tmp_path / "carefield.db"
    db.write_bytes(b"x")
    (tmp_path / "carefield.db-wal").write_bytes(b"w")
    moved = integrity.move_aside(db, "20260101T000000Z")
    assert moved.name == "carefield.damaged-20260101T000000Z.db" and moved.read_bytes() == b"x"
    assert (tmp_path / "carefield.damaged-20260101T000000Z.db-wal").read_bytes() == b"w"
    assert not db.exists() and not (tmp_path / "carefield.db-wal").exists()
    shutil.rmtree(tmp_path / "nothing", ignore_errors=True)


# ---- the app -------------------------------------------------------------------------------------------


def test_unlocking_a_damaged_file_offers_recovery_and_opens_the_fresh_one(qtbot, tmp_path, closed) -> None:
    from test_ui_login import TIMEOUT, click, controllers

    _flip(closed / "carefield.db", _root_page(closed, "member"))
    with controllers(tmp_path) as make:
        app = make(closed)
        window = app.login_window
        qtbot.keyClicks(window.passphrase.field.edit, PASSPHRASE)
        qtbot.keyClick(window.passphrase.field.edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.damaged is not None and window.damaged.isVisible(), timeout=TIMEOUT)
        panel = window.damaged
        assert any("is damaged" in label.text() for label in panel.findChildren(QLabel))
        assert "Nothing is deleted" in panel.steps.text()
        assert app.main_window is None
        click(qtbot, panel.recover_button)
        qtbot.waitUntil(lambda: panel.open_button.isVisible(), timeout=TIMEOUT)
        assert "restore it from a backup" in panel.summary.text()  # no server was configured
        assert panel.outcome.recovery.store.is_open
        click(qtbot, panel.open_button)
        qtbot.waitUntil(lambda: app.main_window is not None, timeout=TIMEOUT)
        assert app.ctx.is_unlocked
    assert any(".damaged-" in p.name for p in closed.iterdir())


def test_not_now_goes_back_and_forgets_the_key(qtbot, tmp_path, closed) -> None:
    from test_ui_login import TIMEOUT, click, controllers

    _flip(closed / "carefield.db", _root_page(closed, "member"))
    with controllers(tmp_path) as make:
        app = make(closed)
        window = app.login_window
        qtbot.keyClicks(window.passphrase.field.edit, PASSPHRASE)
        qtbot.keyClick(window.passphrase.field.edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.damaged is not None and window.damaged.isVisible(), timeout=TIMEOUT)
        damaged = window.damaged.damaged
        click(qtbot, window.damaged.back_button)
        assert window.passphrase.isVisible() and window.damaged.damaged is None
        assert not any(damaged.key)
    assert not any(".damaged-" in p.name for p in closed.iterdir())  # nothing was changed


def test_settings_check_now_tells_the_outcome(qtbot, ctx, tmp_path) -> None:
    from test_ui_login import TIMEOUT, click, isolated_prefs

    from ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(isolated_prefs(tmp_path), ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.security_panel)
    panel = dialog.security_panel
    click(qtbot, panel.check_button)
    qtbot.waitUntil(lambda: "sound" in panel.check_outcome.text(), timeout=TIMEOUT)
    with ctx.store.session() as s:
        assert not integrity.full_check_due(s)


def test_the_scheduled_check_runs_when_due(qtbot, ctx) -> None:
    from ui.login.integrity_watch import start_scheduled_check

    with ctx.store.session() as s:
        assert integrity.full_check_due(s)
    start_scheduled_check(ctx, delay_ms=0)

    def checked() -> bool:
        with ctx.store.session() as s:
            return not integrity.full_check_due(s)

    qtbot.waitUntil(checked, timeout=10_000)
