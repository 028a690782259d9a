"""How the laptop reaches the server: certificate checks, the plain-http rule, retries and timeouts.

Certificates are always verified, against the system's trust store or a CA bundle the organisation
gives (Settings ▸ Server, ``carefield-cli sync --ca-bundle``, ``CAREFIELD_CA_BUNDLE``). Plain ``http://``
is refused before any traffic unless the server is on this computer or the nurse (or a tester) has
explicitly allowed it: over http the password, the token and members' charts would cross the network
readable by anyone on it. No Qt here.
"""

from __future__ import annotations

import enum
import ipaddress
import os
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from sqlalchemy.orm import Session
from urllib3.util.retry import Retry

from app.errors import SyncError, SyncErrorKind
from sync import local

CA_BUNDLE_ENV = "CAREFIELD_CA_BUNDLE"
ALLOW_HTTP_ENV = "CAREFIELD_ALLOW_HTTP"
CA_BUNDLE_KEY = "ca_bundle"  # sync_state keys, next to server_url (a file path and a switch: not PHI)
ALLOW_HTTP_KEY = "allow_http"
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})
YES = frozenset({"1", "true", "yes", "on"})
PEM_CERTIFICATE = b"-----BEGIN CERTIFICATE-----"
MAX_BUNDLE_BYTES = 10 * 1024 * 1024
HTTP_REFUSED = ("Carefield will not connect to {host} over plain http: the password, the sign-in token and "
                "members' charts would cross the network unencrypted. Use the server's https:// address "
                "(plain http is allowed only for a server on this computer, or for testing with "
                "--allow-http, CAREFIELD_ALLOW_HTTP=1 or the Settings switch).")
CERTIFICATE_REFUSED = ("The server's certificate could not be verified ({reason}), so Carefield did not "
                       "connect. If your organisation uses its own certificate authority, choose its bundle "
                       "in Settings ▸ Server (or give --ca-bundle FILE).")


class BundleProblem(enum.StrEnum):
    MISSING = "missing"
    UNREADABLE = "unreadable"
    NO_CERTIFICATES = "no_certificates"


BUNDLE_MESSAGES = {
    BundleProblem.MISSING: "The certificate authority bundle {path} does not exist.",
    BundleProblem.UNREADABLE: "The certificate authority bundle {path} cannot be read.",
    BundleProblem.NO_CERTIFICATES: "The certificate authority bundle {path} holds no usable PEM certificate.",
}


@dataclass(frozen=True, slots=True)
class Tls:
    """Which certificates to trust and whether plain http to another computer is allowed."""

    ca_bundle: str = ""  # "": the system's trust store
    allow_http: bool = False

    @property
    def verify(self) -> bool | str:
        return self.ca_bundle or True


def env_allows_http() -> bool:
    return os.environ.get(ALLOW_HTTP_ENV, "").strip().lower() in YES


def tls_settings(session: Session, *, ca_bundle: str | None = None, allow_http: bool = False) -> Tls:
    """What this run uses: an explicit option wins, then the environment, then Settings (the vault)."""
    bundle = ca_bundle or os.environ.get(CA_BUNDLE_ENV) or local.state(session, CA_BUNDLE_KEY)
    allowed = allow_http or env_allows_http() or local.state(session, ALLOW_HTTP_KEY) == "1"
    return Tls(bundle or "", allowed)


def save_tls(session: Session, tls: Tls) -> None:
    local.set_state(session, CA_BUNDLE_KEY, tls.ca_bundle)
    local.set_state(session, ALLOW_HTTP_KEY, "1" if tls.allow_http else "0")


def saved_tls(session: Session) -> Tls:
    """Only what Settings holds (for the Settings dialog), without the environment."""
    return Tls(local.state(session, CA_BUNDLE_KEY), local.state(session, ALLOW_HTTP_KEY) == "1")


def is_loopback(host: str) -> bool:
    if host.lower().rstrip(".") in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def http_refused(url: str, allow_http: bool) -> bool:
    parts = urlsplit(url.strip())
    return parts.scheme.lower() == "http" and not allow_http and not is_loopback(parts.hostname or "")


def check_url(url: str, allow_http: bool) -> None:
    """Raise INSECURE for plain http to another computer without permission. Makes no connection."""
    if http_refused(url, allow_http):
        raise SyncError(SyncErrorKind.INSECURE, HTTP_REFUSED.format(host=urlsplit(url.strip()).hostname))


def bundle_problem(path: str) -> BundleProblem | None:
    """Why a CA bundle cannot be used, or None. Loads it the way the TLS layer will."""
    file = Path(path).expanduser()
    if not file.is_file():
        return BundleProblem.MISSING
    try:
        if file.stat().st_size > MAX_BUNDLE_BYTES or PEM_CERTIFICATE not in file.read_bytes():
            return BundleProblem.NO_CERTIFICATES
        ssl.create_default_context(cafile=str(file))
    except ssl.SSLError:
        return BundleProblem.NO_CERTIFICATES
    except OSError:
        return BundleProblem.UNREADABLE
    return None


def check_bundle(path: str) -> None:
    problem = bundle_problem(path)
    if problem is not None:
        raise SyncError(SyncErrorKind.CERTIFICATE, BUNDLE_MESSAGES[problem].format(path=path))


def check(url: str, tls: Tls) -> None:
    """Everything that can be refused before the network is touched."""
    check_url(url, tls.allow_http)
    if tls.ca_bundle:
        check_bundle(tls.ca_bundle)


def certificate_error(exc: BaseException) -> SyncError:
    return SyncError(SyncErrorKind.CERTIFICATE, CERTIFICATE_REFUSED.format(reason=_verify_reason(exc)))


def _verify_reason(exc: BaseException) -> str:
    """OpenSSL's own words ("self-signed certificate in certificate chain", "Hostname mismatch…"),
    found down the exception chain; they name certificates and hosts, never data."""
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            break
        if isinstance(seen, ssl.SSLCertVerificationError):
            return str(seen.verify_message or seen.reason or "not trusted").rstrip(".")
        seen = seen.__cause__ or seen.__context__ or (seen.args[0] if seen.args and isinstance(
            seen.args[0], BaseException) else getattr(seen, "reason", None))
    return "not trusted"


Request = Callable[..., requests.Response]


def http_session(tls: Tls, timeout: float, retries: int) -> requests.Session:
    # other=0: a certificate failure is not retried (it will not get better in two seconds)
    retry = Retry(total=retries, connect=retries, read=retries, other=0, backoff_factor=0.5,
                  status_forcelist=(500, 502, 503, 504), allowed_methods=None,  # push is idempotent
                  respect_retry_after_header=True, raise_on_status=False)
    http = requests.Session()
    http.mount("http://", HTTPAdapter(max_retries=retry))
    http.mount("https://", HTTPAdapter(max_retries=retry))
    http.verify = tls.verify
    http.request = _with_defaults(http.request, timeout, tls.verify)  # type: ignore[method-assign]
    return http


def _with_defaults(request: Request, timeout: float, verify: bool | str) -> Request:
    def call(*args: Any, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", timeout)
        # per request: a session-level bundle would lose to REQUESTS_CA_BUNDLE (requests' merge order)
        kwargs.setdefault("verify", verify)
        return request(*args, **kwargs)

    return call
