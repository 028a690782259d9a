"""carefield-cli attempt and show: scripted outreach logging and a member's status as JSON."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.test_cli import PASSPHRASE, add_members, assert_one_clean_error_line, home, run, vault_dir

__all__ = ["home", "vault_dir"]  # fixtures shared with test_cli


@pytest.fixture
def rosa(vault_dir: Path) -> Path:
    add_members(vault_dir)  # MA-1001 Rosa Alvarez (complex CM), MA-1002 Walter Nguyen
    return vault_dir


Capture = pytest.CaptureFixture[str]


def iso(days_ago: int) -> str:
    return (datetime.now().astimezone() - timedelta(days=days_ago)).replace(microsecond=0).isoformat()


def show(capsys: Capture, member: str = "MA-1001") -> dict:
    code, out, err = run(capsys, "show", member, "--json")
    assert (code, err) == (0, "")
    return json.loads(out)


def test_show_gives_status_dates_and_counts(rosa: Path, capsys: Capture) -> None:
    shown = show(capsys)
    assert {"status", "identified_on", "enrolled_on", "unable_to_reach_candidate", "encounters", "attempts",
            "plan_member_id", "first_name", "last_name", "program", "risk_tier", "outreach"} <= shown.keys()
    assert shown["status"] == "identified"
    assert (shown["identified_on"], shown["enrolled_on"]) == ("2024-03-01", None)
    assert (shown["encounters"], shown["attempts"], shown["unable_to_reach_candidate"]) == (0, 0, False)
    assert show(capsys, shown["id"])["plan_member_id"] == "MA-1001"  # the internal id works too
    assert show(capsys, "ma-1001")["id"] == shown["id"]


def test_three_attempts_on_different_days_make_a_candidate(rosa: Path, capsys: Capture) -> None:
    for days_ago, outcome in ((5, "no_answer"), (3, "voicemail")):
        code, out, err = run(capsys, "attempt", "--member", "MA-1001", "--channel", "phone",
                             "--outcome", outcome, "--at", iso(days_ago))
        assert (code, err) == (0, "") and out.startswith("Attempt logged")
        assert "Rosa" not in out and "Alvarez" not in out
    halfway = show(capsys)
    assert (halfway["status"], halfway["attempts"]) == ("outreach", 2)
    assert halfway["unable_to_reach_candidate"] is False
    run(capsys, "attempt", "--member", "MA-1001", "--channel", "mail", "--outcome", "no_answer",
        "--at", iso(1))
    shown = show(capsys)
    assert (shown["attempts"], shown["unable_to_reach_candidate"]) == (3, True)
    assert shown["outreach"]["distinct_days"] == 3
    assert show(capsys, "MA-1002")["attempts"] == 0


def test_attempts_on_one_day_do_not(rosa: Path, capsys: Capture) -> None:
    day = (datetime.now().astimezone() - timedelta(days=2)).date().isoformat()
    for hour in ("09:00", "12:00", "16:00"):  # no offset given: this computer's time zone
        code, _, err = run(capsys, "attempt", "--member", "MA-1001", "--channel", "phone",
                           "--outcome", "no_answer", "--at", f"{day}T{hour}")
        assert (code, err) == (0, "")
    shown = show(capsys)
    assert (shown["attempts"], shown["unable_to_reach_candidate"]) == (3, False)


@pytest.mark.parametrize(("argv", "says"), [
    (["--at", iso(-1)], "future"),
    (["--at", "next tuesday"], "ISO-8601"),
])
def test_a_bad_time_is_refused_in_one_line(rosa: Path, capsys: Capture, argv, says) -> None:
    code, out, err = run(capsys, "attempt", "--member", "MA-1001", "--channel", "phone",
                         "--outcome", "reached", *argv)
    assert code == 2 and out == ""
    assert_one_clean_error_line(err)
    assert says in err and "--at" in err
    assert show(capsys)["attempts"] == 0  # nothing was logged


def test_an_unknown_member_is_one_line(rosa: Path, capsys: Capture) -> None:
    code, _, err = run(capsys, "attempt", "--member", "MA-9999", "--channel", "phone", "--outcome", "reached")
    assert code == 2
    assert_one_clean_error_line(err)
    assert "MA-9999" not in err and PASSPHRASE not in err


def test_show_as_text(rosa: Path, capsys: Capture) -> None:
    code, out, _ = run(capsys, "show", "MA-1001")
    assert code == 0 and "Status: identified" in out and "contact attempts: 0" in out
