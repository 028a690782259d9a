"""The reference for the first window: a bare PySide6 QMainWindow, timed like tests/bench/app_probe.py."""

from __future__ import annotations

import time

STARTED, STARTED_CPU = time.perf_counter(), time.process_time()

import os  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


class FirstPaint(QObject):
    at: float | None = None
    cpu = 0.0

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self.at is None and event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.isWindow():
            self.at, self.cpu = time.perf_counter(), time.process_time()
        return False


if __name__ == "__main__":
    app = QApplication([])
    probe = FirstPaint()
    window = QMainWindow()
    window.resize(640, 480)
    window.show()
    window.installEventFilter(probe)  # as app_probe.py: the window, not the application
    while probe.at is None:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    import json

    print("RESULT " + json.dumps({"window": probe.at - STARTED, "window_cpu": probe.cpu - STARTED_CPU}),
          flush=True)
    os._exit(0)
