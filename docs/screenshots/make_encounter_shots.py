"""Render the encounter editor offscreen at 1280×800: a home visit in SOAP form, vitals typed, one
abnormal reading flagged (icon and word), the member's recent assessments to tick as reviewed.

    .venv/bin/python docs/screenshots/make_encounter_shots.py            # English
    .venv/bin/python docs/screenshots/make_encounter_shots.py --lang es  # Spanish: encounter-es.png

The data is the synthetic demo caseload in a throwaway vault; nothing real is shown.
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
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parent
SIZE = (1280, 800)
SUBJECTIVE = ("Member reports feeling lightheaded when getting up in the morning; no falls since the last "
              "visit. Daughter (caregiver) now fills the pill organizer weekly.")
OBJECTIVE = ("Alert, steady gait with cane. Mild ankle swelling both sides. Pill organizer reviewed: "
             "2 doses missed.")
VITALS = {"systolic": "152", "diastolic": "84", "heart_rate": "76", "respirations": "16",
          "temperature_f": "98.4", "spo2": "97", "weight_lb": "182.4", "glucose_mg_dl": "132", "pain": "2"}


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not finish loading")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def member_with_assessments(store: object, actor: object) -> str:
    from sqlalchemy import func, select

    from app.model.assessment import AssessmentResponse

    with store.transaction(actor) as s:  # type: ignore[attr-defined]
        query = (select(AssessmentResponse.member_id).group_by(AssessmentResponse.member_id)
                 .order_by(func.count().desc()).limit(1))
        return str(s.scalars(query).one())


def fill(editor: object) -> None:
    form = editor.form  # type: ignore[attr-defined]
    form.location.setText("Member's home")
    form.participants["caregiver"].setChecked(True)
    form.participants["interpreter"].setChecked(True)
    form.interpreter_language.set_value("es")
    form.template.setCurrentIndex(form.template.findData("home_visit_soap"))
    form.apply_template()
    text = form.note.toPlainText().split("\n\n")
    text[0] += "\n" + SUBJECTIVE
    text[1] += "\n" + OBJECTIVE
    form.note.setPlainText("\n\n".join(text))
    for key, value in VITALS.items():
        editor.vitals.edits[key].setText(value)  # type: ignore[attr-defined]
    editor.vitals.check_all()  # type: ignore[attr-defined]
    reviewed = editor.reviewed.list  # type: ignore[attr-defined]
    if reviewed.count():
        reviewed.item(0).setCheckState(Qt.CheckState.Checked)
    form.note.setFocus()
    QTest.qWait(50)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en")
    lang = parser.parse_args().lang
    from app import demo
    from app.services import access
    from app.store.vault import KdfParams
    from ui.context import AppContext
    from ui.encounter.editor import EncounterEditor
    from ui.i18n import install_translators
    from ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        install_translators(app, lang)
    apply_theme(app, "light")
    data_dir = Path(tempfile.mkdtemp(prefix="carefield-shots-")) / "data"
    store, _ = access.create(data_dir, "screenshots only, not a real vault", kdf=KdfParams.fast())
    actor = store.actor()
    demo.generate(store, actor, members=20, seed=1)
    ctx = AppContext(data_dir)
    ctx.attach(store)
    member_id = member_with_assessments(store, actor)
    from app.services import members

    with store.transaction(actor) as s:
        member = members.peek(s, member_id)
    editor = EncounterEditor(ctx, member_id, member.first_name + " " + member.last_name)
    editor.resize(*SIZE)
    editor.show()
    wait_until(app, lambda: editor.reviewed.list.count() > 0 or editor.reviewed.stack.currentIndex() == 1)
    wait_until(app, lambda: True)
    fill(editor)
    wait_until(app, lambda: True)
    name = "encounter.png" if lang == "en" else f"encounter-{lang}.png"
    editor.grab().save(str(OUT / name))
    editor.finished = True  # a screenshot, not a note: nothing to keep
    editor.close()
    ctx.detach()
    ctx.shutdown()
    store.close()
    print("wrote", name)


if __name__ == "__main__":
    main()
