"""``provider-letter``: the care plan summarized for the member's primary care provider (medical home).

Clinical words for a clinician: problems, goals, key interventions, recent scores, active medications,
and what needs the provider's attention (open safety alerts, emergency visits and admissions).
"""

from __future__ import annotations

from datetime import timedelta

from app.model.enums import DataCategory, GoalStatus, InterventionStatus, MedicationStatus, ProblemStatus
from app.reports import member_data
from app.reports.base import ReportKind, ReportRequest
from app.reports.layout import ReportDoc
from app.reports.messages import day, label, t
from app.services import assessments, careplan, clinical
from app.services.careplan import PlanTree
from app.services.members import MemberView

OPEN_GOALS = (GoalStatus.NOT_STARTED, GoalStatus.IN_PROGRESS)
LIVE = (InterventionStatus.PLANNED, InterventionStatus.IN_PROGRESS)
LOOK_BACK = timedelta(days=365)


def build(req: ReportRequest) -> ReportDoc:
    view = member_data.member(req)
    doc = member_data.document(req, view, "letter.title")
    _address(doc, req, view)
    tree = careplan.current(req.session, view.id)
    _plan(doc, tree)
    _assessments(doc, req)
    _medications(doc, req)
    _concerns(doc, req)
    _closing(doc, req, view)
    return doc


def _address(doc: ReportDoc, req: ReportRequest, view: MemberView) -> None:
    lang, pcp, nurse = doc.lang, member_data.medical_home(req), member_data.nurse(req, view)
    to = "\n".join(x for x in (pcp.name, pcp.organization, _phones(lang, pcp.phone, pcp.fax)) if x) if pcp \
        else t(lang, "letter.pcp_unknown")
    doc.key_values([
        (t(lang, "date"), day(lang, req.today)),
        (t(lang, "letter.to"), to),
        (t(lang, "letter.from"), "\n".join(x for x in (nurse.name, nurse.phone) if x)),
        (t(lang, "letter.re"), _regarding(lang, view)),
    ], label_share=0.18)
    doc.paragraph(t(lang, "letter.greeting", name=pcp.name) if pcp and pcp.name
                  else t(lang, "letter.greeting_generic"))
    doc.paragraph(t(lang, "letter.opening"))


def _regarding(lang: str, view: MemberView) -> str:
    about = t(lang, "letter.re_text", name=member_data.full_name(view), dob=day(lang, view.dob))
    return f"{about} — {t(lang, 'member_id')} {view.plan_member_id}"


def _phones(lang: str, phone: str, fax: str) -> str:
    return " · ".join(x for x in (f"{t(lang, 'phone')} {phone}" if phone else "",
                                  f"{t(lang, 'fax')} {fax}" if fax else "") if x)


def _plan(doc: ReportDoc, tree: PlanTree) -> None:
    lang = doc.lang
    problems = sorted((p for p in tree.problems if p.status is ProblemStatus.ACTIVE),
                      key=lambda p: p.priority)
    doc.heading(t(lang, "letter.problems"))
    doc.table([t(lang, "letter.priority"), t(lang, "letter.domain"), t(lang, "letter.problem")],
              [[str(p.priority), label(lang, p.domain), p.title] for p in problems], widths=[0.12, 0.28, 0.6])
    if not problems:
        doc.paragraph(t(lang, "none"))
    goals = [g for g in tree.goals if g.status in OPEN_GOALS]
    doc.heading(t(lang, "letter.goals"))
    doc.table([t(lang, "letter.goal"), t(lang, "careplan.target"), t(lang, "status")],
              [[g.text, day(lang, g.target_on), label(lang, g.status)] for g in goals],
              widths=[0.6, 0.22, 0.18])
    if not goals:
        doc.paragraph(t(lang, "none"))
    open_ids = {g.id for g in goals}
    live = [i for i in tree.interventions if i.goal_id in open_ids and i.status in LIVE]
    if live:
        doc.heading(t(lang, "letter.interventions"))
        doc.table([t(lang, "letter.responsible"), t(lang, "careplan.what"), t(lang, "letter.frequency")],
                  [[label(lang, i.responsible), i.description, i.frequency] for i in live],
                  widths=[0.25, 0.55, 0.2])


def _assessments(doc: ReportDoc, req: ReportRequest) -> None:
    lang = doc.lang
    doc.heading(t(lang, "letter.assessments"))
    rows = [[member_data.instrument_title(lang, i), "" if p.total is None else str(p.total), p.band,
             day(lang, p.completed_at)] for i, p in member_data.last_scores(req)]
    doc.table([t(lang, "letter.instrument"), t(lang, "letter.score"), t(lang, "letter.band"),
               t(lang, "date")],
              rows, widths=[0.42, 0.12, 0.24, 0.22])
    if not rows:
        doc.paragraph(t(lang, "none"))


def _medications(doc: ReportDoc, req: ReportRequest) -> None:
    lang = doc.lang
    assert req.member_id is not None
    meds = [m for m in clinical.medications.list_for(req.session, req.member_id)
            if m.status is MedicationStatus.ACTIVE]
    doc.heading(t(lang, "letter.medications"))
    doc.table([t(lang, "letter.medication"), t(lang, "letter.dose"), t(lang, "letter.frequency"),
               t(lang, "letter.adherence")],
              [[m.name, m.dose, m.frequency, label(lang, m.adherence)] for m in meds],
              widths=[0.34, 0.2, 0.22, 0.24])
    if not meds:
        doc.paragraph(t(lang, "none"))


def _concerns(doc: ReportDoc, req: ReportRequest) -> None:
    lang = doc.lang
    assert req.member_id is not None
    alerts = assessments.open_alerts(req.session, req.member_id)
    since = req.today - LOOK_BACK
    stays = sorted((u for u in clinical.utilization.list_for(req.session, req.member_id)
                    if u.admitted_on >= since), key=lambda u: u.admitted_on, reverse=True)
    doc.heading(t(lang, "letter.concerns"))
    if not alerts and not stays:
        doc.paragraph(t(lang, "letter.no_concerns"))
    if alerts:
        doc.heading(t(lang, "letter.alerts"), level=2)
        doc.table([t(lang, "letter.kind"), t(lang, "letter.alert_raised")],
                  [[a.kind.replace("_", " "), day(lang, a.raised_at)] for a in alerts], widths=[0.6, 0.4])
    if stays:
        doc.heading(t(lang, "letter.utilization"), level=2)
        doc.table([t(lang, "date"), t(lang, "letter.kind"), t(lang, "letter.facility"),
                   t(lang, "letter.diagnosis")],
                  [[day(lang, u.admitted_on), label(lang, u.kind), u.facility,
                    " ".join(x for x in (u.diagnosis_code, u.diagnosis_text) if x)] for u in stays],
                  widths=[0.2, 0.22, 0.26, 0.32])


def _closing(doc: ReportDoc, req: ReportRequest, view: MemberView) -> None:
    nurse = member_data.nurse(req, view)
    doc.spacer()
    doc.paragraph(t(doc.lang, "letter.closing"))
    doc.spacer(1.5)
    doc.paragraph(nurse.name, "strong")
    doc.paragraph(t(doc.lang, "careplan.sign_nurse"))
    if nurse.phone:
        doc.paragraph(f"{t(doc.lang, 'phone')}: {nurse.phone}")


KIND = ReportKind("provider-letter", build, DataCategory.CHART, meta_key="letter.title",
                  options=member_data.NURSE_OPTIONS)
