"""``carefield-cli score ID --answers V1,V2,…``: score an instrument from the command line, no vault needed.

The values are the scored answers in item order: 0–3 for PHQ/GAD items, 1/0 for yes/no, for Katz
independent/dependent and for Lawton's 1-or-0 domains, 1–5 for the AHC safety questions, and so on (each
item's option scores). An item hidden by an earlier answer takes no value: ``score med_adherence --answers 0``
is complete (no prescription medicines). Prints one JSON object; a wrong count or value exits 2 with one line.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_OK, CliError


def add_command(sub: Any) -> None:
    """Register ``score`` on a subparsers object (``app.cli.build_parser`` wires it in)."""
    score = sub.add_parser("score", help="score an instrument from answers in item order (no vault needed)")
    score.add_argument("instrument", metavar="ID", help="instrument id, e.g. phq9, gad7, steadi, ahc_hrsn")
    score.add_argument("--answers", required=True, metavar="V1,V2,…",
                       help="the scored answers in item order, e.g. 0,1,2,3,0,1,2,3,0")
    score.set_defaults(run=run)


def run(args: argparse.Namespace, data_dir: Path | None = None) -> int:
    """Print the score as JSON. The data directory is not used: scoring reads no member data."""
    from app.errors import NotFound
    from app.instruments import InvalidAnswers, load

    try:
        instrument = load(args.instrument)
    except NotFound:
        raise CliError(f"Unknown instrument {args.instrument!r}. Known: {', '.join(_known())}.") from None
    if not instrument.scoring.has_total and not instrument.scoring.flags:
        raise CliError(f"{instrument.id} has no score; it is completed in the app.")
    answers = positional_answers(instrument, _numbers(args.answers))
    try:
        score = instrument.score(answers)
    except InvalidAnswers as exc:
        raise CliError(_describe(instrument.id, exc)) from None
    print(json.dumps({"instrument": instrument.id, "version": instrument.version, "total": score.total,
                      "band": score.band, "flags": list(score.flags)}))
    return EXIT_OK


def positional_answers(instrument: Any, values: list[int]) -> dict[str, Any]:
    """Give each scored item that shows, in order, the next value; a value can hide later items."""
    from app.instruments.answers import Problem, clean

    answers: dict[str, Any] = {}
    remaining = list(values)
    for item in instrument.questions:
        if not item.scored or item.link_id not in instrument.enabled(answers):
            continue
        if not remaining:
            break  # scoring then names every item still missing
        try:
            # stored as the option's code, which is what enableWhen compares
            answers[item.link_id] = clean(item, remaining.pop(0))
        except Problem as problem:
            raise CliError(f"Invalid answers: {item.link_id} {problem}.") from None
    if remaining:
        raise CliError(f"Too many values for {instrument.id}: it takes {len(answers)} with these answers, "
                       f"got {len(values)}.")
    return answers


def _numbers(text: str) -> list[int]:
    parts = [p.strip() for p in text.split(",")]
    for n, part in enumerate(parts, 1):
        if not part.lstrip("-").isdigit():
            raise CliError(f"Value {n} of --answers is not a whole number.")
    return [int(p) for p in parts]


def _describe(instrument_id: str, exc: Any) -> str:
    from app.instruments.answers import MISSING

    missing = [link_id for link_id, problem in exc.problems if problem == MISSING]
    if missing:
        return f"Too few values for {instrument_id}: no answer for {', '.join(missing)}."
    return "Invalid answers: " + "; ".join(f"{link_id} {problem}" for link_id, problem in exc.problems) + "."


def _known() -> list[str]:
    from app.instruments import available

    return list(available())
