"""Render every printed report for a demo member and save its first page as a PNG beside this script.

    .venv/bin/python docs/screenshots/make_report_shots.py

Needs ``pdftoppm`` (Debian's poppler-utils). Writes report-<kind>.png (and report-careplan-es.png, the
member's care plan in Spanish). The data is the synthetic demo caseload in a throwaway vault.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from sqlalchemy import select

OUT = Path(__file__).resolve().parent
PAGES = (("careplan", "en"), ("careplan", "es"), ("provider-letter", "en"), ("visit-summary", "en"),
         ("outreach-log", "en"), ("assessment", "en"), ("caseload", "en"), ("outcomes", "en"))


def main() -> None:
    from app import demo
    from app.model import CarePlan, Member
    from app.model.enums import MemberStatus
    from app.reports.kinds import render
    from app.services import access
    from app.store.vault import KdfParams

    work = Path(tempfile.mkdtemp(prefix="carefield-reports-"))
    store, _ = access.create(work / "data", "screenshots only, not a real vault", kdf=KdfParams.fast())
    actor = store.actor()
    demo.generate(store, actor, members=30, seed=1)
    with store.transaction(actor) as s:
        enrolled_in_spanish = (Member.status == MemberStatus.ENROLLED, Member.preferred_language == "es")
        member_id = s.scalars(select(Member.id).join(CarePlan, CarePlan.member_id == Member.id)
                              .where(*enrolled_in_spanish).order_by(Member.plan_member_id)).first()
        for kind, lang in PAGES:
            needs_member = kind not in ("caseload", "outcomes")
            pdf = render(s, actor, kind, member_id=member_id if needs_member else None, lang=lang)
            path = work / f"{kind}-{lang}.pdf"
            path.write_bytes(pdf)
            name = f"report-{kind}" + ("-es" if lang == "es" else "")
            subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", str(path),
                            str(OUT / name)], check=True)
            print("wrote", name + ".png")
    store.close()


if __name__ == "__main__":
    main()
