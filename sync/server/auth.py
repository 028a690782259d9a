"""Accounts, passwords (Argon2id), login throttling and per-device bearer tokens (stored hashed).

A token lives ``token_lifetime()`` (30 days unless ``--token-days`` / CAREFIELD_TOKEN_DAYS says otherwise);
the laptop swaps it for a new one near the end (``refresh``), so a nurse who syncs now and then never
has to type her password, while a lost laptop's token dies on its own. Times come from the caller
(``now``) so tests move the clock instead of sleeping.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from sync.protocol import Role
from sync.server.models import Device, Token, User

DEFAULT_TOKEN_DAYS = 30
TOKEN_DAYS_ENV = "CAREFIELD_TOKEN_DAYS"
TOKEN_DAYS_RANGE = (1, 365)
TOKEN_LIFETIME = timedelta(days=DEFAULT_TOKEN_DAYS)
Clock = Callable[[], datetime]
FREE_FAILURES = 5
MAX_DELAY = 300.0
SEEN_EVERY = timedelta(minutes=1)  # a device's last_seen_at is refreshed at most this often
_hasher = PasswordHasher()


class AuthFailed(Exception):
    """Wrong credentials, or a missing/expired/revoked token. The message is safe to show; ``reason``
    is a stable word for clients: expired, revoked, unknown, inactive, missing, credentials."""

    def __init__(self, message: str, reason: str = "credentials") -> None:
        super().__init__(message)
        self.reason = reason


class DeviceRevoked(Exception):
    pass


class LoginThrottled(Exception):
    def __init__(self, seconds: float) -> None:
        super().__init__(f"Too many failed sign-ins. Try again in {int(seconds + 0.999)} seconds.")
        self.seconds = seconds


@dataclass(frozen=True, slots=True)
class Principal:
    username: str
    role: Role
    device_id: str
    revoked: bool = False  # a revoked device may still push what it holds, then must wipe itself


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


def token_lifetime(days: int | None = None) -> timedelta:
    """``days`` if given, else CAREFIELD_TOKEN_DAYS, else 30; outside 1–365 is refused (ValueError)."""
    if days is None:
        raw = os.environ.get(TOKEN_DAYS_ENV, "").strip()
        try:
            days = int(raw) if raw else DEFAULT_TOKEN_DAYS
        except ValueError:
            raise ValueError(f"{TOKEN_DAYS_ENV} must be a whole number of days.") from None
    low, high = TOKEN_DAYS_RANGE
    if not low <= days <= high:
        raise ValueError(f"Token lifetime must be {low} to {high} days.")
    return timedelta(days=days)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def throttle_left(user: User, now: datetime) -> float:
    if user.failed_logins < FREE_FAILURES or user.last_failed_login_at is None:
        return 0.0
    delay = min(2.0 ** (user.failed_logins - FREE_FAILURES), MAX_DELAY)
    return max(0.0, (_aware(user.last_failed_login_at) + timedelta(seconds=delay) - now).total_seconds())


def login(
    session: Session, username: str, password: str, device_id: str, device_name: str, *,
    now: datetime | None = None, lifetime: timedelta = TOKEN_LIFETIME,
) -> tuple[str, User]:
    """A fresh opaque token for this device, valid ``lifetime`` from ``now``; raises AuthFailed,
    LoginThrottled or DeviceRevoked."""
    now = now or _now()
    user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
    if user is None or not user.active:
        _hasher.hash(password)  # same cost either way: no user enumeration by timing
        raise AuthFailed("Wrong user name or password.")
    left = throttle_left(user, now)
    if left > 0:
        raise LoginThrottled(left)
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        user.failed_logins += 1
        user.last_failed_login_at = now
        raise AuthFailed("Wrong user name or password.") from None
    user.failed_logins, user.last_failed_login_at = 0, None
    device = session.get(Device, device_id)
    if device is not None and device.revoked_at is not None:
        raise DeviceRevoked("This device has been revoked.")
    if device is None:
        device = Device(id=device_id, username=username, name=device_name[:200])
        session.add(device)
    device.username, device.last_seen_at = username, now
    return _issue(session, username, device_id, now + lifetime), user


def _issue(session: Session, username: str, device_id: str, expires_at: datetime) -> str:
    token = secrets.token_urlsafe(32)
    session.add(Token(token_hash=hash_token(token), username=username, device_id=device_id,
                      expires_at=expires_at))
    return token


_TOKENS, _DEVICES, _USERS = Token.__table__, Device.__table__, User.__table__
_BEARER = (
    select(_TOKENS.c.revoked, _TOKENS.c.expires_at, _DEVICES.c.id.label("device"), _DEVICES.c.revoked_at,
           _DEVICES.c.last_seen_at, _USERS.c.username, _USERS.c.role, _USERS.c.active)
    .select_from(_TOKENS)
    .outerjoin(_DEVICES, _DEVICES.c.id == _TOKENS.c.device_id)
    .outerjoin(_USERS, _USERS.c.username == _TOKENS.c.username)
    .where(_TOKENS.c.token_hash == bindparam("token_hash"))
)
_SEEN = update(_DEVICES).where(_DEVICES.c.id == bindparam("device")).values(last_seen_at=bindparam("now"))


def authenticate(session: Session, bearer: str, *, now: datetime | None = None) -> Principal:
    """Every request's check: token, device and account read in one query (outer joins, so each
    refusal keeps its own reason); the device's last-seen time is written at most once a minute."""
    now = now or _now()
    found = session.execute(_BEARER, {"token_hash": hash_token(bearer)}).first() if bearer else None
    if found is None:
        raise AuthFailed("Sign in to the server.", "missing" if not bearer else "unknown")
    if found.revoked:
        raise AuthFailed("Sign in again: this sign-in has been replaced or withdrawn.", "revoked")
    if _aware(found.expires_at) <= now:
        raise AuthFailed("Sign in again: the sign-in has expired.", "expired")
    if found.device is None:
        raise AuthFailed("Sign in again: this device is not known.", "unknown")
    if found.username is None or not found.active:
        raise AuthFailed("This account is not active.", "inactive")
    if found.last_seen_at is None or now - _aware(found.last_seen_at) >= SEEN_EVERY:
        session.execute(_SEEN, {"device": found.device, "now": now})
    return Principal(found.username, Role(found.role), found.device, revoked=found.revoked_at is not None)


def refresh(session: Session, bearer: str, *, now: datetime | None = None,
            lifetime: timedelta = TOKEN_LIFETIME) -> tuple[str, datetime]:
    """Swap a valid token for a new one (same user and device) and revoke the old one. A revoked device
    gets DeviceRevoked: it is never given a new token. Two refreshes racing with one token: one wins,
    the other gets AuthFailed("revoked")."""
    now = now or _now()
    who = authenticate(session, bearer, now=now)
    if who.revoked:
        raise DeviceRevoked("This device has been revoked.")
    spent = session.execute(update(Token).where(Token.token_hash == hash_token(bearer),
                                                Token.revoked.is_(False)).values(revoked=True))
    if spent.rowcount != 1:  # type: ignore[attr-defined]
        raise AuthFailed("Sign in again: this sign-in has been replaced or withdrawn.", "revoked")
    expires_at = now + lifetime
    return _issue(session, who.username, who.device_id, expires_at), expires_at
