"""``carefield --self-test``: every check passes on a good installation, a broken check fails the run with a
one-line reason, and nothing is left behind — not in the temporary folder, not in the nurse's data directory
or settings. (The frozen build's self-test runs in .ci/run after ``make dist``, not here.)"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import selftest as core
from app import selftest_checks
from ui import selftest

DISPLAY_VARIABLES = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")


def check_names() -> list[str]:
    return [c.name for c in selftest.all_checks()] + ["cleanup"]


def report_lines(text: str) -> dict[str, str]:
    """{check name: PASS or FAIL} from the report."""
    found = {}
    for line in text.splitlines():
        status, _, rest = line.partition("  ")
        if status in ("PASS", "FAIL"):
            found[rest.split()[0]] = status
    return found


def test_the_installed_command_passes_every_check_and_leaves_nothing_behind(tmp_path: Path) -> None:
    temp, home, data = tmp_path / "tmp", tmp_path / "home", tmp_path / "nurse-data"
    temp.mkdir()
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARIABLES and not k.startswith("XDG_")}
    env.update(TMPDIR=str(temp), HOME=str(home), CAREFIELD_DATA_DIR=str(data))
    command = Path(sys.executable).with_name("carefield")
    done = subprocess.run([str(command), "--self-test"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Qt platform offscreen" in done.stdout  # no display: offscreen on its own
    assert report_lines(done.stdout) == {name: "PASS" for name in check_names()}
    assert done.stdout.splitlines()[-1] == f"self-test: {len(check_names())} passed, 0 failed"
    assert list(temp.iterdir()) == []
    assert not data.exists()
    assert not [p for p in home.rglob("*") if "carefield" in p.name.lower()]  # no settings, no data folder


def test_a_failing_check_fails_the_run_and_the_others_still_run(qapp: object, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(space: core.Workspace) -> str:
        raise RuntimeError("instrument definitions missing\nsecond line")

    monkeypatch.setattr(selftest_checks, "check_instruments", broken)
    out = io.StringIO()
    code = selftest.run(out, parent=tmp_path, only={"vault", "instruments", "resources"})
    assert code == 1
    assert report_lines(out.getvalue()) == {"vault": "PASS", "instruments": "FAIL", "resources": "PASS",
                                            "cleanup": "PASS"}
    failed = next(line for line in out.getvalue().splitlines() if line.startswith("FAIL"))
    assert "RuntimeError: instrument definitions missing (" in failed  # one line, no traceback
    assert out.getvalue().splitlines()[-1] == "self-test: 3 passed, 1 failed"
    assert list(tmp_path.iterdir()) == []


def test_a_check_that_needs_the_vault_fails_without_it(qapp: object, tmp_path: Path) -> None:
    out = io.StringIO()
    assert selftest.run(out, parent=tmp_path, only={"sqlcipher"}) == 1
    assert "FAIL  sqlcipher    needs the vault the vault check opens" in out.getvalue()
    assert list(tmp_path.iterdir()) == []


def test_the_window_check_paints_the_caseload(qapp: object, tmp_path: Path) -> None:
    out = io.StringIO()
    assert selftest.run(out, parent=tmp_path, only={"vault", "sqlcipher", "window"}) == 0, out.getvalue()
    assert "caseload of 1" in out.getvalue()


def test_the_app_does_not_load_the_self_test_unless_asked() -> None:
    probe = "import sys, ui.main; print('ui.selftest' in sys.modules, 'app.selftest' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["False", "False"]


@pytest.mark.skipif(sys.platform != "linux", reason="X11/Wayland display variables")
def test_offscreen_only_without_a_display(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in DISPLAY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    selftest.prefer_offscreen()
    assert "QT_QPA_PLATFORM" not in os.environ
    monkeypatch.delenv("DISPLAY")
    selftest.prefer_offscreen()
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
