"""carefield-cli as a nurse or an administrator's script meets it: one clear line when something is wrong,
never a traceback or a secret, and the vault left as it was."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.paths import data_dir
from app.store.schema import SCHEMA_HEAD
from app.store.vault import DB_FILE, VAULT_FILE, KdfParams, Vault

PASSPHRASE = "blue heron at the river mouth"
NEW_PASSPHRASE = "otters slide down the muddy bank"
RECOVERY_CODE = re.compile(r"Recovery code: ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){5})")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data directory named by the environment, a passphrase in the environment, fast key derivation."""
    directory = tmp_path / "data"
    monkeypatch.setenv("CAREFIELD_DATA_DIR", str(directory))
    monkeypatch.setenv("CAREFIELD_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CAREFIELD_FAST_KDF", "1")
    monkeypatch.delenv("CAREFIELD_NEW_PASSPHRASE", raising=False)
    monkeypatch.setattr("getpass.getpass", _no_prompt)
    return directory


@pytest.fixture
def vault_dir(home: Path) -> Path:
    from app.services import access

    store, _ = access.create(home, PASSPHRASE, kdf=KdfParams.fast())
    access.lock(store, store.actor())
    return home


def _no_prompt(prompt: str = "") -> str:
    pytest.fail("the CLI prompted although the passphrase was in the environment")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_clean_error_line(err: str) -> None:
    assert len(err.splitlines()) == 1, err
    assert err.startswith("carefield-cli: ")
    assert "Traceback" not in err
    assert PASSPHRASE not in err


def answers(monkeypatch: pytest.MonkeyPatch, *typed: str) -> list[str]:
    """Make getpass return ``typed`` in order; returns the prompts shown."""
    prompts: list[str] = []
    queue: Iterator[str] = iter(typed)

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(queue)

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    monkeypatch.setattr("app.cli.common.stdin_is_terminal", lambda: True)
    return prompts


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextmanager
def raw_connection(directory: Path) -> Iterator[Any]:
    """A keyed DB-API connection in autocommit, past every safeguard of the store."""
    from app.store.engine import connect

    raw = connect(directory / DB_FILE, Vault(directory).unlock(PASSPHRASE))
    try:
        yield raw
    finally:
        raw.close()


def add_members(directory: Path) -> None:
    from app.services import access, members

    store = access.unlock(directory, PASSPHRASE)
    actor = store.actor()
    common = {"line_of_business": "ma", "referral_source": "provider", "identified_on": date(2024, 3, 1)}
    try:
        with store.transaction(actor) as s:
            members.create(s, actor, plan_member_id="MA-1001", first_name="Rosa", last_name="Alvarez",
                           dob=date(1948, 5, 17), program="complex_cm", risk_tier="high",
                           preferred_language="es", **common)
            members.create(s, actor, plan_member_id="MA-1002", first_name="Walter", last_name="Nguyen",
                           dob=date(1956, 11, 2), program="basic_cm", risk_tier="low", **common)
    finally:
        access.lock(store, actor)


# --- init -------------------------------------------------------------------------------------------


def test_init_shows_the_recovery_code_once_and_it_opens_the_vault(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.services import access

    code, out, err = run(capsys, "init")
    assert code == 0
    assert err == ""
    assert (home / VAULT_FILE).is_file()
    assert out.count("Recovery code:") == 1
    assert "safe" in out
    assert PASSPHRASE not in out
    recovery = RECOVERY_CODE.search(out)
    assert recovery is not None
    store = access.unlock_with_recovery_code(home, recovery.group(1))
    access.lock(store, store.actor())


def test_init_twice_refuses_and_keeps_the_first_vault(
    vault_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sha256(vault_dir / VAULT_FILE)
    code, out, err = run(capsys, "init")
    assert code == 2
    assert out == ""
    assert_one_clean_error_line(err)
    assert "already exists" in err
    assert sha256(vault_dir / VAULT_FILE) == before


def test_init_at_a_terminal_asks_twice_and_refuses_a_mismatch(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CAREFIELD_PASSPHRASE")
    prompts = answers(monkeypatch, PASSPHRASE, "blue heron at the river mouht")
    code, out, err = run(capsys, "init")
    assert (code, out) == (2, "")
    assert_one_clean_error_line(err)
    assert "did not match" in err
    assert len(prompts) == 2
    assert not (home / VAULT_FILE).exists()

    answers(monkeypatch, PASSPHRASE, PASSPHRASE)
    assert run(capsys, "init")[0] == 0
    assert (home / VAULT_FILE).is_file()


def test_init_refuses_a_weak_passphrase_and_says_the_rule(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREFIELD_PASSPHRASE", "short one")
    code, _, err = run(capsys, "init")
    assert code == 2
    assert_one_clean_error_line(err)
    assert "at least 12 characters" in err
    assert "short one" not in err
    assert not (home / VAULT_FILE).exists()


# --- unlocking --------------------------------------------------------------------------------------


def test_wrong_passphrase_is_one_line_and_leaves_the_database_untouched(
    vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = sha256(vault_dir / DB_FILE)
    monkeypatch.setenv("CAREFIELD_PASSPHRASE", "green heron at the river mouth")
    code, out, err = run(capsys, "members")
    assert (code, out) == (2, "")
    assert_one_clean_error_line(err)
    assert "passphrase is not correct" in err
    assert "green heron" not in err
    assert sha256(vault_dir / DB_FILE) == before


def test_repeated_failures_are_throttled_and_say_how_long_to_wait(
    vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREFIELD_PASSPHRASE", "green heron at the river mouth")
    for _ in range(4):
        assert run(capsys, "members")[0] == 2
    monkeypatch.setenv("CAREFIELD_PASSPHRASE", PASSPHRASE)  # even the right one must wait
    code, _, err = run(capsys, "members")
    assert code == 2
    assert_one_clean_error_line(err)
    assert re.search(r"Try again in \d+ seconds", err)


def test_a_passphrase_piped_on_stdin_unlocks_without_a_prompt(
    vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CAREFIELD_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert run(capsys, "members") == (0, "No members.\n", "")

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = run(capsys, "members")
    assert code == 2
    assert_one_clean_error_line(err)
    assert "No passphrase given" in err


def test_a_missing_vault_says_to_run_init(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "audit", "verify")
    assert (code, out) == (2, "")
    assert err == f"carefield-cli: No vault in {home}. Run `carefield-cli init` first.\n"


def test_data_dir_option_beats_the_environment(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other"
    code, _, err = run(capsys, "--data-dir", str(other), "members")
    assert code == 2
    assert f"No vault in {other}." in err

    assert run(capsys, "--data-dir", str(other), "init")[0] == 0
    assert (other / VAULT_FILE).is_file()
    assert data_dir(other) == other
    assert data_dir() == vault_dir
    monkeypatch.delenv("CAREFIELD_DATA_DIR")
    assert data_dir().name == "Carefield"


# --- members ----------------------------------------------------------------------------------------


def test_members_json_gives_each_member_with_iso_dates(
    vault_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_members(vault_dir)
    code, out, err = run(capsys, "members", "--json")
    assert (code, err) == (0, "")
    listed = json.loads(out)
    assert [m["member_id"] for m in listed] == ["MA-1001", "MA-1002"]  # sorted by last name
    rosa = listed[0]
    assert {"id", "member_id", "first_name", "last_name", "risk_tier", "program", "status"} <= rosa.keys()
    assert rosa["first_name"] == "Rosa"
    assert rosa["last_name"] == "Alvarez"
    assert (rosa["risk_tier"], rosa["program"], rosa["status"]) == ("high", "complex_cm", "identified")
    assert rosa["dob"] == "1948-05-17"
    assert rosa["preferred_language"] == "es"
    assert rosa["last_contact_at"] is None
    assert date.fromisoformat(rosa["next_due_on"]) == date(2024, 3, 15)  # high tier: every 14 days
    assert isinstance(rosa["age"], int)


def test_members_search_filters_the_table(vault_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_members(vault_dir)
    code, out, _ = run(capsys, "members", "--search", "nguy")
    assert code == 0
    assert "MA-1002" in out
    assert "Nguyen, Walter" in out
    assert "MA-1001" not in out
    assert out.splitlines()[0].split() == ["PLAN", "ID", "NAME", "AGE", "TIER", "PROGRAM", "STATUS"]

    code, out, _ = run(capsys, "members", "--search", "Zzyzx")
    assert (code, out) == (0, "No members match.\n")


def test_listing_members_is_audited_without_the_search_text(
    vault_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import select

    from app.model.audit import AuditEvent
    from app.services import access

    add_members(vault_dir)
    assert run(capsys, "members", "--search", "Alvarez", "--json")[0] == 0
    store = access.unlock(vault_dir, PASSPHRASE)
    try:
        with store.session() as s:
            exports = s.scalars(select(AuditEvent).where(AuditEvent.action == "export")).all()
    finally:
        access.lock(store, store.actor())
    assert [e.details for e in exports] == [{"format": "json", "count": 1, "searched": True}]
    assert "Alvarez" not in json.dumps(exports[0].details)


def test_an_unexpected_error_names_its_type_but_not_its_message(
    vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("Rosa Alvarez 1948-05-17")

    monkeypatch.setattr("app.services.members.caseload", broken)
    code, out, err = run(capsys, "members")
    assert (code, out) == (70, "")
    assert_one_clean_error_line(err)
    assert "RuntimeError" in err
    assert "Rosa" not in err


# --- check, audit -----------------------------------------------------------------------------------


def test_check_passes_on_a_fresh_vault(vault_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check")
    assert (code, err) == (0, "")
    assert out.splitlines() == ["cipher integrity: ok", "integrity: ok", "foreign keys: ok", "schema: ok"]


def test_check_finds_a_damaged_page_in_one_line_per_check(
    vault_dir: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    db = vault_dir / DB_FILE
    data = bytearray(db.read_bytes())
    data[-2000] ^= 0xFF  # inside the last page's encrypted content
    db.write_bytes(bytes(data))
    code = main(["check"])
    out, err = capfd.readouterr()  # file-descriptor level: SQLCipher would log there
    assert (code, err) == (1, "")
    lines = out.splitlines()
    names = [line.split(":")[0] for line in lines]
    assert names == ["cipher integrity", "integrity", "foreign keys", "schema"]
    assert lines[0].startswith("cipher integrity: FAILED")
    assert "page" in lines[0]


def test_check_reports_an_old_schema_instead_of_upgrading_it(
    vault_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with raw_connection(vault_dir) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '20200101_0000'")
    code, out, _ = run(capsys, "check")
    assert code == 1
    assert f"schema: FAILED (1): revision 20200101_0000, expected {SCHEMA_HEAD}" in out
    with raw_connection(vault_dir) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("20200101_0000",)


def test_audit_verify_passes_then_names_the_tampered_event(
    vault_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "audit", "verify")
    assert code == 0
    assert re.fullmatch(r"Audit chain intact: \d+ events\.\n", out)

    with raw_connection(vault_dir) as raw:  # what someone holding the raw key could do
        raw.execute("DROP TRIGGER audit_event_no_update")
        raw.execute("UPDATE audit_event SET user='mallory' WHERE seq=2")

    code, out, err = run(capsys, "audit", "verify")
    assert (code, err) == (1, "")
    assert out.startswith("Audit chain broken at event #2: ")


# --- passwd -----------------------------------------------------------------------------------------


def test_passwd_changes_the_passphrase(
    vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREFIELD_NEW_PASSPHRASE", NEW_PASSPHRASE)
    code, out, err = run(capsys, "passwd")
    assert (code, err) == (0, "")
    assert NEW_PASSPHRASE not in out

    assert run(capsys, "members")[0] == 2  # the old one no longer opens it
    monkeypatch.setenv("CAREFIELD_PASSPHRASE", NEW_PASSPHRASE)
    assert run(capsys, "members") == (0, "No members.\n", "")


def test_passwd_at_a_terminal_refuses_a_mismatched_new_passphrase(
    vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CAREFIELD_PASSPHRASE")
    answers(monkeypatch, PASSPHRASE, NEW_PASSPHRASE, "something else entirely")
    code, _, err = run(capsys, "passwd")
    assert code == 2
    assert_one_clean_error_line(err)
    assert "did not match" in err
    monkeypatch.setenv("CAREFIELD_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "members")[0] == 0


# --- demo, version, usage ---------------------------------------------------------------------------


def test_demo_adds_a_caseload(vault_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    demo = pytest.importorskip("app.demo")
    if not hasattr(demo, "generate"):  # the generator is still being written
        pytest.skip("app.demo.generate is not there yet")
    code, out, _ = run(capsys, "demo", "--members", "3", "--seed", "7")
    assert code == 0
    assert re.fullmatch(r"Added 3 demo members \([\d,]+ rows\)\.\n", out)
    assert len(json.loads(run(capsys, "members", "--json")[1])) == 3


def test_version_names_the_package_and_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.startswith("carefield-cli ")
    assert SCHEMA_HEAD in out


def test_a_missing_command_is_a_usage_error(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys)
    assert (code, out) == (2, "")
    assert "usage: carefield-cli" in err


# --- the installed script, end to end ---------------------------------------------------------------


def test_console_script_init_then_members_json_without_a_terminal(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("carefield-cli")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "app.cli"]
    env = {**os.environ, "CAREFIELD_DATA_DIR": str(tmp_path / "data"), "CAREFIELD_PASSPHRASE": PASSPHRASE,
           "CAREFIELD_FAST_KDF": "1"}

    def cli(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*command, *argv], env=env, stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, timeout=60, check=False)

    created = cli("init")
    assert (created.returncode, created.stderr) == (0, "")
    assert RECOVERY_CODE.search(created.stdout)
    listed = cli("members", "--json")
    assert (listed.returncode, listed.stderr) == (0, "")
    assert json.loads(listed.stdout) == []
