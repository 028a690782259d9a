"""What the nurse waits for (DESIGN.md §7): the first window, unlock to caseload, a heavy chart, a caseload
search keystroke, a note search, and the memory the app holds — each in a fresh Carefield process
(tests/bench/app_probe.py) on a demo vault, against the same-run reference the budget names.

Full run: 150 members for unlock and the chart (plus one heavy member), 5,000 for the filter, the note
search (~110,000 notes) and memory; the scaling table repeats the caseload figures at 150, 1,000 and 5,000.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.bench import caseloads
from tests.bench.harness import Figure, median_time

ROOT = Path(__file__).resolve().parents[2]
MEMORY_BUDGET_MB = 500.0  # our own ceiling: DESIGN.md §7 names none (a 4 GB laptop runs other things too)
NOTE_QUERIES = ("member", "reviewed", "bp", "fall precautions", "navarro", "pharmacy refill", "zzzq")


def compile_sources() -> None:
    """Bytecode for Carefield's modules, as an installed copy has (pip and PyInstaller compile them): where
    PYTHONDONTWRITEBYTECODE is set, every process would otherwise compile each module from source."""
    import compileall

    for package in ("app", "ui", "sync", "tests/bench"):
        compileall.compile_dir(ROOT / package, quiet=1)


def child(module: str, *args: object) -> dict[str, object]:
    """Run ``python -m module args`` as a fresh process (own settings folder, offscreen) → its RESULT."""
    config = caseloads.scratch("config")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config),
               BENCH_PASSPHRASE=caseloads.PASSPHRASE)
    done = subprocess.run([sys.executable, "-m", module, *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
    if done.returncode != 0 or line is None:
        raise RuntimeError(f"{module} failed ({done.returncode}): {done.stderr[-2000:]}")
    return json.loads(line.removeprefix("RESULT "))


def kdf_seconds(data_dir: Path) -> float:
    """The vault's own key derivation and unwrap (``Vault.unlock``), the part of unlocking that is slow on
    purpose."""
    from app.store.vault import Vault, wipe

    return median_time(lambda: wipe(Vault(data_dir).unlock(caseloads.PASSPHRASE)), runs=3)


def caseload_runs(members: int, runs: int, *, heavy: bool = False) -> list[dict[str, object]]:
    data_dir = caseloads.vault(members, heavy=heavy)
    heavy_id = caseloads.heavy_member_id(data_dir) if heavy else None
    args = (data_dir, members + (1 if heavy else 0), *([heavy_id] if heavy_id else []))
    return [child("tests.bench.app_probe", *args) for _ in range(runs)]


def note_search(members: int) -> tuple[float, int, dict[str, float]]:
    """The slowest of several searches (common words, rare ones, two words, none), each a median."""
    from sqlalchemy import func, select

    from app.model import Encounter
    from app.services import access, encounters

    store = access.unlock(caseloads.vault(members), caseloads.PASSPHRASE)
    try:
        with store.session() as s:
            notes = s.scalar(select(func.count()).select_from(Encounter).where(Encounter.note != ""))

            def search(query: str) -> float:
                return median_time(lambda: encounters.search_notes(s, query), runs=7)

            per_query = {query: search(query) for query in NOTE_QUERIES}
    finally:
        store.close()
    return max(per_query.values()), int(notes or 0), per_query


def _median(runs: list[dict[str, object]], key: str) -> float:
    return statistics.median(float(run[key]) for run in runs)  # type: ignore[arg-type]


def _keystroke(runs: list[dict[str, object]]) -> float:
    return statistics.median(k for run in runs for k in run["keystrokes"])  # type: ignore[union-attr]


def figures(quick: bool) -> list[Figure]:
    compile_sources()
    small, big = (20, 60) if quick else (150, 5000)
    runs = 3 if quick else 7
    app_window, bare_window = [], []
    data_dir = caseloads.vault(small)
    for _ in range(runs):  # interleaved, so a busy moment on the machine hits both
        bare_window.append(float(child("tests.bench.bare_window")["window"]))  # type: ignore[arg-type]
        app_window.append(float(child("tests.bench.app_probe", data_dir, -1)["window"]))  # type: ignore[arg-type]
    out = [Figure("first window on screen", statistics.median(app_window), statistics.median(bare_window),
                  "bare PySide6 QMainWindow", 1.3)]

    kdf = kdf_seconds(data_dir)
    chart_runs = caseload_runs(small, 3, heavy=True)
    out += [
        Figure(f"unlock to caseload shown ({small} members)", _median(chart_runs, "unlock"), kdf,
               "key derivation", 0.3, kind="plus"),
        Figure("chart open, heavy member (warm)", _median(chart_runs, "chart"), None, "", 0.1),
        Figure("chart open, first after unlock", _median(chart_runs, "chart_first"), None, "", 0.1),
        # Tabs are built and read when first shown (ui/chart/lazy_tabs.py): the heaviest one, measured
        # against the same budget so the opening's speed is not paid for here.
        Figure("heavy chart's Notes tab, first shown", _median(chart_runs, "notes_tab"), None, "", 0.1),
    ]
    big_runs = caseload_runs(big, 2 if quick else 3)
    slowest, notes, _ = note_search(big)
    out += [
        Figure(f"caseload filter per keystroke ({big:,})", _keystroke(big_runs), None, "", 0.016),
        Figure(f"note search ({notes:,} notes, slowest query)", slowest, None, "", 0.05),
        Figure(f"resident memory, {big:,} members loaded", _median(big_runs, "rss_mb"), None, "",
               MEMORY_BUDGET_MB, unit="MB"),
    ]
    return out


def scaling(quick: bool) -> list[dict[str, object]]:
    """The caseload figures at several sizes (docs/performance.md): how they grow with the caseload."""
    compile_sources()
    rows = []
    for members in ((20, 60) if quick else (150, 1000, 5000)):
        started = time.perf_counter()
        runs = caseload_runs(members, 1 if quick else 2)
        slowest, notes, _ = note_search(members)
        rows.append({"members": members, "notes": notes, "unlock_s": _median(runs, "unlock"),
                     "keystroke_s": _keystroke(runs), "note_search_s": slowest,
                     "rss_mb": _median(runs, "rss_mb"), "bench_s": time.perf_counter() - started})
    return rows
