"""Small status icons drawn in code (no image files), always paired with text: colour is never the
only signal (a colour-blind nurse, a washed-out screen in a car)."""

from __future__ import annotations

import functools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap, QPolygonF

from app.model.enums import RiskTier

_SIZE = 16


def canvas() -> tuple[QPixmap, QPainter]:
    """A 16-px (HiDPI) transparent icon to paint on; end the painter, then wrap the pixmap in QIcon."""
    pixmap = QPixmap(_SIZE * 2, _SIZE * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def mark(painter: QPainter, text: str, color: str, size: int = 11) -> None:
    """A bold glyph centred on the icon."""
    font = QFont()
    font.setBold(True)
    font.setPixelSize(size)
    painter.setFont(font)
    painter.setPen(QColor(color))
    painter.drawText(QRectF(0, 0, _SIZE, _SIZE), Qt.AlignmentFlag.AlignCenter, text)


@functools.cache
def risk_icon(tier: str) -> QIcon:
    """High: a filled red circle with "!"; medium: an amber circle with "–"; low: a hollow grey ring."""
    pixmap, painter = canvas()
    if tier == RiskTier.LOW:
        painter.setPen(QPen(QColor("#7a869a"), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QRectF(3, 3, 10, 10))
    else:
        color = "#c62828" if tier == RiskTier.HIGH else "#e08a00"
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(color)))
        painter.drawEllipse(QRectF(1, 1, 14, 14))
        mark(painter, "!" if tier == RiskTier.HIGH else "–", "#ffffff")
    painter.end()
    return QIcon(pixmap)


@functools.cache
def overdue_icon() -> QIcon:
    return warning_icon("#d84315")


@functools.cache
def warning_icon(color: str) -> QIcon:
    """A warning triangle with "!" (overdue, an abnormal vital …); never shown without its text."""
    pixmap, painter = canvas()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(color)))
    painter.drawPolygon(QPolygonF([QPointF(8, 1), QPointF(15.5, 15), QPointF(0.5, 15)]))
    painter.setPen(QColor("#ffffff"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(10)
    painter.setFont(font)
    painter.drawText(QRectF(0, 4, _SIZE, 12), Qt.AlignmentFlag.AlignCenter, "!")
    painter.end()
    return QIcon(pixmap)


@functools.cache
def interpreter_icon() -> QIcon:
    """A speech bubble: an interpreter is needed."""
    pixmap, painter = canvas()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor("#1565c0")))
    painter.drawRoundedRect(QRectF(1, 2, 14, 10), 3, 3)
    painter.drawPolygon(QPolygonF([QPointF(4, 11), QPointF(4, 15), QPointF(8, 11)]))
    mark(painter, "…", "#ffffff")
    painter.end()
    return QIcon(pixmap)
