"""``carefield --self-test``: the runner; the checks that need no Qt are in app/selftest_checks.py, the
others in ui/selftest.py, which also runs them all.

Everything happens in a throwaway folder (a new vault with a random passphrase and synthetic members, never
the nurse's data directory) that is deleted at the end. Each check prints one line, ``PASS``/``FAIL``, its
name, what it proved or why it failed, and its time; the run exits 0 only if every check passed. A
technician's tool, so English only. A failure's traceback goes to stderr: the data in play is synthetic.
"""

from __future__ import annotations

import shutil
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from app.store.store import Store

NAME_WIDTH = 13
REASON_LENGTH = 160


class SelfTestError(Exception):
    """A check found the installation wrong; the message says how (no PHI: the data is synthetic)."""


@dataclass(slots=True)
class Workspace:
    """The throwaway folder, and what earlier checks leave for later ones."""

    root: Path
    store: Store | None = None
    member_id: str | None = None  # the demo member the PDF and the window show

    @property
    def data_dir(self) -> Path:
        return self.root / "vault"

    def need_store(self) -> Store:
        if self.store is None:
            raise SelfTestError("needs the vault the vault check opens")
        return self.store

    def need_member(self) -> str:
        if self.member_id is None:
            raise SelfTestError("needs the member the demo check writes")
        return self.member_id


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    run: Callable[[Workspace], str]  # returns what it proved, for the PASS line


@dataclass(frozen=True, slots=True)
class Outcome:
    name: str
    ok: bool
    detail: str
    ms: int

    def line(self) -> str:
        status = "PASS" if self.ok else "FAIL"
        return f"{status}  {self.name:<{NAME_WIDTH}}{self.detail} ({self.ms} ms)"


def reason(exc: BaseException) -> str:
    """One short line naming the exception: its type and the first line of its message."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    said = f"{type(exc).__name__}: {text}" if text and not isinstance(exc, SelfTestError) else text
    said = said or type(exc).__name__
    return said if len(said) <= REASON_LENGTH else said[: REASON_LENGTH - 1] + "…"


def run_check(check: Check, workspace: Workspace, err: TextIO | None = None) -> Outcome:
    started = time.perf_counter()
    try:
        detail, ok = check.run(workspace), True
    except Exception as exc:  # a self-test reports every failure and goes on to the next check
        detail, ok = reason(exc), False
        if err is not None:
            traceback.print_exception(exc, file=err)
    return Outcome(check.name, ok, detail, round((time.perf_counter() - started) * 1000))


def run_checks(checks: Iterable[Check], workspace: Workspace, out: TextIO,
               err: TextIO | None = None) -> list[Outcome]:
    outcomes = []
    for check in checks:
        outcome = run_check(check, workspace, err)
        print(outcome.line(), file=out, flush=True)
        outcomes.append(outcome)
    return outcomes


def summary(outcomes: Sequence[Outcome]) -> str:
    """The closing line, in the form test runners use (CI logs read it as one)."""
    failed = sum(1 for o in outcomes if not o.ok)
    return f"self-test: {len(outcomes) - failed} passed, {failed} failed"


@contextmanager
def workspace(parent: Path | None = None) -> Iterator[Workspace]:
    """A new folder under the system's temporary folder (or ``parent``), closed and deleted on the way out
    whatever the checks did (``check_cleanup`` does it first, to report on it)."""
    root = Path(tempfile.mkdtemp(prefix="carefield-selftest-", dir=parent))
    space = Workspace(root)
    try:
        yield space
    finally:
        _close(space)
        shutil.rmtree(root, ignore_errors=True)


def _close(space: Workspace) -> None:
    store, space.store = space.store, None
    if store is not None:
        store.close()


def check_cleanup(space: Workspace) -> str:
    """Close the vault and delete the throwaway folder; fails if anything is left."""
    _close(space)
    shutil.rmtree(space.root)
    if space.root.exists():
        raise SelfTestError("the throwaway folder is still there")
    return "throwaway vault and files deleted"


def core_checks() -> list[Check]:
    """The checks of app/selftest_checks.py, in order: later ones use the vault the first one opens.
    Looked up when called, so a test can replace one."""
    from app import selftest_checks

    names = ("vault", "migrations", "sqlcipher", "instruments", "icd10", "resources", "demo", "pdf")
    return [Check(name, getattr(selftest_checks, f"check_{name}")) for name in names]
