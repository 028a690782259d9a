"""Accounts, passwords (Argon2id), login throttling and per-device bearer tokens (stored hashed)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.protocol import Role
from sync.server.models import Device, Token, User

TOKEN_LIFETIME = timedelta(days=30)
FREE_FAILURES = 5
MAX_DELAY = 300.0
_hasher = PasswordHasher()


class AuthFailed(Exception):
    """Wrong credentials, or a missing/expired/revoked token. The message is safe to show."""


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


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def throttle_left(user: User, now: datetime) -> float:
    if user.failed_logins < FREE_FAILURES or user.last_failed_login_at is None:
        return 0.0
    delay = min(2.0 ** (user.failed_logins - FREE_FAILURES), MAX_DELAY)
    return max(0.0, (_aware(user.last_failed_login_at) + timedelta(seconds=delay) - now).total_seconds())


def login(
    session: Session, username: str, password: str, device_id: str, device_name: str
) -> tuple[str, User]:
    """A fresh opaque token for this device; raises AuthFailed, LoginThrottled or DeviceRevoked."""
    now = _now()
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
    token = secrets.token_urlsafe(32)
    session.add(Token(token_hash=hash_token(token), username=username, device_id=device_id,
                      expires_at=now + TOKEN_LIFETIME))
    return token, user


def authenticate(session: Session, bearer: str) -> Principal:
    now = _now()
    token = session.get(Token, hash_token(bearer)) if bearer else None
    if token is None or token.revoked or _aware(token.expires_at) <= now:
        raise AuthFailed("Sign in again: the session has expired.")
    device = session.get(Device, token.device_id)
    if device is None:
        raise AuthFailed("Sign in again: this device is not known.")
    user = session.execute(select(User).where(User.username == token.username)).scalar_one_or_none()
    if user is None or not user.active:
        raise AuthFailed("This account is not active.")
    device.last_seen_at = now
    return Principal(user.username, Role(user.role), device.id, revoked=device.revoked_at is not None)
