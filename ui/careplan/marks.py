"""The small marks of the plan tree, drawn in code and always next to words: a letter badge per kind of
item (P, G, I, B, R) and a status mark whose shape differs by tone (✓ done, ● active, ○ waiting,
! attention, ✕ problem, – stopped), so colour is never the only signal."""

from __future__ import annotations

import functools

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPen

from ui.careplan.labels import ACTIVE, ATTENTION, DONE, PROBLEM, STOPPED, WAITING
from ui.widgets.icons import canvas, mark

KIND_COLORS = {"plan": "#37474f", "problem": "#1d5aa3", "goal": "#00796b", "intervention": "#6a3d9a",
               "barrier": "#b34700", "referral": "#8e2a5b", "referrals": "#8e2a5b"}
KIND_LETTERS = {"plan": "≡", "problem": "P", "goal": "G", "intervention": "I", "barrier": "B",
                "referral": "R", "referrals": "R"}
TONE_COLORS = {DONE: "#2e7d32", ACTIVE: "#1565c0", WAITING: "#7a869a", ATTENTION: "#e08a00",
               PROBLEM: "#c62828", STOPPED: "#5c636b"}
TONE_GLYPHS = {DONE: "✓", ATTENTION: "!", PROBLEM: "✕", STOPPED: "–"}


@functools.cache
def kind_icon(kind: str) -> QIcon:
    """A rounded square with the kind's letter (a barrier's corner is cut: it reads as a warning)."""
    pixmap, painter = canvas()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(KIND_COLORS.get(kind, "#37474f"))))
    radius = 1.5 if kind == "barrier" else 4
    painter.drawRoundedRect(QRectF(1, 1, 14, 14), radius, radius)
    mark(painter, KIND_LETTERS.get(kind, "?"), "#ffffff", 10)
    painter.end()
    return QIcon(pixmap)


@functools.cache
def status_icon(tone: str) -> QIcon:
    """Waiting is a hollow ring; every other tone a filled circle with its glyph."""
    pixmap, painter = canvas()
    color = QColor(TONE_COLORS.get(tone, TONE_COLORS[WAITING]))
    if tone == WAITING:
        painter.setPen(QPen(color, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QRectF(3, 3, 10, 10))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
        painter.drawEllipse(QRectF(1, 1, 14, 14) if tone in TONE_GLYPHS else QRectF(3, 3, 10, 10))
        if tone in TONE_GLYPHS:
            mark(painter, TONE_GLYPHS[tone], "#ffffff", 10)
    painter.end()
    return QIcon(pixmap)
