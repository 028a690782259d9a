"""Render the main screens offscreen with the demo caseload (60 members, seed 1) at 1280×800.

    .venv/bin/python docs/screenshots/make_main_shots.py            # English
    .venv/bin/python docs/screenshots/make_main_shots.py --lang es  # Spanish

Writes caseload.png, today.png, tasks.png, chart.png, chart-dark.png, careplan.png and compliance.png
beside this script; in another language, caseload-<lang>.png, chart-<lang>.png and careplan-<lang>.png (the
screens whose widths a translation is most likely to strain). The data is the synthetic demo caseload in a
throwaway vault; nothing real is shown.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

OUT = Path(__file__).resolve().parent
SIZE = (1280, 800)
TRANSLATED_SHOTS = ("caseload", "chart", "careplan")


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not finish loading")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def richest_member(store: object, actor: object) -> str:
    """The enrolled member with the most active medications and conditions: a full chart."""
    from app.model.clinical import Condition, Medication
    from app.model.enums import MemberStatus
    from app.model.member import Member

    with store.transaction(actor) as s:  # type: ignore[attr-defined]
        meds = select(func.count()).where(Medication.member_id == Member.id, Medication.deleted.is_(False))
        conds = select(func.count()).where(Condition.member_id == Member.id, Condition.deleted.is_(False))
        score = meds.scalar_subquery() + conds.scalar_subquery()
        query = select(Member.id).where(Member.status == MemberStatus.ENROLLED).order_by(score.desc())
        return str(s.scalars(query.limit(1)).one())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", help="a language Carefield is translated into, e.g. es")
    lang = parser.parse_args().lang

    from app import demo
    from app.services import access
    from app.store.vault import KdfParams
    from ui.context import AppContext
    from ui.i18n import install_translators
    from ui.shell.window import MainWindow, Page
    from ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        install_translators(app, lang)  # as Carefield does at start-up: its texts, Qt's, and the locale
    apply_theme(app, "light")
    data_dir = Path(tempfile.mkdtemp(prefix="carefield-shots-")) / "data"
    store, _ = access.create(data_dir, "screenshots only, not a real vault", kdf=KdfParams.fast())
    actor = store.actor()
    demo.generate(store, actor, members=60, seed=1)
    ctx = AppContext(data_dir)
    ctx.attach(store)
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    wait_until(app, lambda: window.caseload.model.rowCount() > 0)

    written: list[str] = []

    def shot(name: str) -> None:
        wait_until(app, lambda: True)
        file = f"{name}.png" if lang == "en" else f"{name}-{lang}.png"
        if lang == "en" or name in TRANSLATED_SHOTS:
            window.grab().save(str(OUT / file))
            written.append(file)

    window.show_page(Page.CASELOAD)
    shot("caseload")

    window.show_page(Page.TODAY)
    wait_until(app, lambda: window.today.overdue[1].model.rowCount() > 0)
    shot("today")

    window.show_page(Page.TASKS)
    wait_until(app, lambda: window.tasks.list.model.rowCount() > 0)
    shot("tasks")

    window.open_chart(richest_member(store, actor))
    chart = window.charts.charts()[0]
    wait_until(app, lambda: chart.data is not None)
    chart.tabs.setCurrentWidget(chart.medications)
    shot("chart")

    chart.tabs.setCurrentWidget(chart.careplan.tab)
    tree = chart.careplan.tab.tree
    wait_until(app, lambda: tree.model().rowCount() > 0)
    tree.expandAll()
    goal = tree.model().index(0, 0, tree.model().index(0, 0, tree.model().index(0, 0)))
    tree.setCurrentIndex(goal if goal.isValid() else tree.model().index(0, 0))
    shot("careplan")

    chart.tabs.setCurrentWidget(chart.member_tasks.tab)
    wait_until(app, lambda: chart.member_tasks.tab.clock_model.rowCount() > 0)
    shot("compliance")

    chart.tabs.setCurrentWidget(chart.medications)
    apply_theme(app, "dark")
    shot("chart-dark")

    window.close()
    ctx.detach()
    ctx.shutdown()
    store.close()
    print("wrote", ", ".join(written))


if __name__ == "__main__":
    main()
