"""ui/ops.py: work runs off the GUI thread, results and failures come back, stale results are dropped."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from app.errors import ValidationError
from app.services import members
from ui.context import AppContext, Changes
from ui.ops import DbOp, Op


@pytest.fixture
def ctx(qapp, store, data_dir):
    context = AppContext(data_dir)
    context.attach(store)
    yield context
    context.shutdown()


def test_db_op_runs_off_the_gui_thread_and_announces_changes(qtbot, ctx, member):
    seen: list[object] = []
    threads: list[threading.Thread] = []
    ctx.changes_did_happen.connect(seen.append)

    def work(session, actor):
        threads.append(threading.current_thread())
        return members.update(session, actor, member.id, preferred_name="Rosie")

    results: list[members.MemberView] = []
    DbOp(ctx, None, work, changes=Changes.of("member", member_id=member.id)).success(
        results.append
    ).run_in_background()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0].preferred_name == "Rosie"
    assert threads[0] is not threading.main_thread()
    assert seen[-1].touches("member", member.id)


def test_failure_reaches_the_handler_and_changes_nothing(qtbot, ctx, member):
    failures: list[BaseException] = []
    DbOp(ctx, None, lambda s, a: members.update(s, a, member.id, risk_tier="urgent")).failure(
        failures.append
    ).run_in_background()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], ValidationError) and failures[0].field == "risk_tier"
    with ctx.store.transaction(ctx.actor) as s:
        assert members.get(s, ctx.actor, member.id).risk_tier == "high"


def test_results_started_before_a_lock_are_dropped(qtbot, ctx, member):
    gate = threading.Event()
    delivered: list[object] = []

    def slow(session, actor):
        gate.wait(5)
        return members.get(session, actor, member.id)

    DbOp(ctx, None, slow).success(delivered.append).run_in_background()
    ctx.generation += 1  # what a lock does before clearing views
    gate.set()
    ctx.db_pool.waitForDone(5000)
    qtbot.wait(50)
    assert delivered == []


def test_results_for_a_widget_deleted_meanwhile_are_dropped(qtbot, ctx, member):
    """A chart closed while its load was running: the result must not reach the deleted widget."""
    gate = threading.Event()
    delivered: list[object] = []
    owner = QWidget()

    def slow(session, actor):
        gate.wait(5)
        return members.get(session, actor, member.id)

    DbOp(ctx, owner, slow).success(delivered.append).run_in_background()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not isValid(owner))
    gate.set()
    ctx.db_pool.waitForDone(5000)
    qtbot.wait(50)
    assert delivered == []


def test_slow_op_announces_progress_indicator(qtbot, ctx):
    widget = QWidget()
    qtbot.addWidget(widget)
    gate = threading.Event()
    with qtbot.waitSignal(ctx.slow_op_did_start, timeout=3000):
        Op(ctx, widget, lambda: gate.wait(5), label="Working").run_in_background()
    gate.set()
    ctx.db_pool.waitForDone(5000)


def test_op_reports_progress(qtbot, ctx):
    progress: list[tuple[int, int, int]] = []
    ctx.op_did_progress.connect(lambda op, done, total: progress.append((done, total)))

    def work(report):
        for i in range(3):
            report(i + 1, 3)
        return "done"

    done: list[str] = []
    Op(ctx, None, work, with_progress=True).success(done.append).run_in_background()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert progress[-1] == (3, 3)
