"""When to lock: after the nurse has been idle for the configured minutes, when the application is
suspended, and (on Linux, when the system bus is reachable) when the laptop is about to sleep or the
desktop session locks.

Input is watched by an application-wide event filter: keys, mouse presses, the wheel and touch reset the
idle timer; paints, timers and mere mouse moves do not. ``lock_will_happen(reason)`` goes out first so
open editors can queue their drafts; ``lock_is_due(reason)`` then asks the controller to lock.

A Python filter on every Qt event is not free (building a chart's widgets took 2-2.5x as long with it), so
after each input it steps aside for a short pause (a tenth of the idle time, at most 5 s) and the idle
clock starts again when it comes back: the lock can come up to one pause late, never early. Unlocking
counts as input, so the main window is built with the filter out of the way.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import SLOT, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

MINUTE_MS = 60_000
MAX_PAUSE_MS = 5_000
LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"


class IdleLock(QObject):
    """Decides that a lock is due. Armed only while the vault is unlocked."""

    lock_will_happen = Signal(str)  # reason: views save drafts now (the store is still open)
    lock_is_due = Signal(str)  # reason: "idle", "suspended", "sleep", "session_locked", "manual"

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Qt's default (coarse) timers may fire up to 5% early: 45 s early for a 15-minute lock
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(lambda: self.request("idle"))
        self._pause = QTimer(self)  # while it runs, the filter is out of the way (see the module's note)
        self._pause.setSingleShot(True)
        self._pause.timeout.connect(self._watch_again)
        self.set_minutes(minutes)
        self.armed = False
        self._filtering = False
        self._input_events: frozenset[QEvent.Type] = frozenset()
        self._os_watch: _SystemLockWatch | None = None  # connected at the first unlock, not at start-up

    def set_minutes(self, minutes: float) -> None:
        """Minutes may be fractional (tests use a fraction of a second)."""
        self._timer.setInterval(max(1, round(minutes * MINUTE_MS)))
        self._pause.setInterval(max(1, min(MAX_PAUSE_MS, self._timer.interval() // 10)))
        if self._timer.isActive():
            self._timer.start()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def arm(self) -> None:
        """Start watching; the filter and watchers are installed here, not at start-up (QEvent.Type's
        Python enum alone costs milliseconds the first window cannot spare)."""
        if self._os_watch is None:
            self._input_events = _input_events()
            self._os_watch = _SystemLockWatch(self)
            app = QGuiApplication.instance()
            if app is not None:
                app.applicationStateChanged.connect(self._state_changed)
        self.armed = True
        self._input_seen()  # unlocking is the nurse's input

    def disarm(self) -> None:
        self._stop_filtering()
        self.armed = False
        self._timer.stop()
        self._pause.stop()

    def _input_seen(self) -> None:
        self._timer.start()
        self._stop_filtering()
        self._pause.start()

    def _watch_again(self) -> None:
        if self.armed:
            self._timer.start()  # input during the pause went unseen: count the pause as activity
            QGuiApplication.instance().installEventFilter(self)
            self._filtering = True

    def _stop_filtering(self) -> None:
        if self._filtering:
            QGuiApplication.instance().removeEventFilter(self)
            self._filtering = False

    def request(self, reason: str) -> None:
        """Lock now, for ``reason``; ignored while already locked."""
        if not self.armed:
            return
        self.disarm()
        log.info("locking: %s", reason)
        self.lock_will_happen.emit(reason)
        self.lock_is_due.emit(reason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._input_events:
            self._input_seen()
        return False

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.request("suspended")


def _input_events() -> frozenset[QEvent.Type]:
    kind = QEvent.Type
    return frozenset({
        kind.KeyPress, kind.KeyRelease, kind.ShortcutOverride, kind.MouseButtonPress,
        kind.MouseButtonDblClick, kind.Wheel, kind.TouchBegin, kind.TouchUpdate, kind.TabletPress,
    })


class _SystemLockWatch(QObject):
    """logind's PrepareForSleep(true) and this session's Lock signal, over the system D-Bus, if reachable."""

    def __init__(self, idle: IdleLock) -> None:
        super().__init__(idle)
        self.idle = idle
        self.connected = False
        try:
            self.connected = self._connect()
        except Exception as exc:  # D-Bus is a nicety; never let it stop the app
            log.info("no system D-Bus lock signals (%s)", type(exc).__name__)

    def _connect(self) -> bool:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return False
        bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            return False
        ok = bus.connect(LOGIN1, LOGIN1_PATH, LOGIN1 + ".Manager", "PrepareForSleep",
                         self, SLOT("prepare_for_sleep(bool)"))
        session = os.environ.get("XDG_SESSION_ID", "")
        if session:
            path = LOGIN1_PATH + "/session/" + bus_path_escape(session)
            ok = bus.connect(LOGIN1, path, LOGIN1 + ".Session", "Lock", self, SLOT("session_locked()")) and ok
        return bool(ok)

    @Slot(bool)
    def prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.idle.request("sleep")

    @Slot()
    def session_locked(self) -> None:
        self.idle.request("session_locked")


def bus_path_escape(text: str) -> str:
    """systemd's object-path escaping (sd_bus_path_encode): "2" becomes "_32", "c1" stays "c1"."""
    out = []
    for i, ch in enumerate(text):
        keep = ch.isascii() and (ch.isalpha() or (ch.isdigit() and i > 0))
        out.append(ch if keep else "".join(f"_{b:02x}" for b in ch.encode()))
    return "".join(out) or "_"
