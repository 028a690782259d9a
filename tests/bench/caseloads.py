"""Synthetic vaults for the benchmarks, made once per run from the demo generator and copied per use.

Every vault has the real key derivation (the unlock figure compares with it) and the demo caseload as
the app loads it (``demo.generate``). ``add_heavy_member`` gives one member the chart DESIGN.md §7 names:
five years with 300 encounters, 60 assessments and 40 care-plan items.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select

PASSPHRASE = "benchmarks only, not a real vault"
SEED = 11
HISTORY_YEARS = 3
HEAVY = {"encounter": 300, "assessment_response": 60}
HEAVY_PLAN_ITEMS = 40  # problems + goals + interventions + barriers

_root = Path(tempfile.mkdtemp(prefix="carefield-bench-"))
atexit.register(shutil.rmtree, _root, ignore_errors=True)
_made: dict[tuple[int, bool], Path] = {}


def scratch(name: str) -> Path:
    """A fresh folder inside this run's scratch area (removed at exit)."""
    return Path(tempfile.mkdtemp(prefix=f"{name}-", dir=_root))


def vault(members: int, *, heavy: bool = False) -> Path:
    """A data folder holding a vault with ``members`` demo members (and the heavy member, if asked);
    made once per run, then copied, so each caller may write to its copy."""
    key = (members, heavy)
    if key not in _made:
        _made[key] = _make(members, heavy)
    copy = scratch(f"vault{members}")
    shutil.copytree(_made[key], copy, dirs_exist_ok=True)
    return copy


def _make(members: int, heavy: bool) -> Path:
    from app import demo
    from app.services import access

    folder = scratch(f"master{members}")
    store, _ = access.create(folder, PASSPHRASE)  # the real key derivation: unlock is measured against it
    try:
        actor = store.actor()
        demo.generate(store, actor, members=members, seed=SEED, history_years=HISTORY_YEARS)
        if heavy:
            add_heavy_member(store)
    finally:
        store.close()
    return folder


def heavy_member_id(data_dir: Path) -> str:
    """The member with the most encounters (the heavy one, in a vault made with ``heavy=True``)."""
    from app.model import Encounter
    from app.services import access

    store = access.unlock(data_dir, PASSPHRASE)
    try:
        with store.transaction(store.actor()) as s:
            counts = Counter(s.scalars(select(Encounter.member_id)))
            return counts.most_common(1)[0][0]
    finally:
        store.close()


def add_heavy_member(store: object) -> str:
    """One more demo member whose chart is copied up to the sizes DESIGN.md §7 names, spread over five
    years: copies get new ids and keep their links (an assessment to its encounter, a goal to its
    problem), so the chart reads like a long, busy history."""
    from app.demo.compose import member_chart
    from app.store.base import Base

    today = date.today()
    chart = _chart_with_plan(member_chart, today)
    tables = chart.tables
    _grow(tables, "encounter", HEAVY["encounter"])
    encounter_ids = [row["id"] for row in tables["encounter"]]
    _grow(tables, "assessment_response", HEAVY["assessment_response"], links={"encounter_id": encounter_ids})
    _grow_plan(tables)
    with store.transaction(store.actor(), from_server=True) as s:  # type: ignore[attr-defined]
        for name, rows in chart.non_empty():
            s.execute(insert(Base.metadata.tables[name]), rows)
    return chart.members[0]["id"]


def _chart_with_plan(member_chart, today: date):
    for index in range(10_000, 10_200):  # past the caseload's own indexes: a member of its own
        chart = member_chart(97, index, today, 5, "local")
        if chart.tables.get("care_plan") and chart.tables.get("goal"):
            return chart
    raise RuntimeError("the demo generator made no member with a care plan")


def _grow(tables: dict, name: str, target: int, links: dict | None = None) -> None:
    """Copy ``name``'s rows round-robin until there are ``target``; each copy a new id."""
    from app.store.base import new_id

    rows = tables.setdefault(name, [])
    if not rows:
        raise RuntimeError(f"the heavy member has no {name} rows to copy")
    index = 0
    while len(rows) < target:
        copy = dict(rows[index % len(rows)], id=new_id())
        for column, choices in (links or {}).items():
            if copy.get(column) is not None:
                copy[column] = choices[index % len(choices)]
        rows.append(copy)
        index += 1


def _grow_plan(tables: dict) -> None:
    """Goals (each with an intervention) copied under the plan's problems until the plan has 40 items."""
    from app.store.base import new_id

    def items() -> int:
        return sum(len(tables.get(n, [])) for n in ("problem", "goal", "intervention", "barrier"))

    goals, interventions = tables["goal"], tables.setdefault("intervention", [])
    index = 0
    while items() < HEAVY_PLAN_ITEMS:
        goal = dict(goals[index % len(goals)], id=new_id())
        goals.append(goal)
        if interventions and items() < HEAVY_PLAN_ITEMS:
            template = next((i for i in interventions if i.get("goal_id")), interventions[0])
            interventions.append(dict(template, id=new_id(), goal_id=goal["id"]))
        index += 1
