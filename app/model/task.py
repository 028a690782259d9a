"""Follow-up tasks, made by program rules or by hand."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.model.enums import TaskKind, TaskOrigin, TaskStatus
from app.model.member import member_fk
from app.store.base import Base, Syncable, enum_type


class Task(Syncable, Base):
    member_id: Mapped[str] = member_fk()
    kind: Mapped[TaskKind] = mapped_column(enum_type(TaskKind))
    title: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date]
    status: Mapped[TaskStatus] = mapped_column(enum_type(TaskStatus), default=TaskStatus.OPEN)
    origin: Mapped[TaskOrigin] = mapped_column(enum_type(TaskOrigin), default=TaskOrigin.MANUAL)
    rule_key: Mapped[str] = mapped_column(String(120), default="")  # dedupes rule-made tasks
    assigned_to: Mapped[str] = mapped_column(String(64), default="")
    completed_at: Mapped[datetime | None]
    snoozed_until: Mapped[date | None]
    snooze_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_task_status_due", "status", "due_on"),)
