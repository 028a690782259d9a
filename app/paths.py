"""Where the nurse's data lives: one data directory holding vault.json and the encrypted database."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Carefield"
DATA_DIR_ENV = "CAREFIELD_DATA_DIR"


def data_dir(explicit: str | Path | None = None) -> Path:
    """The data directory: ``explicit`` (e.g. ``--data-dir``), else $CAREFIELD_DATA_DIR, else the OS default.

    The OS default is ``platformdirs.user_data_path("Carefield")`` without an author level, so Windows gets
    ``%LOCALAPPDATA%\\Carefield`` rather than ``Carefield\\Carefield``.
    """
    if explicit is not None and str(explicit).strip():
        return Path(explicit).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    from platformdirs import user_data_path  # imported here: only needed when nothing was given

    return user_data_path(APP_NAME, appauthor=False)
