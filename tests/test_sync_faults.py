"""The client against a misbehaving server: bad replies change nothing; 503 with Retry-After is retried."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import func, select

from app.errors import SyncError, SyncErrorKind
from app.model import Member, OutboxEntry
from app.services import members
from sync import local
from sync.client import SyncClient
from tests.conftest import SAMPLE_MEMBER

ROW = {"table": "member", "id": "x", "member_id": "x", "version": 1, "deleted": False, "fields": {}}


class Scripted(BaseHTTPRequestHandler):
    """Answers each request with the next scripted (status, headers, body)."""

    script: list[tuple[int, dict[str, str], bytes]] = []
    seen: list[str] = []

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self.seen.append(f"{self.command} {self.path}")
        status, headers, body = self.script.pop(0) if self.script else (500, {}, b"")
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def fake_server() -> Iterator[tuple[str, type[Scripted]]]:
    handler = type("Handler", (Scripted,), {"script": [], "seen": []})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", handler
    httpd.shutdown()


@pytest.fixture
def signed_in(store, actor):
    with store.transaction(actor) as s:
        local.set_state(s, "token", "t0k3n")
        local.set_state(s, "pull_cursor", "41")
    return store


def pull_page(rows: object) -> bytes:
    return json.dumps({"rows": rows, "next_cursor": 99, "has_more": False}).encode()


@pytest.mark.parametrize(
    "reply",
    [
        (200, {"Content-Type": "application/json"}, b"{not json"),
        (200, {"Content-Type": "text/html"}, b"<html><body>Captive portal: please log in</body></html>"),
        (200, {"Content-Type": "application/json"}, pull_page([{**ROW, "version": "one"}])),
        (200, {"Content-Type": "application/json"}, b'{"rows": [], "has_more": false}'),
    ],
    ids=["bad-json", "html-200", "wrong-type", "missing-field"],
)
def test_malformed_pull_applies_nothing_and_keeps_the_cursor(signed_in, fake_server, reply):
    url, handler = fake_server
    handler.script.append(reply)
    with pytest.raises(SyncError) as caught:
        SyncClient(signed_in, url, retries=0).pull()
    assert caught.value.kind == SyncErrorKind.PROTOCOL
    with signed_in.session() as s:
        assert local.state(s, "pull_cursor") == "41"
        assert s.scalar(select(func.count()).select_from(Member)) == 0


def test_malformed_push_reply_keeps_the_outbox(signed_in, fake_server, actor):
    url, handler = fake_server
    with signed_in.transaction(actor) as s:
        members.create(s, actor, **SAMPLE_MEMBER)
        waiting = s.scalar(select(func.count()).select_from(OutboxEntry))
    handler.script.append((200, {}, b'{"results": "all good"}'))
    with pytest.raises(SyncError):
        SyncClient(signed_in, url, retries=0).push()
    with signed_in.session() as s:
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == waiting


def test_503_with_retry_after_is_retried(signed_in, fake_server):
    url, handler = fake_server
    handler.script += [
        (503, {"Retry-After": "1"}, b"busy"),
        (200, {"Content-Type": "application/json"}, pull_page([])),
    ]
    pulled, _ = SyncClient(signed_in, url, retries=2).pull()
    assert pulled == 0 and len(handler.seen) == 2
    with signed_in.session() as s:
        assert local.state(s, "pull_cursor") == "99"


def test_unreachable_server_is_a_network_error(signed_in):
    with pytest.raises(SyncError) as caught:
        SyncClient(signed_in, "http://127.0.0.1:9", retries=0, timeout=2).pull()
    assert caught.value.kind == SyncErrorKind.NETWORK
