"""Render the assessment runner offscreen at 1280×800: a PHQ-9 given one item at a time, four items
answered by digit, the live score and the progress showing.

    .venv/bin/python docs/screenshots/make_assessment_shots.py

The data is the synthetic demo caseload in a throwaway vault; nothing real is shown.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parent
SIZE = (1280, 800)
DIGITS = (Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_2, Qt.Key.Key_1)  # scores 2, 1, 1, 0


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not finish loading")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def main() -> None:
    from app import demo
    from app.services import access, members
    from app.store.vault import KdfParams
    from ui.assessment.runner import AssessmentRunner
    from ui.context import AppContext
    from ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    apply_theme(app, "light")
    data_dir = Path(tempfile.mkdtemp(prefix="carefield-shots-")) / "data"
    store, _ = access.create(data_dir, "screenshots only, not a real vault", kdf=KdfParams.fast())
    actor = store.actor()
    demo.generate(store, actor, members=20, seed=1)
    ctx = AppContext(data_dir)
    ctx.attach(store)
    with store.transaction(actor) as s:
        member = next(m for m in members.caseload(s) if getattr(m, "preferred_language", "en") == "en")
        name = f"{member.first_name} {member.last_name}"
    runner = AssessmentRunner(ctx, member.id, name, "phq9", "en")
    runner.resize(*SIZE)
    runner.show()
    wait_until(app, lambda: True)
    for key in DIGITS:
        QTest.keyClick(runner.question.buttons()[0], key)  # as a nurse would: the digit on the focused answer
        wait_until(app, lambda: True)
    runner.grab().save(str(OUT / "assessment.png"))
    runner.may_close = True  # a screenshot, not an assessment: nothing to keep
    runner.close()
    ctx.detach()
    ctx.shutdown()
    store.close()
    print("wrote assessment.png")


if __name__ == "__main__":
    main()
