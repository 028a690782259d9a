"""The self-test's checks that need no Qt: vault, migrations, SQLCipher with audit, instruments, ICD-10-CM,
bundled resources, demo data and a PDF. Each takes the Workspace and returns what it proved, or raises
(SelfTestError says how the installation is wrong). Run by app/selftest.py and ui/selftest.py.
"""

from __future__ import annotations

import secrets
from io import BytesIO

from app.selftest import SelfTestError, Workspace

# A synthetic member (plan IDs starting SELFTEST- are never issued by a health plan).
SELFTEST_MEMBER = {
    "plan_member_id": "SELFTEST-0001", "first_name": "Test", "last_name": "Selftest", "dob": "1950-01-01",
    "preferred_language": "en", "phone_primary": "(555) 555-0100", "line_of_business": "mcl",
    "program": "complex_cm", "risk_tier": "low", "referral_source": "self", "identified_on": "2026-01-05",
}
PHQ9_PROBE = ([1] * 9, 9, "mild")  # answers in item order, the total and band they must earn


def check_vault(space: Workspace) -> str:
    from app.services import access
    from app.store.vault import KdfParams

    passphrase = secrets.token_urlsafe(24)
    store, recovery_code = access.create(space.data_dir, passphrase, kdf=KdfParams.fast())
    store.close()
    access.unlock_with_recovery_code(space.data_dir, recovery_code).close()
    opened = access.unlock_checked(space.data_dir, passphrase)  # with the integrity check, as the app does
    if isinstance(opened, access.Damaged):
        opened.discard()
        raise SelfTestError(f"the new database failed its {opened.report.kind} integrity check")
    space.store = opened
    if opened.schema_action != "current":
        raise SelfTestError(f"reopened vault reports schema {opened.schema_action!r}")
    return "created; unlocked by passphrase (integrity-checked) and by recovery code"


def check_migrations(space: Workspace) -> str:
    from app.store.engine import make_engine
    from app.store.schema import SCHEMA_HEAD, current_revision, known_revisions, upgrade

    engine = make_engine(space.root / "migrations.db", secrets.token_bytes(32))
    try:
        with engine.begin() as conn:
            upgrade(conn)
            revision = current_revision(conn)
    finally:
        engine.dispose()
    if revision != SCHEMA_HEAD:
        raise SelfTestError(f"migrations reached {revision or 'no revision'}, expected {SCHEMA_HEAD}")
    return f"{len(known_revisions())} Alembic revisions take an empty encrypted file to {SCHEMA_HEAD}"


def check_sqlcipher(space: Workspace) -> str:
    from sqlalchemy import func, select

    from app.model.audit import AuditEvent
    from app.services import members
    from app.store import audit

    store = space.need_store()
    actor = store.actor()
    with store.transaction(actor) as s:
        created = members.create(s, actor, **SELFTEST_MEMBER)
    with store.transaction(actor) as s:
        read = members.get(s, actor, created.id)
        chain = audit.verify(s)
        mine = AuditEvent.member_id == created.id
        events = s.scalar(select(func.count()).select_from(AuditEvent).where(mine))
        version = s.connection().exec_driver_sql("PRAGMA cipher_version").scalar()
    if (read.plan_member_id, read.dob) != (created.plan_member_id, created.dob):
        raise SelfTestError("the member read back differs from the one written")
    if not chain.ok or events != 2:
        raise SelfTestError(f"audit: chain ok={chain.ok}, {events} events for the write and the read")
    with store.db_path.open("rb") as handle:
        if handle.read(16) == b"SQLite format 3\x00":
            raise SelfTestError("the database file is not encrypted")
    return f"encrypted write/read, both audited, chain of {chain.checked} intact (SQLCipher {version})"


def check_instruments(space: Workspace) -> str:
    from app.instruments import available, load
    from app.instruments.answers import clean

    ids = available()
    for instrument_id in ids:
        load(instrument_id)
    phq9 = load("phq9")
    values, total, band = PHQ9_PROBE
    scored = [item for item in phq9.questions if item.scored]
    score = phq9.score({item.link_id: clean(item, v) for item, v in zip(scored, values, strict=True)})
    if (score.total, score.band) != (total, band):
        raise SelfTestError(f"PHQ-9 scored {score.total} ({score.band}), expected {total} ({band})")
    return f"{len(ids)} instruments load; PHQ-9 scores {total} ({band})"


def check_icd10(space: Workspace) -> str:
    from app.services import icd10

    code = icd10.parse_code("e119")
    if code != "E11.9" or not icd10.describe(code):
        raise SelfTestError("E11.9 is not found in the ICD-10-CM tables")
    return "ICD-10-CM tables load (E11.9 found)"


def check_resources(space: Workspace) -> str:
    from app.careplan_library import library
    from app.model.enums import Program
    from app.programs import rules_for
    from app.store.passphrase import TOO_COMMON, check_passphrase, common_passwords

    for program in Program:
        rules_for(program)
    if TOO_COMMON not in check_passphrase("password1234"):
        raise SelfTestError("the common-password list does not refuse password1234")
    return (f"{len(Program)} program rule files, care-plan library ({len(library())} problems), "
            f"{len(common_passwords())} common passwords")


def check_demo(space: Workspace) -> str:
    from sqlalchemy import select

    from app import demo
    from app.model.member import Member

    store = space.need_store()
    actor = store.actor()
    done = demo.generate(store, actor, members=1, seed=11, history_years=1)
    with store.session(actor) as s:
        space.member_id = s.scalar(select(Member.id).where(Member.plan_member_id.like("DEMO-%")))
    return f"demo member written ({done.rows} rows in one transaction)"


def check_pdf(space: Workspace) -> str:
    from pypdf import PdfReader

    from app.reports import kinds

    store, member_id = space.need_store(), space.need_member()
    if len(kinds.KINDS) != len(kinds._MODULES):
        raise SelfTestError(f"only {len(kinds.KINDS)} of {len(kinds._MODULES)} report kinds are installed")
    password = secrets.token_urlsafe(12)
    actor = store.actor()
    with store.transaction(actor) as s:
        pdf = kinds.render(s, actor, "careplan", member_id=member_id, lang="es", password=password)
    if not pdf.startswith(b"%PDF"):
        raise SelfTestError("the care plan is not a PDF")
    reader = PdfReader(BytesIO(pdf))
    reader.decrypt(password)
    return f"care plan in Spanish, AES-256 protected: {len(reader.pages)} pages, {len(pdf) // 1024} KiB"
