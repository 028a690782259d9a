"""The admin CLI's commands: each opens one transaction, prints a short result, returns an exit code."""

from __future__ import annotations

import argparse
import csv
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from sync.server import admin

Factory = sessionmaker[Session]


def user_add(factory: Factory, args: argparse.Namespace, password: Callable[[], str]) -> int:
    with factory() as s, s.begin():
        admin.add_user(s, args.name, password(), args.role, args.supervisor)
    print(f"Added {args.role} {args.name}.")
    return 0


def user_list(factory: Factory, args: argparse.Namespace, password: Callable[[], str]) -> int:
    from sync.server import emergency

    with factory() as s:
        designated = set(emergency.designated(s))
        for name, role, supervisor, active in admin.list_users(s):
            team = f"  (team of {supervisor})" if supervisor else ""
            glass = "  break-glass" if name in designated else ""
            print(f"{name:24} {role:11}{'' if active else ' inactive'}{team}{glass}")
    return 0


def assign(factory: Factory, args: argparse.Namespace, password: Callable[[], str]) -> int:
    with factory() as s, s.begin():
        admin.assign(s, args.member, args.nurse)
    print(f"Assigned {args.member} to {args.nurse}; their next sync brings the whole chart.")
    return 0


def unassign(factory: Factory, args: argparse.Namespace, password: Callable[[], str]) -> int:
    with factory() as s, s.begin():
        admin.unassign(s, args.member, args.nurse)
    print(f"Unassigned {args.member} from {args.nurse}; their laptops remove the chart at the next sync.")
    return 0


def import_members(factory: Factory, args: argparse.Namespace, password: Callable[[], str]) -> int:
    from app.errors import ValidationError
    from app.model import Member
    from app.services import fields, members
    from app.store.codec import full_row

    rows: list[tuple[str, dict[str, Any]]] = []
    with Path(args.file).open(newline="", encoding="utf-8-sig") as handle:
        for number, record in enumerate(csv.DictReader(handle), start=2):
            values = {k: v for k, v in record.items() if k and v not in (None, "")}
            try:
                cleaned = fields.clean(members.SPEC, values)
            except ValidationError as error:  # the field and rule, never the value
                raise admin.AdminError(f"{args.file} line {number}: {error}") from None
            cleaned["phone_digits"] = fields.phone_search_digits(cleaned.get("phone_primary", ""),
                                                                 cleaned.get("phone_secondary", ""))
            rows.append(("member", full_row(Member, cleaned, author="import")))
    with factory() as s, s.begin():
        admin.server_rows(s, rows)
        for _, row in rows:
            admin.assign(s, row["id"], args.nurse)
    print(f"Imported {len(rows)} members and assigned them to {args.nurse}.")
    return 0


def demo(factory: Factory, args: argparse.Namespace, password: Callable[[], str]) -> int:
    from app import demo as demo_data
    from app.store.codec import encode

    data = demo_data.build(args.seed, args.members, date.today(), nurse=args.nurse)
    rows = [(table, {k: encode(v) for k, v in row.items() if k != "version"})
            for table, table_rows in data.non_empty() for row in table_rows]
    with factory() as s, s.begin():
        admin.server_rows(s, rows)
        for member in data.members:
            admin.assign(s, member["id"], args.nurse)
    print(f"Added {len(data.members)} demo members ({len(rows)} rows) assigned to {args.nurse}.")
    return 0


def devices(factory: Factory, args: argparse.Namespace, password: Callable[[], str]) -> int:
    with factory() as s:
        for d in admin.devices(s):
            synced = d.last_sync_at.strftime("%Y-%m-%d %H:%M UTC") if d.last_sync_at else "never"
            print(f"{d.device_id}  {d.username:16} {d.name[:30]:30} last sync {synced}"
                  f"{'  REVOKED' if d.revoked else ''}")
    return 0


def revoke_device(factory: Factory, args: argparse.Namespace, password: Callable[[], str]) -> int:
    with factory() as s, s.begin():
        admin.revoke_device(s, args.device)
    print(f"Revoked {args.device}: it pushes what it holds, then wipes its vault at its next sync.")
    return 0


def status(factory: Factory, args: argparse.Namespace, password: Callable[[], str]) -> int:
    with factory() as s:
        listed = admin.devices(s)
    for d in listed:
        waiting = "unknown" if d.pending_changes is None else str(d.pending_changes)
        synced = d.last_sync_at.strftime("%Y-%m-%d %H:%M UTC") if d.last_sync_at else "never"
        print(f"{d.username:16} {d.name[:30]:30} last sync {synced:22} waiting {waiting}"
              f"{'  REVOKED' if d.revoked else ''}")
    stale = sorted({d.username for d in listed if d.stale and not d.revoked})
    print("Not synced in 24 h: " + (", ".join(stale) if stale else "nobody"))
    return 0


def break_glass(factory: Factory, args: argparse.Namespace, password: Callable[[], str]) -> int:
    from sync.server import emergency

    with factory() as s, s.begin():
        ended = emergency.designate(s, args.name, args.on)
    if args.on:
        print(f"{args.name} may now use emergency access (each grant is recorded and audited).")
    else:
        print(f"{args.name} may no longer use emergency access; {ended} active grant(s) ended.")
    return 0


def audit(factory: Factory, args: argparse.Namespace, password: Callable[[], str]) -> int:
    """The ingested audit trail, filtered, newest first; exits 1 when a listed device's chain is broken."""
    import dataclasses
    import json

    from sync.server import audit_query

    since = audit_query.parse_when(args.since) if args.since else None
    until = audit_query.parse_when(args.until) if args.until else None
    with factory() as s:
        report = audit_query.query(s, member=args.member, user=args.user, since=since, until=until,
                                   action=args.action, limit=args.limit)
    if args.json:
        print(json.dumps({"events": [dataclasses.asdict(e) for e in report.events],
                          "devices": [dataclasses.asdict(c) for c in report.chains]}, indent=2))
    else:
        _print_audit(report)
    return 1 if report.broken else 0


def _print_audit(report: Any) -> None:
    for e in report.events:
        when = e.at[:19].replace("T", " ")
        member = f"  member {e.member_id}" if e.member_id else ""
        record = f"  {e.entity_type}" if e.entity_type else ""
        print(f"{when} UTC  {e.user:16} {e.action:18} {e.category:12}{record}{member}  device {e.device_id}"
              f"{'' if e.chain_ok else '  CHAIN BROKEN'}")
    print(f"{len(report.events)} event(s).")
    for chain in report.chains:
        state = "ok" if chain.ok else f"BROKEN: {chain.problem}"
        print(f"Device {chain.device_id} ({chain.username or 'unknown'}): chain {state}; "
              f"verified through #{chain.through}")


COMMANDS: dict[tuple[str, str | None], Callable[[Factory, argparse.Namespace, Callable[[], str]], int]] = {
    ("user", "add"): user_add,
    ("user", "list"): user_list,
    ("assign", None): assign,
    ("unassign", None): unassign,
    ("import-members", None): import_members,
    ("demo", None): demo,
    ("devices", None): devices,
    ("revoke-device", None): revoke_device,
    ("status", None): status,
    ("user", "break-glass"): break_glass,
    ("audit", None): audit,
}
