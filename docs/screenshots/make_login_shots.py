"""Render the login screenshots offscreen: ``python docs/screenshots/make_login_shots.py [--lang es]``.

Writes unlock.png, unlock-dark.png and first-run.png (the passphrase page with live feedback). Needs
fonts installed (Debian: fonts-dejavu-core); without them text renders as boxes.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.context import AppContext
from ui.i18n import install_translators
from ui.login.first_run import FirstRunWizard
from ui.login.unlock import UnlockWindow
from ui.theme import apply_theme

HERE = Path(__file__).resolve().parent
SHOWN_DATA_DIR = Path("/home/nurse/.local/share/Carefield")  # what the footer shows; nothing is written


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    widget.show()
    settle()
    widget.grab().save(str(path))
    print(path)


def unlock_shot(path: Path) -> None:
    window = UnlockWindow(AppContext(SHOWN_DATA_DIR))
    save(window, path)
    window.close()


def first_run_shot(path: Path) -> None:
    wizard = FirstRunWizard(AppContext(SHOWN_DATA_DIR))
    wizard.show()
    wizard.next()
    form = wizard.passphrase_page.form
    form.first.edit.setText("lavender tractor")
    form.second.edit.setText("lavender trac")
    save(wizard, path)
    wizard.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en")
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    app = QApplication([sys.argv[0]])
    install_translators(app, args.lang)
    suffix = "" if args.lang == "en" else f"-{args.lang}"
    apply_theme(app, "light")
    unlock_shot(args.out / f"unlock{suffix}.png")
    first_run_shot(args.out / f"first-run{suffix}.png")
    apply_theme(app, "dark")
    unlock_shot(args.out / f"unlock-dark{suffix}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
