"""Chart tabs whose pages are made the first time they are needed (DESIGN.md §7: a chart opens in
≤ 100 ms, and a five-year chart's Notes, Timeline, Care plan … are most of what it costs).

Opening a chart builds the banner and the Overview only. Every other tab holds a light placeholder
until its page is needed — the nurse shows the tab, or code asks for ``page()`` — when the page is
made and takes the placeholder's place at the same index, with the same title and tooltip, so
Alt+n, the tab order and ``tabs.currentWidget() is page`` all hold. ``made`` runs once, right after
the page is made: that is where a part reads the data only that page shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QWidget

P = TypeVar("P", bound=QWidget)


class LazyTab(Generic[P]):
    def __init__(self, tabs: LazyTabs, make: Callable[[], P], made: Callable[[P], None] | None) -> None:
        self._tabs, self._make, self._made = tabs, make, made
        self.placeholder: QWidget | None = QWidget()
        self._page: P | None = None

    @property
    def is_made(self) -> bool:
        return self._page is not None

    @property
    def made_page(self) -> P | None:
        """The page if it has been made, else None (for work that only concerns a page on screen)."""
        return self._page

    def page(self) -> P:
        """The tab's page, made now if need be."""
        if self._page is None:
            placeholder = self.placeholder
            if placeholder is None:  # ``make`` asked for the page it is making
                raise RuntimeError("a chart page was asked for while it was being made")
            self.placeholder = None
            try:
                page = self._make()
            except BaseException:
                self.placeholder = placeholder  # asked for again, it is tried again
                raise
            self._page = page
            self._tabs.swap(placeholder, page)
            placeholder.deleteLater()
            if self._made is not None:
                self._made(page)
        return self._page

    def index(self) -> int:
        widget = self._page if self._page is not None else self.placeholder
        return self._tabs.tabs.indexOf(widget) if widget is not None else -1


class LazyTabs(QObject):
    """The lazily made pages of one QTabWidget; showing a placeholder's tab makes its page."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self._waiting: dict[QWidget, LazyTab[QWidget]] = {}  # placeholder → its tab
        self._swapping = False
        tabs.currentChanged.connect(self._current_changed)

    def add(self, title: str, make: Callable[[], P], made: Callable[[P], None] | None = None) -> LazyTab[P]:
        tab: LazyTab[P] = LazyTab(self, make, made)
        assert tab.placeholder is not None
        self._waiting[tab.placeholder] = tab  # type: ignore[assignment]
        self.tabs.addTab(tab.placeholder, title)
        return tab

    def swap(self, placeholder: QWidget, page: QWidget) -> None:
        """Put ``page`` where ``placeholder`` is: inserted after it (made current if it was), and the
        placeholder removed, so no other tab is ever shown in between."""
        tabs = self.tabs
        index = tabs.indexOf(placeholder)
        was_current = tabs.currentIndex() == index
        self._swapping = True
        try:
            tabs.insertTab(index + 1, page, tabs.tabText(index))
            tabs.setTabToolTip(index + 1, tabs.tabToolTip(index))
            tabs.setTabWhatsThis(index + 1, tabs.tabWhatsThis(index))
            if was_current:
                tabs.setCurrentIndex(index + 1)
            tabs.removeTab(index)
        finally:
            self._swapping = False
            self._waiting.pop(placeholder, None)

    def _current_changed(self, index: int) -> None:
        if self._swapping:
            return
        tab = self._waiting.get(self.tabs.widget(index))
        if tab is not None:
            tab.page()


class ChartPage(Generic[P]):
    """An attribute that is one of an owner's lazily made pages (``owner._pages[name]``): reading it
    makes the page, so code that needs the page never meets a placeholder."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, owner: Any, owner_type: type | None = None) -> P:
        if owner is None:
            return self  # type: ignore[return-value]
        return owner._pages[self.name].page()
