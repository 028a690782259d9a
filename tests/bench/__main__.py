"""make bench: every performance figure of DESIGN.md §7 measured against its budget.

    python -m tests.bench [--quick] [--only ui,sync,…] [--scaling]
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Each module's figures(quick) -> list[Figure]; the order of the printed table.
MODULES = {
    "ui": "tests.bench.ui_bench",
    "store": "tests.bench.store_bench",
    "sync": "tests.bench.sync_bench",
    "server": "tests.bench.server_load_bench",
    "careplan": "tests.bench.careplan_bench",
}


def main() -> int:
    parser = argparse.ArgumentParser(prog="make bench")
    parser.add_argument("--quick", action="store_true", help="small sizes: keeps the harness working in CI")
    parser.add_argument("--only", default="", help=f"comma-separated subset of: {', '.join(MODULES)}")
    parser.add_argument("--scaling", action="store_true",
                        help="also measure the caseload figures at 150, 1,000 and 5,000 members")
    args = parser.parse_args()
    from tests.bench import harness

    chosen = [name.strip() for name in args.only.split(",") if name.strip()] or list(MODULES)
    unknown = sorted(set(chosen) - MODULES.keys())
    if unknown:
        parser.error(f"unknown benchmark group(s): {', '.join(unknown)}")
    figures = []
    for name in chosen:
        try:
            module = importlib.import_module(MODULES[name])
        except ModuleNotFoundError as exc:
            if exc.name != MODULES[name]:
                raise
            print(f"(no {name} benchmarks in this checkout)", file=sys.stderr)
            continue
        figures += module.figures(args.quick)
    scaling = None
    if args.scaling:
        from tests.bench import ui_bench

        scaling = ui_bench.scaling(args.quick)
    ok = harness.report(figures, scaling)
    # Timings are informative in --quick (CI) runs: only a crash fails them.
    return 0 if ok or args.quick else 1


if __name__ == "__main__":
    sys.exit(main())
