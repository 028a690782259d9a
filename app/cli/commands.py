"""The commands. Each takes the parsed arguments and the data directory and returns an exit code."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import (
    EXIT_CHECK_FAILED,
    EXIT_OK,
    FAST_KDF_ENV,
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    CliError,
    read_new_secret,
    read_secret,
    require_vault,
    unlocked,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.actor import Actor
    from app.services.encounters import EncounterView
    from app.services.members import CaseloadRow, MemberView
    from app.services.outreach import OutreachStatus

RECOVERY_ADVICE = (
    "Write the recovery code down and keep it somewhere safe, away from this computer. "
    "It is shown only this once, and it is the only way back in if the passphrase is forgotten."
)


def init(args: argparse.Namespace, data_dir: Path) -> int:
    from app.services import access
    from app.store.vault import KdfParams, Vault

    if Vault(data_dir).exists():
        raise CliError(f"A vault already exists in {data_dir}. Nothing was changed.")
    passphrase = read_new_secret(PASSPHRASE_ENV, "New passphrase: ")
    fast = args.fast_kdf or os.environ.get(FAST_KDF_ENV) == "1"
    store, code = access.create(data_dir, passphrase, kdf=KdfParams.fast() if fast else None)
    try:
        print(f"Vault created in {data_dir}.")
        print(f"Recovery code: {code}")
        print(RECOVERY_ADVICE)
    finally:
        access.lock(store, store.actor(), reason="cli")
    return EXIT_OK


def demo(args: argparse.Namespace, data_dir: Path) -> int:
    from app.demo import generate

    with unlocked(data_dir) as (store, actor):
        summary = generate(store, actor, members=args.members, seed=args.seed)
    print(f"Added {summary.members:,} demo members ({summary.rows:,} rows).")
    return EXIT_OK


def members(args: argparse.Namespace, data_dir: Path) -> int:
    from app.services import members as member_service

    with unlocked(data_dir) as (store, actor), store.transaction(actor) as s:
        rows = member_service.caseload(s, search=args.search or "")
        _audit_export(s, actor, "json" if args.json else "table", len(rows), searched=bool(args.search))
    print(json.dumps([_member_json(r) for r in rows], indent=2, ensure_ascii=False) if args.json
          else _member_table(rows, searched=bool(args.search)))
    return EXIT_OK


def _audit_export(s: Session, actor: Actor, fmt: str, count: int, *, searched: bool) -> None:
    """The list leaves the app through stdout, so it is audited as an export (the GUI's list is not).

    The search text stays out of the audit: it is often a name.
    """
    from app.model.enums import AuditAction, DataCategory
    from app.store import audit

    audit.record(s, actor, AuditAction.EXPORT, DataCategory.DEMOGRAPHICS, entity_type="caseload",
                 details={"format": fmt, "count": count, "searched": searched})


def _member_json(row: CaseloadRow) -> dict[str, Any]:
    return {
        "id": row.id, "member_id": row.plan_member_id,
        "first_name": row.first_name, "last_name": row.last_name,
        "dob": row.dob.isoformat(), "age": row.age,
        "risk_tier": str(row.risk_tier), "program": str(row.program), "status": str(row.status),
        "preferred_language": row.preferred_language,
        "last_contact_at": row.last_contact_at.isoformat() if row.last_contact_at else None,
        "next_due_on": row.next_due_on.isoformat() if row.next_due_on else None,
    }


def _member_table(rows: list[CaseloadRow], *, searched: bool) -> str:
    if not rows:
        return "No members match." if searched else "No members."
    header = ("PLAN ID", "NAME", "AGE", "TIER", "PROGRAM", "STATUS")
    lines = [(r.plan_member_id, f"{r.last_name}, {r.first_name}", str(r.age), str(r.risk_tier),
              str(r.program), str(r.status)) for r in rows]
    widths = [max(len(line[i]) for line in [header, *lines]) for i in range(len(header))]
    table = ["  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip()
             for line in [header, *lines]]
    noun = "member" if len(rows) == 1 else "members"
    return "\n".join([*table, f"{len(rows):,} {noun}."])


def audit_verify(args: argparse.Namespace, data_dir: Path) -> int:
    from app.store import audit

    with unlocked(data_dir) as (store, actor), store.session(actor) as s:
        report = audit.verify(s)
    if report.ok:
        print(f"Audit chain intact: {report.checked:,} events.")
        return EXIT_OK
    print(f"Audit chain broken at event #{report.first_bad_seq}: {report.reason}.")
    return EXIT_CHECK_FAILED


def passwd(args: argparse.Namespace, data_dir: Path) -> int:
    from app.services import access
    from app.store.passphrase import normalize

    require_vault(data_dir)
    current = read_secret(PASSPHRASE_ENV, "Current passphrase: ")
    with unlocked(data_dir, current) as (store, actor):
        new = read_new_secret(NEW_PASSPHRASE_ENV, "New passphrase: ")
        if normalize(new) == normalize(current):
            raise CliError("The new passphrase is the same as the current one. Nothing was changed.")
        access.change_passphrase(data_dir, store, actor, current, new)
    print("Passphrase changed. The recovery code still works.")
    return EXIT_OK


def attempt(args: argparse.Namespace, data_dir: Path) -> int:
    """Log one contact attempt. The time defaults to now; one without an offset is local time."""
    from app.errors import ValidationError
    from app.services import members as member_service
    from app.services import outreach

    at = _moment(args.at) if args.at else None
    with unlocked(data_dir) as (store, actor), store.transaction(actor) as s:
        member_id = member_service.resolve(s, args.member)
        try:
            logged = outreach.log_attempt(s, actor, member_id, args.channel, args.outcome, at=at,
                                          note=args.note or "")
        except ValidationError as exc:
            raise CliError(f"Invalid --{exc.field.replace('_', '-')}: {exc.message}.") from None
        progress = outreach.status(s, member_id)
    when = logged.local_started_at.strftime("%Y-%m-%d %H:%M")
    print(f"Attempt logged: {args.channel}, {args.outcome.replace('_', ' ')}, {when}. {progress.reason}.")
    return EXIT_OK


def _moment(text: str) -> Any:
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise CliError("Invalid --at: give a date and time as ISO-8601, e.g. 2026-11-20T14:30.") from None
    return moment if moment.tzinfo else moment.astimezone()  # no offset given: this computer's


def show(args: argparse.Namespace, data_dir: Path) -> int:
    from app.model.enums import AuditAction, DataCategory
    from app.services import encounters, outreach
    from app.services import members as member_service
    from app.store import audit

    with unlocked(data_dir) as (store, actor), store.transaction(actor) as s:
        member = member_service.get(s, actor, member_service.resolve(s, args.member))
        history = encounters.list_for(s, member.id)
        progress = outreach.status(s, member.id)
        fmt = "json" if args.json else "text"
        audit.record(s, actor, AuditAction.EXPORT, DataCategory.CHART, entity_type="member",
                     entity_id=member.id, member_id=member.id, details={"format": fmt})
    shown = _chart_json(member, history, progress)
    print(json.dumps(shown, indent=2, ensure_ascii=False) if args.json else _chart_text(shown))
    return EXIT_OK


def _chart_json(member: MemberView, history: list[EncounterView], progress: OutreachStatus) -> dict[str, Any]:
    from app.model.enums import EncounterKind

    def day(value: Any) -> str | None:
        return value.isoformat() if value else None

    attempts = sum(e.kind == EncounterKind.CONTACT_ATTEMPT for e in history)
    return {
        "id": member.id, "member_id": member.plan_member_id, "plan_member_id": member.plan_member_id,
        "first_name": member.first_name, "last_name": member.last_name,
        "preferred_name": member.preferred_name,
        "program": str(member.program), "risk_tier": str(member.risk_tier), "status": str(member.status),
        "identified_on": day(member.identified_on), "outreach_started_on": day(member.outreach_started_on),
        "enrolled_on": day(member.enrolled_on), "declined_on": day(member.declined_on),
        "unable_to_reach_on": day(member.unable_to_reach_on), "closed_on": day(member.closed_on),
        "last_contact_at": day(member.last_contact_at), "next_due_on": day(member.next_due_on),
        "unable_to_reach_candidate": progress.unable_to_reach_candidate,
        "encounters": len(history) - attempts, "attempts": attempts,
        "outreach": {"failed_attempts": progress.attempts, "distinct_days": progress.distinct_days,
                     "required": progress.required, "window_start": day(progress.window_start),
                     "reason": progress.reason},
    }


def _chart_text(shown: dict[str, Any]) -> str:
    lines = [
        f"{shown['last_name']}, {shown['first_name']}  ({shown['plan_member_id']})",
        f"Program: {shown['program']}, {shown['risk_tier']} risk. Status: {shown['status']}.",
        f"Identified {shown['identified_on']}; enrolled {shown['enrolled_on'] or '-'}.",
        f"Encounters: {shown['encounters']}; contact attempts: {shown['attempts']}.",
        f"Outreach: {shown['outreach']['reason']}.",
    ]
    return "\n".join(lines)


def recovery_code(args: argparse.Namespace, data_dir: Path) -> int:
    """A new recovery code, printed once; the old code stops working. Asks for the passphrase."""
    from app.services import access

    require_vault(data_dir)
    passphrase = read_secret(PASSPHRASE_ENV, "Passphrase: ")
    with unlocked(data_dir, passphrase) as (store, actor):
        code = access.regenerate_recovery_code(data_dir, store, actor, passphrase)
    print(f"New recovery code: {code}")
    print("The old recovery code no longer works. " + RECOVERY_ADVICE)
    return EXIT_OK
