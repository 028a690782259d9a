"""The one way to run work off the GUI thread (CONVENTIONS.md, after Anki's CollectionOp/QueryOp).

    DbOp(ctx, self, lambda s, actor: medications.add(s, actor, mid, **fields),
         changes=Changes.of("medication", member_id=mid)).success(self.show_added).run_in_background()

Database work runs on the context's single DB thread inside one transaction; results come back to
the GUI thread only through a queued signal. A progress indicator is announced only when an op is
still running after ``SLOW_MS``. Failures go to ``failure`` (default: a non-modal message with
"Copy details"). Results of ops started before a lock are dropped, so no PHI returns to a cleared view.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from app.errors import Locked
from ui.context import AppContext, Changes

log = logging.getLogger(__name__)
T = TypeVar("T")
SLOW_MS = 600
_ids = itertools.count(1)


class _Bridge(QObject):
    did_succeed = Signal(object)
    did_fail = Signal(object, str)
    did_progress = Signal(int, int)


class _Runnable(QRunnable):
    def __init__(self, job: Callable[[], Any], bridge: _Bridge) -> None:
        super().__init__()
        self.job, self.bridge = job, bridge

    def run(self) -> None:
        try:
            result = self.job()
        except BaseException as exc:  # reported to the GUI thread, never swallowed
            self.bridge.did_fail.emit(exc, "".join(traceback.format_exception_only(type(exc), exc)))
        else:
            self.bridge.did_succeed.emit(result)


class Op(Generic[T]):
    """Work on a background thread of ``ctx`` (``"db"`` or ``"net"``); the callable gets no session."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, work: Callable[..., T], *,
                 label: str = "", pool: str = "db", with_progress: bool = False) -> None:
        self.ctx, self.parent, self.work, self.label = ctx, parent, work, label
        self.pool, self.with_progress = pool, with_progress
        self.op_id = next(_ids)
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._cancelled = False
        self._bridge = _Bridge()
        self._generation = ctx.generation

    def success(self, fn: Callable[[T], None]) -> Op[T]:
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[BaseException], None]) -> Op[T]:
        self._on_failure = fn
        return self

    def cancel(self) -> None:
        self._cancelled = True

    def run_in_background(self) -> None:
        bridge = self._bridge
        bridge.did_succeed.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        bridge.did_fail.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        bridge.did_progress.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._slow_timer = QTimer(bridge)
        self._slow_timer.setSingleShot(True)
        self._slow_timer.timeout.connect(lambda: self.ctx.slow_op_did_start.emit(self.op_id, self.label))
        self._slow_timer.start(SLOW_MS)
        _live_ops.add(self)  # keep Python objects alive until the result is delivered
        pool = self.ctx.db_pool if self.pool == "db" else self.ctx.net_pool
        pool.start(_Runnable(self._job, bridge))

    def _job(self) -> T:
        if self.with_progress:
            return self.work(self._bridge.did_progress.emit)
        return self.work()

    def _stale(self) -> bool:
        """Cancelled, started before a lock, or its parent widget is gone (a closed chart's late result)."""
        gone = self.parent is not None and not isValid(self.parent)
        return self._cancelled or gone or self._generation != self.ctx.generation

    def _finish(self) -> None:
        self._slow_timer.stop()
        self.ctx.op_did_finish.emit(self.op_id)
        _live_ops.discard(self)

    def _succeeded(self, result: T) -> None:
        self._finish()
        if self._stale():
            return
        self._after_success()
        if self._on_success is not None:
            self._on_success(result)

    def _after_success(self) -> None:
        pass

    def _failed(self, exc: BaseException, summary: str) -> None:
        self._finish()
        if self._stale():
            return
        log.info("operation failed: %s", type(exc).__name__)
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            from ui.messages import show_error

            show_error(self.parent, exc)

    def _progressed(self, done: int, total: int) -> None:
        if not self._stale():
            self.ctx.op_did_progress.emit(self.op_id, done, total)


class DbOp(Op[T]):
    """Database work in one transaction: ``work(session, actor)`` or, with progress,
    ``work(session, actor, progress)``. On success the context announces ``changes``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, work: Callable[..., T], *,
                 changes: Changes | None = None, label: str = "", with_progress: bool = False) -> None:
        super().__init__(ctx, parent, work, label=label, pool="db", with_progress=with_progress)
        self.changes = changes

    def _job(self) -> T:
        store, actor = self.ctx.store, self.ctx.actor
        if store is None or actor is None or self._stale():
            raise Locked("The vault is locked.")
        with store.transaction(actor) as session:
            if self.with_progress:
                return self.work(session, actor, self._bridge.did_progress.emit)
            return self.work(session, actor)

    def _after_success(self) -> None:
        if self.changes is not None:
            self.ctx.changes_did_happen.emit(self.changes)


_live_ops: set[Op[Any]] = set()
