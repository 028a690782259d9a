"""The weekly full integrity check, started in the background a little after unlock.

It runs on the context's network thread, not the DB thread: on a large caseload the full check takes
seconds, and the views must not wait for it. A failure is told once, without blocking; the next unlock
then runs the full check and offers the recovery path (app.store.integrity's marker file).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.context import AppContext
from ui.widgets.text import translate

log = logging.getLogger(__name__)
DELAY_MS = 30_000  # let the caseload load and a first sync start before reading the whole file
_shown: list[QMessageBox] = []  # the notice, kept alive while it is open


def start_scheduled_check(ctx: AppContext, *, delay_ms: int = DELAY_MS) -> None:
    generation = ctx.generation
    QTimer.singleShot(delay_ms, ctx, lambda: _run(ctx, generation))


def _run(ctx: AppContext, generation: int) -> None:
    from ui.login import work
    from ui.ops import Op

    store, actor = ctx.store, ctx.actor
    if store is None or actor is None or ctx.generation != generation:
        return
    Op(ctx, None, lambda: work.full_check_if_due(store, actor), pool="net",
       label=translate("Integrity", "Checking the database")).success(
        lambda report: _checked(ctx, report)).failure(_could_not_check).run_in_background()


def _checked(ctx: AppContext, report: object) -> None:
    if report is None or getattr(report, "ok", True):
        return
    _shown[:] = [damage_notice(None)]


def damage_notice(parent: QWidget | None) -> QMessageBox:
    """A non-modal warning that the file is damaged and what to do; holds no PHI."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Integrity", "Carefield"), damage_text(),
                      QMessageBox.StandardButton.Ok, parent)
    box.setModal(False)
    box.show()
    return box


def damage_text() -> str:
    return translate(
        "Integrity",
        "Carefield found damage in its data file on this laptop: part of it can no longer be read. Keep "
        "working only if you must. Lock Carefield (Ctrl+L) and unlock it again to see the ways to recover.")


def _could_not_check(exc: BaseException) -> None:
    log.info("scheduled integrity check did not run: %s", type(exc).__name__)
