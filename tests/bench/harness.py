"""A tiny benchmark harness: each figure is measured against a reference taken in the same run,
so a noisy shared machine changes both sides alike. Prints one table and writes results.json."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

RESULTS = Path(__file__).with_name("results.json")


@dataclass(frozen=True, slots=True)
class Figure:
    name: str
    measured: float  # seconds (median)
    reference: float | None  # seconds, the same-run comparison, if the budget is a ratio
    reference_name: str
    budget: float  # a ratio when reference is set, else seconds
    unit: str = "s"
    # "ratio": measured ≤ budget × reference; "plus": measured ≤ reference + budget (e.g. KDF + 300 ms)
    kind: str = "ratio"
    skipped: str = ""  # why the figure could not be measured here (printed instead of numbers)

    @property
    def ratio(self) -> float | None:
        return self.measured / self.reference if self.reference else None

    @property
    def limit(self) -> float:
        """The budget in the figure's own unit."""
        if self.reference is None:
            return self.budget
        return self.reference + self.budget if self.kind == "plus" else self.reference * self.budget

    @property
    def passed(self) -> bool:
        return bool(self.skipped) or self.measured <= self.limit


def median_time(fn: Callable[[], object], runs: int = 5, setup: Callable[[], object] | None = None) -> float:
    samples = []
    for _ in range(runs):
        if setup:
            setup()
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def fmt_seconds(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value * 1000:.1f} ms" if value < 10 else f"{value:.1f} s"


def fmt(value: float | None, unit: str) -> str:
    """A value in its figure's unit: seconds print as ms/s, anything else (MB, errors) as a number."""
    if unit == "s" or value is None:
        return fmt_seconds(value)
    return f"{value:,.0f} {unit}"


def report(figures: list[Figure], scaling: list[dict[str, object]] | None = None) -> bool:
    header = f"{'figure':50} {'measured':>11} {'reference':>11} {'ratio':>7} {'budget':>10}  result"
    print(header)
    print("-" * len(header))
    for fig in figures:
        if fig.skipped:
            print(f"{fig.name:50} skipped: {fig.skipped}")
            continue
        ratio = f"{fig.ratio:.2f}x" if fig.ratio is not None else "—"
        if fig.reference is None:
            budget = f"≤ {fmt(fig.budget, fig.unit)}"
        elif fig.kind == "plus":
            budget = f"≤ +{fmt(fig.budget, fig.unit)}"
        else:
            budget = f"≤ {fig.budget:.2f}x"
        print(f"{fig.name:50} {fmt(fig.measured, fig.unit):>11} {fmt(fig.reference, fig.unit):>11} "
              f"{ratio:>7} {budget:>10}  {'pass' if fig.passed else 'FAIL'}")
    rows = [asdict(f) | {"ratio": f.ratio, "limit": f.limit, "passed": f.passed} for f in figures]
    if scaling:
        print_scaling(scaling)
    RESULTS.write_text(json.dumps({"figures": rows, "scaling": scaling or []}, indent=2))
    return all(f.passed for f in figures)


def print_scaling(rows: list[dict[str, object]]) -> None:
    """How the caseload figures grow with the caseload (docs/performance.md)."""
    print()
    header = f"{'members':>8} {'notes':>9} {'unlock':>11} {'keystroke':>11} {'note search':>12} {'memory':>8}"
    print(header)
    print("-" * len(header))
    for row in rows:
        print(f"{row['members']:>8,} {row['notes']:>9,} {fmt_seconds(row['unlock_s']):>11} "  # type: ignore[arg-type]
              f"{fmt_seconds(row['keystroke_s']):>11} {fmt_seconds(row['note_search_s']):>12} "  # type: ignore[arg-type]
              f"{row['rss_mb']:>5,.0f} MB")
