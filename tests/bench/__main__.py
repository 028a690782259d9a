"""make bench: every performance figure of DESIGN.md §7 measured against its budget."""

from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(prog="make bench")
    parser.add_argument("--quick", action="store_true", help="small sizes: keeps the harness working in CI")
    args = parser.parse_args()
    from tests.bench import careplan_bench, harness, store_bench, sync_bench

    figures = [*store_bench.figures(args.quick), *sync_bench.figures(args.quick),
               *careplan_bench.figures(args.quick)]
    ok = harness.report(figures)
    # Timings are informative in --quick (CI) runs: only a crash fails them.
    return 0 if ok or args.quick else 1


if __name__ == "__main__":
    sys.exit(main())
