"""The member's people: caregivers, family and surrogates (contacts) and the care team."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from app.demo import names
from app.demo.chart import Chart
from app.demo.lifecycle import Lifecycle
from app.demo.rows import Row
from app.model.enums import CareTeamRole, ConsentDecision, ConsentKind, ConsentMethod, ContactRole, Sex

RELATIVES = {  # relationship → (sex, shares the member's last name most of the time)
    "Spouse": (None, True), "Daughter": (Sex.FEMALE, False), "Son": (Sex.MALE, True),
    "Niece": (Sex.FEMALE, False), "Grandson": (Sex.MALE, True), "Sister": (Sex.FEMALE, False),
    "Neighbor": (None, False), "Friend": (None, False),
}
CLINICS = (
    "Quail Hollow Family Medicine", "Tule Fog Community Health Center", "Mariposa Vista Medical Group",
    "Poppy Meadow Primary Care", "Blue Oak Ridge Health Center", "Calle Serena Clinica Familiar",
)
PLACES = ("Quail Hollow", "Mariposa Vista", "Blue Oak Ridge", "Poppy Meadow", "Larkspur Glen", "Sycamore Run")
COMMUNITY = (
    ("Valley Harvest Food Bank", "Food assistance"), ("Dial-a-Ride Paratransit", "Transportation"),
    ("Sunbonnet Meals on Wheels", "Home-delivered meals"), ("Harvest Moon Senior Center", "Senior services"),
)


def contacts(chart: Chart, life: Lifecycle) -> None:
    """A caregiver for the frail, a surrogate for those with memory loss, otherwise often family."""
    rng = chart.rng
    frail = chart.age >= 75 or chart.has("dementia", "parkinson", "stroke")
    if frail and chart.chance(0.85):
        chart.caregiver = _contact(chart, life, ContactRole.CAREGIVER, primary=True)
    if chart.has("dementia") or (chart.age >= 80 and chart.chance(0.5)):
        _contact(chart, life, ContactRole.SURROGATE)
    if chart.caregiver is None and chart.chance(0.6):
        role = rng.choice((ContactRole.FAMILY, ContactRole.EMERGENCY))
        _contact(chart, life, role)


def _contact(chart: Chart, life: Lifecycle, role: ContactRole, *, primary: bool = False) -> Row:
    rng, member = chart.rng, chart.member
    relationship = rng.choice(tuple(RELATIVES) if chart.age >= 45 else ("Spouse", "Sister", "Friend"))
    sex, same_name = RELATIVES[relationship]
    sex = sex or (Sex.MALE if chart.sex == Sex.FEMALE else Sex.FEMALE)
    culture = chart.culture if relationship not in {"Neighbor", "Friend"} else names.pick_culture(rng)
    last = member["last_name"] if same_name and culture is chart.culture else names.last_name(rng, culture)
    lives_with = relationship == "Spouse" or (primary and chart.chance(0.4))
    address = "" if not lives_with else "Same address as member"
    authorized_on = _authorized_on(chart, life) if role != ContactRole.EMERGENCY else None
    row = chart.add(
        "contact", chart.at(life.enrolled_on or life.identified_on),
        name=f"{names.first_name(rng, culture, sex)} {last}", role=role, relationship=relationship,
        phone=names.phone(rng, member["phone_primary"][1:4]), address=address,
        preferred_language=member["preferred_language"] if culture is chart.culture else "en",
        is_primary_caregiver=primary, hipaa_authorized=authorized_on is not None,
        hipaa_authorized_on=authorized_on,
        notes="Lives with member; helps with medications and appointments." if lives_with and primary else "",
    )
    if authorized_on:
        chart.add("consent", chart.at(authorized_on), kind=ConsentKind.HIPAA_AUTHORIZATION,
                  decision=ConsentDecision.GIVEN, decided_on=authorized_on, method=ConsentMethod.WRITTEN,
                  contact_id=row["id"], notes=f"Member authorizes disclosure to {row['name']}.")
    return row


def _authorized_on(chart: Chart, life: Lifecycle) -> date | None:
    if life.enrolled_on is None or not chart.chance(0.6):
        return None
    return min(chart.last_day, life.enrolled_on + timedelta(days=chart.rng.randint(0, 20)))


def care_team(chart: Chart, life: Lifecycle) -> None:
    rng = chart.rng
    when = chart.at(life.identified_on)
    clinic = rng.choice(CLINICS)
    chart.team["pcp"] = _clinician(chart, when, CareTeamRole.PCP, rng.choice(("MD", "DO", "NP")),
                                   clinic, "Family medicine", medical_home=True)
    for specialty in dict.fromkeys(d.dx.specialty for d in chart.diagnoses if d.dx.specialty):
        practice = f"{rng.choice(PLACES)} {specialty} Associates"
        chart.team[specialty] = _clinician(chart, when, CareTeamRole.SPECIALIST, "MD", practice, specialty)
    if any(d.dx.group == "bh" for d in chart.diagnoses):
        credential = rng.choice(("LCSW", "LMFT", "PhD"))
        chart.team["bh"] = _clinician(chart, when, CareTeamRole.BH_CLINICIAN, credential,
                                      "Cinder Creek Behavioral Health", "Therapy")
    if life.enrolled_on and chart.chance(0.2):
        _clinician(chart, when, CareTeamRole.PHARMACIST, "PharmD", "Golden Valley Health Plan (demo)",
                   "Clinical pharmacy")
    if life.enrolled_on and chart.chance(0.15):
        _community(chart, when)


def _clinician(chart: Chart, when: datetime, role: CareTeamRole, credential: str, organization: str,
               specialty: str, *, medical_home: bool = False) -> str:
    rng = chart.rng
    culture = names.pick_culture(rng)
    sex = rng.choice((Sex.FEMALE, Sex.MALE))
    name = f"{names.first_name(rng, culture, sex)} {names.last_name(rng, culture)}, {credential}"
    area = chart.member["phone_primary"][1:4]
    chart.add("care_team_member", when, role=role, name=name, organization=organization, specialty=specialty,
              npi=names.npi(rng), phone=names.phone(rng, area), fax=names.phone(rng, area),
              is_medical_home=medical_home, active=True)
    return name


def _community(chart: Chart, when: datetime) -> None:
    name, specialty = chart.rng.choice(COMMUNITY)
    chart.add("care_team_member", when, role=CareTeamRole.COMMUNITY_RESOURCE, name=name, organization=name,
              specialty=specialty, phone=names.phone(chart.rng, chart.member["phone_primary"][1:4]),
              is_medical_home=False, active=True)
