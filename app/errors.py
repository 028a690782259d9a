"""The typed errors every layer raises and the UI maps to plain sentences.

Messages never contain PHI: they name fields and rules, not values a nurse typed about a member.
"""

from __future__ import annotations

import enum


class CarefieldError(Exception):
    """Base of every error Carefield raises on purpose."""


class NotFound(CarefieldError):
    def __init__(self, what: str, key: str = "") -> None:
        super().__init__(f"{what} not found" + (f": {key}" if key else ""))
        self.what = what
        self.key = key


class Locked(CarefieldError):
    """The vault is locked: there is no open database."""


class ValidationError(CarefieldError):
    """Bad input. ``field`` names the offending field so forms can point at it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class VaultError(CarefieldError):
    """Base of vault problems."""


class VaultMissing(VaultError):
    """No vault exists in the data directory."""


class VaultExists(VaultError):
    """A vault already exists where a new one was to be created."""


class VaultCorrupt(VaultError):
    """vault.json or the database cannot be read as a Carefield vault."""


class WrongPassphrase(VaultError):
    def __init__(self, message: str = "The passphrase is not correct.", *, failures: int = 0) -> None:
        super().__init__(message)
        self.failures = failures


class WrongRecoveryCode(VaultError):
    def __init__(self, message: str = "The recovery code is not correct.") -> None:
        super().__init__(message)


class WeakPassphrase(ValidationError):
    def __init__(self, message: str) -> None:
        super().__init__("passphrase", message)


class Throttled(VaultError):
    """Too many failed unlocks: wait ``seconds_left`` before the next try."""

    def __init__(self, seconds_left: float) -> None:
        super().__init__(f"Too many failed attempts. Try again in {int(seconds_left + 0.999)} seconds.")
        self.seconds_left = seconds_left


class SyncErrorKind(enum.StrEnum):
    AUTH = "auth"
    NETWORK = "network"
    SERVER = "server"
    REVOKED = "revoked"
    PROTOCOL = "protocol"
    CERTIFICATE = "certificate"  # the server's certificate was not trusted, or the CA bundle is unusable
    INSECURE = "insecure"  # plain http to a server that is not on this computer, without permission


class SyncError(CarefieldError):
    def __init__(self, kind: SyncErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class IntegrityError(CarefieldError):
    """A rule of the record was broken: e.g. editing a signed note, or a transition the lifecycle refuses."""

    def __init__(self, message: str, *, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message
