"""No PHI outside the encrypted database: a canary member driven through every feature — intake, contacts,
medications, a signed visit note with an addendum, a PHQ-9 and an initial assessment, a care plan in the
member's words with a signed agreement, tasks, a PDF and a FHIR export, lock and unlock, a sync round trip
to a real server and a second laptop, and a Settings save — leaves no trace in the data directories, the
logs (client and server, captured at DEBUG), the temp directory or QSettings; only in the two export files
the test chose and in the server's database (a server-side store of PHI by design; see SECURITY.md).
And the log filter itself: member data and secrets in a record are redacted, an ordinary record passes."""

from __future__ import annotations

import logging
import os
import secrets
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from app import logfilter
from app.logfilter import PhiFilter
from app.model import Member
from app.services import access, assessments, careplan, clinical, encounters, members, people, tasks
from app.store.vault import KdfParams
from sync.client import SyncClient
from sync.server import admin
from tests.canary_helpers import files_holding, text_forms
from tests.conftest import PASSPHRASE, SAMPLE_MEMBER
from tests.test_assessments import initial_findings, phq9

CANARY = "Qjxwmbcanary"  # unique in every field it goes into; different from test_canary's
PHONE = "(555) 283-7461"
DOB = "1937-03-29"
SIGNATURE_MARK = "sig" + secrets.token_hex(12)  # in a text chunk of the signature PNG: raw bytes to look for


def signature_png() -> bytes:
    """A real PNG as a signature pad makes one, carrying a unique mark."""
    from PIL import Image, PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", SIGNATURE_MARK)
    out = BytesIO()
    Image.new("L", (120, 40), 255).save(out, "PNG", pnginfo=info)
    return out.getvalue()


SERVER_PASSWORD = "a long server password for the leak test"
TODAY = date.today()
PACIFIC = timezone(timedelta(hours=-8))


def needles() -> list[bytes]:
    return [*text_forms(CANARY, f"{CANARY} Street", "2837461", "283-7461", SIGNATURE_MARK), DOB.encode()]


# ---- the log filter on its own ----------------------------------------------------------------------


@dataclass(frozen=True)
class FakeView:
    id: str
    first_name: str
    phone_primary: str


def emitted(message: str, *args: Any, name: str = "carefield.test", level: int = logging.INFO,
            exc_info: Any = None) -> str:
    record = logging.LogRecord(name, level, __file__, 1, message, args or None, exc_info)
    assert PhiFilter().filter(record) is True
    return logging.Formatter("%(message)s").format(record)


def test_a_member_view_or_row_in_a_log_call_is_withheld(store, actor, member):
    with store.transaction(actor) as s:
        view = members.get(s, actor, member.id)
        row = s.get(Member, member.id)
        assert emitted("opened %s", row) == "opened <withheld Member>"
    line = emitted("saved %s for %s", view, "a nurse")
    assert line == "saved <withheld MemberView> for a nurse"
    assert "Rosa" not in emitted("rows %r", [FakeView("1", "Rosa", "(555) 555-0142")])
    assert "Delgado" not in emitted("%(who)s changed %(last_name)s", {"who": "ana", "last_name": "Delgado"})
    assert emitted("png %s", b"\x89PNG\r\n\x1a\n" + bytes(8)) == "png <withheld bytes>"


def test_member_fields_spelled_out_in_the_text_withhold_the_whole_message():
    line = emitted(f"bad update {dict(first_name='Rosa', dob='1951-06-14')}")
    assert "Rosa" not in line and line.startswith("[log message withheld")
    assert "Rosa" not in emitted("view: %s", "MemberView(id='x', first_name='Rosa')")
    assert "Rosa" not in emitted('{"note": "Rosa fell at home"}')


def test_secrets_are_redacted():
    assert emitted("login password=hunter2hunter2 ok") == "login password=[redacted] ok"
    assert emitted("GET /pull Authorization: Bearer abc.DEF-123_x") == "GET /pull Authorization: [redacted]"
    assert emitted("sent %s", "Bearer abc.DEF-123_x") == "sent Bearer [redacted]"
    assert emitted("url %s", "https://h/x?token=s3cr3t&page=2") == "url https://h/x?token=[redacted]&page=2"
    assert "tractor" not in emitted("%s", {"passphrase": "lavender tractor"})
    assert "tractor" not in emitted("%s", "{'passphrase': 'lavender tractor'}")


def test_sql_parameters_and_rows_logged_by_sqlalchemy_are_withheld():
    line = emitted("[%s] %r", "generated in 0.001s", ("Rosa", "Delgado"), name="sqlalchemy.engine.Engine")
    assert line == "[generated in 0.001s] '<withheld parameters>'"
    statement = "UPDATE member SET first_name=?, last_name=? WHERE member.id = ?"
    assert emitted(statement, name="sqlalchemy.engine.Engine") == statement


def test_a_traceback_keeps_its_frames_but_not_the_message():
    try:
        try:
            raise ValueError("Rosa Delgado was not found")
        except ValueError as inner:
            raise RuntimeError("first_name='Rosa'") from inner
    except RuntimeError:
        import sys
        line = emitted("unexpected failure", exc_info=sys.exc_info())
    assert "Rosa" not in line
    assert "ValueError: (message withheld)" in line and "RuntimeError: (message withheld)" in line
    assert "test_a_traceback_keeps_its_frames_but_not_the_message" in line


def test_an_exception_in_a_log_call_keeps_its_type_not_its_message():
    from app.errors import NotFound, ValidationError

    database_error = RuntimeError("INSERT failed [parameters: ('Rosa', 'Delgado')]")
    assert emitted("push failed: %s", database_error) == "push failed: RuntimeError: (message withheld)"
    assert emitted("%s", NotFound("member", "Rosa Delgado")) == "NotFound: member not found"
    refused = ValidationError("dob", "is in the future")
    assert emitted("%s", refused) == "ValidationError: dob: is in the future"
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, database_error, None, None)
    PhiFilter().filter(record)
    assert record.getMessage() == "RuntimeError: (message withheld)"


def test_an_ordinary_record_passes_unchanged():
    line = emitted("Failed unlock by %s (%d in a row)", "passphrase", 3)
    assert line == "Failed unlock by passphrase (3 in a row)"
    assert emitted("pushed %d changes in %.1f s", 12, 0.5) == "pushed 12 changes in 0.5 s"
    assert emitted("sync failed: %s", "network") == "sync failed: network"
    assert emitted("operation failed: %s", "ValidationError") == "operation failed: ValidationError"


def test_install_filters_every_root_handler_once(tmp_path):
    root = logging.getLogger()
    handler = logging.FileHandler(tmp_path / "x.log")
    root.addHandler(handler)
    try:
        logfilter.install()
        logfilter.install()
        assert sum(isinstance(f, PhiFilter) for f in handler.filters) == 1
        assert any(isinstance(f, PhiFilter) for f in logging.lastResort.filters)
    finally:
        root.removeHandler(handler)
        handler.close()


# ---- the whole-app leak proof --------------------------------------------------------------------------


@dataclass
class Capture:
    client_log: Path
    server_log: Path
    temp: Path
    settings: Path


@pytest.fixture
def capture(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Capture]:
    """Every log record at DEBUG into files (filtered the way the app filters), TMPDIR and QSettings in
    test directories. Requested before ``sync_server`` so the server starts inside it."""
    temp, settings, logs = tmp_path / "tmp", tmp_path / "settings", tmp_path / "logs"
    for folder in (temp, settings, logs):
        folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    root, sqlalchemy_log = logging.getLogger(), logging.getLogger("sqlalchemy")
    levels = (root.level, sqlalchemy_log.level)
    handler = logging.FileHandler(logs / "client.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    sqlalchemy_log.setLevel(logging.DEBUG)  # statements, parameters and rows: the filter must hold them
    logfilter.install()  # as ui/main.py and the CLI do after configuring logging
    old_format, old_paths = QSettings.defaultFormat(), _settings_paths()
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(settings))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    try:
        yield Capture(logs / "client.log", logs / "server.log", temp, settings)
    finally:
        QSettings.setDefaultFormat(old_format)
        for fmt, path in old_paths.items():
            QSettings.setPath(fmt, QSettings.Scope.UserScope, path)
        root.removeHandler(handler)
        handler.close()
        root.setLevel(levels[0])
        sqlalchemy_log.setLevel(levels[1])


def _settings_paths() -> dict[QSettings.Format, str]:
    paths = {}
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        probe = QSettings(fmt, QSettings.Scope.UserScope, "CarefieldProbe", "probe").fileName()
        paths[fmt] = str(Path(probe).parent.parent)
    return paths


@pytest.fixture
def server_capture(capture: Capture, sync_server: Any) -> Iterator[Any]:
    """uvicorn's loggers (which do not propagate) also into a file, at DEBUG, filtered as the server does."""
    assert _uvicorn_handlers_filtered()  # the server's lifespan did it at startup, before anything here
    handler = logging.FileHandler(capture.server_log, encoding="utf-8")
    names = ("uvicorn", "uvicorn.error", "uvicorn.access")
    levels = {n: logging.getLogger(n).level for n in names}
    for name in names:
        logging.getLogger(name).setLevel(logging.DEBUG)
    logging.getLogger("uvicorn").addHandler(handler)
    logging.getLogger("uvicorn.access").addHandler(handler)
    logfilter.install_for_server()
    try:
        yield sync_server
    finally:
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
            logging.getLogger(name).removeHandler(handler)
        handler.close()


def canary_member(store: Any) -> str:
    """Referral intake as the referral dialog does it, then contacts and medications."""
    actor = store.actor()
    fields = SAMPLE_MEMBER | {
        "plan_member_id": "MCL-7731", "first_name": CANARY, "last_name": f"{CANARY}son", "dob": DOB,
        "preferred_name": CANARY, "phone_primary": PHONE, "email": f"{CANARY.lower()}@example.org",
        "address_line1": f"12 {CANARY} Street", "city": "Fresno", "state": "CA", "postal_code": "93701",
        "referral_reason": f"Falls at home, {CANARY} says", "cultural_notes": CANARY,
    }
    with store.transaction(actor) as s:
        assert not members.find_duplicates(s, plan_member_id=fields["plan_member_id"])
        member = members.create(s, actor, **fields)
        people.contacts.add(s, actor, member.id, name=f"{CANARY} Junior", role="caregiver", phone=PHONE,
                            notes=f"Daughter {CANARY}")
        clinical.medications.add(s, actor, member.id, name="Metformin", dose="500 mg", notes=f"{CANARY} pill")
        assert [m.id for m in members.search(s, CANARY)] == [member.id]
    return member.id


def visits_and_assessments(store: Any, member_id: str) -> None:
    actor = store.actor()
    start = datetime.now(PACIFIC) - timedelta(hours=3)
    with store.transaction(actor) as s:
        visit = encounters.create(s, actor, member_id, kind="home_visit", started_at=start,
                                  ended_at=start + timedelta(minutes=50), location=f"{CANARY} Street",
                                  participants=["member"], note=f"Visit note: {CANARY} is dizzy.")
        encounters.sign(s, actor, visit.id)
        encounters.add_addendum(s, actor, visit.id, "addendum", f"Addendum: {CANARY} called back.")
        screen = assessments.start(s, actor, member_id, "phq9", encounter_id=visit.id)
        assessments.complete(s, actor, screen.id, answers=phq9(12))
        initial = assessments.start(s, actor, member_id, "initial_assessment", encounter_id=visit.id)
        done = assessments.complete(s, actor, initial.id, answers=initial_findings() | {
            "community.conclusion": f"{CANARY} wants the senior center."})
    assert done.assessment.status == "completed"


def plan_and_tasks(store: Any, member_id: str) -> None:
    actor = store.actor()
    with store.transaction(actor) as s:
        plan = careplan.create_plan(s, actor, member_id, started_on=TODAY - timedelta(days=3),
                                    self_management_plan=f"{CANARY} checks sugar daily")
        problem = careplan.add(s, actor, "problem", plan.id, domain="behavioral", title="Low mood")
        careplan.add(s, actor, "goal", problem.id, text="PHQ-9 under 10", term="short",
                     target_on=TODAY + timedelta(days=60), member_words=f"I want to dance, says {CANARY}",
                     member_priority=1)
        careplan.record_agreement(s, actor, plan.id, agreed_on=TODAY, method="e_signature",
                                  signer_name=f"{CANARY} Signer", signature_png=signature_png())
        tasks.refresh(s, actor, TODAY, member_id)
        tasks.add_manual(s, actor, member_id, title=f"Call {CANARY} pharmacy",
                         due_on=TODAY + timedelta(days=2), notes=f"{CANARY} prefers mornings")


def export_with_the_cli(data_dir: Path, exports: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.cli import main

    monkeypatch.setenv("CAREFIELD_PASSPHRASE", PASSPHRASE)
    sqlalchemy_log = logging.getLogger("sqlalchemy")
    level = sqlalchemy_log.level
    try:
        assert main(["--data-dir", str(data_dir), "--debug", "export-fhir", "--member", "MCL-7731",
                     "--out", str(exports / "record.json")]) == 0
        assert main(["--data-dir", str(data_dir), "--debug", "report", "careplan", "--member", "MCL-7731",
                     "--out", str(exports / "plan.pdf")]) == 0
    finally:
        sqlalchemy_log.setLevel(level)  # --debug quiets SQLAlchemy; the capture keeps it at DEBUG


def save_settings_once(qtbot: Any, store: Any, data_dir: Path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.context import AppContext
    from ui.settings.dialog import SettingsDialog
    from ui.settings.prefs import Prefs

    context = AppContext(data_dir)
    context.attach(store)
    try:
        dialog = SettingsDialog(Prefs(), context)  # the default QSettings, pointed at the test folder
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.idle_minutes.setValue(7)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert Prefs().idle_minutes == 7
    finally:
        context.detach()
        context.shutdown()


def sync_round_trip(server: Any, store: Any, tmp_path: Path, member_id: str) -> tuple[SyncClient, Any]:
    from sync.local import state

    with server.admin() as s:
        admin.add_user(s, "ana", SERVER_PASSWORD, "nurse")
        admin.add_user(s, "ben", SERVER_PASSWORD, "nurse")
    client = SyncClient(store, server.url, retries=0)
    client.login("ana", SERVER_PASSWORD, device_name="ana's laptop")
    assert client.sync().pushed > 10
    with server.admin() as s:
        admin.assign(s, member_id, "ben")
    second, _ = access.create(tmp_path / "laptop-b", PASSPHRASE, kdf=KdfParams.fast())
    other = SyncClient(second, server.url, retries=0)
    other.login("ben", SERVER_PASSWORD, device_name="ben's laptop")
    other.sync()
    client.sync()
    with second.session() as s:
        assert [m.id for m in members.search(s, CANARY)] == [member_id]
        token = state(s, "token")
    return client, (second, token)


def test_a_canary_member_leaves_no_trace_outside_the_encrypted_database(
    capture: Capture, server_capture: Any, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = server_capture
    data_dir, exports = tmp_path / "laptop-a", tmp_path / "exports"
    exports.mkdir()
    store, _ = access.create(data_dir, PASSPHRASE, kdf=KdfParams.fast())
    member_id = canary_member(store)
    visits_and_assessments(store, member_id)
    plan_and_tasks(store, member_id)
    access.lock(store, store.actor())
    export_with_the_cli(data_dir, exports, monkeypatch)
    store = access.unlock(data_dir, PASSPHRASE)
    save_settings_once(qtbot, store, data_dir)
    _client, (second, token) = sync_round_trip(server, store, tmp_path, member_id)
    assert (data_dir / "carefield.db-wal").exists()  # scanned while the WAL still holds recent pages
    hits_open = files_holding([data_dir, tmp_path / "laptop-b"], needles())
    store.close()
    second.close()
    for handler in logging.getLogger().handlers:
        handler.flush()

    scanned = [data_dir, tmp_path / "laptop-b", tmp_path / "logs", capture.temp, capture.settings]
    assert hits_open == []
    assert files_holding(scanned, needles()) == []
    assert os.listdir(capture.temp) == []
    secrets_found = [PASSPHRASE.encode(), SERVER_PASSWORD.encode(), token.encode()]
    assert files_holding(scanned, secrets_found) == []
    # The scan sees the canary where it is meant to be: the chosen FHIR file and the server's database.
    everywhere = files_holding([tmp_path], needles())
    outside = [p for p in everywhere if exports not in p.parents and not p.name.startswith("server.db")]
    assert outside == []
    assert exports / "record.json" in everywhere
    if server.db_url.startswith("sqlite"):
        assert any(p.name.startswith("server.db") for p in everywhere)
    # The capture really captured: client and server records at DEBUG, SQL included.
    client_log = capture.client_log.read_text(encoding="utf-8")
    assert "sqlalchemy.engine" in client_log and "<withheld parameters>" in client_log
    assert "carefield" in client_log or "sync" in client_log
    written = [p.relative_to(capture.settings) for p in capture.settings.rglob("*") if p.is_file()]
    assert [str(p.parent) for p in written] == ["Carefield"]  # the Settings save landed in the scanned folder
    assert "idle_minutes=7" in (capture.settings / written[0]).read_text()


def _uvicorn_handlers_filtered() -> bool:
    """The server put the filter on uvicorn's own handlers at startup (its lifespan)."""
    handlers = logging.getLogger("uvicorn").handlers + logging.getLogger("uvicorn.access").handlers
    return bool(handlers) and all(any(isinstance(f, PhiFilter) for f in h.filters) for h in handlers)
