"""Carefield's version, as the About box and support see it.

The installed distribution's metadata is the truth. A frozen build carries that metadata only if its
spec copies it, so without it the version falls back to ``VERSION``, which a test keeps equal to the
version in pyproject.toml.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as installed_version

DISTRIBUTION = "carefield"
VERSION = "0.1.0"  # keep equal to [project] version in pyproject.toml (tests/test_ui_about.py checks)


def version() -> str:
    try:
        return installed_version(DISTRIBUTION)
    except PackageNotFoundError:
        return VERSION


__version__ = version()
