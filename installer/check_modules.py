"""After a PyInstaller build: is every module of the desktop app in the bundle?

PyInstaller follows imports, including those inside functions, but not a module named in a string (as
app/reports/kinds.py does) — such a module would be missing only in the frozen build, and only when used.
This compares the .py files under app/, ui/ and sync/ with the build's module list (PYZ-00.toc) and fails
naming any that is missing, except the parts deliberately left out of the desktop bundle.

``python installer/check_modules.py build/pyinstaller/carefield/PYZ-00.toc``
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("app", "ui", "sync")
# Not in the desktop app: the command lines, the FHIR export (carefield-cli only), the server; migrations
# travel as files (Alembic reads them from disk), not as frozen modules.
LEFT_OUT = ("app.cli", "app.fhir", "sync.cli", "sync.server", "app.store.migrations")


def source_modules() -> set[str]:
    names = set()
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            names.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return {n for n in names if not any(n == x or n.startswith(x + ".") for x in LEFT_OUT)}


def bundled_modules(toc: Path) -> set[str]:
    _archive, entries = ast.literal_eval(toc.read_text(encoding="utf-8"))
    return {entry[0] for entry in entries}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: check_modules.py PYZ-00.toc", file=sys.stderr)
        return 2
    missing = sorted(source_modules() - bundled_modules(Path(argv[1])))
    for name in missing:
        print(f"missing from the bundle: {name}", file=sys.stderr)
    if missing:
        print("Add them to hiddenimports in installer/carefield.spec.", file=sys.stderr)
        return 1
    print(f"all {len(source_modules())} app/ui/sync modules are in the bundle")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
