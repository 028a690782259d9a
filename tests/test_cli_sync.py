"""carefield-cli sync: signs in once, keeps the token in the encrypted database, then needs no password."""

from __future__ import annotations

import pytest

from app.services import access, members
from app.store.vault import KdfParams
from sync import local
from sync.cli import main
from sync.server import admin
from tests.conftest import PASSPHRASE, SAMPLE_MEMBER

PASSWORD = "a long server password"


@pytest.fixture
def laptop(tmp_path, monkeypatch):
    monkeypatch.setenv("CAREFIELD_PASSPHRASE", PASSPHRASE)
    store, _ = access.create(tmp_path / "laptop", PASSPHRASE, kdf=KdfParams.fast())
    actor = store.actor()
    with store.transaction(actor) as s:
        members.create(s, actor, **SAMPLE_MEMBER)
    store.close()
    return tmp_path / "laptop"


def test_sync_from_the_command_line(sync_server, laptop, monkeypatch, capsys):
    with sync_server.admin() as s:
        admin.add_user(s, "ana", PASSWORD, "nurse")
    monkeypatch.setenv("CAREFIELD_PASSWORD", PASSWORD)
    args = ["--data-dir", str(laptop), "sync"]
    assert main([*args, "--server", sync_server.url, "--user", "ana"]) == 0
    assert "Synced: " in capsys.readouterr().out
    monkeypatch.delenv("CAREFIELD_PASSWORD")  # the token is enough from now on
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(args) == 0
    with sync_server.admin() as s:
        assert admin.resolve_member(s, SAMPLE_MEMBER["plan_member_id"])
    store = access.unlock(laptop, PASSPHRASE)
    with store.session() as s:
        token = local.state(s, "token").encode()
    store.close()
    assert token and [p.name for p in laptop.iterdir() if token in p.read_bytes()] == []


def test_first_sync_needs_a_server(laptop, capsys):
    assert main(["--data-dir", str(laptop), "sync"]) == 2
    assert "--server" in capsys.readouterr().err


def test_wrong_server_password_is_one_clear_line(sync_server, laptop, monkeypatch, capsys):
    with sync_server.admin() as s:
        admin.add_user(s, "ana", PASSWORD, "nurse")
    monkeypatch.setenv("CAREFIELD_PASSWORD", "not the password")
    assert main(["--data-dir", str(laptop), "sync", "--server", sync_server.url, "--user", "ana"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Wrong user name or password" in err
