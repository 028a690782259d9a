"""The HTTP API (FastAPI). Stateless: everything lives in the database, so several processes can
serve behind a load balancer. No PHI is ever logged: requests are logged by route and status only."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Annotated

from anyio import to_thread
from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, Response
from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException as StarletteHTTPException

from app import logfilter
from sync.protocol import (
    API,
    MAX_PULL_LIMIT,
    AuditPushRequest,
    AuditPushResponse,
    ErrorBody,
    Health,
    LoginRequest,
    LoginResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    RefreshResponse,
)
from sync.server import audit_ingest, auth, emergency, pull, push
from sync.server.db import init_schema, make_engine, session_factory
from sync.server.gzip_request import GzipRequestMiddleware
from sync.server.models import Device

log = logging.getLogger("carefield.server")
REVOKED_HEADER = "X-Carefield-Device-Revoked"
# Threads answering requests in one process (AnyIO's default is 40). Requests are short and mostly Python;
# with 40 threads a push's thread, holding the sequence counter's row lock until its commit, waited its turn
# for the interpreter behind dozens of others, and every other push waited for it: with 200 laptops syncing
# at the same instant, p99 4.0 s with 40 threads, 1.9 s with 8 (tests/bench/server_load_bench.py). Below the
# database pool's 20 connections, so a request never waits for a connection.
REQUEST_THREADS = 8
MAX_CURSOR = 2**62  # sequence numbers are 64-bit on PostgreSQL; larger cursors are refused, not crashed on
ERRORS: dict[int | str, dict[str, object]] = {
    code: {"model": ErrorBody} for code in (400, 401, 403)
}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None, *,
                 reason: str = "") -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers or {}
        self.reason = reason


def create_app(db_url: str, *, token_days: int | None = None, clock: auth.Clock | None = None) -> FastAPI:
    """``token_days``: how long a device token lives (default CAREFIELD_TOKEN_DAYS, else 30); ``clock``
    replaces the wall clock for token times (tests move it instead of sleeping)."""
    lifetime = auth.token_lifetime(token_days)
    engine = make_engine(db_url)
    init_schema(engine)
    factory = session_factory(engine)
    app = FastAPI(title="Carefield sync server", version="1", openapi_url="/openapi.json", docs_url=None,
                  redoc_url=None, lifespan=_phi_filtered_logs)
    app.state.factory = factory
    app.state.token_lifetime, app.state.clock = lifetime, clock or (lambda: datetime.now(UTC))
    # Level 3 (zlib's fast deflate): a 1,000-row pull page (2 MB of JSON) in 6 ms instead of 40 ms at
    # Starlette's default 9, for ~20% more bytes (140 KB, not 116 KB). Compression was the largest part of
    # the server's work in a first sync, and the page is downloaded while the previous one is stored.
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=3)
    app.add_middleware(GzipRequestMiddleware)
    _errors(app)
    _routes(app, factory)
    return app


@asynccontextmanager
async def _phi_filtered_logs(app: FastAPI) -> AsyncIterator[None]:
    # At startup the ASGI server has set up its logging, so its handlers exist to be filtered.
    logfilter.install_for_server()
    to_thread.current_default_thread_limiter().total_tokens = REQUEST_THREADS
    yield


def _errors(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        body = ErrorBody(error=exc.code, message=exc.message, reason=exc.reason).model_dump()
        return JSONResponse(body, status_code=exc.status, headers=exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {400: "invalid", 404: "not_found", 405: "method"}.get(exc.status_code, "http")
        body = ErrorBody(error=code, message=str(exc.detail)).model_dump()
        return JSONResponse(body, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        # Name the fields, never echo the values (they may be PHI).
        where = sorted({".".join(str(p) for p in err["loc"]) for err in exc.errors()})[:5]
        body = ErrorBody(error="invalid", message="Invalid request: " + ", ".join(where)).model_dump()
        return JSONResponse(body, status_code=422)


def db(request: Request) -> Iterator[Session]:
    with request.app.state.factory() as session:
        yield session


DB = Annotated[Session, Depends(db)]


def principal(request: Request, session: DB, authorization: Annotated[str, Header()] = "") -> auth.Principal:
    bearer = authorization.removeprefix("Bearer ").strip()
    try:
        with session.begin():
            return auth.authenticate(session, bearer, now=request.app.state.clock())
    except auth.AuthFailed as exc:
        raise _token_refused(exc) from None


def _token_refused(exc: auth.AuthFailed) -> ApiError:
    """401 with the reason in the body and, per RFC 6750, in WWW-Authenticate (never the token)."""
    challenge = f'Bearer error="invalid_token", error_description="{exc.reason}"'
    return ApiError(401, "auth", str(exc), {"WWW-Authenticate": challenge}, reason=exc.reason)


Who = Annotated[auth.Principal, Depends(principal)]


def _routes(app: FastAPI, factory: sessionmaker[Session]) -> None:
    @app.get(f"{API}/health", response_model=Health)
    def health() -> Health:
        return Health(status="ok", api="v1", version=_version())

    @app.post(f"{API}/auth/login", response_model=LoginResponse,
              responses=ERRORS | {429: {"model": ErrorBody}})
    def login(body: LoginRequest, session: DB, request: Request) -> LoginResponse:
        failure: Exception | None = None
        now, lifetime = request.app.state.clock(), request.app.state.token_lifetime
        with session.begin():
            try:
                token, user = auth.login(session, body.username, body.password, body.device_id,
                                         body.device_name, now=now, lifetime=lifetime)
            except (auth.AuthFailed, auth.LoginThrottled, auth.DeviceRevoked) as exc:
                failure = exc  # commit the failure count, then answer
        if isinstance(failure, auth.LoginThrottled):
            raise ApiError(429, "throttled", str(failure), {"Retry-After": str(int(failure.seconds + 1))})
        if isinstance(failure, auth.DeviceRevoked):
            raise ApiError(403, "revoked", str(failure))
        if failure is not None:
            raise ApiError(401, "auth", str(failure), reason="credentials")
        return LoginResponse(token=token, username=user.username, role=user.role,
                             expires_at=(now + lifetime).isoformat())

    @app.post(f"{API}/auth/refresh", response_model=RefreshResponse, responses=ERRORS)
    def refresh(request: Request, session: DB,
                authorization: Annotated[str, Header()] = "") -> RefreshResponse:
        """A new token for this device, valid a full lifetime from now; the one presented stops working."""
        bearer = authorization.removeprefix("Bearer ").strip()
        try:
            with session.begin():
                token, expires = auth.refresh(session, bearer, now=request.app.state.clock(),
                                              lifetime=request.app.state.token_lifetime)
        except auth.AuthFailed as exc:
            raise _token_refused(exc) from None
        except auth.DeviceRevoked as exc:
            raise ApiError(403, "revoked", str(exc), {REVOKED_HEADER: "1"}) from None
        return RefreshResponse(token=token, expires_at=expires.isoformat())

    @app.post(f"{API}/sync/push", response_model=PushResponse,
              responses=ERRORS)
    def do_push(body: PushRequest, who: Who, response: Response) -> PushResponse:
        _same_device(who, body.device_id)
        results = push.push(factory, who, body.changes)
        _mark_synced(factory, who, pending=body.pending)
        if who.revoked:
            response.headers[REVOKED_HEADER] = "1"
        return PushResponse(results=results)

    @app.get(f"{API}/sync/pull", response_model=PullResponse,
             responses=ERRORS)
    def do_pull(who: Who, session: DB,
                cursor: Annotated[int, Query(ge=0, le=MAX_CURSOR)] = 0,
                limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = 500) -> Response:
        if who.revoked:
            raise ApiError(403, "revoked", "This device has been revoked.", {REVOKED_HEADER: "1"})
        with session.begin():
            page = pull.pull(session, who, cursor, limit)
        if not page.has_more:
            _mark_synced(factory, who)
        return Response(page.to_json(), media_type="application/json")  # a PullResponse, written directly

    @app.post(f"{API}/audit/push", response_model=AuditPushResponse,
              responses=ERRORS)
    def do_audit(body: AuditPushRequest, who: Who, response: Response, session: DB) -> AuditPushResponse:
        _same_device(who, body.device_id)
        with session.begin():
            result = audit_ingest.ingest(session, who, body.events)
        if who.revoked:
            response.headers[REVOKED_HEADER] = "1"
        return result

    @app.post(f"{API}/emergency-access", response_model=emergency.EmergencyAccessResponse,
              responses=ERRORS | {404: {"model": ErrorBody}})
    def emergency_access(body: emergency.EmergencyAccessRequest, who: Who,
                         session: DB) -> emergency.EmergencyAccessResponse:
        """Break-glass: a designated supervisor reads a member's chart for a while; recorded and audited."""
        try:
            with session.begin():
                return emergency.grant(session, who, body)
        except emergency.Refused as refusal:
            raise ApiError(refusal.status, refusal.code, str(refusal)) from None


def _same_device(who: auth.Principal, device_id: str) -> None:
    if device_id != who.device_id:
        raise ApiError(403, "forbidden", "The token belongs to another device.")


def _mark_synced(factory: sessionmaker[Session], who: auth.Principal, pending: int | None = None) -> None:
    values: dict[str, object] = {"last_sync_at": datetime.now(UTC)}
    if pending is not None:
        values["pending_changes"] = pending
    devices = Device.__table__
    with factory() as session, session.begin():  # one statement: no read of the row first
        session.execute(update(devices).where(devices.c.id == who.device_id).values(values))


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("carefield")
    except PackageNotFoundError:
        return "0"
