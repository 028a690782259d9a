"""PHI stays inside the SQLCipher file: a canary written through every service is found nowhere else."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from app.services import access, clinical, members, people
from app.store.vault import KdfParams
from tests.canary_helpers import CANARY, files_with_canary
from tests.conftest import PASSPHRASE, SAMPLE_MEMBER


def write_canary_everywhere(store) -> None:
    actor = store.actor()
    with store.transaction(actor) as s:
        m = members.create(s, actor, **(SAMPLE_MEMBER | {
            "first_name": CANARY, "last_name": CANARY, "preferred_name": CANARY, "cultural_notes": CANARY,
            "address_line1": f"12 {CANARY} Way", "referral_reason": CANARY,
        }))
        members.update(s, actor, m.id, vision_needs=CANARY, hearing_needs=CANARY)
        members.get(s, actor, m.id)
        people.contacts.add(s, actor, m.id, name=CANARY, role="caregiver", phone="5555550111", notes=CANARY)
        people.care_team.add(s, actor, m.id, role="pcp", name=CANARY, organization=CANARY)
        clinical.conditions.add(s, actor, m.id, icd10_code="E11.9", notes=CANARY)
        med = clinical.medications.add(s, actor, m.id, name=CANARY, notes=CANARY)
        clinical.medications.reconcile(s, actor, m.id, {med.id: "adherent"})
        clinical.allergies.add(s, actor, m.id, substance=CANARY, category="food", reaction=CANARY)
        clinical.utilization.add(s, actor, m.id, kind="ed_visit", admitted_on="2026-01-03", facility=CANARY)
        clinical.consents.add(s, actor, m.id, kind="program_participation", decision="given",
                              decided_on="2026-10-02", method="verbal", notes=CANARY)
        assert members.search(s, CANARY[:6])


def test_canary_is_only_ever_ciphertext(tmp_path, monkeypatch):
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    start = time.time()
    data_dir = tmp_path / "data"
    store, _ = access.create(data_dir, PASSPHRASE, kdf=KdfParams.fast())
    write_canary_everywhere(store)
    names = sorted(p.name for p in data_dir.iterdir())
    assert "carefield.db-wal" in names  # checked while the WAL still holds the latest pages
    assert files_with_canary(data_dir, start) == []
    store.close()
    access.unlock(data_dir, PASSPHRASE).close()
    assert files_with_canary(data_dir, start) == []
    assert files_with_canary(temp, start) == []
    assert files_with_canary(Path(tempfile.gettempdir()), start) == []
    assert not (data_dir / "carefield.db").read_bytes().startswith(b"SQLite format 3")
    assert os.listdir(temp) == []


def test_the_scan_would_see_a_plaintext_canary(tmp_path):
    (tmp_path / "leak.txt").write_text(f"name: {CANARY}", encoding="utf-16-le")
    assert files_with_canary(tmp_path, time.time()) == [tmp_path / "leak.txt"]
