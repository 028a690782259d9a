"""Short lists that read top to bottom on one page: each as tall as its rows, columns shared."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt

from ui.widgets.table_view import RecordTable


def fit_to_rows(table: RecordTable, max_rows: int, rows: int | None = None) -> None:
    """As tall as its rows (up to ``max_rows``, then it scrolls), or as its one-line empty message.
    Given the number of ``rows`` before they are set, the table takes its final size and scroll bar first,
    so it measures its columns once instead of again when the scroll bar comes."""
    view = table.view
    rows = table.proxy.rowCount() if rows is None else rows
    bar = Qt.ScrollBarPolicy
    view.setVerticalScrollBarPolicy(bar.ScrollBarAlwaysOn if rows > max_rows else bar.ScrollBarAlwaysOff)
    if rows == 0:
        table.setFixedHeight(table.empty.sizeHint().height() + 8)
        return
    header = max(view.horizontalHeader().height(), view.horizontalHeader().sizeHint().height())
    height = header + view.verticalHeader().defaultSectionSize() * min(rows, max_rows) \
        + 2 * view.frameWidth() + 2
    table.setFixedHeight(height)


def align_columns(tables: Sequence[RecordTable]) -> None:
    """Lists one above the other share their column widths, so they read as one table."""
    views = [table.view for table in tables if table.proxy.rowCount()]
    if not views:
        return
    for column in range(views[0].model().columnCount() - 1):
        width = max(view.columnWidth(column) for view in views)
        for view in views:
            view.setColumnWidth(column, width)
