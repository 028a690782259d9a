"""Encounter note text: short, varied, synthetic clinical phrasing a case manager would write."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from app.demo.chart import Chart

LANGUAGE_NAMES = {
    "es": "Spanish", "vi": "Vietnamese", "zh": "Cantonese", "tl": "Tagalog", "pa": "Punjabi",
    "hy": "Armenian", "ko": "Korean", "so": "Somali",
}

OPENINGS = (
    "Outbound call for scheduled follow-up; identity verified with name and DOB.",
    "Follow-up call with member. Identity verified.",
    "Reached member by phone for routine check-in.",
    "Scheduled telephonic follow-up; member had time to talk.",
)
VIDEO = (
    "Video visit; identity verified on camera.",
    "Video follow-up; member joined on a phone with a family member's help.",
)
INBOUND = (
    "Member called the nurse line with questions about a new prescription.",
    "Member returned the nurse's call from yesterday.",
)
GENERAL = (
    "Medication list reviewed; no changes since last contact.",
    "Confirmed upcoming PCP appointment on {soon}.",
    "Arranged transportation through the plan benefit for the next specialist visit.",
    "Discussed flu vaccine; member plans to get it at the pharmacy.",
    "Reviewed when to call the nurse advice line and when to go to the ED.",
    "Refill request sent to pharmacy; member has {n} days of medication left.",
    "Member reports sleeping better and walking {n} minutes most days.",
    "Reviewed fall precautions: night lights, clear walkways, non-slip mat in the shower.",
)
PLANS = (
    "Next call in {weeks} weeks.", "Member agrees with plan; teach-back done.",
    "Will call PCP office about the refill authorization.", "Home visit to be scheduled next month.",
    "Member has the nurse's number and knows to call with any change.",
)
BY_CONDITION = {
    "diabetes": ("Fasting glucose log {g1}–{g2} mg/dL this week.",
                 "A1c {a1c}% per PCP lab, down from {a1c_prev}%.",
                 "Reviewed signs of low blood sugar and the rule of 15."),
    "hypertension": ("Home BP readings {sys}–{sys2}/{dia}–{dia2}.", "Taking BP medication every morning."),
    "heart_failure": ("Weight {w} lb, within 2 lb of dry weight. Denies orthopnea or new swelling.",
                      "Reinforced 2 g sodium diet and 2 L fluid limit; reviewed the 3 lb in 2 days rule."),
    "copd": ("Using maintenance inhaler daily; rescue inhaler about {n} times a week.",
             "COPD action plan reviewed; rescue pack is in the kitchen drawer."),
    "asthma": ("No night-time symptoms this week; rescue inhaler used twice.",
               "Inhaler technique checked with spacer; good technique."),
    "ckd": ("Renal diet reviewed (low potassium list given). Labs due next month.",),
    "afib": ("Taking apixaban twice daily; no bleeding or unusual bruising.",),
    "cad": ("No chest pain since last contact; nitroglycerin not needed.",),
    "dementia": ("Caregiver reports more confusion in the evenings; reviewed sundowning strategies.",
                 "Pill organizer filled weekly by caregiver; no missed doses found."),
    "falls": ("No falls since last contact; using walker indoors.", "Grab bars installed in the bathroom."),
    "depression": ("Mood 'a little better than last month'; attending therapy every other week.",
                   "Denies thoughts of self-harm; safety plan reviewed."),
    "anxiety": ("Practicing breathing exercises; fewer panic episodes this month.",),
    "schizophrenia": ("Received monthly injection on schedule; sleeping well, no voices reported.",),
    "bipolar": ("Lithium level drawn last week; member reports stable mood.",),
    "alcohol": ("Reports {n} weeks without a drink; attending group twice weekly.",),
    "opioid": ("Taking buprenorphine daily; next clinic visit confirmed.",),
    "kidney_transplant": ("Tacrolimus trough in range at last lab; no missed doses.",
                          "Reviewed signs of rejection and infection; temperature log normal."),
    "liver_transplant": ("Labs stable per transplant coordinator; no missed doses.",),
    "high_risk_pregnancy": ("{ga} weeks; fetal movement present. Home BP {sys}/{dia}.",
                            "Confirmed next OB and MFM appointments; transportation arranged."),
    "gestational_diabetes": ("Glucose log reviewed: fasting under 95 most mornings.",),
}
ATTEMPTS = {
    "no_answer": "Outbound call; no answer and no voicemail set up. Will try again on a different day.",
    "voicemail": "Outbound call; left a HIPAA-compliant voicemail with the nurse's callback number.",
    "wrong_number": "Number reached someone who does not know the member. Will check the plan's records "
                    "for a new number.",
}


RANGES = {
    "g1": (105, 130), "g2": (140, 190), "sys": (118, 148), "dia": (70, 92), "w": (140, 260), "n": (2, 10),
    "weeks": (2, 4), "ga": (20, 36),
}


class _Numbers(dict[str, Any]):
    """Plausible numbers for a note template, each drawn only if the template asks for it."""

    def __init__(self, chart: Chart, day: date) -> None:
        super().__init__()
        self.rng, self.day = chart.rng, day

    def __missing__(self, key: str) -> Any:
        self[key] = value = self._draw(key)
        return value

    def _draw(self, key: str) -> Any:
        rng = self.rng
        if key == "a1c":
            return round(rng.uniform(6.8, 9.8), 1)
        if key == "a1c_prev":
            return round(self["a1c"] + rng.uniform(0.2, 1.4), 1)
        if key in ("sys2", "dia2"):
            return self[key[:3]] + rng.randint(4, 14)
        if key == "soon":
            return (self.day + timedelta(days=rng.randint(5, 30))).strftime("%m/%d")
        return rng.randint(*RANGES[key])


def _fill(chart: Chart, template: str, day: date) -> str:
    return template.format_map(_Numbers(chart, day)) if "{" in template else template


def interpreter_line(chart: Chart) -> str:
    language = LANGUAGE_NAMES.get(chart.member["preferred_language"], "")
    if not language or not chart.member["interpreter_needed"]:
        return ""
    return f"{language} interpreter used (ID {chart.rng.randint(10000, 99999)})."


def follow_up(chart: Chart, day: date, *, inbound: bool = False, video: bool = False) -> str:
    rng = chart.rng
    lines = [rng.choice(INBOUND if inbound else VIDEO if video else OPENINGS), interpreter_line(chart)]
    lines += _condition_lines(chart, day, 2)
    lines.append(_fill(chart, rng.choice(GENERAL), day))
    lines.append(_fill(chart, rng.choice(PLANS), day))
    return " ".join(line for line in lines if line)


def home_visit(chart: Chart, day: date, vitals: dict[str, int]) -> str:
    rng = chart.rng
    lines = [
        "Home visit." + (" Caregiver present." if chart.caregiver and rng.random() < 0.6 else ""),
        interpreter_line(chart),
        f"BP {vitals['systolic']}/{vitals['diastolic']}, HR {vitals['heart_rate']}, "
        f"SpO2 {vitals['spo2']}% on room air.",
        "Medications reconciled against bottles in the home; pill organizer checked.",
    ]
    lines += _condition_lines(chart, day, 2)
    lines.append(_fill(chart, rng.choice(PLANS), day))
    return " ".join(line for line in lines if line)


def _condition_lines(chart: Chart, day: date, most: int) -> list[str]:
    pool = [t for d in chart.diagnoses for t in BY_CONDITION.get(d.dx.key, ())]
    picks = chart.rng.sample(pool, min(len(pool), chart.rng.randint(1, most))) if pool else []
    return [_fill(chart, t, day) for t in picks]


def enrollment(chart: Chart) -> str:
    return " ".join(line for line in (
        "Enrollment call. Explained the case management program, the member's rights and how to reach the "
        "nurse.", interpreter_line(chart),
        "Member agreed to take part; consent documented. Initial assessment scheduled.",
    ) if line)


def assessment(chart: Chart, where: str, phq9_total: int) -> str:
    return (f"Comprehensive initial assessment completed {where}. Reviewed health status, medications, "
            f"ADLs/IADLs, behavioral health (PHQ-9 total {phq9_total}), social needs, advance directives, "
            "cultural and language needs, vision and hearing, caregiver support, benefits and community "
            "resources. Care plan drafted with the member.")


def reassessment(phq9_total: int) -> str:
    return (f"Annual reassessment completed. PHQ-9 total {phq9_total}. Care plan goals reviewed and updated "
            "with the member.")


def post_discharge(chart: Chart, admitted: date, discharged: date) -> str:
    stay = "ED visit" if admitted == discharged else "hospital stay"
    return (f"Post-discharge call after {stay} ({admitted:%m/%d}). Reviewed discharge instructions and any "
            f"new medications; PCP follow-up confirmed within 7 days. Red-flag symptoms reviewed. "
            f"{interpreter_line(chart)}").strip()


def attempt(outcome: str) -> str:
    return ATTEMPTS[outcome]


def provider_call(chart: Chart) -> str:
    pcp = chart.team.get("pcp", "the PCP")
    return chart.rng.choice((
        f"Care plan faxed to PCP office ({pcp}); receipt confirmed with the medical assistant.",
        f"Called the PCP office ({pcp}) about a refill authorization; approved and sent to pharmacy.",
        "Called specialist office to move up the appointment after the member's ED visit.",
    ))


def case_conference() -> str:
    return ("ICT case conference with PCP, BH clinician and pharmacist. Reviewed recent utilization and "
            "medication changes; agreed on one point of contact and a shared plan.")


def closing(reason: str) -> str:
    return f"Closing contact. {reason}. Member thanked for taking part; knows how to re-enter the program."


def declined() -> str:
    return ("Reached member and explained the program. Member declined: says family helps enough for now. "
            "Gave the nurse's number in case they change their mind.")
