"""``outreach-log``: every contact attempt and encounter with the member, oldest first.

Drafts are left out (not yet part of the record); entries made in error stay, marked, as the record keeps
them.
"""

from __future__ import annotations

from app.model.enums import ContactOutcome, DataCategory, Direction, EncounterStatus
from app.reports import member_data
from app.reports.base import ReportKind, ReportRequest
from app.reports.layout import ReportDoc
from app.reports.messages import label, moment, t
from app.services import encounters
from app.services.encounter_views import EncounterView


def build(req: ReportRequest) -> ReportDoc:
    lang, view = req.lang, member_data.member(req)
    doc = member_data.document(req, view, "outreach.title")
    entries = [e for e in reversed(encounters.list_for(req.session, view.id))
               if e.status is not EncounterStatus.DRAFT]
    counted = [e for e in entries if e.status is not EncounterStatus.ENTERED_IN_ERROR]
    doc.key_values([
        (t(lang, "member_id"), view.plan_member_id),
        (t(lang, "outreach.entries"), str(len(entries))),
        (t(lang, "outreach.total_minutes"), str(sum(e.minutes for e in counted))),
        (t(lang, "outreach.reached"), str(sum(_reached(e) for e in counted))),
    ])
    doc.table([t(lang, "outreach.when"), t(lang, "outreach.kind"), t(lang, "outreach.channel"),
               t(lang, "outreach.outcome"), t(lang, "outreach.minutes"), t(lang, "outreach.by")],
              [_row(lang, e) for e in entries], widths=[0.21, 0.22, 0.15, 0.19, 0.1, 0.13])
    if not entries:
        doc.paragraph(t(lang, "none"))
    return doc


def _reached(e: EncounterView) -> bool:
    return e.outcome is ContactOutcome.REACHED or (e.outcome is None and e.kind.value != "contact_attempt")


def _row(lang: str, e: EncounterView) -> list[str]:
    outcome = label(lang, e.outcome)
    if e.status is EncounterStatus.ENTERED_IN_ERROR:
        outcome = f"{outcome} ({label(lang, e.status)})".strip()
    kind = label(lang, e.kind)
    if e.direction is Direction.INBOUND:  # outbound is the usual case; only the exception is named
        kind = f"{kind} ({label(lang, e.direction).lower()})"
    return [moment(lang, e.local_started_at), kind, label(lang, e.channel), outcome, str(e.minutes),
            e.signed_by or e.created_by]


KIND = ReportKind("outreach-log", build, DataCategory.CHART, meta_key="outreach.title")
