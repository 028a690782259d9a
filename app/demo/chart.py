"""One demo member while their chart is being written: the rng, the clock, and what is known so far."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from app.demo.catalog import Dx
from app.demo.names import Culture
from app.demo.rows import DemoData, Row, demo_id, local_moment, make_row
from app.model.enums import Program, RiskTier, Sex


@dataclass(slots=True)
class Diagnosis:
    dx: Dx
    code: str
    onset_on: date


@dataclass(slots=True)
class Chart:
    rng: random.Random
    today: date
    start: date  # the first day of history
    nurse: str
    data: DemoData
    culture: Culture
    program: Program = Program.BASIC_CM
    tier: RiskTier = RiskTier.LOW
    sex: Sex = Sex.UNKNOWN
    age: int = 0
    member: Row = field(default_factory=dict)
    diagnoses: list[Diagnosis] = field(default_factory=list)
    team: dict[str, str] = field(default_factory=dict)  # role or specialty → the clinician's name
    caregiver: Row | None = None
    contact_times: list[datetime] = field(default_factory=list)  # reached by the nurse

    @property
    def member_id(self) -> str:
        return self.member.get("id", "")

    @property
    def last_day(self) -> date:
        """History ends yesterday, so nothing generated lies in the future of a real clock."""
        return self.today - timedelta(days=1)

    def add(self, table: str, when: datetime, **values: Any) -> Row:
        row_id = demo_id(self.rng, when)
        stamp = {
            "id": row_id, "member_id": self.member_id or row_id, "created_at": when, "updated_at": when,
            "created_by": self.nurse, "updated_by": self.nurse, "version": 0, "deleted": False,
        }
        row = make_row(table, stamp, values)
        self.data.tables[table].append(row)
        return row

    def at(self, day: date, earliest: int = 8 * 60 + 30, latest: int = 16 * 60 + 30) -> datetime:
        """A working-hours moment on ``day`` (minutes after local midnight), on a five-minute mark."""
        return local_moment(day, earliest + 5 * int(self.rng.random() * ((latest - earliest) // 5)))

    def day_between(self, first: date, last: date) -> date:
        if last <= first:
            return first
        return first + timedelta(days=self.rng.randint(0, (last - first).days))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def has(self, *keys: str) -> bool:
        return any(d.dx.key in keys for d in self.diagnoses)

    @property
    def primary(self) -> Diagnosis:
        return self.diagnoses[0]
