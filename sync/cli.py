"""carefield-cli's network commands. They live here, not in app/, because app never imports sync;
the console script runs app's CLI with these commands added."""

from __future__ import annotations

import argparse
import socket
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.cli import main as app_main
from app.cli.common import CliError, read_secret, unlocked

PASSWORD_ENV = "CAREFIELD_PASSWORD"


def add_commands(sub: Any) -> None:
    sync = sub.add_parser("sync", help="push local changes and pull the caseload from the server")
    sync.add_argument("--server", metavar="URL", help="server address (remembered after the first sync)")
    sync.add_argument("--user", metavar="NAME", help="server user name (remembered after the first sync)")
    sync.add_argument("--ca-bundle", metavar="FILE",
                      help="a PEM bundle of certificate authorities to trust instead of the system's "
                           "(also CAREFIELD_CA_BUNDLE; remembered after a successful sync)")
    sync.add_argument("--allow-http", action="store_true",
                      help="testing only: allow plain http to a server on another computer "
                           "(also CAREFIELD_ALLOW_HTTP=1); passwords and charts would travel unencrypted")
    sync.set_defaults(run=run_sync)


def run_sync(args: argparse.Namespace, directory: Path) -> int:
    from app.errors import SyncError, SyncErrorKind
    from sync import local, transport
    from sync.client import SyncClient

    with unlocked(directory) as (store, actor):
        with store.transaction(actor) as s:
            url = args.server or local.state(s, "server_url")
            has_token = bool(local.state(s, "token"))
            known_user = local.state(s, "user_name")
            tls = transport.tls_settings(s, ca_bundle=args.ca_bundle, allow_http=args.allow_http)
        if not url:
            raise CliError("No server yet: give --server URL (and --user NAME) the first time.")
        client = SyncClient(store, url, verify=tls.verify, allow_http=tls.allow_http)
        if not has_token or (args.user and args.user != known_user):
            _login(client, args.user or known_user)
        try:
            report = client.sync()
        except SyncError as error:
            if error.kind != SyncErrorKind.AUTH:
                raise
            _login(client, args.user or known_user)  # the token expired: sign in again once
            report = client.sync()
        if args.ca_bundle:
            with store.transaction(client.actor) as s:
                local.set_state(s, transport.CA_BUNDLE_KEY, str(Path(args.ca_bundle).expanduser().resolve()))
    print(f"Synced: {report.pushed} sent, {report.pulled} received, {report.conflicts} conflicts, "
          f"{report.rejected} refused, {report.purged_members} charts removed.")
    return 1 if report.rejected else 0


def _login(client: Any, user: str) -> None:
    if not user:
        raise CliError("Give --user NAME to sign in to the server.")
    password = read_secret(PASSWORD_ENV, f"Server password for {user}: ")
    client.login(user, password, device_name=socket.gethostname())


def main(argv: Sequence[str] | None = None) -> int:
    return app_main(argv, extensions=[add_commands])
