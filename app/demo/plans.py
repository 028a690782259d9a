"""The care-plan library the demo draws on: problems, goals in the member's words, interventions,
barriers and community referrals."""

from __future__ import annotations

from dataclasses import dataclass

from app.model.enums import BarrierKind, CareDomain, GoalTerm, InterventionType, ResponsibleParty

T, R = InterventionType, ResponsibleParty
InterventionPlan = tuple[InterventionType, str, ResponsibleParty, str]  # type, what, who, how often
BarrierPlan = tuple[BarrierKind, str, str]  # kind, description, how it is addressed
Resource = tuple[str, str, str]  # name, type, how to reach it


@dataclass(frozen=True, slots=True)
class GoalPlan:
    text: str
    words: tuple[str, str]  # what the member said: in English, and in Spanish for Spanish speakers
    term: GoalTerm
    months: int
    measure: str
    baseline: str
    target: str
    interventions: tuple[InterventionPlan, ...]
    self_care: str
    barrier: BarrierPlan | None = None
    referral: Resource | None = None


@dataclass(frozen=True, slots=True)
class ProblemPlan:
    key: str
    domain: CareDomain
    title: str
    description: str
    goals: tuple[GoalPlan, ...]


FOOD_BANK = ("Valley Harvest Food Bank", "Food assistance", "Drop-in pantry Tue/Thu 9–12; (559) 555-0150")
RIDES = ("Dial-a-Ride Paratransit", "Transportation", "Book 2 days ahead; (559) 555-0161")
WIC = ("WIC program (county)", "Nutrition", "Appointment line (559) 555-0172")
DAY_PROGRAM = ("Harvest Moon Adult Day Program", "Respite", "Intake coordinator (559) 555-0183")
PULM_REHAB = ("Pulmonary rehab, Sierra Meadow Medical Center", "Rehabilitation", "Referral faxed by PCP")

LIBRARY: dict[str, ProblemPlan] = {p.key: p for p in (
    ProblemPlan("diabetes", CareDomain.HEALTH_STATUS, "Blood sugar above goal",
                "A1c above target with missed glucose checks.", (
        GoalPlan("Lower A1c to under 8%", ("I want to keep my feet and my eyesight.",
                 "Quiero cuidar mis pies y mi vista."), GoalTerm.LONG, 6, "A1c", "9.2%", "< 8%", (
            (T.EDUCATION, "Teach glucose self-monitoring and treating low blood sugar", R.NURSE, "Each call"),
            (T.COORDINATION, "Arrange diabetic eye exam and foot exam with the PCP", R.NURSE, "Once"),
            (T.MONITORING, "Check fasting glucose and write it in the log", R.MEMBER, "Daily"),
        ), "Check blood sugar every morning and bring the log to every call.",
            (BarrierKind.COST, "Test strips run out before the refill date.",
             "Plan pharmacist asked for a quantity override."), FOOD_BANK),
    )),
    ProblemPlan("heart_failure", CareDomain.HEALTH_STATUS, "Risk of readmission for heart failure",
                "Two admissions for fluid overload in the past six months.", (
        GoalPlan("No heart-failure admissions in the next 90 days", (
                 "I don't want to go back to the hospital.", "No quiero regresar al hospital."),
                 GoalTerm.SHORT, 3, "HF admissions", "2 in 6 months", "0", (
            (T.MONITORING, "Review the daily weight log", R.NURSE, "Each call"),
            (T.EDUCATION, "Low-sodium diet teaching using food labels", R.NURSE, "Twice"),
            (T.COORDINATION, "Cardiology visit within 7 days of any discharge", R.NURSE, "As needed"),
            (T.MONITORING, "Weigh every morning; call the nurse for 3 lb in 2 days", R.MEMBER, "Daily"),
        ), "Weigh every morning after using the bathroom; call for a gain of 3 lb in 2 days.",
            (BarrierKind.HEALTH_LITERACY, "Not sure how to read sodium on food labels.",
             "Picture-based sodium guide in the member's language.")),
    )),
    ProblemPlan("copd", CareDomain.HEALTH_STATUS, "Frequent COPD flare-ups",
                "ED visits for shortness of breath; rescue inhaler overuse.", (
        GoalPlan("Use the COPD action plan at the first sign of a flare", ("I want to breathe well enough to "
                 "garden.", "Quiero respirar bien para cuidar mi jardín."), GoalTerm.SHORT, 3,
                 "ED visits for COPD", "3 in 6 months", "0 in 3 months", (
            (T.EDUCATION, "Teach-back on the action plan and inhaler technique", R.NURSE, "Monthly"),
            (T.REFERRAL, "Refer to pulmonary rehab", R.PCP, "Once"),
        ), "Follow the green-yellow-red action plan; keep the rescue pack at home.", None, PULM_REHAB),
    )),
    ProblemPlan("hypertension", CareDomain.HEALTH_STATUS, "Blood pressure above goal",
                "Home readings often above 150/90.", (
        GoalPlan("Home BP under 140/90 on most readings", ("I want to avoid a stroke like my father.",
                 "No quiero un derrame como mi papá."), GoalTerm.SHORT, 3, "Home BP", "152/94", "< 140/90", (
            (T.EDUCATION, "Teach home BP technique and logging", R.NURSE, "Once"),
            (T.MONITORING, "Check BP at home and log it", R.MEMBER, "3 times a week"),
            (T.COORDINATION, "Send BP log to the PCP before each visit", R.NURSE, "Monthly"),
        ), "Check BP three times a week, seated, after 5 minutes of rest.",
            (BarrierKind.TRANSPORTATION, "No ride to PCP appointments.",
             "Plan transportation benefit set up."), RIDES),
    )),
    ProblemPlan("falls", CareDomain.FUNCTIONAL, "Risk for falls", "Unsteady on feet; fell twice this year.", (
        GoalPlan("No falls in the next 3 months", ("I want to stay in my own home.",
                 "Quiero seguir viviendo en mi casa."), GoalTerm.SHORT, 3, "Falls", "2 this year", "0", (
            (T.REFERRAL, "Home safety evaluation by physical therapy", R.PCP, "Once"),
            (T.EDUCATION, "Fall-prevention teaching: lighting, rugs, footwear", R.NURSE, "Once"),
            (T.OTHER, "Use the walker inside the home", R.MEMBER, "Daily"),
        ), "Use the walker, keep night lights on, and sit to dress.",
            (BarrierKind.HOUSING, "Front steps have no handrail.", "Landlord asked to install a rail.")),
    )),
    ProblemPlan("dementia", CareDomain.CAREGIVER, "Caregiver strain",
                "The family caregiver provides most of the care and reports exhaustion.", (
        GoalPlan("Caregiver has at least 4 hours of respite a week", ("My family needs a break.",
                 "Mi familia necesita descansar."), GoalTerm.SHORT, 2, "Respite hours/week", "0", "4", (
            (T.REFERRAL, "Refer to adult day program", R.NURSE, "Once"),
            (T.COUNSELING, "Caregiver support check-in", R.SOCIAL_WORKER, "Monthly"),
        ), "Caregiver keeps the day-program schedule on the fridge.", None, DAY_PROGRAM),
        GoalPlan("Advance directive completed and surrogate named", ("I want my family to know my wishes.",
                 "Quiero que mi familia sepa lo que deseo."), GoalTerm.LONG, 6, "Advance directive on file",
                 "No", "Yes", (
            (T.EDUCATION, "Explain advance directive forms with the family", R.NURSE, "Once"),
            (T.COORDINATION, "Send the signed form to the PCP office", R.NURSE, "Once"),
        ), "Keep a copy of the advance directive on the fridge."),
    )),
    ProblemPlan("depression", CareDomain.BEHAVIORAL, "Depressive symptoms",
                "PHQ-9 in the moderate range; low energy and poor sleep.", (
        GoalPlan("PHQ-9 under 10", ("I want to enjoy my grandchildren again.",
                 "Quiero disfrutar a mis nietos otra vez."), GoalTerm.LONG, 6, "PHQ-9 total", "", "< 10", (
            (T.COORDINATION, "Therapy with the BH clinician", R.NURSE, "Every other week"),
            (T.COUNSELING, "Behavioral activation: one pleasant activity a day", R.MEMBER, "Daily"),
            (T.MONITORING, "Repeat PHQ-9", R.NURSE, "Every 90 days"),
        ), "Do one thing I enjoy each day; call 988 or the nurse if I feel unsafe.",
            (BarrierKind.MOTIVATION, "Hard to get started in the morning.",
             "Morning phone check-ins for 2 weeks.")),
    )),
    ProblemPlan("kidney_transplant", CareDomain.CLINICAL_HISTORY, "Protect the transplanted kidney",
                "Complex immunosuppressant schedule; lab draws twice a month.", (
        GoalPlan("No missed immunosuppressant doses or lab draws", ("I waited six years for this kidney.",
                 "Esperé seis años por este riñón."), GoalTerm.LONG, 12, "Missed doses/month", "3", "0", (
            (T.EDUCATION, "Review the medication schedule and alarms", R.NURSE, "Monthly"),
            (T.COORDINATION, "Confirm lab draws with the transplant coordinator", R.NURSE, "Twice a month"),
            (T.OTHER, "Take tacrolimus at 8 am and 8 pm with phone alarms", R.MEMBER, "Daily"),
        ), "Take anti-rejection medicines at 8 and 8; never skip a lab draw.",
            (BarrierKind.COST, "Copay for tacrolimus is high.",
             "Enrolled in the manufacturer's assistance program.")),
    )),
    ProblemPlan("high_risk_pregnancy", CareDomain.HEALTH_STATUS, "High-risk pregnancy",
                "Needs close prenatal and maternal-fetal medicine follow-up.", (
        GoalPlan("Attend every prenatal and MFM appointment until delivery", ("I want a healthy baby.",
                 "Quiero que mi bebé nazca sano."), GoalTerm.SHORT, 4, "Appointments kept", "", "100%", (
            (T.COORDINATION, "Schedule and confirm OB and MFM visits", R.NURSE, "Every 2 weeks"),
            (T.REFERRAL, "Enroll in WIC", R.NURSE, "Once"),
            (T.EDUCATION, "Teach warning signs: headache, vision changes, bleeding, less movement", R.NURSE,
             "Each call"),
        ), "Go to every appointment; call right away for headache, vision changes or bleeding.",
            (BarrierKind.TRANSPORTATION, "No car on weekdays.", "Plan rides booked for each visit."), WIC),
    )),
    ProblemPlan("food", CareDomain.SOCIAL, "Food insecurity",
                "Runs out of food before the end of the month.", (
        GoalPlan("Steady access to healthy food", ("I don't want to choose between food and medicine.",
                 "No quiero escoger entre comida y medicina."), GoalTerm.SHORT, 2, "Days without enough food",
                 "5/month", "0", (
            (T.REFERRAL, "Refer to the food bank", R.NURSE, "Once"),
            (T.COORDINATION, "Help apply for CalFresh", R.SOCIAL_WORKER, "Once"),
        ), "Pick up the food box every other Tuesday.", None, FOOD_BANK),
    )),
    ProblemPlan("adherence", CareDomain.CLINICAL_HISTORY, "Misses medication doses",
                "Several medications at different times; doses missed most weeks.", (
        GoalPlan("Take medications as prescribed 6 of 7 days", ("I keep forgetting the evening pills.",
                 "Se me olvidan las pastillas de la noche."), GoalTerm.SHORT, 2, "Days all doses taken/week",
                 "3", "6", (
            (T.COORDINATION, "Ask pharmacy for blister packs synchronized to one date", R.PHARMACIST, "Once"),
            (T.EDUCATION, "Set up a weekly pill organizer together", R.NURSE, "Weekly for a month"),
        ), "Fill the pill organizer every Sunday.",
            (BarrierKind.COGNITION, "Forgets evening doses.", "Phone alarm and pill organizer by the TV.")),
    )),
    ProblemPlan("recovery", CareDomain.BEHAVIORAL, "Substance use recovery",
                "Working on staying in recovery; past ED visits related to use.", (
        GoalPlan("Attend a recovery group twice a week", ("I want to be there for my kids.",
                 "Quiero estar presente para mis hijos."), GoalTerm.SHORT, 3, "Groups attended/week",
                 "0", "2", (
            (T.COORDINATION, "Link to the outpatient recovery program", R.NURSE, "Once"),
            (T.COUNSELING, "Motivational interviewing check-in", R.NURSE, "Each call"),
        ), "Go to group Tuesdays and Fridays; call my sponsor when cravings hit.",
            (BarrierKind.MOTIVATION, "Unsure about cutting back.",
             "Motivational interviewing at each call.")),
    )),
)}
# Conditions without their own plan borrow a related one.
PLAN_FOR = {
    "diabetes": "diabetes", "gestational_diabetes": "high_risk_pregnancy", "heart_failure": "heart_failure",
    "copd": "copd", "asthma": "copd", "hypertension": "hypertension", "ckd": "hypertension", "falls": "falls",
    "parkinson": "falls", "stroke": "falls", "dementia": "dementia", "depression": "depression",
    "anxiety": "depression", "bipolar": "adherence", "schizophrenia": "adherence", "alcohol": "recovery",
    "opioid": "recovery", "kidney_transplant": "kidney_transplant", "liver_transplant": "adherence",
    "high_risk_pregnancy": "high_risk_pregnancy",
}
