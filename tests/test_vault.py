"""The vault: what a nurse notices is that the right secret opens it, wrong ones are slowed down, and
nothing readable about the key lies on disk."""

from __future__ import annotations

import base64
import json
import stat
import unicodedata
from pathlib import Path

import pytest

from app.errors import (
    Throttled,
    VaultCorrupt,
    VaultExists,
    VaultMissing,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from app.store import vault as vault_module
from app.store import vault_file
from app.store.passphrase import MIN_LENGTH, REPEATED_CHARACTER, TOO_COMMON, TOO_SHORT, check_passphrase
from app.store.vault import DB_FILE, VAULT_FILE, KdfParams, Vault, normalize_recovery_code, wipe

PASSPHRASE = "blue heron at the river mouth"
HOSTILE = "\"; DROP TABLE x; -- \\ 'ñandú' Ünïcödé"
T0 = 1_000_000.0


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return Vault(tmp_path / "data")


@pytest.fixture
def created(vault: Vault) -> tuple[Vault, bytearray, str]:
    dek, code = vault.create(PASSPHRASE, kdf=KdfParams.fast())
    return vault, dek, code


def fail(vault: Vault, now: float) -> None:
    with pytest.raises(WrongPassphrase):
        vault.unlock("not the passphrase", now=now)


def test_create_then_unlock_returns_the_same_key(created: tuple[Vault, bytearray, str]) -> None:
    vault, dek, _ = created
    assert len(dek) == 32
    assert isinstance(dek, bytearray)
    assert vault.unlock(PASSPHRASE) == dek
    assert Vault(vault.data_dir).unlock(PASSPHRASE) == dek


def test_vault_file_and_directory_are_private(created: tuple[Vault, bytearray, str]) -> None:
    vault, _, _ = created
    assert vault.path.name == VAULT_FILE
    assert vault.db_path.name == DB_FILE
    assert stat.S_IMODE(vault.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(vault.data_dir.stat().st_mode) == 0o700
    assert not list(vault.data_dir.glob(".vault-*.tmp"))


def test_create_refuses_an_existing_vault(created: tuple[Vault, bytearray, str]) -> None:
    vault, _, _ = created
    with pytest.raises(VaultExists):
        vault.create("another long passphrase", kdf=KdfParams.fast())


def test_create_refuses_to_orphan_an_existing_database(vault: Vault) -> None:
    vault.data_dir.mkdir()
    vault.db_path.write_bytes(b"old data")
    with pytest.raises(VaultExists):
        vault.create(PASSPHRASE, kdf=KdfParams.fast())
    assert vault.db_path.read_bytes() == b"old data"


def test_missing_vault(vault: Vault) -> None:
    assert not vault.exists()
    with pytest.raises(VaultMissing):
        vault.unlock(PASSPHRASE)


def test_wrong_passphrase_then_the_right_one(created: tuple[Vault, bytearray, str]) -> None:
    vault, dek, _ = created
    with pytest.raises(WrongPassphrase) as info:
        vault.unlock("not the passphrase", now=T0)
    assert info.value.failures == 1
    assert "not the passphrase" not in str(info.value)
    assert vault.unlock(PASSPHRASE, now=T0) == dek
    assert not vault.db_path.exists()


def test_three_free_failures_then_growing_delays(created: tuple[Vault, bytearray, str]) -> None:
    vault, _, _ = created
    for _ in range(3):
        fail(vault, T0)
    assert vault.throttle_seconds_left(now=T0) == 0
    fail(vault, T0)
    assert vault.throttle_seconds_left(now=T0) == 2
    with pytest.raises(Throttled) as info:
        vault.unlock(PASSPHRASE, now=T0 + 1)
    assert info.value.seconds_left == 1
    fail(vault, T0 + 2)
    assert vault.throttle_seconds_left(now=T0 + 2) == 4
    fail(vault, T0 + 6)
    assert vault.throttle_seconds_left(now=T0 + 6) == 8


def test_throttle_survives_a_restart_and_does_not_count_or_derive(
    created: tuple[Vault, bytearray, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _, _ = created
    for _ in range(4):
        fail(vault, T0)
    restarted = Vault(vault.data_dir)
    assert restarted.throttle_seconds_left(now=T0 + 0.5) == 1.5

    def no_kdf(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("the KDF ran while throttled")

    monkeypatch.setattr(vault_file, "hash_secret_raw", no_kdf)
    for _ in range(5):
        with pytest.raises(Throttled):
            restarted.unlock("not the passphrase", now=T0 + 1)
        with pytest.raises(Throttled):
            restarted.unlock_with_recovery_code("0000-0000", now=T0 + 1)
    monkeypatch.undo()
    fail(restarted, T0 + 2)  # the fifth counted failure, not the fifteenth
    assert restarted.throttle_seconds_left(now=T0 + 2) == 4


def test_success_resets_the_throttle(created: tuple[Vault, bytearray, str]) -> None:
    vault, dek, _ = created
    for _ in range(4):
        fail(vault, T0)
    assert vault.unlock(PASSPHRASE, now=T0 + 2) == dek
    assert vault.throttle_seconds_left(now=T0 + 2) == 0
    for _ in range(3):
        fail(vault, T0 + 2)
    assert vault.throttle_seconds_left(now=T0 + 2) == 0


def test_delay_is_capped() -> None:
    assert vault_module._delay(10_000) == vault_module.MAX_DELAY_SECONDS


def test_recovery_code_unlocks_in_any_reasonable_form(created: tuple[Vault, bytearray, str]) -> None:
    vault, dek, code = created
    assert len(code.replace("-", "")) * 5 >= 120
    assert set(code.replace("-", "")) <= set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    assert vault.unlock_with_recovery_code(code) == dek
    assert vault.unlock_with_recovery_code(code.lower()) == dek
    assert vault.unlock_with_recovery_code(" " + code.replace("-", " ") + "\n") == dek
    assert vault.unlock_with_recovery_code(code.replace("-", "")) == dek


def test_recovery_code_look_alikes_are_read_as_digits() -> None:
    assert normalize_recovery_code("o1il-OILx") == "0111011X"


def test_wrong_recovery_code_counts_as_a_failure(created: tuple[Vault, bytearray, str]) -> None:
    vault, _, _ = created
    for _ in range(4):
        with pytest.raises(WrongRecoveryCode):
            vault.unlock_with_recovery_code("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", now=T0)
    with pytest.raises(Throttled):
        vault.unlock(PASSPHRASE, now=T0)


def test_change_passphrase_keeps_the_key(created: tuple[Vault, bytearray, str]) -> None:
    vault, dek, code = created
    vault.change_passphrase(dek, "a brand new passphrase")
    with pytest.raises(WrongPassphrase):
        vault.unlock(PASSPHRASE)
    assert vault.unlock("a brand new passphrase") == dek
    assert vault.unlock_with_recovery_code(code) == dek


def test_change_passphrase_checks_the_policy_and_the_key(created: tuple[Vault, bytearray, str]) -> None:
    vault, dek, _ = created
    with pytest.raises(WeakPassphrase):
        vault.change_passphrase(dek, "short")
    with pytest.raises(ValueError):
        vault.change_passphrase(bytearray(32), "a brand new passphrase")
    assert vault.unlock(PASSPHRASE) == dek


def test_regenerate_recovery_code(created: tuple[Vault, bytearray, str]) -> None:
    vault, dek, old_code = created
    new_code = vault.regenerate_recovery_code(dek)
    assert new_code != old_code
    with pytest.raises(WrongRecoveryCode):
        vault.unlock_with_recovery_code(old_code)
    assert vault.unlock_with_recovery_code(new_code) == dek
    assert vault.unlock(PASSPHRASE) == dek


def test_hostile_and_non_ascii_passphrases_work_in_either_normal_form(vault: Vault) -> None:
    nfc, nfd = unicodedata.normalize("NFC", HOSTILE), unicodedata.normalize("NFD", HOSTILE)
    assert nfc != nfd
    dek, _ = vault.create(nfd, kdf=KdfParams.fast())
    assert vault.unlock(nfc) == dek
    assert vault.unlock(nfd) == dek


@pytest.mark.parametrize("weak", ["short pass", "passwordpassword", "PasswordPassword", "password password",
                                  "aaaaaaaaaaaaaaaa", "123456789012"])
def test_weak_passphrases_are_refused(vault: Vault, weak: str) -> None:
    with pytest.raises(WeakPassphrase) as info:
        vault.create(weak, kdf=KdfParams.fast())
    assert info.value.field == "passphrase"
    assert weak not in str(info.value)
    assert not vault.path.exists()


def test_policy_counts_code_points_after_nfc() -> None:
    composed = "é" * (MIN_LENGTH - 1) + "x"
    assert check_passphrase(unicodedata.normalize("NFD", composed)) == []
    assert check_passphrase("x" * 3) == [TOO_SHORT, REPEATED_CHARACTER]
    assert TOO_COMMON in check_passphrase("iloveyouiloveyou")
    assert check_passphrase("Tr0ub4dor&3 is long") == []


def test_vault_file_holds_no_secret(created: tuple[Vault, bytearray, str]) -> None:
    vault, dek, code = created
    text = vault.path.read_text()
    for secret in (PASSPHRASE, code, code.replace("-", ""), dek.hex(), dek.hex().upper(),
                   base64.b64encode(dek).decode(), base64.urlsafe_b64encode(dek).decode()):
        assert secret not in text
    assert json.loads(text)["format"] == 1


@pytest.mark.parametrize("damage", [
    lambda d: b"{not json",
    lambda d: b"",
    lambda d: json.dumps([1, 2]).encode(),
    lambda d: json.dumps({**d, "format": 99}).encode(),
    lambda d: json.dumps({k: v for k, v in d.items() if k != "wraps"}).encode(),
    lambda d: json.dumps({**d, "dek_check": "***"}).encode(),
    lambda d: json.dumps({**d, "wraps": {**d["wraps"], "passphrase": {**d["wraps"]["passphrase"],
                                                                      "salt": "AAAA"}}}).encode(),
])
def test_corrupt_vault_file(created: tuple[Vault, bytearray, str], damage: object) -> None:
    vault, _, _ = created
    vault.path.write_bytes(damage(json.loads(vault.path.read_text())))  # type: ignore[operator]
    with pytest.raises(VaultCorrupt) as info:
        vault.unlock(PASSPHRASE)
    assert PASSPHRASE not in str(info.value)


def test_failed_unlocks_are_taken_once(created: tuple[Vault, bytearray, str]) -> None:
    vault, _, _ = created
    fail(vault, T0)
    with pytest.raises(WrongRecoveryCode):
        vault.unlock_with_recovery_code("nope", now=T0 + 1)
    vault.unlock(PASSPHRASE, now=T0 + 2)
    taken = Vault(vault.data_dir).take_failed_unlocks()
    assert [(f.at.timestamp(), f.method) for f in taken] == [(T0, "passphrase"), (T0 + 1, "recovery_code")]
    assert taken[0].at.utcoffset() is not None and taken[0].at.utcoffset().total_seconds() == 0
    assert vault.take_failed_unlocks() == []


def test_failed_unlock_record_is_capped(created: tuple[Vault, bytearray, str]) -> None:
    vault, _, _ = created
    for i in range(vault_module.MAX_FAILURES_KEPT + 5):
        fail(vault, T0 + 1000.0 * i)
    assert len(vault.take_failed_unlocks()) == vault_module.MAX_FAILURES_KEPT


def test_shred_removes_vault_and_database(created: tuple[Vault, bytearray, str]) -> None:
    vault, _, _ = created
    for suffix in ("", "-wal", "-shm", "-journal"):
        (vault.data_dir / (DB_FILE + suffix)).write_bytes(b"ciphertext")
    (vault.data_dir / "carefield.damaged-20261122T1000.db").write_bytes(b"ciphertext")  # the recovery path's
    (vault.data_dir / "salvage").mkdir()
    (vault.data_dir / "salvage" / "salvage-20261122T1000.db").write_bytes(b"ciphertext")
    vault.shred()
    assert list(vault.data_dir.iterdir()) == []
    assert not vault.exists()
    vault.shred()  # nothing left to shred is fine


def test_wipe_zeroes_in_place(created: tuple[Vault, bytearray, str]) -> None:
    _, dek, _ = created
    same = dek
    wipe(dek)
    assert same is dek and dek == bytearray(32)


def test_vault_id_is_stable(created: tuple[Vault, bytearray, str]) -> None:
    vault, _, _ = created
    assert vault.vault_id == Vault(vault.data_dir).vault_id
    assert len(vault.vault_id) == 36
