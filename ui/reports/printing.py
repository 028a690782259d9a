"""Printing a report: the printer is chosen first (so a cancelled dialog makes and audits nothing), then
the PDF is made on the database thread and its pages are drawn onto the printer from memory (no
temporary file holds it).

Drawing PDF pages needs Qt PDF (``PySide6.QtPdf``), which the PySide6-Essentials wheels do not ship;
without it the Reports screen offers Save only and says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QDialog, QWidget

log = logging.getLogger(__name__)

try:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
except ImportError:  # PySide6-Essentials: no Qt PDF
    PRINTING_AVAILABLE = False
else:
    PRINTING_AVAILABLE = True

PRINT_DPI = 300


def print_pdf(parent: QWidget, make_pdf: Callable[[Callable[[bytes], None]], None], *,
              on_done: Callable[[int], None]) -> None:
    """Ask for a printer; if one is chosen, ``make_pdf(callback)`` starts making the PDF and calls back
    with its bytes, which are then printed. ``on_done`` gets the number of pages sent."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Reports", "Print report"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    make_pdf(lambda data: on_done(draw_pages(printer, data)))


def draw_pages(printer: object, data: bytes) -> int:
    """Draw each page of the PDF ``data`` onto ``printer``, scaled to fit; the number of pages drawn."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    pages = document.pageCount()
    painter = QPainter()
    if pages <= 0 or not painter.begin(printer):
        log.warning("printing failed: %d pages, printer not ready", pages)
        return 0
    try:
        for index in range(pages):
            if index:
                printer.newPage()  # type: ignore[attr-defined]
            _draw_page(painter, printer, document, index)
    finally:
        painter.end()
        document.close()
    return pages


def _draw_page(painter: QPainter, printer: object, document: object, index: int) -> None:
    area = printer.pageLayout().paintRectPixels(printer.resolution())  # type: ignore[attr-defined]
    points = document.pagePointSize(index)  # type: ignore[attr-defined]
    size = QSize(int(points.width() * PRINT_DPI / 72), int(points.height() * PRINT_DPI / 72))
    image = document.render(index, size)  # type: ignore[attr-defined]
    scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    painter.drawImage(QRect(0, 0, scaled.width(), scaled.height()), image)
