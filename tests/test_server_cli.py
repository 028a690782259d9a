"""carefield-server's admin commands, then a laptop syncing what they set up."""

from __future__ import annotations

import pytest

from app.services import access, members
from app.store.vault import KdfParams
from sync.client import SyncClient
from sync.server.cli import main
from tests.conftest import PASSPHRASE
from tests.server_fixtures import running_server

PASSWORD = "a long server password"
HEADER = ("plan_member_id,first_name,last_name,dob,line_of_business,program,risk_tier,referral_source,"
          "identified_on,phone_primary")
CSV = HEADER + """
MCL-1001,Marisol,Quintero,1958-04-03,mcl,complex_cm,high,utilization_data,2026-09-01,559-555-0101
MA-2002,Harold,Nakamura,1944-12-30,ma,basic_cm,low,provider,2026-08-15,
"""


@pytest.fixture
def db_url(tmp_path, monkeypatch):
    monkeypatch.setenv("CAREFIELD_NEW_PASSWORD", PASSWORD)
    return f"sqlite:///{tmp_path / 'server.db'}"


def run(db_url: str, *args: str) -> int:
    return main(["--db", db_url, *args])


def test_accounts_import_assignment_and_a_nurse_syncing(db_url, tmp_path, capsys):
    assert run(db_url, "user", "add", "ana", "--role", "nurse") == 0
    assert run(db_url, "user", "add", "sam", "--role", "supervisor") == 0
    assert run(db_url, "user", "add", "ana", "--role", "nurse") == 2  # exists
    (tmp_path / "members.csv").write_text(CSV, encoding="utf-8")
    assert run(db_url, "import-members", str(tmp_path / "members.csv"), "--nurse", "ana") == 0
    assert "Imported 2 members" in capsys.readouterr().out
    assert run(db_url, "unassign", "MA-2002", "ana") == 0
    with running_server(db_url) as server:
        store, _ = access.create(tmp_path / "laptop", PASSPHRASE, kdf=KdfParams.fast())
        client = SyncClient(store, server.url, retries=0)
        client.login("ana", PASSWORD, "ana's laptop")
        client.sync()
        with store.session() as s:
            assert [r.last_name for r in members.caseload(s)] == ["Quintero"]
            assert members.search(s, "0101")[0].last_name == "Quintero"
        store.close()
    capsys.readouterr()
    assert run(db_url, "status") == 0
    out = capsys.readouterr().out
    assert "ana" in out and "Not synced in 24 h: nobody" in out


def test_bad_csv_names_the_line_and_field_and_imports_nothing(db_url, tmp_path, capsys):
    run(db_url, "user", "add", "ana", "--role", "nurse")
    bad = CSV.replace("1944-12-30", "30/12/1944")
    (tmp_path / "bad.csv").write_text(bad, encoding="utf-8")
    assert run(db_url, "import-members", str(tmp_path / "bad.csv"), "--nurse", "ana") == 2
    err = capsys.readouterr().err
    assert "line 3" in err and "dob" in err and "30/12/1944" not in err
    assert run(db_url, "assign", "MCL-1001", "ana") == 2  # nothing was imported


def test_demo_caseload_and_device_revocation(db_url, tmp_path, capsys):
    run(db_url, "user", "add", "ana", "--role", "nurse")
    assert run(db_url, "demo", "--nurse", "ana", "--members", "5") == 0
    with running_server(db_url) as server:
        store, _ = access.create(tmp_path / "laptop", PASSPHRASE, kdf=KdfParams.fast())
        client = SyncClient(store, server.url, retries=0)
        client.login("ana", PASSWORD)
        client.sync()
        with store.session() as s:
            assert len(members.caseload(s)) == 5
        device = store.device_id
        store.close()
    capsys.readouterr()
    assert run(db_url, "devices") == 0
    assert device in capsys.readouterr().out
    assert run(db_url, "revoke-device", device) == 0
    assert run(db_url, "revoke-device", "no-such-device") == 2


def test_serve_keeps_idle_connections_longer_than_nginx_does(tmp_path, monkeypatch):
    """nginx (installer/server/nginx-carefield.conf) keeps idle upstream connections 60 s; the server must
    keep them longer, or nginx may send a push on a connection being closed (a 502 nothing retries)."""
    import re
    from pathlib import Path

    import uvicorn

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: seen.update(options))
    assert main(["--db", f"sqlite:///{tmp_path / 'server.db'}", "serve", "--port", "0"]) == 0
    conf = (Path(__file__).parents[1] / "installer" / "server" / "nginx-carefield.conf").read_text()
    upstream = re.search(r"upstream carefield_sync \{(.*?)\}", conf, re.S).group(1)
    nginx_seconds = int(re.search(r"keepalive_timeout (\d+)s;", upstream).group(1))
    assert seen["timeout_keep_alive"] > nginx_seconds
