"""A signature pad: the member signs the care plan with a mouse, a pen or a finger.

It stands in for paper, so it is always dark ink on a light pad whatever the theme. Strokes are kept as
points and drawn as antialiased QPainterPaths; ``to_png`` renders them afresh, cropped to the signature
and scaled to a sensible size, into memory (QBuffer) — a signature never touches a temporary file.
A keyboard cannot draw; the agreement dialog says so and offers verbal or written agreement instead.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.theme import palette

PAPER = QColor("#fdfdfb")
INK = QColor("#14213d")
BASELINE = QColor("#8a9099")
HINT = QColor("#5c636b")  # 5.9:1 on the paper
BORDER = QColor("#8a9099")
INK_WIDTH = 2.4
PNG_MAX = (600, 200)  # the stored image fits in this box, keeping the signature's proportions
PNG_MARGIN = 12

Stroke = list[QPointF]


class SignaturePad(QWidget):
    signature_did_change = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signature_pad")
        self.setAccessibleName(self.tr("Signature pad"))
        self.how_to_sign = self.tr(
            "Sign with a mouse, pen or finger. A keyboard cannot draw a signature: choose a verbal or "
            "written agreement instead.")
        self.setAccessibleDescription(self.how_to_sign)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys cannot draw; the Clear button takes the focus
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(360)
        self.setFixedHeight(200)
        self.setPalette(palette("light"))  # paper: its button and hint stay light in dark mode too
        self._strokes: list[Stroke] = []
        self._drawing = False
        self.clear_button = QPushButton(self.tr("C&lear signature"), self)
        self.clear_button.setObjectName("signature_clear")
        self.clear_button.setAutoDefault(False)
        self.clear_button.setCursor(Qt.CursorShape.ArrowCursor)
        self.clear_button.clicked.connect(self.clear)
        self.how = QLabel(self.tr("Sign with a mouse, pen or finger."), self)
        self.how.setWordWrap(True)
        self.how.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        row = QHBoxLayout()
        row.setContentsMargins(8, 0, 8, 6)
        row.addWidget(self.how, 1)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addLayout(row)
        self._row = row
        self._update_clear()

    # ---- what the dialog asks ----------------------------------------------------------------------

    def is_empty(self) -> bool:
        return not self._strokes

    def clear(self) -> None:
        had = bool(self._strokes)
        self._strokes, self._drawing = [], False
        self.update()
        self._update_clear()
        if had:
            self.signature_did_change.emit()

    def strokes(self) -> list[list[tuple[float, float]]]:
        return [[(p.x(), p.y()) for p in stroke] for stroke in self._strokes]

    def to_png(self) -> bytes:
        """The signature as PNG bytes: dark ink on white, cropped to the strokes plus a margin, scaled
        down to fit ``PNG_MAX`` (never up). Empty bytes when nothing is drawn."""
        if not self._strokes:
            return b""
        bounds = _bounds(self._strokes)
        scale = min(1.0, (PNG_MAX[0] - 2 * PNG_MARGIN) / max(bounds.width(), 1.0),
                    (PNG_MAX[1] - 2 * PNG_MARGIN) / max(bounds.height(), 1.0))
        width = int(bounds.width() * scale) + 2 * PNG_MARGIN
        height = int(bounds.height() * scale) + 2 * PNG_MARGIN
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(PNG_MARGIN, PNG_MARGIN)
        painter.scale(scale, scale)
        painter.translate(-bounds.left(), -bounds.top())
        painter.setPen(_pen(max(INK_WIDTH, 1.6 / scale)))
        for stroke in self._strokes:
            painter.drawPath(_path(stroke))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    # ---- geometry ------------------------------------------------------------------------------------

    def paper_rect(self) -> QRectF:
        """Where one signs: everything above the row with the hint and the Clear button."""
        bottom = self._row.geometry().top() - 4 if self._row.geometry().isValid() else self.height() - 40
        return QRectF(0.5, 0.5, self.width() - 1.0, max(40.0, bottom - 0.5))

    def _baseline_y(self) -> float:
        paper = self.paper_rect()
        return paper.bottom() - max(24.0, paper.height() * 0.25)

    # ---- drawing -------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), PAPER)
        painter.setPen(QPen(BORDER, 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        self._paint_guide(painter)
        painter.setPen(_pen(INK_WIDTH))
        for stroke in self._strokes:
            painter.drawPath(_path(stroke))
        painter.end()

    def _paint_guide(self, painter: QPainter) -> None:
        paper, y = self.paper_rect(), self._baseline_y()
        left, right = paper.left() + 24, paper.right() - 24
        painter.setPen(QPen(BASELINE, 1.2))
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.setPen(HINT)
        font = painter.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        painter.setFont(font)
        painter.drawText(QRectF(left - 20, y - 34, 24, 30), Qt.AlignmentFlag.AlignBottom, "✕")
        if not self._strokes:
            font.setBold(False)
            font.setPointSizeF(font.pointSizeF() / 1.4)
            painter.setFont(font)
            painter.drawText(QRectF(left, y + 4, right - left, 24),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.tr("Sign here"))

    def _begin(self, at: QPointF) -> None:
        if not self.paper_rect().contains(at):
            return
        self._drawing = True
        self._strokes.append([at])
        self.update()

    def _extend(self, at: QPointF) -> None:
        if not self._drawing:
            return
        paper = self.paper_rect()
        clamped = QPointF(min(max(at.x(), paper.left()), paper.right()),
                          min(max(at.y(), paper.top()), paper.bottom()))
        stroke = self._strokes[-1]
        if (clamped - stroke[-1]).manhattanLength() >= 0.5:
            stroke.append(clamped)
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self._update_clear()
            self.signature_did_change.emit()

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(bool(self._strokes))

    # ---- input: mouse, pen, touch --------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing:
            self._extend(event.position())
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._drawing:
            self._extend(event.position())
            self._end()
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()  # no synthesized mouse events: the pen drew already

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                    QEvent.Type.TouchCancel):
            self._touch(event)  # type: ignore[arg-type]
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        points = event.points()
        if not points:
            return
        at = points[0].position()  # one finger signs; more fingers are ignored
        if event.type() == QEvent.Type.TouchBegin:
            self._begin(at)
        elif event.type() == QEvent.Type.TouchUpdate:
            self._extend(at)
        else:
            self._end()
        event.accept()


def _pen(width: float) -> QPen:
    return QPen(INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)


def _path(stroke: Stroke) -> QPainterPath:
    path = QPainterPath(stroke[0])
    if len(stroke) == 1:  # a dot: a zero-length line still gets its round cap
        path.lineTo(stroke[0] + QPointF(0.01, 0.0))
        return path
    for here, after in itertools.pairwise(stroke[1:]):  # through the midpoints: smooth curves
        path.quadTo(here, (here + after) / 2)
    path.lineTo(stroke[-1])
    return path


def _bounds(strokes: list[Stroke]) -> QRectF:
    xs = [p.x() for stroke in strokes for p in stroke]
    ys = [p.y() for stroke in strokes for p in stroke]
    return QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys))).adjusted(-2, -2, 2, 2)
