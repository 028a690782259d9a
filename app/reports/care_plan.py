"""``careplan``: the member's own copy of the care plan, in plain words and their language.

Written to the member ("my goals", "what I will do"). Goals lead with the member's own words; finished
and stopped items are left out so the page shows what is being worked on now.
"""

from __future__ import annotations

from app.model.enums import (
    BarrierStatus,
    DataCategory,
    GoalStatus,
    InterventionStatus,
    ReferralStatus,
    ResponsibleParty,
)
from app.reports import member_data
from app.reports.base import ReportKind, ReportRequest
from app.reports.layout import ReportDoc
from app.reports.messages import day, label, t
from app.services import careplan
from app.services.careplan import GoalView, PlanTree, ProblemView

MEMBER_SIDE = (ResponsibleParty.MEMBER, ResponsibleParty.CAREGIVER)
OPEN_GOALS = (GoalStatus.NOT_STARTED, GoalStatus.IN_PROGRESS)
LIVE_INTERVENTIONS = (InterventionStatus.PLANNED, InterventionStatus.IN_PROGRESS)


def build(req: ReportRequest) -> ReportDoc:
    lang, view = req.lang, member_data.member(req)
    doc = member_data.document(req, view, "careplan.title", "careplan.meta")
    tree = careplan.current(req.session, view.id)
    if tree.plan is None:
        doc.paragraph(t(lang, "careplan.no_plan"))
        return doc
    doc.paragraph(t(lang, "careplan.intro"))
    doc.key_values([
        (t(lang, "careplan.for"), member_data.full_name(view)),
        (t(lang, "member_id"), view.plan_member_id),
        (t(lang, "careplan.started"), day(lang, tree.plan.started_on)),
        (t(lang, "careplan.reviewed"), day(lang, tree.plan.last_reviewed_on)),
        (t(lang, "careplan.next_review"), day(lang, tree.plan.review_due_on) or t(lang, "not_set")),
    ])
    _goals(doc, tree)
    _barriers(doc, tree)
    _referrals(doc, tree)
    _self_management(doc, tree)
    _who_to_call(doc, req)
    _signatures(doc, req, tree)
    return doc


def _goals(doc: ReportDoc, tree: PlanTree) -> None:
    lang = doc.lang
    doc.heading(t(lang, "careplan.goals"))
    problems = {p.id: p for p in tree.problems}
    def order(g: GoalView) -> tuple[int, int, int]:
        problem = problems.get(g.problem_id)
        return (problem.priority if problem else 99, g.member_priority or 99, g.priority)

    goals = sorted((g for g in tree.goals if g.status in OPEN_GOALS), key=order)
    if not goals:
        doc.paragraph(t(lang, "careplan.no_open_goals"))
    for number, goal in enumerate(goals, start=1):
        problem = problems.get(goal.problem_id)
        doc.keep_together(lambda g=goal, n=number, p=problem: _goal_head(doc, g, n, p))
        _interventions(doc, tree, goal)
    reached = sorted((g for g in tree.goals if g.status is GoalStatus.MET), key=order)
    if reached:
        doc.heading(t(lang, "careplan.reached"), level=2)
        doc.bullets(list(dict.fromkeys(g.member_words or g.text for g in reached)))


def _goal_head(doc: ReportDoc, goal: GoalView, number: int, problem: ProblemView | None) -> None:
    lang = doc.lang
    doc.heading(f"{number}. {goal.member_words or goal.text}", level=2)
    pairs = [(t(lang, "careplan.target"), day(lang, goal.target_on) or t(lang, "not_set")),
             (t(lang, "status"), label(lang, goal.status))]
    if goal.member_words and goal.text != goal.member_words:
        pairs.insert(0, (t(lang, "letter.goal"), goal.text))
    if problem is not None:
        pairs.append((t(lang, "letter.problem"), problem.title))
    doc.key_values(pairs, label_share=0.25)


def _interventions(doc: ReportDoc, tree: PlanTree, goal: GoalView) -> None:
    lang = doc.lang
    live = [i for i in tree.interventions if i.goal_id == goal.id and i.status in LIVE_INTERVENTIONS]
    mine = [i for i in live if i.responsible in MEMBER_SIDE]
    team = [i for i in live if i.responsible not in MEMBER_SIDE]
    if mine:
        doc.paragraph(t(lang, "careplan.i_do"), "strong")
        doc.bullets([_doing(lang, i.description, i.frequency, i.responsible) for i in mine])
    if team:
        doc.paragraph(t(lang, "careplan.team_does"), "strong")
        doc.table([t(lang, "careplan.who"), t(lang, "careplan.what"), t(lang, "careplan.how_often")],
                  [[label(lang, i.responsible), i.description, i.frequency or day(lang, i.due_on)]
                   for i in team],
                  widths=[0.27, 0.53, 0.2])


def _doing(lang: str, description: str, frequency: str, who: ResponsibleParty) -> str:
    text = f"{description} ({frequency})" if frequency else description
    return f"{label(lang, who)}: {text}" if who is ResponsibleParty.CAREGIVER else text


def _barriers(doc: ReportDoc, tree: PlanTree) -> None:
    lang = doc.lang
    shown = [b for b in tree.barriers if b.status is not BarrierStatus.RESOLVED]
    if shown:
        doc.heading(t(lang, "careplan.barriers"))
        doc.table([t(lang, "careplan.barrier"), t(lang, "careplan.plan")],
                  [[f"{label(lang, b.kind)}: {b.description}" if b.description else label(lang, b.kind),
                    b.plan_to_address] for b in shown], widths=[0.45, 0.55])


def _referrals(doc: ReportDoc, tree: PlanTree) -> None:
    lang = doc.lang
    shown = [r for r in tree.referrals if r.status not in (ReferralStatus.DECLINED, ReferralStatus.COMPLETED)]
    if shown:
        doc.heading(t(lang, "careplan.referrals"))
        doc.table([t(lang, "careplan.service"), t(lang, "careplan.how_reach"), t(lang, "status")],
                  [[r.resource_name, r.resource_contact, label(lang, r.status)] for r in shown],
                  widths=[0.4, 0.4, 0.2])


def _self_management(doc: ReportDoc, tree: PlanTree) -> None:
    lang, plan = doc.lang, tree.plan
    assert plan is not None
    for key, words in (("careplan.self_management", plan.self_management_plan),
                       ("careplan.follow_up", plan.follow_up_schedule),
                       ("careplan.caregiver", plan.caregiver_involvement)):
        if words.strip():
            doc.heading(t(lang, key))
            doc.paragraph(words)


def _who_to_call(doc: ReportDoc, req: ReportRequest) -> None:
    lang, view = doc.lang, member_data.member(req)
    nurse, pcp = member_data.nurse(req, view), member_data.medical_home(req)
    doc.heading(t(lang, "careplan.who_to_call"))
    nurse_line = f"{nurse.name} — {nurse.phone}" if nurse.phone else nurse.name
    rows = [(t(lang, "careplan.call_nurse"), f"{nurse_line}\n{t(lang, 'careplan.call_nurse_when')}")]
    if pcp is not None:
        who = ", ".join(x for x in (pcp.name, pcp.organization, pcp.phone) if x)
        rows.append((t(lang, "careplan.call_pcp"), f"{who}\n{t(lang, 'careplan.call_pcp_when')}"))
    rows += [(t(lang, "careplan.call_911"), t(lang, "careplan.call_911_when")),
             (t(lang, "careplan.call_988"), t(lang, "careplan.call_988_when"))]
    doc.key_values(rows)


def _signatures(doc: ReportDoc, req: ReportRequest, tree: PlanTree) -> None:
    lang = doc.lang
    latest = tree.agreements[0] if tree.agreements else None
    png = careplan.signature(req.session, latest.id) if latest and latest.has_signature else None

    def block() -> None:
        doc.heading(t(lang, "careplan.signatures"))
        doc.paragraph(t(lang, "careplan.agree"))
        if latest is not None:
            doc.paragraph(t(lang, "careplan.agreed", day=day(lang, latest.agreed_on),
                            method=label(lang, latest.method)), "muted")
        doc.signature_lines([(t(lang, "careplan.sign_member"), png),
                             (t(lang, "careplan.sign_caregiver"), None),
                             (t(lang, "careplan.sign_nurse"), None)])

    doc.keep_together(block)


KIND = ReportKind("careplan", build, DataCategory.CARE_PLAN, meta_key="careplan.meta", member_language=True,
                  options=member_data.NURSE_OPTIONS)
