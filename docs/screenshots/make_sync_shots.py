"""Render the Conflicts page offscreen at 1280×800 with one real conflict.

    .venv/bin/python docs/screenshots/make_sync_shots.py
    CAREFIELD_SHOTS=1 .venv/bin/python -m pytest -q tests/test_ui_sync.py -k screenshot   (the same)

Writes conflicts.png beside this script. The conflict is made the real way: a sync server on a free
port (SQLite in a throwaway folder), two laptops that change the same member's city while apart, and
the second laptop's Sync now. The member is the synthetic sample used by the tests; nothing real is shown.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # for tests.server_fixtures

from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

OUT = Path(__file__).resolve().parent
SIZE = (1280, 800)
PASSWORD = "screenshots only, not a real password"
PASSPHRASE = "screenshots only, not a real vault"


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not finish loading")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def _laptop(folder: Path, url: str, user: str) -> tuple[object, object]:
    from app.services import access
    from app.store.vault import KdfParams
    from sync.client import SyncClient

    store, _ = access.create(folder, PASSPHRASE, kdf=KdfParams.fast())
    client = SyncClient(store, url, retries=0)
    client.login(user, PASSWORD, device_name=user + "'s laptop")
    return store, client


def _write(store: object, fn: Callable[[object, object], object]) -> object:
    actor = store.actor()  # type: ignore[attr-defined]
    with store.transaction(actor) as s:  # type: ignore[attr-defined]
        return fn(s, actor)


def render(app: QApplication, work: Path, out: Path = OUT) -> Path:
    from app.services import members
    from sync.server import admin
    from tests.conftest import SAMPLE_MEMBER
    from tests.server_fixtures import running_server
    from ui.context import AppContext, Changes
    from ui.shell.window import MainWindow, Page

    with running_server(f"sqlite:///{work / 'server.db'}") as server:
        with server.admin() as s:
            admin.add_user(s, "ana", PASSWORD, "nurse")
            admin.add_user(s, "ben", PASSWORD, "nurse")
        laptop_a, client_a = _laptop(work / "a", server.url, "ana")
        made = _write(laptop_a, lambda s, who: members.create(s, who, **SAMPLE_MEMBER))
        client_a.sync()  # type: ignore[attr-defined]
        with server.admin() as s:
            admin.assign(s, made.id, "ben")  # type: ignore[attr-defined]
        laptop_b, client_b = _laptop(work / "b", server.url, "ben")
        client_b.sync()  # type: ignore[attr-defined]
        _write(laptop_a, lambda s, who: members.update(s, who, made.id, city="Fresno"))  # type: ignore
        client_a.sync()  # type: ignore[attr-defined]
        _write(laptop_b, lambda s, who: members.update(s, who, made.id, city="Merced"))  # type: ignore

        ctx = AppContext(work / "b")
        ctx.attach(laptop_b)  # type: ignore[arg-type]
        window = MainWindow(ctx)
        window.sync_controller.stop()
        window.resize(*SIZE)
        window.show()
        ctx.changes_did_happen.emit(Changes.of("member"))
        wait_until(app, lambda: window.sync_status.summary is not None)
        window.sync_controller.sync_now()
        wait_until(app, lambda: window.conflicts.model.rowCount() == 1 and not window.sync_controller.syncing)
        window.show_page(Page.CONFLICTS)
        window.conflicts.table.view.selectRow(0)
        wait_until(app, lambda: window.sync_status.waiting.text() != "")
        target = out / "conflicts.png"
        window.grab().save(str(target))
        window.close()
        ctx.detach()
        ctx.shutdown()
        for store in (laptop_a, laptop_b):
            store.close()  # type: ignore[attr-defined]
    return target


def shoot(app: QApplication) -> Path:
    """US English, the light theme, a throwaway folder: the same conditions as make_main_shots.py."""
    from ui.theme import apply_theme

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    apply_theme(app, "light")
    return render(app, Path(tempfile.mkdtemp(prefix="carefield-shots-")))


def main() -> None:
    app = QApplication(sys.argv)
    print("wrote", shoot(app).name)


if __name__ == "__main__":
    main()
