"""One Carefield process, started as a nurse starts it, measuring what she waits for; prints one JSON line.
It imports nothing of its own before the first frame (bare_window.py neither), so both sides time only
what they show.

    python -m tests.bench.app_probe DATA_DIR MEMBERS [HEAVY_MEMBER_ID]   (passphrase in $BENCH_PASSPHRASE;
                                                                     MEMBERS -1: the first window only)

- window: seconds from this module's first line to the unlock window's first paint (the parent also times
  the whole process, interpreter start included);
- unlock: from Enter in the passphrase field to the main window with Today and the caseload filled and
  the database thread idle. Enter is pressed once the storage modules have loaded in the background, as
  they do while a nurse types her passphrase (ui/login/work.py warm_up);
- keystrokes: each keystroke of a caseload search, typed into the field, filtered and painted;
- chart_first / chart: opening the heavy member's chart as Enter on the caseload does (shown, its banner
  and Overview read and painted, the DB thread idle), the first time after unlock (two seconds after, as a
  nurse picks a member) and then again (closed and reopened);
- notes_tab: then showing its Notes tab for the first time (300 notes read, listed and painted);
- rss_mb: resident memory at the end.
"""

from __future__ import annotations

import time

STARTED, STARTED_CPU = time.perf_counter(), time.process_time()

import os  # noqa: E402
import sys  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import ui.main as main  # noqa: E402

SEARCH = "garcia m"  # typed a key at a time: a common surname, then a first initial
FIRST_CHART_AFTER_S = 2.0
NOTES_TAB = "Notes"
TIMEOUT = 120.0
WAIT = QEventLoop.ProcessEventsFlag.WaitForMoreEvents


class FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None
        self.cpu = 0.0

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self.at is None and event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.isWindow():
            self.at, self.cpu = time.perf_counter(), time.process_time()
        return False


def spin_until(app: QApplication, done, timeout: float = TIMEOUT) -> None:
    """Run the event loop until ``done()``; it sleeps between events as the app's own loop does (a busy
    loop would take a core from the key derivation and the DB thread on a 2-core machine)."""
    deadline = time.perf_counter() + timeout
    wake = QTimer()  # checks ``done`` at least every millisecond
    wake.start(1)
    try:
        while not done():
            if time.perf_counter() > deadline:
                raise TimeoutError("the app did not get there in time")
            app.processEvents(WAIT)
    finally:
        wake.stop()


def db_idle() -> bool:
    from ui.ops import _live_ops

    return not _live_ops


def show_tab(app: QApplication, chart, title: str) -> float:
    """Seconds to show a chart tab for the first time (built, read, filled, painted)."""
    index = next(i for i in range(chart.tabs.count()) if chart.tabs.tabText(i).replace("&", "") == title)
    start = time.perf_counter()
    chart.tabs.setCurrentIndex(index)
    spin_until(app, db_idle)
    app.processEvents()
    return time.perf_counter() - start


def rss_mb() -> float:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main_(argv: list[str]) -> dict[str, object]:
    data_dir, members = argv[0], int(argv[1])
    heavy = argv[2] if len(argv) > 2 else None
    probe = FirstPaint()
    app, controller = main.build(["carefield", "--data-dir", data_dir])
    # build() shows the window; it paints in the event loop. The probe watches the window itself: a filter
    # on the whole application would wrap every object an event goes to (the style too) in Python.
    for window in app.topLevelWidgets():
        window.installEventFilter(probe)
    spin_until(app, lambda: probe.at is not None)
    out: dict[str, object] = {"window": probe.at - STARTED,  # type: ignore[operator]
                              "window_cpu": probe.cpu - STARTED_CPU}
    if members < 0:  # the first window only
        return out

    login = controller.login_window
    # The window starts loading the storage and main-window modules after its first frame (the footer is
    # gets the version in the same step); they load while the nurse types, so Enter comes once they are in.
    spin_until(app, lambda: "·" in login.footer.text() and db_idle())  # type: ignore[union-attr]
    panel = login.passphrase  # type: ignore[union-attr]
    panel.field.edit.setText(os.environ["BENCH_PASSPHRASE"])
    start = time.perf_counter()
    panel.field.edit.returnPressed.emit()

    def ready() -> bool:
        window = controller.main_window
        return (window is not None and window.isVisible() and window.caseload.model.rowCount() == members
                and db_idle())

    spin_until(app, ready)
    unlocked = time.perf_counter()
    out["unlock"] = unlocked - start
    window = controller.main_window
    assert window is not None

    window.show_page(1)  # the Caseload page, as the nurse clicks it
    spin_until(app, db_idle)
    search = window.caseload.search
    keystrokes = []
    for _round in range(3):
        for end in range(1, len(SEARCH) + 1):
            start = time.perf_counter()
            search.setText(SEARCH[:end])
            app.processEvents()  # the view repaints
            keystrokes.append(time.perf_counter() - start)
        search.clear()
        app.processEvents()
    out["keystrokes"] = keystrokes
    out["shown_after_search"] = window.caseload.model.rowCount()

    if heavy:
        # A nurse takes a couple of seconds to pick a member after unlocking (the app compiles a chart's
        # statements meanwhile: ui/shell/charts.py WARM_UP_AFTER_MS).
        spin_until(app, lambda: time.perf_counter() - unlocked >= FIRST_CHART_AFTER_S and db_idle())
        opens, notes = [], []
        for _ in range(6):
            start = time.perf_counter()
            window.open_chart(heavy)  # as Enter on the caseload does: the chart is shown and painted
            chart = window.charts.currentWidget()
            spin_until(app, lambda c=chart: c.data is not None and db_idle())
            app.processEvents()
            opens.append(time.perf_counter() - start)
            notes.append(show_tab(app, chart, NOTES_TAB))
            window.charts.close_current()
            app.processEvents()
        out["chart_first"], out["chart"] = opens[0], median(opens[1:])
        out["notes_tab"] = median(notes)
        # Memory with the caseload loaded and a chart open, as at a day's work
        window.open_chart(heavy)
        chart = window.charts.currentWidget()
        spin_until(app, lambda: chart.data is not None and db_idle())
    out["rss_mb"] = rss_mb()
    controller.shutdown()
    return out


def median(values: list[float]) -> float:
    import statistics  # after the first frame: the probe must not add its own imports to the app's time

    return statistics.median(values)


if __name__ == "__main__":
    result = main_(sys.argv[1:])
    import json

    print("RESULT " + json.dumps(result), flush=True)
    os._exit(0)  # skip teardown: the figures are taken
