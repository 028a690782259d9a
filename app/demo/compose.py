"""One demo member's whole chart, from referral to today, drawn from a random stream of their own.

Each member has their own ``random.Random`` seeded from (seed, index), so member 7 is the same whether
30 or 5,000 members are made, and a caseload can be built in chunks.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from app.demo import careplan, clinical, encounters, lifecycle, names, people, tasks
from app.demo.chart import Chart
from app.demo.member import PLANS as HEALTH_PLANS
from app.demo.member import choose_age, choose_lob, choose_program, choose_tier, identity
from app.demo.rows import DemoData, shift_years
from app.model.enums import MemberStatus, Program, RiskTier, Sex
from app.services.members import next_due

FOLLOWED = frozenset({MemberStatus.IDENTIFIED, MemberStatus.OUTREACH, MemberStatus.ENROLLED})


def member_chart(seed: int, index: int, today: date, history_years: int, nurse: str) -> DemoData:
    rng = random.Random(f"carefield-demo:{seed}:{index}")
    program = choose_program(rng)
    sex = Sex.FEMALE if program == Program.HIGH_RISK_OB or rng.random() < 0.55 else Sex.MALE
    chart = Chart(rng=rng, today=today, start=shift_years(today, -history_years) + timedelta(days=1),
                  nurse=nurse, data=DemoData(), culture=names.pick_culture(rng), program=program,
                  tier=choose_tier(rng, program), sex=sex, age=choose_age(rng, program))
    values = identity(chart, index)
    life = lifecycle.plan(chart, values["dob"])
    lob = choose_lob(rng, program, chart.age)
    values |= {"line_of_business": lob, "health_plan": rng.choice(HEALTH_PLANS[lob]), "program": program,
               "risk_tier": chart.tier, **life.fields()}
    chart.member = values  # read by the steps below before the row exists
    chosen = clinical.pick_diagnoses(chart)
    chart.member = chart.add("member", chart.at(life.identified_on), **values, **_assignment(chart, life))
    chart.diagnoses = clinical.diagnoses(chart, chosen, life.identified_on)
    chart.member |= lifecycle.referral(chart)
    _history(chart, life)
    return chart.data


def _assignment(chart: Chart, life: lifecycle.Lifecycle) -> dict[str, str]:
    """High and medium risk members get a named nurse; low risk ones once they enrol."""
    assigned = chart.tier != RiskTier.LOW or life.enrolled_on is not None
    return {"assigned_nurse": chart.nurse if assigned else ""}


def _history(chart: Chart, life: lifecycle.Lifecycle) -> None:
    lifecycle.status_history(chart, life)
    people.care_team(chart, life)
    people.contacts(chart, life)
    clinical.conditions(chart, life)
    clinical.medications(chart, life)
    clinical.allergies(chart, life)
    clinical.consents(chart, life)
    stays = clinical.utilization(chart, life)
    timeline = encounters.Timeline()
    encounters.outreach(chart, life, timeline)
    encounters.follow_up(chart, life, stays, timeline)
    plan = careplan.build(chart, life, timeline)
    _settle(chart, life, timeline)
    tasks.tasks(chart, life, timeline, plan)


def _settle(chart: Chart, life: lifecycle.Lifecycle, timeline: encounters.Timeline) -> None:
    """The denormalised caseload columns, as the encounter service would have left them."""
    chart.contact_times.sort()
    member = chart.member
    member["last_contact_at"] = chart.contact_times[-1] if chart.contact_times else None
    if life.status in FOLLOWED:
        member["next_due_on"] = next_due(chart.tier, member["last_contact_at"], life.identified_on)
    member["updated_at"] = max(member["created_at"], member["last_contact_at"] or member["created_at"])
    if timeline.reconciled_at:
        for med in chart.data.tables["medication"]:
            if med["stopped_on"] is None:
                med.update(last_reconciled_at=timeline.reconciled_at, last_reconciled_by=chart.nurse,
                           updated_at=max(med["updated_at"], timeline.reconciled_at))
