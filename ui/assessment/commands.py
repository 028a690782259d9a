"""The main window's Chart ▸ Start assessment… (Ctrl+Shift+S), for the chart on screen (issue 6)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from ui.shell.window import MainWindow


class AssessmentCommands(QObject):
    def __init__(self, window: MainWindow, menu: Any) -> None:
        super().__init__(window)
        self.window = window
        self.start = window._action(self.tr("Start a&ssessment…"), "Ctrl+Shift+S", self._start)
        menu.addSeparator()
        menu.addAction(self.start)
        window.charts.count_did_change.connect(self.charts_did_change)
        self.charts_did_change(window.charts.count())

    def _start(self) -> None:
        from ui.shell.window import Page

        chart = self.window.charts.currentWidget()
        if chart is not None and self.window.stack.currentIndex() == Page.CHARTS:
            chart.assessments.start()  # type: ignore[attr-defined]

    def charts_did_change(self, count: int) -> None:
        self.start.setEnabled(count > 0)
