"""Pull pages as the laptop stores them: the next page downloads while this one is stored, and a page that
has already arrived joins the transaction still open, up to TRANSACTION_ROWS rows. No Qt here.

Why: a first sync is tens of thousands of rows in pages of a thousand. Committed one page at a time, the
encrypted store rewrites (and re-encrypts) the same index pages at every commit and waits for the disk
each time; a few pages per transaction halve that. A transaction never waits for the network: a page not
yet downloaded (or whose download failed) ends it first, so what was stored stays stored. Each
transaction stores its pages with the cursor after them, so stopping anywhere loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from sync.protocol import PullResponse, Row

TRANSACTION_ROWS = 5000
Answer = TypeVar("Answer")  # what a download gives (the HTTP answer), before it is read


class Pages(Generic[Answer]):
    """The pages after ``cursor`` in order, one always downloading ahead on ``downloader``. Only the
    download runs there; a page is read (``parse``) by the thread that stores it, which then keeps the
    interpreter to itself."""

    def __init__(self, download: Callable[[int], Answer], parse: Callable[[Answer], PullResponse],
                 downloader: Executor, cursor: int) -> None:
        self._download, self._parse, self._downloader = download, parse, downloader
        self._ahead: Future[Answer] | None = downloader.submit(download, cursor)

    def more(self) -> bool:
        return self._ahead is not None

    def ready(self) -> bool:
        """The next page is here and sound (taking it will not wait for the network, nor raise its error)."""
        return self._ahead is not None and self._ahead.done() and self._ahead.exception() is None

    def next(self) -> PullResponse:
        assert self._ahead is not None
        page = self._parse(self._ahead.result())
        self._ahead = self._downloader.submit(self._download, page.next_cursor) if page.has_more else None
        return page


@dataclass
class Pulled:
    rows: int = 0
    purged: int = 0
    held: list[Row] = field(default_factory=list)  # rows whose parent comes in a later page
