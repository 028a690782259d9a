"""PHQ-9 depression screens scored the published way, and the safety alerts item 9 raises."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.demo.chart import Chart
from app.demo.rows import Row
from app.model.enums import AlertStatus, AssessmentStatus, Program

PHQ9_BANDS = ((4, "minimal"), (9, "mild"), (14, "moderate"), (19, "moderately_severe"), (27, "severe"))
CONCLUSIONS = {
    "minimal": "Minimal depressive symptoms; no action beyond routine follow-up.",
    "mild": "Mild symptoms; watchful waiting, repeat PHQ-9 at next reassessment.",
    "moderate": "Moderate symptoms; discussed with PCP, BH referral offered.",
    "moderately_severe": "Moderately severe; BH clinician notified, treatment plan reviewed with PCP.",
    "severe": "Severe symptoms; same-day BH coordination and safety planning.",
}
ACTION_TAKEN = (
    "Safety plan reviewed; member denies plan or intent. 988 crisis line given; PCP and BH clinician "
    "notified the same day."
)


def phq9_band(total: int) -> str:
    return next(band for top, band in PHQ9_BANDS if total <= top)


def baseline_severity(chart: Chart) -> float:
    """The member's typical PHQ-9 total: highest in behavioral-health programs."""
    if chart.program == Program.BH_COMPLEX_CM:
        return chart.rng.uniform(10, 20)
    if chart.has("depression", "anxiety"):
        return chart.rng.uniform(6, 15)
    return chart.rng.uniform(0, 8)


def phq9_answers(chart: Chart, target: float) -> dict[str, int]:
    rng = chart.rng
    answers = {f"phq9-{i}": min(3, max(0, round(rng.gauss(target / 9, 0.7)))) for i in range(1, 9)}
    risky = 0.3 if target >= 15 else 0.08 if chart.program == Program.BH_COMPLEX_CM else 0.01
    answers["phq9-9"] = rng.choice((1, 1, 2, 3)) if rng.random() < risky else 0
    return answers


def phq9(chart: Chart, encounter: Row, target: float) -> int:
    """A completed PHQ-9 during ``encounter``; returns its total."""
    answers = phq9_answers(chart, target)
    total = sum(answers.values())
    band = phq9_band(total)
    started = encounter["started_at"] + timedelta(minutes=chart.rng.randint(5, 20))
    completed = started + timedelta(minutes=chart.rng.randint(4, 10))
    flags = ["self_harm_risk"] if answers["phq9-9"] > 0 else []
    row = chart.add(
        "assessment_response", started, instrument_id="phq9", instrument_version="1.0",
        encounter_id=encounter["id"], language="es" if chart.member["preferred_language"] == "es" else "en",
        answers=answers, total=total, band=band, flags=flags, conclusions={"behavioral": CONCLUSIONS[band]},
        started_at=started,
        status=AssessmentStatus.COMPLETED, completed_at=completed, completed_by=chart.nurse,
    )
    row["updated_at"] = completed
    if flags:
        _safety_alert(chart, row["id"], completed)
    return total


COMPREHENSIVE_CONCLUSIONS = {
    "health_status": "Chronic conditions reviewed; self-management teaching continues.",
    "clinical_history": "Medication list reconciled with the member; no duplicate therapy found.",
    "functional": "Functional needs noted; care plan addresses safety at home.",
    "behavioral": "PHQ-9 given; see score. No cognitive concerns raised by member or family.",
    "social": "Social needs screen done; needs carried into the care plan.",
    "life_planning": "Advance care planning introduced; member will talk with family.",
    "cultural_linguistic": "Materials in the member's preferred language; interpreter used when needed.",
    "vision_hearing": "No vision or hearing limits affecting the plan.",
    "caregiver": "Caregiver involvement discussed; member agrees to family taking part.",
    "benefits": "Plan benefits reviewed, including transportation and pharmacy.",
    "community": "Community resources discussed; referrals made where needed.",
}


def comprehensive(chart: Chart, encounter: Row, phq9_total: int) -> None:
    """The comprehensive (re)assessment done at ``encounter``: findings and a conclusion in every domain.
    The compliance clocks (initial assessment, care plan, reassessment) read its completion date."""
    rng, member = chart.rng, chart.member
    yes, no = "LA33-6", "LA32-8"
    answers: dict[str, object] = {
        "health_status.self_rated": rng.choice(("health-good", "health-fair", "health-fair", "health-poor")),
        "health_status.conditions": "Reviewed the conditions on the problem list with the member.",
        "health_status.pain": rng.randint(0, 6),
        "clinical_history.admissions": rng.randint(0, 2),
        "clinical_history.ed_visits": rng.randint(0, 3),
        "clinical_history.medications_reviewed": yes,
        "functional.help_needed": rng.choice(("help-none", "help-some", "help-some", "help-a-lot")),
        "behavioral.cognition": "cognition-none",
        "behavioral.substance_use": no,
        "social.screening": "screening-today",
        "life_planning.status": "life-planning-deferred",
        "cultural_linguistic.language": "Spanish" if member["preferred_language"] == "es" else "English",
        "cultural_linguistic.interpreter": yes if member["interpreter_needed"] else no,
        "cultural_linguistic.forms_confidence": rng.choice(("confidence-quite", "confidence-somewhat")),
        "vision_hearing.vision": no,
        "vision_hearing.hearing": no,
        "caregiver.involvement": rng.choice(("caregiver-involved", "caregiver-available", "caregiver-none")),
        "benefits.reviewed": yes,
        "community.uses_resources": no,
    }
    conclusions = dict(COMPREHENSIVE_CONCLUSIONS)
    conclusions["behavioral"] = f"PHQ-9 total {phq9_total} ({phq9_band(phq9_total).replace('_', ' ')}). " \
        "No cognitive concerns raised."
    answers |= {f"{domain}.conclusion": text for domain, text in conclusions.items()}
    started = encounter["started_at"] + timedelta(minutes=2)
    completed = encounter["ended_at"] - timedelta(minutes=1)
    row = chart.add(
        "assessment_response", started, instrument_id="initial_assessment", instrument_version="1.0",
        encounter_id=encounter["id"], language="es" if member["preferred_language"] == "es" else "en",
        answers=answers, total=None, band="", flags=[], conclusions=conclusions, started_at=started,
        status=AssessmentStatus.COMPLETED, completed_at=completed, completed_by=chart.nurse,
    )
    row["updated_at"] = completed


def _safety_alert(chart: Chart, source_id: str, raised: datetime) -> None:
    """Acknowledged with the action taken, except one raised in the last few days, still open."""
    recent = (chart.last_day - raised.date()).days < 3
    row = chart.add("safety_alert", raised, kind="self_harm_risk", source_id=source_id, raised_at=raised,
                    status=AlertStatus.OPEN if recent else AlertStatus.ACKNOWLEDGED)
    if not recent:
        acknowledged = raised + timedelta(minutes=chart.rng.randint(2, 30))
        row.update(acknowledged_at=acknowledged, acknowledged_by=chart.nurse, action_taken=ACTION_TAKEN,
                   updated_at=acknowledged)
