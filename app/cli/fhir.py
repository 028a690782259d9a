"""``carefield-cli export-fhir``: one member's record as a FHIR R4 Bundle (JSON) in a file.

The file holds PHI: it is written only where asked, never over an existing file without ``--force``,
and the export is audited (``app.fhir.export_bundle`` records it).
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, CliError, unlocked


def add_command(sub: Any) -> None:
    """Register ``export-fhir`` on a subparsers object (``app.cli.build_parser`` wires it in)."""
    export = sub.add_parser("export-fhir", help="write one member's record as a FHIR R4 Bundle (JSON)")
    export.add_argument("--member", required=True, metavar="MEMBER", help="plan member ID or internal id")
    export.add_argument("--out", required=True, metavar="FILE.json", help="the file to write")
    export.add_argument("--force", action="store_true", help="replace the file if it exists")
    export.set_defaults(run=run)


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from app.fhir import export_bundle, resource_counts
    from app.services import members as member_service

    out = Path(args.out).expanduser()
    _check_target(out, force=args.force)
    with unlocked(data_dir) as (store, actor), store.transaction(actor) as s:
        bundle = export_bundle(s, actor, member_service.resolve(s, args.member))
        # Written inside the transaction: if the file cannot be written, the audit event rolls back too.
        _write(out, bundle, force=args.force)
    counts = resource_counts(bundle)
    print(f"Wrote {sum(counts.values()):,} resources to {out}:")
    for kind, count in counts.items():
        print(f"  {kind:<24}{count:>6,}")
    return EXIT_OK


def _check_target(out: Path, *, force: bool) -> None:
    if out.is_dir():
        raise CliError(f"{out} is a folder; give a file name for --out.")
    if out.exists() and not force:
        raise CliError(f"{out} already exists; use --force to replace it.")
    if not out.parent.is_dir():
        raise CliError(f"No folder {out.parent} to write into.")


def _write(out: Path, bundle: dict[str, Any], *, force: bool) -> None:
    text = json.dumps(bundle, indent=2, ensure_ascii=False) + "\n"
    # "x" refuses a file that appeared since the check; the file is made readable by its owner only.
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if force else os.O_EXCL)
    fd = os.open(out, flags, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
