"""Who is acting: every service call, audit event and outbox entry names one."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Actor:
    user: str
    device: str
    role: str = "nurse"
