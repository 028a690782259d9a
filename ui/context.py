"""What every window shares: the data directory, the open store (or none while locked), app signals.

Passed explicitly to each window; there is no global. Signals follow ``<subject>_did_<verb>``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QThreadPool, Signal

if TYPE_CHECKING:
    from app.actor import Actor
    from app.store.store import Store


class Changes(NamedTuple):
    """What an operation changed, so each view refreshes only what it shows.

    ``kinds`` names aggregates ("member", "medication", "encounter" …); ``member_ids`` the charts
    touched; ``everything`` asks every view to reload (unlock, sync, demo data).

    A NamedTuple rather than a dataclass: this module loads before the first window, and the dataclasses
    module would add ~3 ms to it.
    """

    kinds: frozenset[str] = frozenset()
    member_ids: frozenset[str] = frozenset()
    everything: bool = False

    @classmethod
    def of(cls, *kinds: str, member_id: str | None = None) -> Changes:
        return cls(frozenset(kinds), frozenset({member_id} if member_id else ()))

    def touches(self, kind: str, member_id: str | None = None) -> bool:
        if self.everything:
            return True
        if kind not in self.kinds:
            return False
        return member_id is None or not self.member_ids or member_id in self.member_ids


ALL_CHANGED = Changes(everything=True)


class AppContext(QObject):
    changes_did_happen = Signal(object)  # Changes
    store_did_open = Signal()
    lock_will_happen = Signal(str)  # reason; editors save their drafts now (the DB is still open)
    store_will_close = Signal()  # views drop every PHI-holding model now
    store_did_close = Signal()
    slow_op_did_start = Signal(int, str)  # op id, label
    op_did_progress = Signal(int, int, int)  # op id, done, total
    op_did_finish = Signal(int)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.store: Store | None = None
        self.actor: Actor | None = None
        # Serial pools: one thread for the database (writes are serialized), one for the network.
        self.db_pool = QThreadPool(self)
        self.db_pool.setMaxThreadCount(1)
        self.net_pool = QThreadPool(self)
        self.net_pool.setMaxThreadCount(1)
        # Bumped on every lock: results of operations started before it are dropped unseen.
        self.generation = 0

    @property
    def is_unlocked(self) -> bool:
        return self.store is not None and self.store.is_open

    def attach(self, store: Store) -> None:
        """Called on the GUI thread once a store has been opened (on the DB thread)."""
        self.store = store
        self.actor = store.actor()
        self.store_did_open.emit()
        self.changes_did_happen.emit(ALL_CHANGED)

    def detach(self) -> Store | None:
        """Forget the store and tell every view to clear; the caller closes it on the DB thread."""
        self.generation += 1
        self.store_will_close.emit()
        store, self.store, self.actor = self.store, None, None
        return store

    def shutdown(self) -> None:
        self.db_pool.waitForDone(5000)
        self.net_pool.waitForDone(5000)
