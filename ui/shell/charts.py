"""Open member charts, one tab each; opening a chart already open just shows it."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from ui.chart.chart import ChartWidget
from ui.chart.data import warm_up
from ui.context import AppContext
from ui.ops import DbOp

# After unlock's own reads, before a nurse has picked a member: the first chart then opens as fast as the
# next ones (its statements are compiled and cached by SQLAlchemy meanwhile).
WARM_UP_AFTER_MS = 1500


class ChartTabs(QTabWidget):
    count_did_change = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("chart_tabs_area")
        self.setDocumentMode(True)
        self.setTabsClosable(True)
        self.setMovable(True)
        self.tabCloseRequested.connect(self.close_chart)
        QTimer.singleShot(WARM_UP_AFTER_MS, self, self._warm_up)

    def _warm_up(self) -> None:
        if self.ctx.is_unlocked and not self.count():
            # A failure costs nothing: the first chart compiles its statements itself.
            DbOp(self.ctx, self, lambda s, _a: warm_up(s)).failure(lambda _exc: None).run_in_background()

    def charts(self) -> list[ChartWidget]:
        return [self.widget(i) for i in range(self.count())]  # type: ignore[misc]

    def open_chart(self, member_id: str) -> ChartWidget:
        for chart in self.charts():
            if chart.member_id == member_id:
                self.setCurrentWidget(chart)
                return chart
        chart = ChartWidget(self.ctx, member_id, self)
        index = self.addTab(chart, self.tr("Opening…"))
        chart.chart_did_load.connect(lambda title: self._retitle(chart, title))
        self.setCurrentIndex(index)
        chart.load()
        self.count_did_change.emit(self.count())
        return chart

    def _retitle(self, chart: ChartWidget, title: str) -> None:
        index = self.indexOf(chart)
        if index >= 0:
            self.setTabText(index, title)
            self.setTabToolTip(index, title)

    def close_chart(self, index: int) -> None:
        chart = self.widget(index)
        if chart is None:
            return
        chart.cancel_pending()  # type: ignore[attr-defined]
        self.removeTab(index)
        chart.deleteLater()
        self.count_did_change.emit(self.count())

    def close_current(self) -> None:
        if self.count():
            self.close_chart(self.currentIndex())

    def close_all(self) -> None:
        """The vault is closing: clear each chart now, then drop the widgets."""
        for chart in self.charts():
            chart.clear()
        while self.count():
            self.close_chart(0)
