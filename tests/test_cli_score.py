"""``carefield-cli score ID --answers …``: prints the score as JSON without a vault; refuses bad input
with one line and exit code 2."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from app.cli.common import EXIT_OK, EXIT_USER_ERROR, CliError
from app.cli.score import add_command


def score(*argv: str, data_dir: Path | None = None) -> int:
    parser = argparse.ArgumentParser(prog="carefield-cli")
    add_command(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["score", *argv])
    return int(args.run(args, data_dir))


@pytest.mark.parametrize(("instrument", "answers", "total", "band", "flags"), [
    ("phq9", "0,1,2,3,0,1,2,3,0", 12, "moderate", []),
    ("phq9", "0,0,0,0,0,0,0,0,1", 1, "minimal", ["self_harm_risk"]),
    ("phq2", "1,2", 3, "positive", ["administer_phq9"]),
    ("phq2", "1,1", 2, "negative", []),
    ("gad7", "3,3,3,3,3,0,0", 15, "severe", []),
    ("katz_adl", "1,1,1,1,1,1", 6, "full_function", []),
    ("katz_adl", "1,1,0,0,0,0", 2, "severe_impairment", []),
    ("lawton_iadl", "1,1,1,1,0,0,0,0", 4, None, []),
    ("steadi", "1,1,0,0,0,0,0,0,0,0,0,0", 4, "at_risk", []),
    ("steadi", "0,0,1,1,1,0,0,0,0,0,0,0", 3, "not_at_risk", []),
    ("ahc_hrsn", "0,0,1,0,1,0,1,1,1,1", 2, "need", ["food", "transportation"]),
    ("ahc_hrsn", "0,0,0,0,0,0,1,1,1,1", 0, "no_need", []),
    ("med_adherence", "0", None, "not_applicable", []),  # no medicines: the rest is skipped
    ("med_adherence", "1,1,0,0,0,0", 1, "some_concern", []),
    ("caregiver", "0,1", 6, "insufficient", ["needs_help_at_home"]),
    ("caregiver", "1,0,0,0,0", 0, "adequate", []),
])
def test_prints_the_score_as_json(capsys, instrument, answers, total, band, flags):
    assert score(instrument, "--answers", answers) == EXIT_OK
    printed = json.loads(capsys.readouterr().out)
    assert printed == {"instrument": instrument, "version": "1.0", "total": total, "band": band,
                       "flags": flags}


def test_needs_no_vault(tmp_path, capsys):
    empty = tmp_path / "nothing-here"
    assert score("gad7", "--answers", "0,0,0,0,0,0,0", data_dir=empty) == EXIT_OK
    assert not empty.exists()
    assert json.loads(capsys.readouterr().out)["band"] == "minimal"


@pytest.mark.parametrize(("argv", "message"), [
    (("phq9", "--answers", "0,1,2"), "Too few values for phq9: no answer for phq9-4, phq9-5, phq9-6, phq9-7, "
                                     "phq9-8, phq9-9."),
    (("phq9", "--answers", "0,0,0,0,0,0,0,0,0,0"), "Too many values for phq9: it takes 9 with these answers, "
                                                   "got 10."),
    (("phq9", "--answers", "0,0,0,4,0,0,0,0,0"), "Invalid answers: phq9-4 must be one of: 0, 1, 2, "
                                                 "3."),
    (("katz_adl", "--answers", "1,1,2,1,1,1"), "Invalid answers: katz-3 must be one of: 0, 1."),
    (("ahc_hrsn", "--answers", "0,0,0,0,0,0,0,1,1,1"), "Invalid answers: ahc-7 must be one of: 1, 2, 3, "
                                                       "4, 5."),
    (("med_adherence", "--answers", "0,1"), "Too many values for med_adherence: it takes 1 with these "
                                            "answers, got 2."),
    (("gad7", "--answers", "0,1,x,0,0,0,0"), "Value 3 of --answers is not a whole number."),
    (("gad7", "--answers", ""), "Value 1 of --answers is not a whole number."),
    (("zarit", "--answers", "1"), "Unknown instrument 'zarit'."),
    (("initial_assessment", "--answers", "1"), "initial_assessment has no score; it is completed in the "
                                               "app."),
])
def test_refuses_bad_input_with_one_line(capsys, argv, message):
    with pytest.raises(CliError) as caught:
        score(*argv)
    assert caught.value.code == EXIT_USER_ERROR
    assert str(caught.value).startswith(message) and "\n" not in str(caught.value)
    assert capsys.readouterr().out == ""


def test_answers_are_required(capsys):
    with pytest.raises(SystemExit) as caught:
        score("phq9")
    assert caught.value.code == EXIT_USER_ERROR
    assert "--answers" in capsys.readouterr().err
