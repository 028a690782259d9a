"""Printed reports: every member-level kind renders a PDF with its sections, a header naming the member on
every page, page numbers and the confidentiality line; Spanish keeps its accents; large print is larger;
a password encrypts with AES-256; printing is audited; the file's metadata does not name the member."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.model import AuditEvent
from app.model.enums import AuditAction, DataCategory
from tests.conftest import PASSPHRASE
from tests.test_cli import home, vault_dir

__all__ = ["home", "vault_dir"]  # fixtures shared with test_cli

TODAY = date(2026, 11, 20)
MEMBER_KINDS = ("careplan", "provider-letter", "visit-summary", "outreach-log", "assessment")
HEADINGS = {
    "careplan": ("My care plan", "My goals", "Who to call", "Signatures", "988"),
    "provider-letter": ("Care coordination letter", "Recent assessments", "Active medications", "Concerns"),
    "visit-summary": ("Visit summary", "Date and time", "Note"),
    "outreach-log": ("Outreach log", "Date and time", "Outcome", "Total minutes"),
    "assessment": ("Assessment history", "Completed", "Total score over time"),
}


@pytest.fixture(scope="module")
def caseload(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any, Any]]:
    """A small demo caseload; the member is enrolled, has a care plan and an accent in the name."""
    from app import demo
    from app.services import access, careplan, members
    from app.store.vault import KdfParams

    store, _ = access.create(tmp_path_factory.mktemp("reports") / "data", PASSPHRASE, kdf=KdfParams.fast())
    actor = store.actor()
    demo.generate(store, actor, members=8, seed=3, today=TODAY)
    with store.transaction(actor) as s:
        rows = [r for r in members.caseload(s) if r.status.value == "enrolled"
                and careplan.current(s, r.id).plan is not None
                and not f"{r.first_name}{r.last_name}".isascii()]
        member = members.peek(s, rows[0].id)
    yield store, actor, member
    store.close()


def render(caseload: tuple[Any, Any, Any], kind: str, **kw: Any) -> bytes:
    from app.reports.kinds import render as render_report

    store, actor, member = caseload
    with store.transaction(actor) as s:
        return render_report(s, actor, kind, member_id=member.id, today=TODAY, **kw)


def pages(pdf: bytes, password: str | None = None) -> list[str]:
    reader = PdfReader(BytesIO(pdf))
    if password is not None:
        reader.decrypt(password)
    return [page.extract_text() for page in reader.pages]


def name_of(member: Any) -> str:
    return f"{member.first_name} {member.last_name}"


@pytest.mark.parametrize("kind", MEMBER_KINDS)
def test_each_kind_prints_its_sections_and_frames_every_page(caseload: Any, kind: str) -> None:
    texts = pages(render(caseload, kind, lang="en"))
    whole = "\n".join(texts)
    for heading in HEADINGS[kind]:
        assert heading in whole, heading
    for number, text in enumerate(texts, start=1):
        assert name_of(caseload[2]) in text
        assert f"Page {number} of {len(texts)}" in text
        assert "Confidential — contains protected health information" in text


def test_the_outreach_log_runs_over_pages_with_its_header_row_repeated(caseload: Any) -> None:
    texts = pages(render(caseload, "outreach-log", lang="en"))
    assert len(texts) > 1
    assert all("Date and time" in text for text in texts)


def test_the_care_plan_prints_in_spanish_with_accents(caseload: Any) -> None:
    texts = pages(render(caseload, "careplan", lang="es"))
    whole = "\n".join(texts)
    for words in ("Mi plan de cuidado", "Metas", "A quién llamar", "Próxima revisión", "Firmas"):
        assert words in whole, words
    assert all(name_of(caseload[2]) in text for text in texts)
    assert f"Página 1 de {len(texts)}" in texts[0]
    assert "Confidencial — contiene información médica protegida" in texts[-1]


def test_the_care_plan_follows_the_members_language_unless_told(caseload: Any) -> None:
    assert caseload[2].preferred_language == "es"
    assert "Mi plan de cuidado" in pages(render(caseload, "careplan"))[0]
    assert "My care plan" in pages(render(caseload, "careplan", lang="en"))[0]


def test_large_print_sets_bigger_type_over_more_pages(caseload: Any) -> None:
    normal = render(caseload, "careplan", lang="en")
    large = render(caseload, "careplan", lang="en", large_print=True)
    assert body_size(large) >= 14 > body_size(normal)
    assert len(PdfReader(BytesIO(large)).pages) > len(PdfReader(BytesIO(normal)).pages)


def body_size(pdf: bytes) -> float:
    """The font size most text is set in."""
    sizes: Counter[float] = Counter()
    for page in PdfReader(BytesIO(pdf)).pages:
        data = page.get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]
        sizes.update(float(s) for s in re.findall(r"/F\d+\+\d+ ([\d.]+) Tf", data))
    return sizes.most_common(1)[0][0]


def test_a_password_encrypts_the_pdf_with_aes_256(caseload: Any) -> None:
    pdf = render(caseload, "careplan", lang="en", password="correct horse")
    reader = PdfReader(BytesIO(pdf))
    assert reader.is_encrypted
    assert reader.decrypt("wrong guess") == 0
    assert reader.decrypt("correct horse") != 0
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)  # AES-256 (PDF 2.0 / ISO 32000-2)
    assert "My care plan" in reader.pages[0].extract_text()
    assert b"My care plan" not in pdf


def test_printing_is_audited_without_phi(caseload: Any) -> None:
    store, actor, member = caseload
    render(caseload, "provider-letter", lang="en")
    with store.transaction(actor) as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).one()
    assert (event.action, event.category) == (AuditAction.PRINT, DataCategory.CHART)
    assert event.member_id == member.id
    assert event.details["report"] == "provider-letter"
    assert member.last_name not in str(event.details)


def test_export_writes_a_private_file_audited_as_export_and_refuses_to_overwrite(
    caseload: Any, tmp_path: Path,
) -> None:
    from app.errors import ValidationError
    from app.reports.kinds import export

    store, actor, member = caseload
    out = tmp_path / "plan.pdf"
    with store.transaction(actor) as s:
        export(s, actor, "careplan", out, member_id=member.id, today=TODAY)
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).one()
        with pytest.raises(ValidationError):
            export(s, actor, "careplan", out, member_id=member.id, today=TODAY)
    assert (event.action, event.category, event.details["report"]) == (
        AuditAction.EXPORT, DataCategory.CARE_PLAN, "careplan")
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("kind", MEMBER_KINDS)
def test_the_file_metadata_does_not_name_the_member(caseload: Any, kind: str) -> None:
    pdf = render(caseload, kind, lang="es")
    metadata = PdfReader(BytesIO(pdf)).metadata or {}
    assert metadata.get("/Title")
    for value in metadata.values():
        for part in (caseload[2].first_name, caseload[2].last_name, caseload[2].plan_member_id):
            assert part not in str(value)


def test_a_visit_summary_prints_the_visit_asked_for(caseload: Any) -> None:
    from app.errors import NotFound
    from app.services import encounters

    store, actor, member = caseload
    with store.transaction(actor) as s:
        oldest = encounters.list_for(s, member.id)[-1]
    text = pages(render(caseload, "visit-summary", lang="en", encounter_id=oldest.id))[0]
    assert "Visit summary" in text and str(oldest.local_started_at.year) in text
    with pytest.raises(NotFound):
        render(caseload, "visit-summary", lang="en", encounter_id="no-such-visit")


def test_bad_requests_are_refused_by_field(caseload: Any) -> None:
    from app.errors import ValidationError

    with pytest.raises(ValidationError) as unknown:
        render(caseload, "horoscope")
    assert unknown.value.field == "kind"
    with pytest.raises(ValidationError) as lang:
        render(caseload, "careplan", lang="fr")
    assert lang.value.field == "lang"
    with pytest.raises(ValidationError) as option:
        render(caseload, "careplan", encounter_id="x")
    assert option.value.field == "encounter_id"


def test_the_cli_writes_a_protected_report_and_will_not_overwrite(
    vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    from app.services import access
    from tests.test_cli import PASSPHRASE as CLI_PASSPHRASE
    from tests.test_cli import assert_one_clean_error_line, run

    store = access.unlock(vault_dir, CLI_PASSPHRASE)
    actor = store.actor()
    from app import demo

    demo.generate(store, actor, members=2, seed=3, today=TODAY)
    from app.services import members

    with store.transaction(actor) as s:
        plan_id = members.caseload(s)[0].plan_member_id
    access.lock(store, actor)
    out = tmp_path / "log.pdf"
    monkeypatch.setenv("CAREFIELD_REPORT_PASSWORD", "sesame street")
    code, said, err = run(capsys, "report", "outreach-log", "--member", plan_id, "--out", str(out),
                          "--lang", "es", "--password")
    assert (code, err) == (0, "") and "password protected" in said
    reader = PdfReader(str(out))
    assert reader.is_encrypted and reader.decrypt("sesame street") != 0
    assert "Registro de contactos" in reader.pages[0].extract_text()
    code, _, err = run(capsys, "report", "outreach-log", "--member", plan_id, "--out", str(out))
    assert code == 2
    assert_one_clean_error_line(err)
    assert "--force" in err
    code, _, err = run(capsys, "report", "careplan", "--member", "NOBODY-1", "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and err.strip() == "carefield-cli: Member not found."
