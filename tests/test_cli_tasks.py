"""carefield-cli tasks: what the program rules make of the record on a day, as a table or JSON, for one
member or everyone, without writing a task."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.model import AuditEvent, Task
from app.model.enums import AuditAction, DataCategory, MemberStatus
from app.model.member import Member
from app.services import access, tasks
from tests.test_cli import PASSPHRASE, assert_one_clean_error_line, home, run, vault_dir
from tests.test_compliance import add_member, add_plan, add_referral, assess, at, d, reach

__all__ = ["home", "vault_dir"]  # fixtures shared with test_cli

Capture = pytest.CaptureFixture[str]


@contextmanager
def opened(directory: Path) -> Iterator[tuple[Any, Any]]:
    store = access.unlock(directory, PASSPHRASE)
    actor = store.actor()
    try:
        yield store, actor
    finally:
        access.lock(store, actor)


@pytest.fixture
def caseload(vault_dir: Path) -> dict[str, str]:
    """MA-2001 is enrolled with every kind of deadline; the initial-assessment task was made on 6 January,
    before the assessment was done on the 20th. MA-2002 was only just identified."""
    with opened(vault_dir) as (store, actor), store.transaction(actor) as s:
        rosa = add_member(s, actor, "MA-2001")
        tasks.refresh(s, actor, d("2026-01-06"))
        assess(s, rosa, d("2026-01-20"))
        reach(s, rosa, at(d("2026-02-01"), 20))
        add_plan(s, rosa, d("2026-02-10"), review_due=d("2026-05-11"))
        add_referral(s, rosa, d("2026-02-12"))
        walter = add_member(s, actor, "MA-2002", enrolled_on=None, identified_on=d("2026-02-20"),
                            first_name="Walter", last_name="Nguyen")
        ended = add_member(s, actor, "MA-2003", enrolled_on=None, first_name="Ana", last_name="Ruiz")
        s.get(Member, ended).status = MemberStatus.DECLINED
    return {"MA-2001": rosa, "MA-2002": walter, "MA-2003": ended}


def listed(capsys: Capture, *argv: str) -> list[dict[str, Any]]:
    code, out, err = run(capsys, "tasks", "--json", *argv)
    assert (code, err) == (0, "")
    return json.loads(out)


def task_count(directory: Path) -> int:
    with opened(directory) as (store, actor), store.session(actor) as s:
        return s.scalar(select(func.count()).select_from(Task))


def test_json_for_one_member_on_a_fixed_day(
    caseload: dict[str, str], vault_dir: Path, capsys: Capture
) -> None:
    stored = task_count(vault_dir)
    shown = listed(capsys, "--member", "MA-2001", "--as-of", "2026-03-01", "--all")
    rosa = caseload["MA-2001"]
    assert {"kind", "due_on", "status", "overdue", "title", "member_id", "plan_member_id", "member_name",
            "rule_key", "origin"} <= shown[0].keys()
    assert [(t["kind"], t["due_on"], t["status"], t["overdue"], t["grace_until"]) for t in shown] == [
        ("initial_assessment", "2026-02-04", "done", False, None),
        ("follow_up_contact", "2026-02-15", "open", True, None),
        ("care_plan", "2026-02-19", "open", True, None),
        ("referral_follow_up", "2026-02-26", "open", True, None),
        ("care_plan_review", "2026-05-11", "open", False, None),
        ("reassessment", "2027-01-20", "open", False, "2027-03-20"),
    ]
    assert {(t["member_id"], t["plan_member_id"], t["member_name"], t["origin"]) for t in shown} == {
        (rosa, "MA-2001", "Rosa Delgado", "rule")}
    assert [t["rule_key"].split(":")[0] for t in shown] == [t["kind"] for t in shown]
    assert shown[0]["rule_key"] == "initial_assessment:2026-01-05" and shown[0]["id"]  # the stored task
    assert all(t["id"] is None for t in shown[1:])  # the rules' view: not stored yet
    assert shown[3]["title"] == "Referral follow-up: Valley Food Bank"
    assert task_count(vault_dir) == stored  # nothing written


def test_without_all_only_open_and_snoozed_tasks_show(caseload: dict[str, str], capsys: Capture) -> None:
    shown = listed(capsys, "--member", "MA-2001", "--as-of", "2026-03-01")
    assert [t["kind"] for t in shown] == ["follow_up_contact", "care_plan", "referral_follow_up",
                                          "care_plan_review", "reassessment"]


def test_as_of_is_a_what_if(caseload: dict[str, str], capsys: Capture) -> None:
    early = {t["kind"]: t["overdue"] for t in listed(capsys, "--member", "MA-2001", "--as-of", "2026-02-16")}
    assert early == {"follow_up_contact": True, "care_plan": False, "referral_follow_up": False,
                     "care_plan_review": False, "reassessment": False}
    late = {t["kind"]: t["overdue"] for t in listed(capsys, "--member", "MA-2001", "--as-of", "2027-03-21")}
    assert all(late.values())


def test_everyone_and_either_member_key(caseload: dict[str, str], capsys: Capture) -> None:
    everyone = listed(capsys, "--as-of", "2026-03-01")
    assert {t["plan_member_id"] for t in everyone} == {"MA-2001", "MA-2002"}
    assert [t["due_on"] for t in everyone] == sorted(t["due_on"] for t in everyone)
    walter = listed(capsys, "--member", caseload["MA-2002"], "--as-of", "2026-03-01")
    assert [(t["kind"], t["due_on"], t["overdue"], t["member_name"]) for t in walter] == [
        ("initial_assessment", "2026-03-22", False, "Walter Nguyen")]
    assert listed(capsys, "--member", "ma-2002", "--as-of", "2026-03-01") == walter


def test_the_table_is_readable(caseload: dict[str, str], capsys: Capture) -> None:
    code, out, err = run(capsys, "tasks", "--as-of", "2026-03-01")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["DUE", "STATUS", "KIND", "PLAN", "ID", "NAME", "TITLE"]
    assert lines[1].startswith("2026-02-15  overdue  follow up contact")
    assert "MA-2001" in lines[1] and "Rosa Delgado" in lines[1]
    assert lines[-1] == "6 tasks for 2 members on 2026-03-01, 3 overdue."
    code, out, _ = run(capsys, "tasks", "--member", "MA-2003", "--as-of", "2026-03-01")
    assert (code, out.strip()) == (0, "No tasks on 2026-03-01.")  # declined: nothing left to do


def test_the_list_leaving_the_app_is_audited(
    caseload: dict[str, str], vault_dir: Path, capsys: Capture
) -> None:
    listed(capsys, "--member", "MA-2001", "--as-of", "2026-03-01")
    with opened(vault_dir) as (store, actor), store.session(actor) as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.EXPORT)).one()
    assert (event.category, event.member_id, event.details) == (
        DataCategory.TASKS, caseload["MA-2001"], {"format": "json", "count": 5, "all": False})


@pytest.mark.parametrize(("argv", "says"), [
    (["--as-of", "2026-02-30"], "Invalid --as-of"),
    (["--as-of", "tomorrow"], "Invalid --as-of"),
    (["--member", "MA-9999"], "Member not found."),
    (["--member", "Rosa Delgado"], "Member not found."),
])
def test_bad_input_is_one_line_and_a_non_zero_exit(
    caseload: dict[str, str], capsys: Capture, argv: list[str], says: str
) -> None:
    code, out, err = run(capsys, "tasks", *argv)
    assert code == 2 and out == ""
    assert_one_clean_error_line(err)
    assert says in err and "Rosa" not in err
