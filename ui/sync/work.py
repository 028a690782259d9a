"""Sync work that runs off the GUI thread: the status summary (DB thread) and the network calls
(network thread). No widgets here; the GUI thread gets results only through ``ui/ops.py``."""

from __future__ import annotations

import logging
import socket
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

import requests
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.actor import Actor
from app.errors import SyncError, SyncErrorKind
from app.model import OutboxEntry
from app.services import conflicts
from app.store.base import utcnow
from app.store.store import Store
from sync import local, transport
from sync.client import Progress, SyncClient, SyncReport
from sync.protocol import API
from sync.transport import Tls

log = logging.getLogger(__name__)
CA_BUNDLE_ENV = transport.CA_BUNDLE_ENV  # the same variable carefield-cli sync reads
LAST_SYNCED = "last_synced_at"  # sync_state key: when the last sync finished (UTC ISO)
HEALTH_TIMEOUT_S = 5.0


@dataclass(frozen=True, slots=True)
class SyncSummary:
    """What the status bar shows, read in one short transaction."""

    server_url: str
    user_name: str
    signed_in: bool
    last_synced_at: datetime | None
    waiting: int
    oldest_waiting_at: datetime | None
    open_conflicts: int

    @property
    def configured(self) -> bool:
        return bool(self.server_url)


def read_summary(session: Session) -> SyncSummary:
    waiting = select(func.count(OutboxEntry.seq), func.min(OutboxEntry.created_at))
    count, oldest = session.execute(waiting).one()
    last = local.state(session, LAST_SYNCED)
    return SyncSummary(
        server_url=local.state(session, "server_url"), user_name=local.state(session, "user_name"),
        signed_in=bool(local.state(session, "token")),
        last_synced_at=datetime.fromisoformat(last) if last else None,
        waiting=int(count or 0), oldest_waiting_at=oldest, open_conflicts=conflicts.count_open(session))


def tls_in(store: Store) -> Tls:
    """TLS for this sync: CAREFIELD_CA_BUNDLE / CAREFIELD_ALLOW_HTTP, else what Settings ▸ Server saved."""
    with store.transaction(store.actor()) as s:
        return transport.tls_settings(s)


def client(store: Store, url: str, *, retries: int) -> SyncClient:
    """Refuses plain http to another computer and an unusable CA bundle before any traffic (SyncError)."""
    tls = tls_in(store)
    return SyncClient(store, url, verify=tls.verify, allow_http=tls.allow_http, retries=retries)


def server_in(session: Session) -> tuple[str, str]:
    """(server URL, user name) from the vault's sync state; empty strings when not connected."""
    return local.state(session, "server_url"), local.state(session, "user_name")


def run_sync(store: Store, progress: Progress, *, retries: int) -> SyncReport | None:
    """One push-and-pull; None when no server is configured. Remembers when it finished."""
    with store.transaction(store.actor()) as s:
        url, _user = server_in(s)
    if not url:
        return None
    report = client(store, url, retries=retries).sync(progress)
    with store.transaction(store.actor()) as s:
        local.set_state(s, LAST_SYNCED, utcnow().isoformat())
    return report


def sign_in(store: Store, url: str, user: str, password: str, *, retries: int = 1) -> Actor:
    """Log in (the token, user and server are stored in the vault); returns the renamed actor."""
    client(store, url, retries=retries).login(user, password, socket.gethostname())
    return store.actor()


def server_is_up(store: Store, url: str) -> bool:
    """``GET /api/v1/health``: the network hint confirmed (a captive portal answers something else).
    Raises SyncError (INSECURE, CERTIFICATE) for what the nurse must hear about rather than a silent
    "offline": plain http refused, an unusable CA bundle, a certificate that is not trusted."""
    tls = tls_in(store)
    transport.check(url, tls)
    try:
        answer = requests.get(url.rstrip("/") + API + "/health", timeout=HEALTH_TIMEOUT_S, verify=tls.verify)
        return answer.status_code == 200 and answer.json().get("status") == "ok"
    except requests.exceptions.SSLError as exc:
        raise transport.certificate_error(exc) from None
    except (requests.RequestException, ValueError) as exc:
        log.info("health check failed: %s", type(exc).__name__)
        return False


def is_loopback(host: str) -> bool:
    return transport.is_loopback(host)


def is_configuration_problem(exc: BaseException) -> bool:
    """A failure no retry will fix: the address or the certificates must change."""
    return isinstance(exc, SyncError) and exc.kind in (SyncErrorKind.CERTIFICATE, SyncErrorKind.INSECURE)


def split_server_url(text: str) -> tuple[str, str, str]:
    """(scheme, host, normalised URL) of what the nurse typed; "https://" is assumed when left out."""
    text = text.strip().rstrip("/")
    if text and "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return "", "", text
    return parts.scheme.lower(), host, text
