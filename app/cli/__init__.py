"""carefield-cli: the headless command line over the encrypted local store.

Every failure a user can cause ends as one line on stderr and a non-zero exit code, never a traceback;
no message carries PHI or a secret. Exit codes: 0 ok, 1 a check found problems, 2 a usage or user
error, 70 an unexpected error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app import logfilter
from app.cli import checks, commands, fhir, report, score, tasks
from app.cli.common import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_USER_ERROR, CliError
from app.errors import CarefieldError, Locked, NotFound, ValidationError, VaultMissing, WeakPassphrase
from app.paths import data_dir

log = logging.getLogger(__name__)

PROG = "carefield-cli"
EPILOG = (
    "The passphrase is read from CAREFIELD_PASSPHRASE when it is set, otherwise asked for without echo. "
    "passwd reads the new one from CAREFIELD_NEW_PASSPHRASE the same way."
)


class _ShowVersion(argparse.Action):
    """--version, computed only when asked: the schema head needs the (slow to import) model."""

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        from app.store.schema import SCHEMA_HEAD
        from app.version import version

        print(f"{PROG} {version()} (schema {SCHEMA_HEAD})")
        parser.exit()


# A layer above (sync/) adds its own commands without app/ importing it.
Extension = Callable[[Any], None]


def build_parser(extensions: Sequence[Extension] = ()) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Carefield on the command line.", epilog=EPILOG)
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data directory (default: $CAREFIELD_DATA_DIR, else the per-user data folder)")
    parser.add_argument("--version", action=_ShowVersion, nargs=0, help="show the version and schema head")
    parser.add_argument("--debug", action="store_true", help="diagnostic log lines on stderr (no PHI)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = sub.add_parser("init", help="create the encrypted vault and show its recovery code once")
    init.add_argument("--fast-kdf", action="store_true",
                      help="testing only: weak, fast key derivation (also CAREFIELD_FAST_KDF=1)")
    init.set_defaults(run=commands.init)

    demo = sub.add_parser("demo", help="add a synthetic demo caseload")
    demo.add_argument("--members", type=_positive, default=60, metavar="N", help="how many (default 60)")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    demo.set_defaults(run=commands.demo)

    members = sub.add_parser("members", help="list the caseload")
    members.add_argument("--search", metavar="TEXT", help="name, plan member ID or phone digits")
    members.add_argument("--json", action="store_true", help="a JSON array instead of a table")
    members.set_defaults(run=commands.members)

    attempt = sub.add_parser("attempt", help="log a contact attempt (phone, text, mail or visit)")
    attempt.add_argument("--member", required=True, metavar="MEMBER", help="plan member ID or internal id")
    attempt.add_argument("--channel", required=True, choices=["phone", "text", "mail", "visit"])
    attempt.add_argument("--outcome", required=True,
                         choices=["reached", "no_answer", "voicemail", "wrong_number", "declined"])
    attempt.add_argument("--at", metavar="ISO-8601",
                         help="when it happened (default now; without an offset, this computer's time zone)")
    attempt.add_argument("--note", metavar="TEXT", help="a short note")
    attempt.set_defaults(run=commands.attempt)

    show = sub.add_parser("show", help="one member: status, lifecycle dates, outreach and contact counts")
    show.add_argument("member", metavar="MEMBER", help="plan member ID or internal id")
    show.add_argument("--json", action="store_true", help="a JSON object instead of text")
    show.set_defaults(run=commands.show)

    score.add_command(sub)
    tasks.add_command(sub)
    report.add_command(sub)
    fhir.add_command(sub)

    sub.add_parser("check", help="verify encryption, database integrity and schema version").set_defaults(
        run=checks.check)

    audit = sub.add_parser("audit", help="the audit trail")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    audit_sub.add_parser("verify", help="prove the hash chain of audit events is intact").set_defaults(
        run=commands.audit_verify)

    sub.add_parser("passwd", help="change the passphrase (the database is not re-encrypted)").set_defaults(
        run=commands.passwd)
    sub.add_parser("recovery-code", help="make a new recovery code (the old one stops working)").set_defaults(
        run=commands.recovery_code)
    for extend in extensions:
        extend(sub)
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def main(argv: Sequence[str] | None = None, extensions: Sequence[Extension] = ()) -> int:
    parser = build_parser(extensions)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors: argparse has already printed
        return exc.code if isinstance(exc.code, int) else EXIT_USER_ERROR
    if args.debug:
        _log_to_stderr()
    logfilter.install()  # also guards logging.lastResort, which prints warnings when nothing is set up
    directory = data_dir(args.data_dir)
    try:
        return int(args.run(args, directory))
    except CliError as exc:
        return _fail(str(exc), exc.code)
    except CarefieldError as exc:
        return _fail(describe(exc, directory), EXIT_USER_ERROR)
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        return _fail(f"{exc.strerror or type(exc).__name__}{where}.", EXIT_USER_ERROR)
    except KeyboardInterrupt:
        return _fail("Interrupted.", EXIT_INTERRUPTED)
    except Exception as exc:
        _log_unexpected(exc)
        return _fail(f"Unexpected error ({type(exc).__name__}). Run with --debug for details.", EXIT_INTERNAL)


def describe(exc: CarefieldError, directory: Path) -> str:
    """One sentence for a typed error. Values a user typed about a member are never repeated."""
    if isinstance(exc, VaultMissing):
        return f"No vault in {directory}. Run `{PROG} init` first."
    if isinstance(exc, WeakPassphrase):
        return f"Passphrase not accepted: {exc.message}"
    if isinstance(exc, ValidationError):
        return f"Invalid {exc.field}: {exc.message}"
    if isinstance(exc, NotFound):
        return f"{exc.what.capitalize()} not found."  # the key may be a member's name or plan ID
    if isinstance(exc, Locked):
        return "The vault is locked."
    # WrongPassphrase, Throttled (says how long to wait), VaultExists, VaultCorrupt, IntegrityError:
    # their messages are fixed sentences.
    return str(exc)


def _fail(message: str, code: int) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return code


def _log_unexpected(exc: BaseException) -> None:
    # Frames only: the exception's message and local values may hold PHI.
    frames = traceback.extract_tb(exc.__traceback__)
    stack = " <- ".join(f"{Path(f.filename).name}:{f.lineno} in {f.name}" for f in reversed(frames))
    log.debug("Unexpected %s at %s", type(exc).__name__, stack)


def _log_to_stderr() -> None:
    logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")
    # SQLAlchemy logs statements with their parameters at INFO and below, and parameters are PHI.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)


if __name__ == "__main__":
    sys.exit(main())
