"""vault.json on disk: the wrapped data key, its KDF parameters and the throttle state.

Nothing in this file is a secret in clear: each wrap is AES-256-GCM ciphertext under an Argon2id-derived key.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT_VERSION = 1
PASSPHRASE = "passphrase"
RECOVERY_CODE = "recovery_code"
DEK_LEN = 32
_SALT_LEN, _NONCE_LEN, _TAG_LEN = 16, 12, 16


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost. The default derives in about 0.3 s on the 2-core reference machine."""

    time_cost: int = 6
    memory_cost: int = 131072  # KiB, i.e. 128 MiB
    parallelism: int = 2

    def __post_init__(self) -> None:
        # Bounds also keep a tampered vault.json from demanding absurd memory or time.
        ok = 1 <= self.time_cost <= 64 and 1 <= self.parallelism <= 16
        if not ok or not 8 * self.parallelism <= self.memory_cost <= 4 * 1024 * 1024:
            raise ValueError("Argon2id parameters out of range")

    @classmethod
    def fast(cls) -> KdfParams:
        """Tiny cost, for tests only."""
        return cls(time_cost=1, memory_cost=8192, parallelism=1)

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        return hash_secret_raw(
            secret, salt, time_cost=self.time_cost, memory_cost=self.memory_cost,
            parallelism=self.parallelism, hash_len=DEK_LEN, type=Type.ID,
        )


@dataclass(frozen=True, slots=True)
class FailedUnlock:
    at: datetime  # UTC
    method: str  # "passphrase" | "recovery_code"


@dataclass(frozen=True, slots=True)
class Wrap:
    """The DEK sealed with AES-256-GCM under an Argon2id-derived key."""

    kdf: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes

    @classmethod
    def seal(cls, kdf: KdfParams, secret: bytes, dek: bytes | bytearray, aad: bytes) -> Wrap:
        salt, nonce = os.urandom(_SALT_LEN), os.urandom(_NONCE_LEN)
        return cls(kdf, salt, nonce, AESGCM(kdf.derive(secret, salt)).encrypt(nonce, dek, aad))

    def open(self, secret: bytes, aad: bytes) -> bytearray:
        """The DEK; raises InvalidTag when the secret is wrong."""
        key = AESGCM(self.kdf.derive(secret, self.salt))
        return bytearray(key.decrypt(self.nonce, self.ciphertext, aad))

    def to_json(self) -> dict[str, Any]:
        k = self.kdf
        kdf = {"algorithm": "argon2id", "time_cost": k.time_cost, "memory_cost": k.memory_cost,
               "parallelism": k.parallelism}
        blobs = {"salt": self.salt, "nonce": self.nonce, "ciphertext": self.ciphertext}
        return {"kdf": kdf, **{name: _b64(blob) for name, blob in blobs.items()}}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Wrap:
        k = d["kdf"]
        if k["algorithm"] != "argon2id":
            raise ValueError("unknown KDF")
        kdf = KdfParams(_int(k["time_cost"]), _int(k["memory_cost"]), _int(k["parallelism"]))
        wrap = cls(kdf, _unb64(d["salt"]), _unb64(d["nonce"]), _unb64(d["ciphertext"]))
        shape = (len(wrap.salt), len(wrap.nonce), len(wrap.ciphertext))
        if shape != (_SALT_LEN, _NONCE_LEN, DEK_LEN + _TAG_LEN):
            raise ValueError("wrap has the wrong shape")
        return wrap


@dataclass(slots=True)
class VaultDocument:
    """vault.json: no secret in clear, only wraps, a DEK check value and the throttle state."""

    vault_id: str
    created_at: str
    dek_check: bytes
    wraps: dict[str, Wrap]
    failures: int = 0
    last_failure_at: float | None = None
    failed_unlocks: list[FailedUnlock] = field(default_factory=list)

    @classmethod
    def parse(cls, raw: bytes) -> VaultDocument:
        d = json.loads(raw)
        if d["format"] != FORMAT_VERSION:
            raise ValueError("unsupported format version")
        last = d["throttle"]["last_failure_at"]
        if last is not None and type(last) not in (int, float):
            raise TypeError("last_failure_at")
        return cls(
            vault_id=str(uuid.UUID(d["vault_id"])), created_at=str(d["created_at"]),
            dek_check=_unb64(d["dek_check"]),
            wraps={m: Wrap.from_json(d["wraps"][m]) for m in (PASSPHRASE, RECOVERY_CODE)},
            failures=_int(d["throttle"]["failures"]), last_failure_at=last,
            failed_unlocks=[_parse_failure(f) for f in d["failed_unlocks"]],
        )

    def save(self, path: Path) -> None:
        doc = {
            "format": FORMAT_VERSION, "vault_id": self.vault_id, "created_at": self.created_at,
            "dek_check": _b64(self.dek_check),
            "wraps": {m: w.to_json() for m, w in self.wraps.items()},
            "throttle": {"failures": self.failures, "last_failure_at": self.last_failure_at},
            "failed_unlocks": [{"at": f.at.isoformat(), "method": f.method} for f in self.failed_unlocks],
        }
        _write_atomic(path, json.dumps(doc, indent=2).encode("utf-8"))


def _parse_failure(d: dict[str, Any]) -> FailedUnlock:
    if d["method"] not in (PASSPHRASE, RECOVERY_CODE):
        raise ValueError("unknown unlock method")
    return FailedUnlock(datetime.fromisoformat(d["at"]).astimezone(UTC), d["method"])


def _int(value: Any) -> int:
    if type(value) is not int or value < 0:
        raise TypeError("expected a non-negative integer")
    return value


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except binascii.Error as exc:
        raise ValueError("bad base64") from exc


def _write_atomic(path: Path, data: bytes) -> None:
    """Write to a temp file in the same directory, fsync, then rename over the old file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".vault-", suffix=".tmp")  # mode 0o600
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    os.chmod(path, 0o600)
    if os.name == "posix":  # make the rename itself durable
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


