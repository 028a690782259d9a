"""What issue 7 adds to a member's chart: the Tasks tab, the member's tasks and
compliance clocks (CONTRACT: being written)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from ui.chart.chart import ChartWidget


class MemberTasksPart(QObject):
    def __init__(self, chart: ChartWidget) -> None:
        super().__init__(chart)
        self.chart = chart

    def cancel_pending(self) -> None:
        pass

    def models(self) -> list[Any]:
        return []
