"""Autosave for a note being typed: 3 s after the last edit, on request (Ctrl+S), and when Carefield is
about to lock, what the editor holds goes to the local Draft table (``encounters.save_draft``)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from ui.context import AppContext
from ui.encounter.times import local
from ui.i18n import arg
from ui.messages import describe
from ui.ops import DbOp

log = logging.getLogger(__name__)
AUTOSAVE_MS = 3000


@dataclass
class DraftRef:
    """The draft's id, written on the DB thread by the save that created it. Saves run one after another
    on that thread, so each reads the id its predecessor wrote (no second draft for one note)."""

    id: str | None = None


class Autosave(QObject):
    draft_did_save = Signal(object)  # DraftView
    state_did_change = Signal(str)  # "Draft saved at 10:42", for the editor's status line

    def __init__(self, ctx: AppContext, member_id: str, payload: Callable[[], dict[str, Any]],
                 parent: QObject, draft_id: str | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id, self.payload = ctx, member_id, payload
        self.ref = DraftRef(draft_id)
        self.dirty = self.stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save)
        ctx.lock_will_happen.connect(self._lock_will_happen)

    def edited(self) -> None:
        if not self.stopped:
            self.dirty = True
            self._timer.start()

    def _lock_will_happen(self, _reason: str) -> None:
        if self.dirty and not self.stopped:
            self.save()

    def save(self) -> None:
        """Queue a save of everything typed now; the DB thread runs saves in order."""
        self._timer.stop()
        if self.stopped or not self.ctx.is_unlocked:
            return
        self.state_did_change.emit(self.tr("Saving…"))
        self._queue().success(self._saved).failure(self._failed).run_in_background()

    def save_and_stop(self) -> None:
        """The editor is closing: save what is unsaved; the result no longer goes anywhere."""
        if self.dirty and not self.stopped and self.ctx.is_unlocked:
            self._queue().success(lambda _d: None).failure(
                lambda exc: log.warning("draft not saved at close: %s", type(exc).__name__),
            ).run_in_background()
        self.stop()

    def stop(self) -> None:
        """Signed or discarded: no more saves, and results on their way are dropped."""
        self._timer.stop()
        self.stopped = True

    def resume(self) -> None:
        """Signing was refused: the nurse goes on typing, and saving goes on."""
        self.stopped = False
        if self.dirty:
            self._timer.start()

    def _queue(self) -> DbOp[Any]:
        from app.services import encounters

        ref, member_id, payload = self.ref, self.member_id, self.payload()
        self.dirty = False

        def work(s: Any, a: Any) -> Any:
            view = encounters.save_draft(s, a, member_id, payload, draft_id=ref.id)
            ref.id = view.id
            return view

        return DbOp(self.ctx, None, work)

    def _saved(self, draft: Any) -> None:
        if self.stopped:
            return
        self.show_saved(draft.saved_at)
        self.draft_did_save.emit(draft)

    def show_saved(self, saved_at: datetime) -> None:
        when = QLocale().toString(local(saved_at).time(), QLocale.FormatType.ShortFormat)
        self.state_did_change.emit(arg(self.tr("Draft saved at %1"), when))

    def _failed(self, exc: BaseException) -> None:
        log.warning("draft not saved: %s", type(exc).__name__)
        if not self.stopped:
            self.dirty = True
            self.state_did_change.emit(arg(self.tr("The draft was not saved: %1"), describe(exc)))

    def discard_work(self) -> Callable[[Any, Any], None]:
        """The DbOp work that deletes this draft (read when it runs: a save may still be ahead of it)."""
        from app.services import encounters

        self.stop()
        ref = self.ref

        def work(s: Any, a: Any) -> None:
            if ref.id is not None:
                encounters.discard_draft(s, a, ref.id)

        return work
