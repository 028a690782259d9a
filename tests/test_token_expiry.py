"""Device tokens expire (30 days unless the server is told otherwise) and are renewed by the laptop near
the end; an expired token means "sign in again"; a revoked device is never given a new token.

The server's clock is injected (``create_app(clock=...)``), so time moves without sleeping."""

from __future__ import annotations

import functools
from datetime import UTC, datetime, timedelta

import pytest
import requests
from PySide6.QtCore import Qt

from app.errors import SyncError, SyncErrorKind
from app.services import access, members
from app.store.vault import KdfParams
from sync import local
from sync.cli import main as cli_main
from sync.client import TOKEN_EXPIRES_KEY, SyncClient
from sync.protocol import API
from sync.server import admin, auth
from sync.server import app as server_app
from sync.server import cli as server_cli
from sync.server.auth import hash_token
from sync.server.models import Token
from tests.conftest import BACKENDS, PASSPHRASE, SAMPLE_MEMBER
from tests.server_fixtures import PG_URL, running_server, server_url_for

PASSWORD = "a long server password"
START = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
DAYS = 7


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(params=BACKENDS)
def server(request, tmp_path, monkeypatch, clock):
    """The real server with tokens that live DAYS days on the test clock; SQLite and PostgreSQL."""
    if request.param == "postgresql" and not PG_URL:
        pytest.skip("CAREFIELD_TEST_PG_URL is not set")
    made = functools.partial(server_app.create_app, token_days=DAYS, clock=clock)
    monkeypatch.setattr(server_app, "create_app", made)
    with running_server(server_url_for(request.param, tmp_path)) as running:
        with running.admin() as s:
            admin.add_user(s, "ana", PASSWORD, "nurse")
        yield running


def login(url: str, device: str = "dev-1") -> dict:
    answer = requests.post(f"{url}{API}/auth/login", json={"username": "ana", "password": PASSWORD,
                                                           "device_id": device}, timeout=10)
    assert answer.status_code == 200, answer.text
    return answer.json()


def pull(url: str, token: str) -> requests.Response:
    return requests.get(f"{url}{API}/sync/pull", headers={"Authorization": f"Bearer {token}"}, timeout=10)


def refresh(url: str, token: str) -> requests.Response:
    return requests.post(f"{url}{API}/auth/refresh", headers={"Authorization": f"Bearer {token}"}, timeout=10)


def test_a_token_lasts_the_configured_days_then_is_refused_as_expired(server, clock):
    answer = login(server.url)
    assert datetime.fromisoformat(answer["expires_at"]) == START + timedelta(days=DAYS)
    clock.advance(days=DAYS, seconds=-1)
    assert pull(server.url, answer["token"]).status_code == 200
    clock.advance(seconds=1)
    refused = pull(server.url, answer["token"])
    assert refused.status_code == 401
    assert refused.json()["reason"] == "expired" and "expired" in refused.json()["message"]
    assert 'error_description="expired"' in refused.headers["WWW-Authenticate"]
    assert answer["token"] not in refused.text + str(refused.headers)
    assert refresh(server.url, answer["token"]).json()["reason"] == "expired"  # too late to renew


def test_refresh_gives_a_new_token_and_retires_the_old_one(server, clock):
    old = login(server.url)["token"]
    clock.advance(days=DAYS - 2)
    renewed = refresh(server.url, old)
    assert renewed.status_code == 200
    new, expires = renewed.json()["token"], datetime.fromisoformat(renewed.json()["expires_at"])
    assert new != old and expires == clock.now + timedelta(days=DAYS)
    assert pull(server.url, new).status_code == 200
    stale = pull(server.url, old)
    assert stale.status_code == 401 and stale.json()["reason"] == "revoked"
    assert refresh(server.url, old).status_code == 401  # the old one cannot be renewed twice
    clock.advance(days=DAYS - 1)  # past the first token's end, inside the new one's
    assert pull(server.url, new).status_code == 200
    with server.admin() as s:
        assert s.get(Token, hash_token(new)).device_id == "dev-1"


def test_a_revoked_device_cannot_renew_its_token(server):
    token = login(server.url)["token"]
    with server.admin() as s:
        admin.revoke_device(s, "dev-1")
        before = s.query(Token).count()
    refused = refresh(server.url, token)
    assert refused.status_code == 403 and refused.json()["error"] == "revoked"
    assert refused.headers["X-Carefield-Device-Revoked"] == "1"
    with server.admin() as s:
        assert s.query(Token).count() == before


def test_unknown_and_missing_tokens_say_so(server):
    assert refresh(server.url, "not-a-token").json()["reason"] == "unknown"
    assert requests.post(f"{server.url}{API}/auth/refresh", timeout=10).json()["reason"] == "missing"


def test_token_days_come_from_the_option_the_environment_or_thirty(monkeypatch):
    monkeypatch.delenv(auth.TOKEN_DAYS_ENV, raising=False)
    assert auth.token_lifetime() == timedelta(days=30)
    monkeypatch.setenv(auth.TOKEN_DAYS_ENV, "14")
    assert auth.token_lifetime() == timedelta(days=14)
    assert auth.token_lifetime(3) == timedelta(days=3)
    for bad in (0, 366):
        with pytest.raises(ValueError, match="1 to 365 days"):
            auth.token_lifetime(bad)
    monkeypatch.setenv(auth.TOKEN_DAYS_ENV, "a month")
    with pytest.raises(ValueError, match=auth.TOKEN_DAYS_ENV):
        auth.token_lifetime()


def test_serve_refuses_a_bad_token_lifetime_before_starting(tmp_path, capsys):
    assert server_cli.main(["--db", f"sqlite:///{tmp_path / 's.db'}", "serve", "--token-days", "0"]) == 2
    assert "1 to 365 days" in capsys.readouterr().err


# ---- the laptop ----------------------------------------------------------------------------------------


def laptop_client(store, server, clock: Clock) -> SyncClient:
    client = SyncClient(store, server.url, retries=0, clock=clock)
    client.login("ana", PASSWORD, device_name="test laptop")
    return client


def stored(store) -> tuple[str, str]:
    with store.session() as s:
        return local.state(s, "token"), local.state(s, TOKEN_EXPIRES_KEY)


def test_the_laptop_renews_its_token_after_a_sync_near_the_end(server, store, member, clock):
    client = laptop_client(store, server, clock)
    first, first_expiry = stored(store)
    assert datetime.fromisoformat(first_expiry) == START + timedelta(days=DAYS)
    client.sync()
    assert stored(store) == (first, first_expiry)  # seven days left: nothing to do
    clock.advance(days=DAYS - 4)  # four days left, inside the renewal window
    client.sync()
    second, second_expiry = stored(store)
    assert second != first and datetime.fromisoformat(second_expiry) == clock.now + timedelta(days=DAYS)
    assert pull(server.url, first).json()["reason"] == "revoked"
    clock.advance(days=DAYS - 1)  # the first token would be long dead: the renewed one keeps syncing
    assert client.sync().pushed == 0


def test_an_expired_token_is_sign_in_again(server, store, member, clock):
    client = laptop_client(store, server, clock)
    clock.advance(days=DAYS + 1)
    with pytest.raises(SyncError) as failure:
        client.sync()
    assert failure.value.kind == SyncErrorKind.AUTH and "expired" in str(failure.value)
    client.login("ana", PASSWORD)
    assert client.sync().pushed > 0  # nothing written meanwhile was lost


def test_a_failed_renewal_does_not_fail_the_sync(server, store, member, clock, monkeypatch):
    client = laptop_client(store, server, clock)
    clock.advance(days=DAYS - 1)
    monkeypatch.setattr(client, "refresh", lambda: (_ for _ in ()).throw(
        SyncError(SyncErrorKind.NETWORK, "The server could not be reached (ConnectionError).")))
    assert client.sync().pushed > 0
    assert stored(store)[0] and client.refresh_due()  # kept; the next sync tries again


def test_the_command_line_signs_in_again_when_the_token_expired(server, clock, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CAREFIELD_PASSPHRASE", PASSPHRASE)
    laptop = tmp_path / "laptop"
    store, _ = access.create(laptop, PASSPHRASE, kdf=KdfParams.fast())
    with store.transaction(store.actor()) as s:
        members.create(s, store.actor(), **SAMPLE_MEMBER)
    store.close()
    monkeypatch.setenv("CAREFIELD_PASSWORD", PASSWORD)
    assert cli_main(["--data-dir", str(laptop), "sync", "--server", server.url, "--user", "ana"]) == 0
    clock.advance(days=DAYS + 1)
    assert cli_main(["--data-dir", str(laptop), "sync"]) == 0  # 401 expired → password → synced
    assert "Synced: " in capsys.readouterr().out


def test_the_app_asks_for_the_password_when_the_token_expired(qtbot, server, store, data_dir, member,
                                                              clock):
    from PySide6.QtWidgets import QWidget

    from ui.context import AppContext
    from ui.sync.controller import SyncController
    from ui.sync.signin import SignInDialog
    from ui.sync.status import SyncStatus

    laptop_client(store, server, clock)
    clock.advance(days=DAYS + 1)
    ctx = AppContext(data_dir)
    ctx.attach(store)
    try:
        host = QWidget()
        qtbot.addWidget(host)
        controller = SyncController(ctx, host, automatic=False, http_retries=0)
        status = SyncStatus(ctx, controller, host)
        qtbot.waitUntil(lambda: controller.server_url is not None and status.summary is not None)
        with qtbot.waitSignal(controller.sync_did_fail, timeout=15000) as failed:
            qtbot.mouseClick(status.button, Qt.MouseButton.LeftButton)
        assert failed.args[0] == "auth" and status.state.text() == "Sign-in needed to sync"
        dialog = controller.sign_in_dialog
        assert isinstance(dialog, SignInDialog) and dialog.isVisible()
        qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=15000)
        qtbot.keyClicks(dialog.password, PASSWORD)
        with qtbot.waitSignal(controller.sync_did_finish, timeout=15000):
            qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert datetime.fromisoformat(stored(store)[1]) == clock.now + timedelta(days=DAYS)
    finally:
        ctx.detach()
        ctx.shutdown()
