"""Connection icons drawn in code, each with its own shape (a tick, a cross, a dash, dots), and always
shown next to words: colour is never the only signal."""

from __future__ import annotations

import functools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap

_SIZE = 16


def _draw(fill: str | None, ring: str, mark: str) -> QIcon:
    pixmap = QPixmap(_SIZE * 2, _SIZE * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(ring), 1.6))
    painter.setBrush(QBrush(QColor(fill)) if fill else Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(1.5, 1.5, 13, 13))
    painter.setPen(QPen(QColor("#ffffff" if fill else ring), 2.0, Qt.PenStyle.SolidLine,
                        Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    if mark == "tick":
        painter.drawPolyline([QPointF(4.6, 8.2), QPointF(7.0, 10.6), QPointF(11.4, 5.6)])
    elif mark == "cross":
        painter.drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5))
        painter.drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5))
    elif mark == "dash":
        painter.drawLine(QPointF(5, 8), QPointF(11, 8))
    elif mark == "dots":
        for x in (5.0, 8.0, 11.0):
            painter.drawPoint(QPointF(x, 8))
    elif mark == "bang":
        painter.drawLine(QPointF(8, 4.5), QPointF(8, 8.8))
        painter.drawPoint(QPointF(8, 11.4))
    painter.end()
    return QIcon(pixmap)


@functools.cache
def online_icon() -> QIcon:
    return _draw("#2e7d32", "#2e7d32", "tick")


@functools.cache
def offline_icon() -> QIcon:
    return _draw(None, "#6b7788", "cross")


@functools.cache
def not_connected_icon() -> QIcon:
    return _draw(None, "#6b7788", "dash")


@functools.cache
def syncing_icon() -> QIcon:
    return _draw("#1565c0", "#1565c0", "dots")


@functools.cache
def problem_icon() -> QIcon:
    return _draw("#c25e00", "#c25e00", "bang")
