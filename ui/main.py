"""``carefield [--data-dir DIR] [--lang en|es]``: the desktop app; ``carefield --self-test`` checks the
installation (ui/selftest.py, imported only then).

The first window must appear fast (DESIGN.md §7), so only Qt and light ui modules load here; SQLAlchemy,
SQLCipher, Argon2 and the services load on the DB thread once the window is up (ui/login/work.py).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from app import logfilter
from app.paths import data_dir as resolve_data_dir
from app.resources import resource_path
from ui.app import CarefieldApp
from ui.i18n import LANGUAGES, install_translators
from ui.settings.prefs import APPLICATION, ORGANIZATION, Prefs
from ui.theme import FUSION_SET, ThemeFollower, apply_text_scale, apply_theme


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    if not any(arg.startswith("--") for arg in argv):  # the usual start: no parser to build (~2.5 ms)
        return argparse.Namespace(data_dir=None, lang=None, self_test=False)
    parser = argparse.ArgumentParser(prog="carefield", description="Carefield: field case management.")
    parser.add_argument("--data-dir", help="where the encrypted vault lives (default: the OS data folder, "
                                           "or $CAREFIELD_DATA_DIR)")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help="language for this session")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation in a throwaway vault, print one line per check and "
                             "exit (0 when every check passed); never touches your data")
    return parser.parse_known_args(list(argv))[0]  # Qt's own options (-platform …) pass through


def make_application(argv: Sequence[str]) -> QApplication:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    args = list(argv)
    if not any(arg == "-style" or arg.startswith("-style=") for arg in args):
        # Qt makes the Fusion style itself: setStyle() from Python would make a second style object and
        # wrap it, and wrapping QStyle creates its ~12 Python enums (~10 ms before the first frame).
        args += ["-style", "fusion"]
    app = QApplication(args)
    app.setProperty(FUSION_SET, True)
    app.setDesktopFileName("carefield")
    return app


WINDOW_ICON_AFTER_MS = 200  # a zero timer can fire before the first frame is painted


def set_window_icon(app: QApplication) -> None:
    """After the first paint: loading the SVG icon engine (and QIcon's ~300 Python enums) is not free."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resource_path("icons", "carefield.svg"))))


def build(argv: Sequence[str]) -> tuple[QApplication, CarefieldApp]:
    """The application with its first window on screen (not yet running its event loop)."""
    args = parse_args(argv[1:])
    app = make_application(argv)
    prefs = Prefs()
    install_translators(app, args.lang or prefs.language)
    apply_theme(app, prefs.theme)
    apply_text_scale(app, prefs.text_scale)
    follower = ThemeFollower(app, prefs.theme)
    prefs.prefs_did_change.connect(lambda: _apply_prefs(app, prefs, follower))
    controller = CarefieldApp(resolve_data_dir(args.data_dir), prefs=prefs, parent=app)
    app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    QTimer.singleShot(WINDOW_ICON_AFTER_MS, lambda: set_window_icon(app))
    return app, controller


def _apply_prefs(app: QApplication, prefs: Prefs, follower: ThemeFollower) -> None:
    follower.set_theme(prefs.theme)
    apply_text_scale(app, prefs.text_scale)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    if parse_args(argv[1:]).self_test:
        from ui.selftest import main as self_test  # only now: the first window must stay fast

        return self_test(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logfilter.install()  # no PHI or secrets in any log line, whatever a caller passes
    app, _controller = build(argv)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
