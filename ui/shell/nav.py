"""The left navigation: the screens, plus "Open charts (n)" while any chart is open."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListWidget, QListWidgetItem, QWidget

from ui.i18n import arg

CHARTS_ROW = 5


class NavList(QListWidget):
    page_did_change = Signal(int)

    def __init__(self, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setAccessibleName(self.tr("Navigation"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setAutoFillBackground(True)
        self.titles = titles
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.setFont(font)
        self.setViewportMargins(4, 6, 4, 6)
        row_height = self.fontMetrics().height() + 14
        for title in titles:
            item = QListWidgetItem("  " + title, self)
            item.setSizeHint(QSize(0, row_height))
        self.set_chart_count(0)
        width = max(self.fontMetrics().horizontalAdvance(t) for t in titles) + 64
        self.setFixedWidth(max(width, 140))
        self.currentRowChanged.connect(self._row_changed)

    def select(self, page: int) -> None:
        if self.currentRow() != page:
            self.blockSignals(True)
            self.setCurrentRow(page)
            self.blockSignals(False)

    def set_chart_count(self, count: int) -> None:
        item = self.item(CHARTS_ROW)
        item.setText("  " + arg(self.tr("%1 (%2)"), self.titles[CHARTS_ROW], count))
        item.setHidden(count == 0)

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.page_did_change.emit(row)
