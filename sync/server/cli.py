"""carefield-server: run the sync server and administer it.

    carefield-server [--db URL] serve [--host H] [--port P] [--certfile F --keyfile K] [--token-days N]
    carefield-server user add NAME --role nurse|supervisor|admin [--supervisor NAME]
    carefield-server user list | devices | status | revoke-device DEVICE
    carefield-server assign MEMBER NAME | unassign MEMBER NAME
    carefield-server import-members FILE.csv --nurse NAME | demo --nurse NAME --members N
    carefield-server user break-glass NAME --on|--off
    carefield-server audit [--member M] [--user U] [--since DATE] [--until DATE] [--action A] [--json]

New users' passwords come from CAREFIELD_NEW_PASSWORD or are prompted twice without echo.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from sync.server import admin

PASSWORD_ENV = "CAREFIELD_NEW_PASSWORD"
# An idle connection is kept longer than nginx keeps its idle upstream connections (60 s): otherwise nginx
# can send a request on a connection the server is closing that moment, and a push (not retried: it is a
# POST) fails with 502. Uvicorn's default is 5 s.
KEEP_ALIVE_SECONDS = 75
# Commands that add or re-sequence many rows: the first pulls after them need fresh planner statistics.
BULK_COMMANDS = frozenset({"import-members", "demo", "assign"})


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="carefield-server", description="Carefield sync server")
    parser.add_argument("--db", default=os.environ.get("CAREFIELD_SERVER_DB", ""),
                        help="database URL (default: an SQLite file in the platform data dir)")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--certfile")
    serve.add_argument("--keyfile")
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--token-days", type=int, metavar="N",
                       help="how long a device's sign-in lasts before it must be renewed "
                            "(default: CAREFIELD_TOKEN_DAYS, else 30)")
    user = commands.add_parser("user", help="accounts").add_subparsers(dest="user_command", required=True)
    add = user.add_parser("add")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=["nurse", "supervisor", "admin"])
    add.add_argument("--supervisor")
    user.add_parser("list")
    glass = user.add_parser("break-glass", help="emergency access for a supervisor: --on or --off")
    glass.add_argument("name")
    switch = glass.add_mutually_exclusive_group(required=True)
    switch.add_argument("--on", dest="on", action="store_true")
    switch.add_argument("--off", dest="on", action="store_false")
    for name in ("assign", "unassign"):
        sub = commands.add_parser(name, help=f"{name} a member (plan member ID or id) to a nurse")
        sub.add_argument("member")
        sub.add_argument("nurse")
    imp = commands.add_parser("import-members", help="add members from a CSV file and assign them")
    imp.add_argument("file")
    imp.add_argument("--nurse", required=True)
    demo = commands.add_parser("demo", help="a synthetic demo caseload assigned to a nurse")
    demo.add_argument("--nurse", required=True)
    demo.add_argument("--members", type=int, default=60)
    demo.add_argument("--seed", type=int, default=1)
    commands.add_parser("devices", help="every device, its user and last sync")
    revoke = commands.add_parser("revoke-device", help="revoke a device: it wipes itself on next contact")
    revoke.add_argument("device")
    commands.add_parser("status", help="devices with changes waiting and who has not synced in 24 h")
    trail = commands.add_parser("audit", help="the devices' audit events, newest first, chains verified")
    trail.add_argument("--member", help="plan member ID or id")
    trail.add_argument("--user")
    trail.add_argument("--since", help="YYYY-MM-DD or ISO-8601 time (UTC), inclusive")
    trail.add_argument("--until", help="YYYY-MM-DD (inclusive) or ISO-8601 time (UTC, exclusive)")
    trail.add_argument("--action", help="view, create, update, emergency_access …")
    trail.add_argument("--limit", type=int, help="at most this many (the newest)")
    trail.add_argument("--json", action="store_true", help="machine-readable output")
    return parser


def _password() -> str:
    value = os.environ.get(PASSWORD_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise admin.AdminError(f"Set {PASSWORD_ENV} or run in a terminal to type the password.")
    first, second = getpass.getpass("Password: "), getpass.getpass("Again: ")
    if first != second:
        raise admin.AdminError("The two passwords did not match.")
    return first


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from sync.server.db import default_url

    url = args.db or default_url()
    if args.command == "serve":
        return _serve(args, url)
    try:
        return _admin(args, url)
    except admin.AdminError as error:
        print(f"carefield-server: {error}", file=sys.stderr)
        return 2


def _serve(args: argparse.Namespace, url: str) -> int:
    import uvicorn

    from sync.server.app import create_app
    from sync.server.auth import token_lifetime

    if bool(args.certfile) != bool(args.keyfile):
        print("carefield-server: --certfile and --keyfile go together.", file=sys.stderr)
        return 2
    try:
        token_lifetime(args.token_days)
    except ValueError as error:
        print(f"carefield-server: {error}", file=sys.stderr)
        return 2
    uvicorn.run(create_app(url, token_days=args.token_days), host=args.host, port=args.port,
                ssl_certfile=args.certfile, ssl_keyfile=args.keyfile, access_log=False, log_level="info",
                timeout_keep_alive=KEEP_ALIVE_SECONDS)
    return 0


def _admin(args: argparse.Namespace, url: str) -> int:
    from sync.server import admin_commands
    from sync.server.db import init_schema, make_engine, refresh_statistics, session_factory

    engine = make_engine(url)
    init_schema(engine)
    factory = session_factory(engine)
    command: Callable[..., int] = admin_commands.COMMANDS[(args.command, getattr(args, "user_command", None))]
    try:
        status = command(factory, args, _password)
        if args.command in BULK_COMMANDS:
            refresh_statistics(engine)
        return status
    finally:
        engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
