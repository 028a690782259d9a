"""The vault: the database's random data key (DEK), kept only wrapped, in ``vault.json`` beside the database.

The DEK is wrapped twice with AES-256-GCM: under a key derived from the passphrase and under one derived
from a recovery code, both with Argon2id. Each wrap's AAD names its purpose and the vault id, so a wrap
cannot be moved to another slot or vault. Failed unlocks are throttled from state kept in vault.json, so
restarting the app does not reset the delay. Nothing here opens the database or logs a secret.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag

from app.errors import Throttled, VaultCorrupt, VaultExists, VaultMissing, WrongPassphrase, WrongRecoveryCode
from app.store.passphrase import normalize, require_strong
from app.store.vault_file import (
    DEK_LEN,
    PASSPHRASE,
    RECOVERY_CODE,
    FailedUnlock,
    KdfParams,
    VaultDocument,
    Wrap,
)

log = logging.getLogger(__name__)

VAULT_FILE = "vault.json"
DB_FILE = "carefield.db"
FREE_FAILURES = 3
MAX_DELAY_SECONDS = 300.0
MAX_FAILURES_KEPT = 100
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_GROUPS, _CODE_GROUP_LEN = 6, 4  # 24 symbols x 5 bits = 120 bits


def wipe(buf: bytearray) -> None:
    """Overwrite a key in place, e.g. the DEK on lock (best effort: Python may hold other copies)."""
    buf[:] = bytes(len(buf))


def normalize_recovery_code(code: str) -> str:
    """Uppercase, drop separators, and read the Crockford look-alikes O as 0 and I/L as 1."""
    kept = "".join(ch for ch in code.upper() if ch.isalnum())
    return kept.translate(str.maketrans("OIL", "011"))


def _new_recovery_code() -> str:
    symbols = "".join(secrets.choice(_CROCKFORD) for _ in range(_CODE_GROUPS * _CODE_GROUP_LEN))
    return "-".join(symbols[i : i + _CODE_GROUP_LEN] for i in range(0, len(symbols), _CODE_GROUP_LEN))


def _secret(method: str, text: str) -> bytes:
    if method == PASSPHRASE:
        return normalize(text).encode("utf-8")
    return normalize_recovery_code(text).encode("utf-8")


def _aad(method: str, vault_id: str) -> bytes:
    return b"carefield-vault-v1:" + method.encode() + b":" + vault_id.encode()


def _dek_check(dek: bytes | bytearray, vault_id: str) -> bytes:
    # A keyed hash of a random 256-bit key reveals nothing; it lets a rewrap refuse a DEK from elsewhere.
    return hmac.new(dek, b"carefield-vault-v1:dek-check:" + vault_id.encode(), hashlib.sha256).digest()


def _delay(failures: int) -> float:
    if failures <= FREE_FAILURES:
        return 0.0
    return min(2.0 ** min(failures - FREE_FAILURES, 16), MAX_DELAY_SECONDS)


class Vault:
    """The vault of one data directory. Every call reads vault.json afresh: the file is the truth."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / VAULT_FILE
        self.db_path = self.data_dir / DB_FILE

    def exists(self) -> bool:
        return self.path.is_file()

    @property
    def vault_id(self) -> str:
        return self._load().vault_id

    def create(self, passphrase: str, *, kdf: KdfParams | None = None) -> tuple[bytearray, str]:
        """Make a new vault; returns (DEK, recovery code). The code is shown once and never stored."""
        require_strong(passphrase)
        if self.exists():
            raise VaultExists("A vault already exists in this data directory.")
        if self.db_path.exists():
            # A new key could never open it; refuse rather than hide the old data behind a new vault.
            raise VaultExists("A database without its vault exists in this data directory.")
        self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        kdf = kdf or KdfParams()
        dek, code, vault_id = bytearray(os.urandom(DEK_LEN)), _new_recovery_code(), str(uuid.uuid4())
        wraps = {m: Wrap.seal(kdf, _secret(m, s), dek, _aad(m, vault_id))
                 for m, s in ((PASSPHRASE, passphrase), (RECOVERY_CODE, code))}
        created_at = datetime.now(UTC).isoformat(timespec="seconds")
        VaultDocument(vault_id, created_at, _dek_check(dek, vault_id), wraps).save(self.path)
        log.info("Vault created")
        return dek, code

    def unlock(self, passphrase: str, *, now: float | None = None) -> bytearray:
        return self._unlock(PASSPHRASE, passphrase, now)

    def unlock_with_recovery_code(self, code: str, *, now: float | None = None) -> bytearray:
        return self._unlock(RECOVERY_CODE, code, now)

    def change_passphrase(self, dek: bytes | bytearray, new_passphrase: str) -> None:
        """Rewrap the DEK under a new passphrase; the database is not touched."""
        require_strong(new_passphrase)
        self._rewrap(dek, PASSPHRASE, new_passphrase)
        log.info("Passphrase changed")

    def regenerate_recovery_code(self, dek: bytes | bytearray) -> str:
        """A new recovery code; the old one stops working."""
        code = _new_recovery_code()
        self._rewrap(dek, RECOVERY_CODE, code)
        log.info("Recovery code regenerated")
        return code

    def throttle_seconds_left(self, *, now: float | None = None) -> float:
        return self._seconds_left(self._load(), time.time() if now is None else now)

    def take_failed_unlocks(self) -> list[FailedUnlock]:
        """The failed unlocks not yet taken, oldest first; they are cleared from vault.json."""
        doc = self._load()
        taken, doc.failed_unlocks = doc.failed_unlocks, []
        if taken:
            doc.save(self.path)
        return taken

    def shred(self) -> None:
        """Crypto-shred: with every wrap of the DEK gone, the database cannot be read; then remove it too."""
        for path in [*self.data_dir.glob(".vault-*.tmp"), self.path]:
            if path.is_file():
                _overwrite(path)
                path.unlink()
        for suffix in ("", "-wal", "-shm", "-journal"):
            self.db_path.with_name(DB_FILE + suffix).unlink(missing_ok=True)
        # Files the recovery path kept (a damaged database moved aside, salvaged changes): unreadable now
        # that the key wraps are gone, and removed with the rest.
        stem = self.db_path.stem
        for path in [*self.data_dir.glob(f"{stem}.damaged-*"), *self.data_dir.glob("salvage/*")]:
            if path.is_file():
                path.unlink()
        salvage = self.data_dir / "salvage"
        if salvage.is_dir() and not any(salvage.iterdir()):
            salvage.rmdir()
        log.info("Vault shredded")

    def _unlock(self, method: str, text: str, now: float | None) -> bytearray:
        now = time.time() if now is None else now
        doc = self._load()
        left = self._seconds_left(doc, now)
        if left > 0:
            raise Throttled(left)
        try:
            dek = doc.wraps[method].open(_secret(method, text), _aad(method, doc.vault_id))
        except InvalidTag:
            failures = self._record_failure(doc, method, now)
            if method == PASSPHRASE:
                raise WrongPassphrase(failures=failures) from None
            raise WrongRecoveryCode() from None
        if doc.failures:
            doc.failures, doc.last_failure_at = 0, None
            doc.save(self.path)
        return dek

    def _record_failure(self, doc: VaultDocument, method: str, now: float) -> int:
        doc.failures += 1
        doc.last_failure_at = now
        failure = FailedUnlock(datetime.fromtimestamp(now, UTC), method)
        doc.failed_unlocks = [*doc.failed_unlocks, failure][-MAX_FAILURES_KEPT:]
        doc.save(self.path)
        log.info("Failed unlock by %s (%d in a row)", method, doc.failures)
        return doc.failures

    @staticmethod
    def _seconds_left(doc: VaultDocument, now: float) -> float:
        delay = _delay(doc.failures)
        if not delay or doc.last_failure_at is None:
            return 0.0
        # Capped at the delay, so a clock set back cannot lock the nurse out for longer.
        return max(0.0, min(delay, doc.last_failure_at + delay - now))

    def _rewrap(self, dek: bytes | bytearray, method: str, text: str) -> None:
        doc = self._load()
        if len(dek) != DEK_LEN or not hmac.compare_digest(_dek_check(dek, doc.vault_id), doc.dek_check):
            raise ValueError("This data key does not belong to this vault.")
        kdf = doc.wraps[method].kdf
        doc.wraps[method] = Wrap.seal(kdf, _secret(method, text), dek, _aad(method, doc.vault_id))
        doc.save(self.path)

    def _load(self) -> VaultDocument:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            raise VaultMissing("There is no vault in this data directory.") from None
        try:
            return VaultDocument.parse(raw)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            log.warning("vault.json is unreadable (%s)", type(exc).__name__)
            raise VaultCorrupt("vault.json cannot be read as a Carefield vault.") from None


def _overwrite(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.write(os.urandom(size))
        f.flush()
        os.fsync(f.fileno())
