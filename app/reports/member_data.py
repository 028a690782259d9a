"""What the member-level reports share: the page header, the nurse's contact and the PCP."""

from __future__ import annotations

from dataclasses import dataclass

from app.reports.base import ReportRequest
from app.reports.layout import MemberHeader, ReportDoc
from app.reports.messages import t
from app.services import assessments, members, people
from app.services.assessments import HistoryPoint
from app.services.members import MemberView
from app.services.people import CareTeamMemberView

NURSE_OPTIONS = ("nurse_name", "nurse_phone")  # the nurse's printed name and phone (no profile stores them)


@dataclass(frozen=True, slots=True)
class NurseContact:
    name: str
    phone: str


def member(req: ReportRequest) -> MemberView:
    assert req.member_id is not None  # ReportKind.needs_member guarantees it
    return members.peek(req.session, req.member_id)


def header(view: MemberView) -> MemberHeader:
    shown = view.preferred_name and view.preferred_name != view.first_name
    preferred = f" ({view.preferred_name})" if shown else ""
    return MemberHeader(f"{view.first_name} {view.last_name}{preferred}", view.dob)


def document(req: ReportRequest, view: MemberView, title_key: str, meta_key: str = "") -> ReportDoc:
    """A document about ``view``: their name and date of birth head every page."""
    return ReportDoc(t(req.lang, title_key), lang=req.lang, large_print=req.large_print, member=header(view),
                     meta_title=t(req.lang, meta_key or title_key), printed_on=req.today)


def full_name(view: MemberView) -> str:
    return f"{view.first_name} {view.last_name}"


def nurse(req: ReportRequest, view: MemberView) -> NurseContact:
    name = req.options.get("nurse_name") or view.assigned_nurse or req.actor.user
    return NurseContact(str(name), str(req.options.get("nurse_phone") or ""))


def medical_home(req: ReportRequest) -> CareTeamMemberView | None:
    """The PCP: the active care-team entry marked as medical home, else the first active PCP."""
    assert req.member_id is not None
    team = [c for c in people.care_team.list_for(req.session, req.member_id) if c.active]
    homes = [c for c in team if c.is_medical_home] + [c for c in team if c.role.value == "pcp"]
    return homes[0] if homes else None


def instrument_title(lang: str, instrument_id: str) -> str:
    from app.errors import NotFound
    from app.instruments import loader

    try:
        return loader.load(instrument_id).title.in_language(lang)
    except NotFound:
        return instrument_id


def last_scores(req: ReportRequest) -> list[tuple[str, HistoryPoint]]:
    """The latest completed response per instrument the member has done, newest first."""
    from app.instruments import loader

    assert req.member_id is not None
    found = [(i, points[-1]) for i in loader.available()
             if (points := assessments.history(req.session, req.member_id, i))]
    return sorted(found, key=lambda pair: pair[1].completed_at, reverse=True)
