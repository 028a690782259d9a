"""What a report module declares (``ReportKind``) and what it is handed (``ReportRequest``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.actor import Actor
from app.model.enums import DataCategory
from app.reports.layout import ReportDoc


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """One call to ``render``: the language is already settled (``en`` or ``es``)."""

    session: Session
    actor: Actor
    member_id: str | None
    lang: str
    large_print: bool
    today: date
    options: Mapping[str, Any] = field(default_factory=dict)  # e.g. encounter_id, instrument_id


@dataclass(frozen=True, slots=True)
class ReportKind:
    """A printable report. ``build`` reads through services and returns the filled document.

    ``needs_member``: the report is about one member (``member_id`` required, audited with it).
    ``member_language``: without an explicit ``lang``, print in the member's preferred language.
    ``meta_key``: the message naming the report in the PDF metadata (never a name).
    """

    key: str
    build: Callable[[ReportRequest], ReportDoc]
    category: DataCategory
    meta_key: str
    needs_member: bool = True
    member_language: bool = False
    options: tuple[str, ...] = ()  # the option names ``build`` understands
