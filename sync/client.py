"""The push/pull engine (no Qt): a list of named steps, each safe to stop between.

    SyncClient(store, server_url).sync(progress)   # push → push audit → pull → refresh token → done

Every step commits its own local transaction. A change pushed but not yet recorded locally is sent
again next time with the same change id, and the server answers with its first result, so nothing is
applied twice; a pulled page and its cursor are stored together, so nothing is skipped.
"""

from __future__ import annotations

import gzip
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import TypeVar

import requests
from pydantic import BaseModel, ValidationError
from sqlalchemy.orm import Session

from app.errors import SyncError, SyncErrorKind
from app.model.enums import AuditAction, DataCategory
from app.store import audit
from app.store.store import Store
from sync import local, pulling, transport
from sync.protocol import (
    API,
    MAX_PULL_LIMIT,
    MAX_PUSH_BATCH,
    AuditEventIn,
    AuditPushRequest,
    AuditPushResponse,
    LoginRequest,
    LoginResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    RefreshResponse,
    Row,
)
from sync.transport import Tls

log = logging.getLogger(__name__)
Progress = Callable[[str, int, int], None]  # stage, done, total
M = TypeVar("M", bound=BaseModel)
REVOKED_HEADER = "X-Carefield-Device-Revoked"
PULL_PAGE = MAX_PULL_LIMIT  # fewer, larger local transactions: each commit rewrites the touched index pages
REVOKED_MESSAGE = "This laptop has been removed from Carefield by an administrator."
TOKEN_EXPIRES_KEY = "token_expires_at"  # sync_state: when the server said the token expires (UTC ISO)
REFRESH_WITHIN = timedelta(days=5)  # after a good sync, swap a token this close to expiry for a new one
Clock = Callable[[], datetime]


@dataclass(frozen=True, slots=True)
class SyncReport:
    pushed: int
    pulled: int
    conflicts: int
    rejected: int
    purged_members: int


class SyncClient:
    def __init__(self, store: Store, server_url: str, *, verify: bool | str = True, allow_http: bool = False,
                 timeout: float = 30.0, retries: int = 4, clock: Clock | None = None) -> None:
        """``verify`` is True (the system's trust store) or a CA bundle file. Plain http to another
        computer, or an unusable bundle, is refused here, before any traffic (SyncError)."""
        self.tls = Tls(verify if isinstance(verify, str) else "", allow_http)
        transport.check(server_url, self.tls)
        self.store, self.base = store, server_url.rstrip("/") + API
        self.http = transport.http_session(self.tls, timeout, retries)
        self.clock = clock or (lambda: datetime.now(UTC))
        self.actor = store.actor()
        self.revoked = False

    # ---- steps -------------------------------------------------------------------------------

    def login(self, username: str, password: str, device_name: str = "") -> LoginResponse:
        body = LoginRequest(username=username, password=password, device_id=self.store.device_id,
                            device_name=device_name)
        answer = self._call("POST", "/auth/login", LoginResponse, body, auth=False)
        self.actor = self.store.set_user(answer.username, answer.role)
        with self.store.transaction(self.actor) as s:
            local.set_state(s, "token", answer.token)
            local.set_state(s, TOKEN_EXPIRES_KEY, answer.expires_at)
            local.set_state(s, "server_url", self.base.removesuffix(API))
            audit.record(s, self.actor, AuditAction.LOGIN, DataCategory.SYSTEM)
        return answer

    def sync(self, progress: Progress | None = None) -> SyncReport:
        """Push first (what the nurse wrote matters most), then pull. A revoked laptop pushes what it
        can, then crypto-shreds its vault and reports REVOKED. A token near its expiry is renewed last."""
        try:
            report = self.push(progress)
            self.push_audit()
            if self.revoked:
                raise SyncError(SyncErrorKind.REVOKED, REVOKED_MESSAGE)
            pulled, purged = self.pull(progress)
            self._refresh_if_due()
        except SyncError as error:
            if error.kind == SyncErrorKind.REVOKED:
                self._shred()
            raise
        with self.store.transaction(self.actor) as s:
            audit.record(s, self.actor, AuditAction.SYNC, DataCategory.SYSTEM,
                         details={"pushed": report.pushed, "pulled": pulled})
        return SyncReport(report.pushed, pulled, report.conflicts, report.rejected, purged)

    def push(self, progress: Progress | None = None) -> SyncReport:
        pushed = conflicts = rejected = 0
        with self.store.transaction(self.actor) as s:
            total = local.pending_count(s)
        while True:
            with self.store.transaction(self.actor) as s:
                batch = local.next_batch(s, MAX_PUSH_BATCH)
                waiting = local.pending_count(s) - len(batch)
            if not batch:
                return SyncReport(pushed, 0, conflicts, rejected, 0)
            request = PushRequest(device_id=self.store.device_id, changes=batch, pending=waiting)
            answer = self._call("POST", "/sync/push", PushResponse, request)
            with self.store.transaction(self.actor, from_server=True) as s:
                local.record_results(s, batch, answer.results)
            pushed += len(answer.results)
            conflicts += sum(len(r.conflicts) for r in answer.results)
            rejected += sum(r.result == "rejected" for r in answer.results)
            if progress:
                progress("push", pushed, total)

    def push_audit(self) -> None:
        while True:
            with self.store.transaction(self.actor) as s:
                after = int(local.state(s, "audit_pushed", "0"))
                events = local.audit_batch(s, after, MAX_PUSH_BATCH)
            if not events:
                return
            request = AuditPushRequest(device_id=self.store.device_id,
                                       events=[AuditEventIn.model_validate(e) for e in events])
            answer = self._call("POST", "/audit/push", AuditPushResponse, request)
            with self.store.transaction(self.actor) as s:
                local.set_state(s, "audit_pushed", str(answer.accepted_through))
            if not answer.chain_ok or answer.accepted_through < events[-1]["seq"]:
                log.warning("server refused part of the audit chain")
                return

    def pull(self, progress: Progress | None = None) -> tuple[int, int]:
        """Pages in server order, stored with the cursor after them in the same local transaction (see
        sync/pulling.py: the next page downloads meanwhile; pages already here share a transaction)."""
        with self.store.transaction(self.actor) as s:
            cursor = int(local.state(s, "pull_cursor", "0"))
        token = self._token()
        done = pulling.Pulled()
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="carefield-pull") as downloader:
            pages = pulling.Pages(partial(self._download, token=token), self._read_page, downloader, cursor)
            while pages.more():
                page = pages.next()  # waits for the network outside any transaction
                with self.store.transaction(self.actor, from_server=True) as s:
                    stored = self._store_page(s, page, done)
                    while pages.ready() and stored < pulling.TRANSACTION_ROWS:
                        page = pages.next()
                        stored += self._store_page(s, page, done)
                if progress:
                    progress("pull", done.rows, done.rows + (PULL_PAGE if page.has_more else 0))
        if done.held:
            log.warning("%d pulled rows wait for a parent row; the next sync fetches them again",
                        len(done.held))
        return done.rows, done.purged

    def _store_page(self, s: Session, page: PullResponse, done: pulling.Pulled) -> int:
        """Apply a page, purge members no longer assigned, keep the cursor; returns the page's row count."""
        held = local.apply_rows(s, [*done.held, *page.rows])
        done.purged += local.purge_members(s, page.removed_members)
        done.held = [row for row in held if row.member_id not in page.removed_members]
        local.set_state(s, "pull_cursor", str(local.resume_cursor(page.next_cursor, done.held)))
        self._observe(page.rows)
        done.rows += len(page.rows)
        return len(page.rows)

    def _observe(self, rows: list[Row]) -> None:
        """Move this laptop's clock past every time stamp pulled (each distinct one once: a row's fields
        mostly share one)."""
        stamps: set[str] = set()
        for row in rows:
            stamps.update(row.field_hlc.values())
        for stamp in stamps:
            self.store.clock.observe(stamp)

    def refresh(self) -> RefreshResponse:
        """A new token for this device (the old one stops working); stored where the old one was."""
        answer = self._call("POST", "/auth/refresh", RefreshResponse)
        with self.store.transaction(self.actor) as s:
            local.set_state(s, "token", answer.token)
            local.set_state(s, TOKEN_EXPIRES_KEY, answer.expires_at)
        log.info("sign-in token renewed")
        return answer

    def refresh_due(self) -> bool:
        with self.store.transaction(self.actor) as s:
            expires = local.state(s, TOKEN_EXPIRES_KEY)
        try:
            moment = datetime.fromisoformat(expires)
        except ValueError:
            return True  # a token from before expiries were kept: renew it to learn its expiry
        moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        return moment - self.clock() <= REFRESH_WITHIN

    def _refresh_if_due(self) -> None:
        """The sync itself succeeded: a failed renewal is only logged (the next sync tries again), except
        a revocation, which must still wipe the laptop."""
        if not self.refresh_due():
            return
        try:
            self.refresh()
        except SyncError as error:
            if error.kind == SyncErrorKind.REVOKED:
                raise
            log.warning("sign-in token renewal failed: %s", error.kind)

    def _shred(self) -> None:
        from app.store.vault import Vault

        data_dir = self.store.db_path.parent
        self.store.close()
        Vault(data_dir).shred()
        log.warning("device revoked: local vault shredded")

    # ---- transport ---------------------------------------------------------------------------

    def _token(self) -> str:
        with self.store.transaction(self.actor) as s:
            return local.state(s, "token")

    def _call(self, method: str, path: str, model: type[M], body: BaseModel | None = None,
              *, auth: bool = True) -> M:
        return self._parse(self._send(method, path, body, auth=auth), model)

    def _send(self, method: str, path: str, body: BaseModel | None = None, *, auth: bool = True,
              token: str = "") -> requests.Response:
        """The request, its answer read and decompressed (not yet parsed)."""
        headers = {"Accept-Encoding": "gzip"}
        if auth:
            token = token or self._token()
            if not token:
                raise SyncError(SyncErrorKind.AUTH, "Sign in to the server first.")
            headers["Authorization"] = f"Bearer {token}"
        data = None
        if body is not None:
            data = gzip.compress(body.model_dump_json().encode("utf-8"), compresslevel=5)
            headers |= {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        try:
            response = self.http.request(method, self.base + path, data=data, headers=headers)
        except requests.exceptions.SSLError as exc:
            raise transport.certificate_error(exc) from None
        except requests.RequestException as exc:
            reason = type(exc).__name__
            raise SyncError(SyncErrorKind.NETWORK, f"The server could not be reached ({reason}).") from None
        return response

    def _download(self, cursor: int, token: str) -> requests.Response:
        """A pull page. The token is read once, before the pull: reading it here would wait for the
        store's write lock, held while the previous page is stored (pages then arrived one by one)."""
        return self._send("GET", _pull_path(cursor), token=token)

    def _read_page(self, response: requests.Response) -> PullResponse:
        return self._parse(response, PullResponse)

    def _parse(self, response: requests.Response, model: type[M]) -> M:
        if response.headers.get(REVOKED_HEADER) == "1" and response.status_code == 403:
            raise SyncError(SyncErrorKind.REVOKED, REVOKED_MESSAGE)
        if response.status_code in (401, 403):
            kind = SyncErrorKind.AUTH if response.status_code == 401 else SyncErrorKind.SERVER
            raise SyncError(kind, _message(response) or "The server refused the request.")
        if response.status_code >= 400:
            raise SyncError(SyncErrorKind.SERVER, f"The server answered {response.status_code}.")
        try:
            parsed = model.model_validate_json(response.content)
        except ValidationError:
            raise SyncError(SyncErrorKind.PROTOCOL, "The server sent a reply Carefield cannot read.") \
                from None
        self.revoked = response.headers.get(REVOKED_HEADER) == "1"
        return parsed


def _pull_path(cursor: int) -> str:
    return f"/sync/pull?cursor={cursor}&limit={PULL_PAGE}"


def _message(response: requests.Response) -> str:
    try:
        return str(response.json().get("message", ""))
    except ValueError:
        return ""
