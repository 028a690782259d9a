"""Shared fixtures: an offscreen Qt, a fresh vault and store, a sample member."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

PASSPHRASE = "lavender tractor under moonlight"
SAMPLE_MEMBER = {
    "plan_member_id": "MCL-0042",
    "first_name": "Rosa",
    "last_name": "Delgado",
    "dob": "1951-06-14",
    "preferred_language": "es",
    "phone_primary": "(555) 555-0142",
    "line_of_business": "mcl",
    "program": "complex_cm",
    "risk_tier": "high",
    "referral_source": "discharge_planning",
    "identified_on": "2026-10-01",
}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[object]:
    from app.services import access
    from app.store.vault import KdfParams

    opened, _ = access.create(data_dir, PASSPHRASE, kdf=KdfParams.fast())
    yield opened
    opened.close()


@pytest.fixture
def actor(store: object) -> object:
    return store.actor()  # type: ignore[attr-defined]


@pytest.fixture
def member(store: object, actor: object) -> object:
    from app.services import members

    with store.transaction(actor) as s:  # type: ignore[attr-defined]
        return members.create(s, actor, **SAMPLE_MEMBER)


BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def sync_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    """The real server on port 0; every server test runs on SQLite and, when CAREFIELD_TEST_PG_URL is set,
    on PostgreSQL."""
    from tests.server_fixtures import PG_URL, running_server, server_url_for

    if request.param == "postgresql" and not PG_URL:
        pytest.skip("CAREFIELD_TEST_PG_URL is not set")
    with running_server(server_url_for(request.param, tmp_path)) as server:
        yield server


@pytest.fixture
def ctx(qapp: object, store: object, data_dir: Path) -> Iterator[object]:
    """An unlocked AppContext on the test store, as the app has after unlocking."""
    from ui.context import AppContext

    context = AppContext(data_dir)
    context.attach(store)  # type: ignore[arg-type]
    yield context
    context.detach()
    context.shutdown()


@pytest.fixture
def window(qtbot: object, ctx: object, member: object) -> object:
    """The real main window on the sample member's store, shown and active."""
    from ui.shell.window import MainWindow

    main = MainWindow(ctx)  # type: ignore[arg-type]
    qtbot.addWidget(main)  # type: ignore[attr-defined]
    main.show()
    qtbot.waitUntil(main.isActiveWindow, timeout=10000)  # type: ignore[attr-defined]
    return main
