"""A note being typed survives SIGKILL of the app: the editor autosaves it to the local draft table,
the process is killed, and at the next unlock the main window offers it back; Restore reopens the
editor with exactly the text that was typed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import access, encounters, members
from app.store.vault import KdfParams
from tests.conftest import PASSPHRASE, SAMPLE_MEMBER
from ui.context import AppContext
from ui.encounter.drafts import UnfinishedNotes
from ui.encounter.editor import EncounterEditor
from ui.shell.window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 10000
NOTE_FIRST = "S: Señora Delgado reports dizziness — pain 3/10"
NOTE_SECOND = "O: BP 150/92, ankles swollen"
TYPED = NOTE_FIRST + "\n" + NOTE_SECOND

# The app side: unlock, open the editor for the member, type, and say SAVED once the autosave committed;
# then keep running (the event loop idles) until the test kills it.
EDITOR = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])

def type_text(widget, text):  # key events carrying each character (QTest.keyClicks is ASCII only)
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
from app.services import access
from ui.context import AppContext
from ui.encounter.editor import EncounterEditor
data_dir, passphrase, member_id, first, second = sys.argv[1:6]
store = access.unlock(Path(data_dir), passphrase)
ctx = AppContext(Path(data_dir))
ctx.attach(store)
editor = EncounterEditor(ctx, member_id, "Rosa Delgado")
editor.show()
editor.draft_did_save.connect(lambda draft: print("SAVED", draft.id, flush=True))
type_text(editor.form.note, first)
QTest.keyClick(editor.form.note, Qt.Key.Key_Return)
type_text(editor.form.note, second)
app.exec()
"""


def make_vault(data_dir: Path) -> str:
    store, _ = access.create(data_dir, PASSPHRASE, kdf=KdfParams.fast())
    try:
        actor = store.actor()
        with store.transaction(actor) as s:
            return members.create(s, actor, **SAMPLE_MEMBER).id
    finally:
        store.close()


def type_then_kill(data_dir: Path, member_id: str) -> str:
    """Run the editor in its own process; SIGKILL it as soon as the draft is saved. Returns the draft id."""
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-c", EDITOR, str(data_dir), PASSPHRASE, member_id, NOTE_FIRST, NOTE_SECOND],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        deadline = time.monotonic() + 60
        line = ""
        while not line.startswith("SAVED"):
            assert time.monotonic() < deadline and process.poll() is None, "the editor never saved its draft"
            line = process.stdout.readline()  # type: ignore[union-attr]
        assert process.poll() is None  # still running: nothing after this point is a clean exit
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(30)
    assert process.returncode == -signal.SIGKILL
    return line.split()[1]


def test_a_draft_survives_sigkill_and_is_offered_back_at_the_next_unlock(qtbot, qapp: QApplication,
                                                                          tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    member_id = make_vault(data_dir)
    draft_id = type_then_kill(data_dir, member_id)

    ctx = AppContext(data_dir)
    ctx.attach(access.unlock(data_dir, PASSPHRASE))
    try:
        with ctx.store.transaction(ctx.actor) as s:
            assert [d.id for d in encounters.list_drafts(s)] == [draft_id]
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: any(isinstance(w, UnfinishedNotes) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=TIMEOUT)
        prompt = next(w for w in QApplication.topLevelWidgets() if isinstance(w, UnfinishedNotes))
        assert prompt.model.rowCount() == 1
        assert prompt.model.index(0, 0).data() == "Rosa Delgado"
        assert prompt.model.index(0, 2).data()  # when it was saved
        prompt.restore_button.click()
        editors = [w for w in window.findChildren(EncounterEditor) if w.isVisible()]
        assert len(editors) == 1
        editor = editors[0]
        assert editor.form.note.toPlainText() == TYPED  # exactly what was typed, nothing lost
        assert editor.ref.id == draft_id  # further autosaves keep the same draft
        assert editor.member_id == member_id
        window.close()
    finally:
        ctx.detach()
        ctx.shutdown()


def test_a_lock_saves_the_note_and_the_next_unlock_offers_it(qtbot, qapp, tmp_path: Path) -> None:
    from test_ui_lock import assert_locked, visible_texts
    from test_ui_login import controllers

    data_dir = tmp_path / "data"
    member_id = make_vault(data_dir)
    with controllers(tmp_path) as make:
        app = make(data_dir, factory=None)  # the real main window

        def unlock() -> None:
            field = app.login_window.passphrase.field.edit
            qtbot.keyClicks(field, PASSPHRASE)
            qtbot.keyClick(field, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: app.main_window is not None, timeout=TIMEOUT)

        unlock()
        app.main_window.open_chart(member_id)
        chart = app.main_window.charts.charts()[0]
        qtbot.waitUntil(lambda: chart.data is not None, timeout=TIMEOUT)
        editor = chart.encounters.new_note()
        qtbot.keyClicks(editor.form.note, "Typed just before the lock")
        store = app.ctx.store
        app.lock("idle")  # sooner than the 3 s autosave: lock_will_happen saves it
        assert_locked(qtbot, app, store)
        assert not [t for t in visible_texts() if "Typed just before" in t]
        unlock()
        qtbot.waitUntil(lambda: any(isinstance(w, UnfinishedNotes) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=TIMEOUT)
        prompt = next(w for w in QApplication.topLevelWidgets() if isinstance(w, UnfinishedNotes))
        assert prompt.model.index(0, 3).data() == "Typed just before the lock"
