"""One instrument's totals over time, drawn with QPainter (no QtCharts): the bands as light
horizontal strips with their names, then the line and the points, dates along the bottom.

Each band strip carries its name, so the chart reads without telling colours apart; the accessible
description says the same in a sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.instruments import Instrument
from ui.assessment.labels import band_label
from ui.i18n import arg
from ui.widgets.dates import format_date, local_day

MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 44, 16, 12, 28


def top_score(instrument: Instrument) -> int:
    """The highest total the instrument can give (the top of the chart)."""
    scoring = instrument.scoring
    if scoring.bands:
        return max(b.high for b in scoring.bands)
    if scoring.counted_flags:
        return len(scoring.counted_flags)
    by_id = instrument.by_id
    return sum(max(o.score or 0 for o in by_id[i].options) * scoring.weights.get(i, 1)
               for i in scoring.summed)


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trend_chart")
        self.setAccessibleName(self.tr("Trend"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.points: list[tuple[datetime, int]] = []
        self.bands: list[tuple[str, int, int]] = []
        self.top = 1

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 140)

    def set_data(self, instrument: Instrument | None, points: Sequence[tuple[datetime, int | None]]) -> None:
        self.points = [(when, total) for when, total in points if total is not None]
        self.points.sort(key=lambda p: p[0])
        self.bands = [(b.name, b.low, b.high) for b in instrument.scoring.bands] if instrument else []
        self.top = max([top_score(instrument) if instrument else 1, *(t for _w, t in self.points), 1])
        self.setAccessibleDescription(self._describe())
        self.update()

    def _describe(self) -> str:
        if not self.points:
            return self.tr("No completed results yet.")
        (first, low), (last, high) = self.points[0], self.points[-1]
        return arg(self.tr("%1 results from %2 (%3) to %4 (%5)."), len(self.points),
                   format_date(local_day(first)), low, format_date(local_day(last)), high)

    # ---- painting --------------------------------------------------------------------------------

    def _plot(self) -> QRectF:
        return QRectF(MARGIN_LEFT, MARGIN_TOP, max(1, self.width() - MARGIN_LEFT - MARGIN_RIGHT),
                      max(1, self.height() - MARGIN_TOP - MARGIN_BOTTOM))

    def _y(self, value: float, plot: QRectF) -> float:
        return plot.bottom() - plot.height() * value / self.top

    def _x(self, when: datetime, plot: QRectF) -> float:
        if len(self.points) < 2:
            return plot.center().x()
        start, end = self.points[0][0], self.points[-1][0]
        span = (end - start).total_seconds() or 1.0
        return plot.left() + plot.width() * (when - start).total_seconds() / span

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot()
        palette = self.palette()
        painter.fillRect(plot, palette.color(QPalette.ColorRole.Base))
        self._paint_bands(painter, plot, palette)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(plot)
        self._paint_axis(painter, plot, palette)
        if not self.points:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No completed results yet"))
        else:
            self._paint_line(painter, plot, palette)
        painter.end()

    def _paint_bands(self, painter: QPainter, plot: QRectF, palette: QPalette) -> None:
        tint = palette.color(QPalette.ColorRole.Highlight)
        text = palette.color(QPalette.ColorRole.PlaceholderText)
        for index, (name, low, high) in enumerate(self.bands):
            top, bottom = self._y(min(high + 0.5, self.top), plot), self._y(max(low - 0.5, 0), plot)
            strip = QRectF(plot.left(), top, plot.width(), bottom - top)
            shade = QColor(tint)
            shade.setAlpha(18 if index % 2 else 40)  # alternate strips; the names carry the meaning
            painter.fillRect(strip, shade)
            painter.setPen(QPen(text, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), top), QPointF(plot.right(), top))
            if strip.height() >= painter.fontMetrics().height():
                right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                painter.drawText(strip.adjusted(6, 0, -6, 0), right, band_label(name))

    def _paint_axis(self, painter: QPainter, plot: QRectF, palette: QPalette) -> None:
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        height = painter.fontMetrics().height()
        for value in sorted({0, self.top, *(low for _n, low, _h in self.bands)}):
            y = self._y(value, plot)
            painter.drawText(QRectF(0, y - height / 2, MARGIN_LEFT - 6, height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        if self.points:
            below = QRectF(plot.left(), plot.bottom() + 4, plot.width(), height)
            painter.drawText(below, Qt.AlignmentFlag.AlignLeft, format_date(local_day(self.points[0][0])))
            if len(self.points) > 1:
                last = format_date(local_day(self.points[-1][0]))
                painter.drawText(below, Qt.AlignmentFlag.AlignRight, last)

    def _paint_line(self, painter: QPainter, plot: QRectF, palette: QPalette) -> None:
        colour = palette.color(QPalette.ColorRole.Highlight).darker(120)
        positions = [QPointF(self._x(when, plot), self._y(total, plot)) for when, total in self.points]
        painter.setPen(QPen(colour, 2))
        for start, end in pairwise(positions):
            painter.drawLine(start, end)
        painter.setBrush(colour)
        height = painter.fontMetrics().height()
        for point, (_when, total) in zip(positions, self.points, strict=True):
            painter.setPen(QPen(colour, 1))
            painter.drawEllipse(point, 4, 4)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(QRectF(point.x() - 20, point.y() - height - 6, 40, height),
                             Qt.AlignmentFlag.AlignCenter, str(total))
