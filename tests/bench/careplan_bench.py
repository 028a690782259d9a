"""Care plans and tasks: the printed care plan, and refreshing every member's follow-up tasks (what Today
and Tasks do at each load). Absolute budgets: nothing in the same run does comparable work."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from sqlalchemy import select

from tests.bench.harness import Figure, median_time

PDF_BUDGET = 1.0  # seconds: the nurse clicks Save and the file is there
REFRESH_BUDGET = 0.5  # seconds for the whole caseload, on the DB thread


def figures(quick: bool) -> list[Figure]:
    from app import demo
    from app.model import CarePlan, Member
    from app.model.enums import MemberStatus
    from app.reports.kinds import render
    from app.services import access, tasks
    from app.store.vault import KdfParams

    size = 20 if quick else 150
    with tempfile.TemporaryDirectory() as tmp:
        passphrase = "benchmarks only, not a real vault"
        store, _ = access.create(Path(tmp) / "data", passphrase, kdf=KdfParams.fast())
        actor = store.actor()
        try:
            demo.generate(store, actor, members=size, seed=3)
            with store.transaction(actor) as s:
                member_id = s.scalars(select(Member.id).join(CarePlan, CarePlan.member_id == Member.id)
                                      .where(Member.status == MemberStatus.ENROLLED)).first()

            def pdf() -> None:
                with store.transaction(actor) as s:
                    render(s, actor, "careplan", member_id=member_id)

            def refresh() -> None:
                with store.transaction(actor) as s:
                    tasks.refresh(s, actor, date.today())

            refresh()  # the first one may still close a clock that came due today
            return [
                Figure("care-plan PDF (one member)", median_time(pdf, runs=3), None, "", PDF_BUDGET),
                Figure(f"task refresh ({size} members)", median_time(refresh, runs=3), None, "",
                       REFRESH_BUDGET),
            ]
        finally:
            store.close()
