"""Where bundled read-only files (word lists, icons, templates) live, from a checkout or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def _base() -> Path:
    if getattr(sys, "frozen", False):
        # PyInstaller unpacks the bundle into sys._MEIPASS.
        return Path(getattr(sys, "_MEIPASS")) / "resources"  # noqa: B009
    return Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a bundled resource, e.g. ``resource_path("common-passwords.txt")``."""
    return _base().joinpath(*parts)
