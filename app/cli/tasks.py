"""``carefield-cli tasks``: follow-up tasks as the program rules see them on a date, for one member or all.

Reads only: the rules are applied to the record without writing a task (``tasks.computed``), so
``--as-of`` is a what-if ("what will be overdue on the 1st?"). Listing leaves the app through stdout, so
it is audited as an export, like ``members``.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import EXIT_OK, CliError, unlocked

if TYPE_CHECKING:
    from app.services.tasks import TaskView

SHOWN_BY_DEFAULT = ("open", "snoozed")
TITLE_WIDTH = 60


def add_command(sub: Any) -> None:
    """Register ``tasks`` on a subparsers object (``app.cli.build_parser`` wires it in)."""
    tasks = sub.add_parser("tasks", help="follow-up tasks and compliance deadlines (nothing is written)")
    tasks.add_argument("--member", metavar="MEMBER", help="plan member ID or internal id (default: everyone)")
    tasks.add_argument("--as-of", metavar="YYYY-MM-DD", help="judge deadlines on this day (default today)")
    tasks.add_argument("--json", action="store_true", help="a JSON array instead of a table")
    tasks.add_argument("--all", action="store_true", help="done and cancelled tasks too")
    tasks.set_defaults(run=run)


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from app.model.enums import AuditAction, DataCategory
    from app.services import members as member_service
    from app.services import tasks as task_service
    from app.store import audit

    as_of = _as_of(args.as_of)
    with unlocked(data_dir) as (store, actor), store.transaction(actor) as s:
        member_id = member_service.resolve(s, args.member) if args.member else None
        views = [v for v in task_service.computed(s, as_of, member_id=member_id)
                 if args.all or v.status.value in SHOWN_BY_DEFAULT]
        fmt = "json" if args.json else "table"
        audit.record(s, actor, AuditAction.EXPORT, DataCategory.TASKS, entity_type="task_list",
                     member_id=member_id, details={"format": fmt, "count": len(views), "all": bool(args.all)})
    print(json.dumps([task_json(v) for v in views], indent=2, ensure_ascii=False) if args.json
          else task_table(views, as_of, one_member=member_id is not None))
    return EXIT_OK


def _as_of(text: str | None) -> date:
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CliError("Invalid --as-of: give a date as YYYY-MM-DD, e.g. 2026-12-01.") from None


def task_json(view: TaskView) -> dict[str, Any]:
    def day(value: date | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "id": view.id, "kind": view.kind.value, "title": view.title, "due_on": day(view.due_on),
        "status": view.status.value, "overdue": view.overdue, "grace_until": day(view.grace_until),
        "snoozed_until": day(view.snoozed_until), "origin": view.origin.value, "rule_key": view.rule_key,
        "member_id": view.member_id, "plan_member_id": view.plan_member_id, "member_name": view.member_name,
        "completed_at": view.completed_at.isoformat() if view.completed_at else None,
    }


def task_table(views: list[TaskView], as_of: date, *, one_member: bool) -> str:
    if not views:
        return f"No tasks on {as_of.isoformat()}."
    header = ("DUE", "STATUS", "KIND", "PLAN ID", "NAME", "TITLE")
    lines = [(v.due_on.isoformat(), "overdue" if v.overdue else v.status.value,
              v.kind.value.replace("_", " "), v.plan_member_id, v.member_name, _short(v.title))
             for v in views]
    widths = [max(len(line[i]) for line in [header, *lines]) for i in range(len(header))]
    table = ["  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip()
             for line in [header, *lines]]
    late = sum(v.overdue for v in views)
    noun = "task" if len(views) == 1 else "tasks"
    scope = "" if one_member else f" for {len({v.member_id for v in views}):,} members"
    return "\n".join([*table, f"{len(views):,} {noun}{scope} on {as_of.isoformat()}, {late:,} overdue."])


def _short(title: str) -> str:
    return title if len(title) <= TITLE_WIDTH else title[: TITLE_WIDTH - 1] + "…"
