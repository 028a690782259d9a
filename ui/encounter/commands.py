"""The main window's Chart menu (issue 5): new encounter note, log a contact attempt, program status —
each for the chart on screen — and Unfinished notes, which is also offered when the window opens."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction

from ui.encounter.drafts import offer_drafts
from ui.encounter.editor import EncounterEditor

if TYPE_CHECKING:
    from ui.shell.window import MainWindow


class EncounterCommands(QObject):
    def __init__(self, window: MainWindow, menu: Any) -> None:
        super().__init__(window)
        self.window = window
        self.new_note = self._add(self.tr("&New encounter note…"), "Ctrl+E", lambda p: p.new_note())
        self.log_attempt = self._add(self.tr("Log contact &attempt…"), "Ctrl+Shift+A",
                                     lambda p: p.log_attempt())
        self.status = self._add(self.tr("Program &status…"), "Ctrl+Shift+T", lambda p: p.open_status_menu())
        self.chart_actions = [self.new_note, self.log_attempt, self.status]
        self.unfinished = window._action(self.tr("&Unfinished notes…"), None,
                                         lambda: self.offer(when_none=True))
        menu.addActions(self.chart_actions)
        menu.addSeparator()
        menu.addAction(self.unfinished)
        self.charts_did_change(0)
        QTimer.singleShot(0, self, self.offer)  # drafts left by a crash, a kill or a lock

    def _add(self, text: str, keys: str, command: Callable[[Any], Any]) -> QAction:
        return self.window._action(text, keys, lambda: self._in_chart(command))

    def _in_chart(self, command: Callable[[Any], Any]) -> None:
        from ui.shell.window import Page

        chart = self.window.charts.currentWidget()
        if chart is not None and self.window.stack.currentIndex() == Page.CHARTS:
            command(chart.encounters)  # type: ignore[attr-defined]

    def charts_did_change(self, count: int) -> None:
        for action in self.chart_actions:
            action.setEnabled(count > 0)

    def offer(self, when_none: bool = False) -> None:
        ctx = self.window.ctx
        if ctx.is_unlocked:
            offer_drafts(ctx, self.window, self.restore, when_none=when_none)

    def restore(self, draft: Any, member_name: str) -> EncounterEditor:
        """Reopen the editor with exactly what was typed (or bring it forward if it is already open)."""
        for editor in self.window.findChildren(EncounterEditor):
            if editor.ref.id == draft.id and not editor.closed:
                editor.raise_()
                editor.activateWindow()
                return editor
        editor = EncounterEditor(self.window.ctx, draft.member_id, member_name, self.window, draft=draft)
        editor.show()
        editor.activateWindow()
        return editor

    def open_note(self, member_id: str, encounter_id: str) -> None:
        """A note hit from Ctrl+K: the member's chart, at that note."""
        self.window.open_chart(member_id)
        self.window.charts.currentWidget().encounters.show_note(encounter_id)  # type: ignore[union-attr]
