"""``carefield-cli report``: print one report to a PDF file.

The file holds PHI, so it is created owner-readable only and never overwritten without ``--force``;
``--password`` encrypts it (AES-256). The password is typed twice without echo, or read from
CAREFIELD_REPORT_PASSWORD — never from the command line, where other users and shell history see it.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, CliError, read_secret, stdin_is_terminal, unlocked

PASSWORD_ENV = "CAREFIELD_REPORT_PASSWORD"
MEMBER_KINDS = ("careplan", "provider-letter", "visit-summary", "outreach-log", "assessment")
KINDS = (*MEMBER_KINDS, "caseload", "outcomes")


def add_command(sub: Any) -> None:
    """Register ``report`` on a subparsers object (``app.cli.build_parser`` wires it in)."""
    report = sub.add_parser("report", help="print a report to a PDF file")
    report.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    report.add_argument("--member", metavar="MEMBER", help="plan member ID or internal id")
    report.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    report.add_argument("--lang", choices=("en", "es"),
                        help="language (default: the member's own for the care plan, else English)")
    report.add_argument("--large-print", action="store_true", help="large print (about 15 pt)")
    report.add_argument("--password", action="store_true",
                        help=f"encrypt the PDF; the password is asked for, or read from {PASSWORD_ENV}")
    report.add_argument("--encounter", metavar="ID", help="visit-summary: this visit (default the latest)")
    report.add_argument("--instrument", metavar="ID", help="assessment: this instrument (e.g. phq9)")
    report.add_argument("--force", action="store_true", help="overwrite FILE.pdf if it exists")
    report.set_defaults(run=run)


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from app.reports import kinds
    from app.services import members

    out = Path(args.out)
    if out.exists() and not args.force:
        raise CliError(f"{out} already exists; add --force to overwrite it.")
    if args.kind in MEMBER_KINDS and not args.member:
        raise CliError(f"The {args.kind} report needs --member.")
    password = _password() if args.password else None
    with unlocked(data_dir) as (store, actor), store.transaction(actor) as s:
        member_id = members.resolve(s, args.member) if args.member else None
        kinds.export(s, actor, args.kind, out, member_id=member_id, lang=args.lang,
                     large_print=args.large_print, password=password, overwrite=args.force, **_options(args))
    print(f"Wrote {out}{' (password protected)' if password else ''}.")
    return EXIT_OK


def _options(args: argparse.Namespace) -> dict[str, str]:
    options = {"encounter_id": args.encounter, "instrument_id": args.instrument}
    return {k: v for k, v in options.items() if v}


def _password() -> str:
    prompted = not os.environ.get(PASSWORD_ENV) and stdin_is_terminal()
    try:
        value = read_secret(PASSWORD_ENV, "Password for the PDF: ")
    except CliError:
        raise CliError(f"No PDF password given: set {PASSWORD_ENV} or run in a terminal.") from None
    if prompted and read_secret(PASSWORD_ENV, "Type it again: ") != value:
        raise CliError("The two passwords did not match. Nothing was written.")
    return value
