"""The member row: who they are, their program and plan, and where they stand in the program lifecycle."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from app.demo import names
from app.demo.chart import Chart
from app.demo.rows import shift_years
from app.model.enums import (
    LineOfBusiness,
    MemberStatus,
    Program,
    RiskTier,
    Sex,
)
from app.services import fields

PROGRAM_WEIGHTS = {
    Program.BASIC_CM: 30, Program.COMPLEX_CM: 44, Program.BH_COMPLEX_CM: 15, Program.TRANSPLANT: 5,
    Program.HIGH_RISK_OB: 6,
}
TIER_WEIGHTS = {  # high, medium, low: overall about 30 / 45 / 25
    Program.BASIC_CM: (5, 40, 55), Program.COMPLEX_CM: (35, 50, 15), Program.BH_COMPLEX_CM: (35, 50, 15),
    Program.TRANSPLANT: (60, 35, 5), Program.HIGH_RISK_OB: (50, 45, 5),
}
AGE_BANDS = ((18, 34, 7), (35, 49, 12), (50, 64, 26), (65, 79, 35), (80, 95, 20))
STATUS_WEIGHTS = {
    MemberStatus.ENROLLED: 64, MemberStatus.IDENTIFIED: 5, MemberStatus.OUTREACH: 8,
    MemberStatus.DECLINED: 5, MemberStatus.UNABLE_TO_REACH: 6, MemberStatus.CLOSED: 12,
}
PLANS = {
    LineOfBusiness.MA: ("Golden Valley Health Plan (demo)", "Redwood Senior Advantage (demo)"),
    LineOfBusiness.SNP: ("Golden Valley Health Plan (demo)", "Redwood Senior Advantage (demo)"),
    LineOfBusiness.MEDI_CAL: ("Golden Valley Health Plan (demo)", "Sierra Sun Community Health (demo)"),
    LineOfBusiness.CMC: ("Sierra Sun Community Health (demo)",),
    LineOfBusiness.COMMERCIAL: ("Pacific Crest Health (demo)",),
}
CONTACT_TIMES = (
    "Weekday mornings", "After 3 pm (works mornings)", "Tuesdays and Thursdays", "Any time",
    "Before noon; naps after lunch", "Call daughter's phone first", "Late afternoon", "",
)
CULTURAL_NOTES = {
    "latino": ("Prefers written materials in Spanish.", "Catholic; a visit from the parish is welcome "
               "during hospital stays."),
    "vietnamese": ("Does not read English; letters in Vietnamese.", "Uses herbal remedies alongside "
                   "prescriptions; review at each medication reconciliation."),
    "chinese": ("Cantonese speaker.", "Family prefers to hear hard news first and share it with the member."),
    "filipino": ("Large family involved; eldest daughter coordinates care.",),
    "south_asian": ("Vegetarian diet for religious reasons.", "Punjabi speaker; son interprets informally "
                    "but member prefers a professional interpreter."),
    "somali": ("Observes Ramadan fasting; review medication timing before Ramadan.",
               "Prefers a female nurse for home visits."),
    "armenian": ("Family joins decisions about care; include them with the member's consent.",),
    "korean": ("Prefers visits with her daughter present.",),
}


def choose_program(rng: random.Random) -> Program:
    return rng.choices(tuple(PROGRAM_WEIGHTS), weights=tuple(PROGRAM_WEIGHTS.values()))[0]


def choose_age(rng: random.Random, program: Program) -> int:
    if program == Program.HIGH_RISK_OB:
        return min(45, max(18, int(rng.triangular(18, 45, 30))))
    if program == Program.TRANSPLANT:
        return rng.randint(30, 72)
    low, high, _ = rng.choices(AGE_BANDS, weights=[b[2] for b in AGE_BANDS])[0]
    age = rng.randint(low, high)
    return max(18, age - 20) if program == Program.BH_COMPLEX_CM and rng.random() < 0.6 else age


def choose_tier(rng: random.Random, program: Program) -> RiskTier:
    return rng.choices((RiskTier.HIGH, RiskTier.MEDIUM, RiskTier.LOW), weights=TIER_WEIGHTS[program])[0]


def choose_lob(rng: random.Random, program: Program, age: int) -> LineOfBusiness:
    lob = LineOfBusiness
    if program == Program.HIGH_RISK_OB:
        return rng.choices((lob.MEDI_CAL, lob.COMMERCIAL), weights=(70, 30))[0]
    if age >= 65:
        return rng.choices((lob.MA, lob.SNP, lob.CMC, lob.MEDI_CAL), weights=(45, 30, 15, 10))[0]
    return rng.choices((lob.MEDI_CAL, lob.COMMERCIAL, lob.SNP, lob.CMC), weights=(60, 25, 10, 5))[0]


def birth_date(rng: random.Random, today: date, age: int) -> date:
    return shift_years(today, -age) - timedelta(days=rng.randint(1, 364))


def identity(chart: Chart, index: int) -> dict[str, Any]:
    """Names, birth date, language and the ways to reach the member."""
    rng, culture = chart.rng, chart.culture
    first = names.first_name(rng, culture, chart.sex)
    last = names.last_name(rng, culture)
    city = names.city_for(rng, culture)
    area_code, zips = names.CITIES[city]
    language, interpreter = "en", False
    if culture.language_share and rng.random() < culture.language_share:
        language, interpreter = culture.language, rng.random() < culture.interpreter_share
    primary = names.phone(rng, area_code)
    secondary = names.phone(rng, area_code) if rng.random() < 0.3 else ""
    values = {
        "plan_member_id": f"DEMO-{index + 1:06d}", "first_name": first,
        "middle_name": names.middle_name(rng, culture, chart.sex), "last_name": last,
        "preferred_name": names.NICKNAMES.get(first, "") if rng.random() < 0.6 else "",
        "dob": birth_date(rng, chart.today, chart.age), "sex": chart.sex,
        "preferred_language": language, "interpreter_needed": interpreter,
        "phone_primary": primary, "phone_secondary": secondary,
        "phone_digits": fields.phone_search_digits(primary, secondary),
        "email": _email(rng, first, last, chart.age), "address_line1": names.street_address(rng),
        "address_line2": names.unit(rng) if rng.random() < 0.3 else "", "city": city, "state": "CA",
        "postal_code": rng.choice(zips), "preferred_contact_times": rng.choice(CONTACT_TIMES),
    }
    return values | _gender(chart) | _needs(chart)


def _email(rng: random.Random, first: str, last: str, age: int) -> str:
    if age > 75 or rng.random() < 0.7:
        return ""
    return f"{names.ascii_handle(first, last)}{rng.randint(1, 99)}@example.com"


def _gender(chart: Chart) -> dict[str, str]:
    rng = chart.rng
    if rng.random() < 0.02 and chart.program != Program.HIGH_RISK_OB:
        return rng.choice((
            {"gender_identity": "Nonbinary", "pronouns": "they/them"},
            {"gender_identity": "Transgender woman", "pronouns": "she/her"},
            {"gender_identity": "Transgender man", "pronouns": "he/him"},
        ))
    if rng.random() < 0.3:
        return {"pronouns": "she/her" if chart.sex == Sex.FEMALE else "he/him"}
    return {}


def _needs(chart: Chart) -> dict[str, str]:
    rng, old = chart.rng, chart.age >= 70
    needs: dict[str, str] = {}
    if rng.random() < (0.3 if old else 0.05):
        needs["vision_needs"] = rng.choice((
            "Macular degeneration; large-print (18 pt) materials.", "Cataracts; reads with magnifier.",
            "Legally blind; prefers phone calls and audio instructions.",
        ))
    if rng.random() < (0.25 if old else 0.03):
        needs["hearing_needs"] = rng.choice((
            "Hard of hearing; wears hearing aids. Speak slowly and face the member.",
            "Deaf in left ear; call on the speaker phone in a quiet room.",
        ))
    notes = CULTURAL_NOTES.get(chart.culture.key)
    if notes and rng.random() < 0.3:
        needs["cultural_notes"] = rng.choice(notes)
    return needs
