"""``carefield --self-test``: the checks of app/selftest_checks.py plus those that need Qt or the sync
client, run in order in a throwaway folder; one line per check, exit 0 only if all pass.

Imported by ui/main.py only when the flag is given. Offscreen when there is no display; the nurse's data
directory and her saved preferences are never touched (QSettings and QStandardPaths point into the
throwaway folder for the whole process, and no preference is read or written).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Collection, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TextIO

from app import logfilter, selftest
from app.selftest import Check, SelfTestError, Workspace

WINDOW_TIMEOUT_S = 20.0
MIN_COLOURS = 8  # a blank or unpainted window has one or two
HEALTH_PATH = "/api/v1/health"


def check_translations(space: Workspace) -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from ui.i18n import translation_dir

    ours = QTranslator()
    if not ours.load("carefield_es", translation_dir()):
        raise SelfTestError("carefield_es.qm does not load")
    said = ours.translate("MainWindow", "Tasks")
    if said != "Tareas":
        raise SelfTestError(f"MainWindow 'Tasks' translates as {said!r}")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_es", qt_dir):
        raise SelfTestError("Qt's own Spanish translation (qtbase_es.qm) does not load")
    return "Spanish: Carefield's and Qt's translations load"


def check_icon(space: Workspace) -> str:
    from PySide6.QtGui import QIcon

    from app.resources import resource_path

    pixmap = QIcon(str(resource_path("icons", "carefield.svg"))).pixmap(64, 64)
    if pixmap.isNull() or _colours(pixmap.toImage()) < 2:
        raise SelfTestError("the SVG icon does not render (Qt's SVG plugins missing?)")
    return "the SVG application icon renders"


def check_window(space: Workspace) -> str:
    """The real main window on the throwaway vault, painted without being shown, showing the caseload."""
    from PySide6.QtCore import Qt

    from ui.context import AppContext
    from ui.shell.window import MainWindow

    store = space.need_store()
    expected = _member_count(store)
    ctx = AppContext(space.data_dir)
    ctx.attach(store)
    window = MainWindow(ctx)
    try:
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        window.show()
        rows = _wait_for(lambda: window.caseload.model.rowCount(), minimum=max(expected, 1))
        image = window.grab().toImage()
    finally:
        window.close()
        ctx.detach()
        ctx.shutdown()
        window.deleteLater()
        _process_events()
    colours = _colours(image)
    if image.isNull() or colours < MIN_COLOURS:
        raise SelfTestError(f"the main window painted {colours} colours: blank")
    return f"main window painted, not shown ({image.width()}×{image.height()}, caseload of {rows})"


def _member_count(store: object) -> int:
    from sqlalchemy import func, select

    from app.model.member import Member

    with store.session() as s:  # type: ignore[attr-defined]
        return int(s.scalar(select(func.count()).select_from(Member).where(Member.deleted.is_(False))) or 0)


def _wait_for(count: Callable[[], int], *, minimum: int) -> int:
    deadline = time.monotonic() + WINDOW_TIMEOUT_S
    while (found := count()) < minimum:
        if time.monotonic() > deadline:
            raise SelfTestError(f"the caseload showed {found} members after {WINDOW_TIMEOUT_S:.0f} s")
        _process_events()
        time.sleep(0.01)
    return found


def _process_events() -> None:
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()


def _colours(image: object) -> int:
    """How many distinct colours a 64×64 thumbnail holds."""
    from PySide6.QtCore import Qt

    small = image.scaled(64, 64, Qt.AspectRatioMode.IgnoreAspectRatio)  # type: ignore[attr-defined]
    return len({small.pixel(x, y) for x in range(small.width()) for y in range(small.height())})


class _Health(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b'{"status": "ok"}' if self.path == HEALTH_PATH else b"{}"
        self.send_response(200 if self.path == HEALTH_PATH else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # quiet: stdout is the report
        pass


def check_sync(space: Workspace) -> str:
    """The sync client's HTTP stack on loopback, and the certificate store it trusts by default."""
    import ssl

    import requests.certs

    import sync.client  # noqa: F401  (the engine, its wire models and their imports are in the bundle)
    from sync.transport import Tls, http_session

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Health)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        response = http_session(Tls(), 5.0, 0).get(f"http://127.0.0.1:{server.server_address[1]}{HEALTH_PATH}")
        answer = response.json()
    finally:
        server.shutdown()
        server.server_close()
    if response.status_code != 200 or answer.get("status") != "ok":
        raise SelfTestError(f"loopback request answered {response.status_code}")
    authorities = len(ssl.create_default_context(cafile=requests.certs.where()).get_ca_certs())
    if not authorities:
        raise SelfTestError("the default certificate store is empty")
    return f"HTTP round trip on loopback; {authorities} trusted certificate authorities"


def all_checks() -> list[Check]:
    """Core checks, then Qt's and the sync client's; the window goes last, after the demo member exists.
    Looked up when called, so a test can replace one."""
    module = sys.modules[__name__]
    qt_checks = [Check(name, getattr(module, f"check_{name}")) for name in ("translations", "icon", "sync")]
    return [*selftest.core_checks(), *qt_checks, Check("window", module.check_window)]


def run(out: TextIO, err: TextIO | None = None, *, parent: Path | None = None,
        only: Collection[str] | None = None, isolate_settings: bool = False) -> int:
    """Run the checks (``only``: those named) in a new throwaway folder; 0 if every one passed.
    Needs a QApplication. ``isolate_settings`` (a process of its own) points QSettings there too."""
    checks = [c for c in all_checks() if only is None or c.name in only]
    with selftest.workspace(parent) as space:
        if isolate_settings:
            _isolate_settings(space.root)
        outcomes = selftest.run_checks(checks, space, out, err)
        outcomes.append(selftest.run_check(Check("cleanup", selftest.check_cleanup), space, err))
        print(outcomes[-1].line(), file=out)
    print(selftest.summary(outcomes), file=out, flush=True)
    return 0 if all(o.ok for o in outcomes) else 1


def _isolate_settings(root: Path) -> None:
    """Nothing the self-test runs touches QSettings; if anything did, it would land in the throwaway."""
    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(settings_format, scope, str(root / "settings"))


def prefer_offscreen() -> None:
    """No display (a server, CI, a terminal over ssh): render offscreen rather than fail to start."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("carefield")
    except PackageNotFoundError:  # a frozen build made without the package's metadata
        return "(version unknown)"


def main(argv: Sequence[str]) -> int:
    """The whole self-test as a process: its own QApplication, a report on stdout, tracebacks on stderr."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logfilter.install()
    prefer_offscreen()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([argv[0] if argv else "carefield"])
    app.setApplicationName("Carefield self-test")  # never the app's own settings or folders
    build = "frozen build" if getattr(sys, "frozen", False) else "from source"
    print(f"Carefield {_version()} self-test ({build}, Python {sys.version.split()[0]}, "
          f"Qt platform {QApplication.platformName()})", flush=True)
    return run(sys.stdout, sys.stderr, isolate_settings=True)
