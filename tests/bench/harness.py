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

    @property
    def ratio(self) -> float | None:
        return self.measured / self.reference if self.reference else None

    @property
    def passed(self) -> bool:
        value = self.ratio if self.reference else self.measured
        return value is not None and value <= self.budget


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


def report(figures: list[Figure]) -> bool:
    header = f"{'figure':44} {'measured':>11} {'reference':>11} {'ratio':>7} {'budget':>10}  result"
    print(header)
    print("-" * len(header))
    for fig in figures:
        ratio = f"{fig.ratio:.2f}x" if fig.ratio is not None else "—"
        budget = f"≤ {fig.budget:.2f}x" if fig.reference else f"≤ {fmt_seconds(fig.budget)}"
        print(f"{fig.name:44} {fmt_seconds(fig.measured):>11} {fmt_seconds(fig.reference):>11} "
              f"{ratio:>7} {budget:>10}  {'pass' if fig.passed else 'FAIL'}")
    rows = [asdict(f) | {"ratio": f.ratio, "passed": f.passed} for f in figures]
    RESULTS.write_text(json.dumps(rows, indent=2))
    return all(f.passed for f in figures)
