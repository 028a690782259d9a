"""TLS end to end: the real server on 127.0.0.1 with a certificate from a throwaway CA made here.

With the CA's bundle the laptop signs in and syncs; with the system's certificates, a certificate for
another name, or another CA's bundle it is refused with the certificate error. Plain http to another
computer is refused before any traffic unless explicitly allowed; http to this computer is fine."""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget

from app.errors import SyncError, SyncErrorKind
from app.services import access, members
from app.store.vault import KdfParams
from sync import local, transport
from sync.cli import main as cli_main
from sync.client import SyncClient
from sync.server import admin
from tests.conftest import PASSPHRASE, SAMPLE_MEMBER
from tests.server_fixtures import running_server

PASSWORD = "a long server password"
TLS_USERS = ("ana", "ben", "cy")
FAKE_HOST = "sync.example.test"  # resolves to 127.0.0.1 in these tests only; not a loopback *name*


# ---- a throwaway certificate authority -----------------------------------------------------------------

@dataclass
class Issuer:
    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def make_ca(common: str) -> Issuer:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(_name(common)).issuer_name(_name(common))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                         content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, encipher_only=False,
                                         decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    return Issuer(key, cert)


def make_server_cert(ca: Issuer, names: list[x509.GeneralName], folder: Path, stem: str) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(_name("carefield test server"))
            .issuer_name(ca.cert.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()),
                           critical=False)
            .sign(ca.key, hashes.SHA256()))
    cert_file, key_file = folder / f"{stem}.crt", folder / f"{stem}.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


def write_bundle(ca: Issuer, path: Path) -> Path:
    path.write_bytes(ca.cert.public_bytes(serialization.Encoding.PEM))
    return path


@dataclass
class Pki:
    ca_bundle: Path
    other_ca_bundle: Path
    good: tuple[Path, Path]  # certificate for IP 127.0.0.1
    wrong_name: tuple[Path, Path]  # same CA, but for other.example.org only


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    folder = tmp_path_factory.mktemp("pki")
    ca, other = make_ca("Carefield Test CA"), make_ca("Someone Else's CA")
    good = make_server_cert(ca, [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))], folder, "good")
    wrong = make_server_cert(ca, [x509.DNSName("other.example.org")], folder, "wrong")
    return Pki(write_bundle(ca, folder / "ca.pem"), write_bundle(other, folder / "other-ca.pem"), good, wrong)


@dataclass
class TlsServer:
    url: str
    db_url: str


def serve_tls(db_url: str, cert: tuple[Path, Path]) -> Iterator[TlsServer]:
    from sync.server.app import create_app

    app = create_app(db_url)
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", access_log=False,
                            ssl_certfile=str(cert[0]), ssl_keyfile=str(cert[1]))
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the TLS test server did not start"
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield TlsServer(f"https://127.0.0.1:{port}", db_url)
    finally:
        server.should_exit = True
        thread.join(10)
        app.state.factory.kw["bind"].dispose()


@pytest.fixture(scope="module")
def tls_server(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsServer]:
    db_url = f"sqlite:///{tmp_path_factory.mktemp('tls-db') / 'server.db'}"
    from sync.server.db import init_schema, make_engine, session_factory

    engine = make_engine(db_url)
    init_schema(engine)
    with session_factory(engine)() as s, s.begin():
        for user in TLS_USERS:  # one per test that syncs: each laptop's member is a different person
            admin.add_user(s, user, PASSWORD, "nurse")
    engine.dispose()
    yield from serve_tls(db_url, pki.good)


@pytest.fixture(scope="module")
def wrong_name_server(pki: Pki, tls_server: TlsServer) -> Iterator[TlsServer]:
    yield from serve_tls(tls_server.db_url, pki.wrong_name)


@pytest.fixture(autouse=True)
def no_ambient_trust(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only what a test gives is trusted or allowed (no REQUESTS_CA_BUNDLE, no CAREFIELD_* from outside)."""
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE", transport.CA_BUNDLE_ENV,
                 transport.ALLOW_HTTP_ENV):
        monkeypatch.delenv(name, raising=False)


def refused(call, kind: SyncErrorKind) -> str:
    with pytest.raises(SyncError) as failure:
        call()
    assert failure.value.kind == kind, str(failure.value)
    return str(failure.value)


# ---- certificates ---------------------------------------------------------------------------------------

def test_with_the_organisation_ca_bundle_sign_in_and_sync_work(tls_server, pki, store, member):
    client = SyncClient(store, tls_server.url, verify=str(pki.ca_bundle), retries=0)
    assert client.login("ana", PASSWORD).username == "ana"
    report = client.sync()
    assert report.pushed > 0 and report.rejected == 0


def test_with_only_the_system_certificates_the_server_is_refused(tls_server, store):
    client = SyncClient(store, tls_server.url)  # default retries: a certificate failure is not retried
    started = time.monotonic()
    message = refused(lambda: client.login("ana", PASSWORD), SyncErrorKind.CERTIFICATE)
    assert time.monotonic() - started < 3
    assert message.startswith("The server's certificate could not be verified (")
    assert "certificate" in message.split("(", 1)[1] and "Settings ▸ Server" in message
    with store.session() as s:
        assert local.state(s, "token") == ""  # nothing was sent or stored


def test_a_certificate_for_another_name_is_refused(wrong_name_server, pki, store):
    client = SyncClient(store, wrong_name_server.url, verify=str(pki.ca_bundle), retries=0)
    message = refused(lambda: client.login("ana", PASSWORD), SyncErrorKind.CERTIFICATE)
    assert "mismatch" in message.lower() and "127.0.0.1" in message


def test_another_authoritys_bundle_is_refused(tls_server, pki, store):
    client = SyncClient(store, tls_server.url, verify=str(pki.other_ca_bundle), retries=0)
    refused(lambda: client.login("ana", PASSWORD), SyncErrorKind.CERTIFICATE)


def test_a_missing_or_wrong_bundle_file_is_a_clear_message(tls_server, store, tmp_path):
    missing = refused(lambda: SyncClient(store, tls_server.url, verify=str(tmp_path / "nope.pem")),
                      SyncErrorKind.CERTIFICATE)
    assert missing == f"The certificate authority bundle {tmp_path / 'nope.pem'} does not exist."
    junk = tmp_path / "notes.pem"
    junk.write_text("this is not a certificate\n")
    assert "holds no usable PEM certificate" in refused(
        lambda: SyncClient(store, tls_server.url, verify=str(junk)), SyncErrorKind.CERTIFICATE)
    broken = tmp_path / "broken.pem"
    broken.write_text("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    assert transport.bundle_problem(str(broken)) == transport.BundleProblem.NO_CERTIFICATES


def test_the_command_line_takes_the_bundle_and_remembers_it(tls_server, pki, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CAREFIELD_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CAREFIELD_PASSWORD", PASSWORD)
    laptop = tmp_path / "laptop"
    store, _ = access.create(laptop, PASSPHRASE, kdf=KdfParams.fast())
    with store.transaction(store.actor()) as s:
        members.create(s, store.actor(), **SAMPLE_MEMBER)
    store.close()
    first = ["--data-dir", str(laptop), "sync", "--server", tls_server.url, "--user", "ben"]
    assert cli_main(first) == 2
    assert "certificate could not be verified" in capsys.readouterr().err
    assert cli_main([*first, "--ca-bundle", str(pki.ca_bundle)]) == 0
    assert cli_main(["--data-dir", str(laptop), "sync"]) == 0  # the bundle was remembered
    monkeypatch.setenv(transport.CA_BUNDLE_ENV, str(pki.other_ca_bundle))  # the environment outranks it
    assert cli_main(["--data-dir", str(laptop), "sync"]) == 2
    assert "certificate could not be verified" in capsys.readouterr().err


# ---- plain http --------------------------------------------------------------------------------------------

@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every name lookup and connection attempt, recorded and refused."""
    attempts: list[object] = []

    def record(*args: object, **_kw: object) -> None:
        attempts.append(args[0])
        raise OSError("no network in this test")

    monkeypatch.setattr(socket, "getaddrinfo", record)
    monkeypatch.setattr(socket, "create_connection", record)
    return attempts


def test_plain_http_to_another_computer_is_refused_before_any_traffic(store, no_network, tmp_path,
                                                                       monkeypatch, capsys):
    message = refused(lambda: SyncClient(store, "http://10.20.30.40:8080"), SyncErrorKind.INSECURE)
    assert "plain http" in message and "10.20.30.40" in message and "unencrypted" in message
    refused(lambda: SyncClient(store, "HTTP://carefield.example.org/"), SyncErrorKind.INSECURE)
    assert no_network == []
    monkeypatch.setenv("CAREFIELD_PASSPHRASE", PASSPHRASE)
    access.create(tmp_path / "laptop", PASSPHRASE, kdf=KdfParams.fast())[0].close()
    code = cli_main(["--data-dir", str(tmp_path / "laptop"), "sync", "--server", "http://carefield.example.org",
                     "--user", "ana"])
    assert code == 2
    assert "will not connect to carefield.example.org over plain http" in capsys.readouterr().err
    assert no_network == []


def test_plain_http_to_this_computer_is_allowed():
    for url in ("http://127.0.0.1:8000", "http://127.9.9.9", "http://localhost:80/", "http://[::1]:8000",
                "https://carefield.example.org"):
        transport.check_url(url, allow_http=False)


def test_plain_http_to_127_0_0_1_signs_in_and_syncs(sync_server, store, member):
    with sync_server.admin() as s:
        admin.add_user(s, "ana", PASSWORD, "nurse")
    assert sync_server.url.startswith("http://127.0.0.1:")
    client = SyncClient(store, sync_server.url, retries=0)
    client.login("ana", PASSWORD)
    assert client.sync().pushed > 0


@pytest.fixture
def fake_host(monkeypatch: pytest.MonkeyPatch) -> None:
    """FAKE_HOST resolves to 127.0.0.1, so an http server "on another computer" can be reached."""
    real = socket.getaddrinfo

    def lookup(host: object, *args: object, **kwargs: object) -> object:
        return real("127.0.0.1" if host == FAKE_HOST else host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", lookup)


def test_plain_http_elsewhere_works_when_explicitly_allowed(tmp_path, store, fake_host, monkeypatch, capsys):
    with running_server(f"sqlite:///{tmp_path / 'server.db'}") as server:
        with server.admin() as s:
            admin.add_user(s, "ana", PASSWORD, "nurse")
        url = server.url.replace("127.0.0.1", FAKE_HOST)
        refused(lambda: SyncClient(store, url), SyncErrorKind.INSECURE)
        SyncClient(store, url, allow_http=True, retries=0).login("ana", PASSWORD)
        store.close()

        monkeypatch.setenv("CAREFIELD_PASSPHRASE", PASSPHRASE)
        monkeypatch.setenv("CAREFIELD_PASSWORD", PASSWORD)
        laptop = tmp_path / "laptop"
        access.create(laptop, PASSPHRASE, kdf=KdfParams.fast())[0].close()
        args = ["--data-dir", str(laptop), "sync", "--server", url, "--user", "ana"]
        assert cli_main(args) == 2
        assert cli_main([*args, "--allow-http"]) == 0
        monkeypatch.setenv(transport.ALLOW_HTTP_ENV, "1")
        assert cli_main(["--data-dir", str(laptop), "sync"]) == 0
        assert capsys.readouterr().out.count("Synced: ") == 2


# ---- Settings ▸ Server and the status bar -----------------------------------------------------------------

@pytest.fixture
def window_ctx(qapp, store, data_dir):
    from ui.context import AppContext

    made: list[AppContext] = []

    def attach() -> AppContext:
        ctx = AppContext(data_dir)
        ctx.attach(store)
        made.append(ctx)
        return ctx

    yield attach
    for ctx in made:
        ctx.detach()
        ctx.shutdown()


def settings_dialog(qtbot, ctx, tmp_path):
    from test_ui_login import isolated_prefs

    from ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(isolated_prefs(tmp_path), ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.server_panel)
    return dialog


def test_settings_keep_the_bundle_and_the_http_switch_and_sync_uses_them(qtbot, tls_server, pki, store,
                                                                        member, window_ctx, tmp_path,
                                                                        monkeypatch):
    from ui.sync.controller import SyncController
    from ui.sync.status import SyncStatus

    SyncClient(store, tls_server.url, verify=str(pki.ca_bundle), retries=0).login("cy", PASSWORD)
    ctx = window_ctx()
    host = QWidget()
    qtbot.addWidget(host)
    controller = SyncController(ctx, host, automatic=False, http_retries=0)
    status = SyncStatus(ctx, controller, host)
    qtbot.waitUntil(lambda: controller.server_url is not None and status.summary is not None)
    with qtbot.waitSignal(controller.sync_did_fail, timeout=15000) as failed:  # nothing chosen yet
        qtbot.mouseClick(status.button, Qt.MouseButton.LeftButton)
    assert failed.args[0] == "certificate" and status.state.text() == "Server certificate not trusted"

    dialog = settings_dialog(qtbot, ctx, tmp_path)
    panel = dialog.server_panel
    junk = tmp_path / "notes.txt"
    junk.write_text("not a certificate")
    for chosen in (junk, pki.ca_bundle):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, path=chosen: (str(path), ""))
        qtbot.mouseClick(panel.choose, Qt.MouseButton.LeftButton)
        if chosen is junk:
            assert panel.problem.isVisible() and "no PEM certificate" in panel.problem.text()
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            assert dialog.isVisible()  # a bundle that cannot be used is not saved
    assert not panel.problem.isVisible() and panel.bundle.text() == str(pki.ca_bundle)
    panel.allow_http.setFocus()
    qtbot.keyClick(panel.allow_http, Qt.Key.Key_Space)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()

    def saved() -> transport.Tls:
        with store.session() as s:
            return transport.saved_tls(s)

    qtbot.waitUntil(lambda: saved() == transport.Tls(str(pki.ca_bundle), True), timeout=5000)
    with qtbot.waitSignal(controller.sync_did_finish, timeout=15000):
        qtbot.mouseClick(status.button, Qt.MouseButton.LeftButton)
    assert status.state.text() == "Online"

    again = settings_dialog(qtbot, ctx, tmp_path)  # what was saved is shown next time
    qtbot.waitUntil(lambda: again.server_panel.bundle.text() == str(pki.ca_bundle), timeout=5000)
    assert again.server_panel.allow_http.isChecked()
    again.reject()


def test_the_connect_dialog_accepts_plain_http_only_with_the_switch(qtbot, window_ctx):
    from ui.sync.signin import ConnectServerDialog, server_url_problem

    assert "https://" in server_url_problem("http://carefield.example.org")
    assert server_url_problem("http://carefield.example.org", allow_http=True) == ""
    host = QWidget()
    qtbot.addWidget(host)
    dialog = ConnectServerDialog(window_ctx(), host, allow_http=True)
    dialog.show()
    dialog.url.setText("http://carefield.example.org")
    assert dialog.allow_http
    dialog.reject()
