"""Small charts drawn with reportlab's graphics (vector, embedded fonts, no image files)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors

from app.reports import fonts

PALETTE = (colors.HexColor("#1f4e79"), colors.HexColor("#c55a11"), colors.HexColor("#548235"),
           colors.HexColor("#7f6000"), colors.HexColor("#7030a0"))


def line_chart(labels: Sequence[str], values: Sequence[float], width: float, size: float, *,
               y_max: float | None = None) -> Drawing:
    height = size * 16
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    _place(chart, width, height, size)
    chart.data = [list(values)]
    chart.categoryAxis.categoryNames = list(labels)
    chart.lines[0].strokeColor = PALETTE[0]
    chart.lines[0].strokeWidth = 1.6
    chart.lines.symbol = None
    chart.joinedLines = 1
    _axes(chart, size, y_max if y_max is not None else max(values), len(labels))
    drawing.add(chart)
    return drawing


def bar_chart(labels: Sequence[str], series: Sequence[Sequence[float]], width: float, size: float, *,
              legend: Sequence[str] = ()) -> Drawing:
    height = size * 16 + (size * 1.8 if legend else 0)
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    _place(chart, width, size * 16, size)
    chart.y += height - size * 16
    chart.data = [list(s) for s in series]
    chart.categoryAxis.categoryNames = list(labels)
    for i in range(len(series)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    _axes(chart, size, max(max(s) for s in series if s), len(labels))
    drawing.add(chart)
    if legend:
        key = Legend()
        key.x, key.y, key.fontName, key.fontSize = chart.x, size * 0.8, fonts.REGULAR, size * 0.8
        key.alignment, key.columnMaximum, key.dx, key.dy = "right", 1, size * 0.8, size * 0.8
        key.colorNamePairs = [(PALETTE[i % len(PALETTE)], name) for i, name in enumerate(legend)]
        drawing.add(key)
    return drawing


def _place(chart: HorizontalLineChart | VerticalBarChart, width: float, height: float, size: float) -> None:
    chart.x, chart.y = size * 3.2, size * 3.4
    chart.width, chart.height = width - size * 4, height - size * 4.4


def _axes(chart: HorizontalLineChart | VerticalBarChart, size: float, top: float, count: int) -> None:
    fonts.register()
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = fonts.REGULAR
        axis.labels.fontSize = size * 0.8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(top, 1) * 1.1
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    if count > 8:  # slanted labels so long date runs do not overlap
        chart.categoryAxis.labels.angle = 35
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.dx = size * 0.3
