"""Locking: after idle time, on Ctrl+L, when the app is suspended. Afterwards no widget holds PHI, the store
is closed, and the unlock screen is up. Drafts queued on ``lock_will_happen`` are saved first."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QLineEdit, QWidget
from test_ui_login import PASSPHRASE, TIMEOUT, controllers, new_vault

from app.services import access, members
from ui.lock import IdleLock, bus_path_escape
from ui.login.unlock import UnlockWindow
from ui.ops import DbOp

MEMBER = {
    "plan_member_id": "MCL-0042", "first_name": "Rosa", "last_name": "Delgado", "dob": "1951-06-14",
    "line_of_business": "mcl", "program": "complex_cm", "risk_tier": "high",
    "referral_source": "discharge_planning", "identified_on": "2026-10-01",
}
NAME = MEMBER["last_name"]  # must be nowhere once locked



@pytest.fixture
def make_app(qapp, tmp_path: Path):
    with controllers(tmp_path) as make:
        yield make


@pytest.fixture
def member_vault(data_dir: Path) -> Path:
    new_vault(data_dir)
    store = access.unlock(data_dir, PASSPHRASE)
    actor = store.actor()
    with store.transaction(actor) as s:
        members.create(s, actor, **MEMBER)
    access.lock(store, actor)
    return data_dir


def unlock(qtbot, app) -> None:
    field = app.login_window.passphrase.field.edit
    qtbot.keyClicks(field, PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: NAME in app.main_window.names.text(), timeout=TIMEOUT)


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    """DisplayRole of every index, children included (columnCount is private on list models)."""
    parent = parent or QModelIndex()
    texts = []
    for row in range(model.rowCount(parent)):
        column = 0
        while model.hasIndex(row, column, parent):
            index = model.index(row, column, parent)
            texts.append(str(model.data(index, Qt.ItemDataRole.DisplayRole) or ""))
            texts += model_texts(model, index)
            column += 1
    return texts


def visible_texts() -> list[str]:
    """Every text any live widget could show or announce."""
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        texts += [widget.windowTitle(), widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += model_texts(widget.model())
    return texts


def assert_locked(qtbot, app, store) -> None:
    qtbot.waitUntil(lambda: app.main_window is None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not store.is_open, timeout=TIMEOUT)  # audited and closed on the DB thread
    assert app.ctx.store is None and store.engine is None
    assert isinstance(app.login_window, UnlockWindow) and app.login_window.isVisible()
    qtbot.wait(50)  # deferred deletes
    assert not [text for text in visible_texts() if NAME in text]


def test_idle_time_locks_and_leaves_no_phi_behind(qtbot, make_app, member_vault):
    app = make_app(member_vault)
    unlock(qtbot, app)
    store = app.ctx.store
    assert [t for t in visible_texts() if NAME in t]  # the check below can see PHI when it is there
    app.idle.set_minutes(0.4 / 60)  # 0.4 s
    assert_locked(qtbot, app, store)


def test_typing_keeps_it_unlocked_until_the_nurse_stops(qtbot, make_app, member_vault):
    app = make_app(member_vault)
    unlock(qtbot, app)
    app.idle.set_minutes(1.0 / 60)  # 1 s; a key every 0.2 s for 1.4 s keeps it open
    for _ in range(7):
        qtbot.keyClick(app.main_window, Qt.Key.Key_Shift)
        qtbot.wait(200)
    assert app.main_window is not None and app.ctx.is_unlocked
    assert_locked(qtbot, app, app.ctx.store)


def test_ctrl_l_locks_at_once(qtbot, make_app, member_vault):
    app = make_app(member_vault)
    unlock(qtbot, app)
    store = app.ctx.store
    window = app.main_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()  # hidden at once; the store closes right after
    assert_locked(qtbot, app, store)


def test_lock_when_the_application_is_suspended(qtbot, make_app, member_vault):
    app = make_app(member_vault)
    unlock(qtbot, app)
    store = app.ctx.store
    QGuiApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    assert_locked(qtbot, app, store)


def test_drafts_queued_before_the_lock_are_saved(qtbot, make_app, member_vault):
    app = make_app(member_vault)
    unlock(qtbot, app)
    ctx, store, reasons = app.ctx, app.ctx.store, []
    member_id = _member_id(ctx)

    def save_draft(reason: str) -> None:
        reasons.append(reason)
        draft = {"preferred_name": "Rosie"}
        DbOp(ctx, None, lambda s, a: members.update(s, a, member_id, **draft)).run_in_background()

    app.idle.lock_will_happen.connect(save_draft)
    app.lock("manual")
    assert_locked(qtbot, app, store)
    assert reasons == ["manual"]
    unlock(qtbot, app)
    with app.ctx.store.transaction(app.ctx.actor) as s:
        assert members.get(s, app.ctx.actor, member_id).preferred_name == "Rosie"


def _member_id(ctx) -> str:
    with ctx.store.transaction(ctx.actor) as s:
        return members.caseload(s)[0].id


def test_idle_lock_ignores_paint_and_timer_events(qtbot, qapp):
    idle = IdleLock(0.3 / 60)
    due: list[str] = []
    idle.lock_is_due.connect(due.append)
    idle.arm()
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    for _ in range(5):
        widget.repaint()
        qtbot.wait(100)
    assert due == ["idle"]
    idle.disarm()


def test_no_lock_while_locked(qtbot, qapp):
    idle = IdleLock(0.1 / 60)
    due: list[str] = []
    idle.lock_is_due.connect(due.append)
    idle.request("manual")
    qtbot.wait(50)
    assert due == []


def test_session_paths_are_escaped_like_systemd():
    assert bus_path_escape("2") == "_32"
    assert bus_path_escape("c12") == "c12"
    assert re.fullmatch(r"[A-Za-z0-9_]+", bus_path_escape("a-b.c"))


def test_the_real_main_window_leaves_no_phi_behind(qtbot, make_app, member_vault):
    pytest.importorskip("ui.shell.window")
    app = make_app(member_vault, factory=None)
    field = app.login_window.passphrase.field.edit
    qtbot.keyClicks(field, PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=TIMEOUT)
    store = app.ctx.store
    qtbot.waitUntil(lambda: any(NAME in t for t in visible_texts()), timeout=TIMEOUT)
    app.lock("manual")
    assert_locked(qtbot, app, store)


def test_views_hear_lock_will_happen_through_the_context(make_app, member_vault):
    controller = make_app(member_vault)
    heard: list[str] = []
    controller.ctx.lock_will_happen.connect(heard.append)
    controller.idle.lock_will_happen.emit("idle")
    assert heard == ["idle"]


def test_input_while_the_filter_pauses_never_brings_the_lock_early(qtbot, qapp):
    """After each input the filter steps aside for a tenth of the idle time; a key pressed then goes unseen,
    but the idle clock starts again when the filter comes back, so the lock comes after the full idle time
    from that key, at most one pause later."""
    import time

    idle = IdleLock(1.0 / 60)  # 1 s; pauses of 100 ms
    due: list[float] = []
    idle.lock_is_due.connect(lambda _reason: due.append(time.monotonic()))
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    idle.arm()
    qtbot.wait(50)
    pressed = time.monotonic()
    qtbot.keyClick(widget, Qt.Key.Key_Shift)  # inside the pause that arming began
    qtbot.waitUntil(lambda: bool(due), timeout=3000)
    assert 1.0 <= due[0] - pressed <= 1.0 + 0.1 + 0.5  # never early; late by at most a pause (+ slack)
    idle.disarm()
