"""The clinical record: diagnoses, medications, allergies, ED visits and admissions, program consent."""

from __future__ import annotations

from datetime import date, timedelta

from app.demo import catalog
from app.demo.catalog import BY_KEY, Drug, Dx
from app.demo.chart import Chart, Diagnosis
from app.demo.lifecycle import Lifecycle
from app.demo.rows import shift_years
from app.model.enums import (
    Adherence,
    AllergyStatus,
    ConditionStatus,
    ConsentDecision,
    ConsentKind,
    ConsentMethod,
    MedicationStatus,
    Program,
    RiskTier,
    Sex,
    UtilizationKind,
)

ADHERENCE = {Adherence.ADHERENT: 60, Adherence.PARTIAL: 20, Adherence.NON_ADHERENT: 8, Adherence.UNKNOWN: 12}


def pick_diagnoses(chart: Chart) -> list[Dx]:
    rng, program = chart.rng, chart.program
    if program == Program.HIGH_RISK_OB:
        extras = rng.sample(("gestational_diabetes", "gestational_hypertension", "pregnancy_anemia"),
                            rng.randint(0, 2))
        return [BY_KEY[k] for k in ("high_risk_pregnancy", *extras)]
    if program == Program.TRANSPLANT:
        organ = "kidney_transplant" if rng.random() < 0.8 else "liver_transplant"
        return [BY_KEY[organ], *_sample(chart, catalog.MEDICAL_WEIGHTS, rng.randint(1, 3))]
    if program == Program.BH_COMPLEX_CM:
        return _sample(chart, catalog.BH_WEIGHTS, rng.randint(1, 2)) + _sample(
            chart, catalog.MEDICAL_WEIGHTS, rng.randint(0, 2))
    count = rng.randint(1, 3) if program == Program.BASIC_CM else rng.randint(3, 5)
    chosen = _sample(chart, catalog.MEDICAL_WEIGHTS, count)
    if program == Program.COMPLEX_CM and rng.random() < 0.25:
        chosen += _sample(chart, {"depression": 3, "anxiety": 2}, 1)
    return chosen


def _sample(chart: Chart, weights: dict[str, int], count: int) -> list[Dx]:
    pool = {k: w for k, w in weights.items() if _fits(chart, BY_KEY[k])}
    chosen: list[Dx] = []
    while pool and len(chosen) < count:
        key = chart.rng.choices(tuple(pool), weights=tuple(pool.values()))[0]
        del pool[key]
        chosen.append(BY_KEY[key])
    return chosen


def _fits(chart: Chart, dx: Dx) -> bool:
    return chart.age >= dx.min_age and (not dx.female_only or chart.sex == Sex.FEMALE)


def diagnoses(chart: Chart, chosen: list[Dx], identified_on: date) -> list[Diagnosis]:
    keys = {dx.key for dx in chosen}
    result = []
    for dx in chosen:
        code = chart.rng.choice(dx.codes)
        if dx.key == "diabetes" and "ckd" in keys:
            code = "E11.22"
        if dx.key == "high_risk_pregnancy" and chart.age >= 35:
            code = catalog.ELDERLY_MULTIGRAVIDA
        result.append(Diagnosis(dx, code, _onset(chart, dx, identified_on)))
    return result


def _onset(chart: Chart, dx: Dx, identified_on: date) -> date:
    if dx.group == "ob":
        return identified_on - timedelta(days=chart.rng.randint(7, 45))
    earliest = max(shift_years(chart.member["dob"], 16), identified_on - timedelta(days=365 * 15))
    return chart.day_between(earliest, identified_on - timedelta(days=30))


def conditions(chart: Chart, life: Lifecycle) -> None:
    recorded = chart.at(life.enrolled_on or life.identified_on)
    for i, diagnosis in enumerate(chart.diagnoses):
        in_remission = diagnosis.dx.key in {"depression", "breast_cancer", "alcohol"} and chart.chance(0.25)
        chart.add("condition", recorded, icd10_code=diagnosis.code,
                  description=catalog.describe(diagnosis.code), onset_on=diagnosis.onset_on,
                  is_primary=i == 0,
                  status=ConditionStatus.REMISSION if in_remission else ConditionStatus.ACTIVE,
                  notes="Confirmed with PCP office records." if chart.chance(0.1) else "")


def medications(chart: Chart, life: Lifecycle) -> None:
    """Each condition's usual drugs, some with an earlier drug stopped for a stated reason."""
    day = life.enrolled_on or life.identified_on
    seen: set[str] = set()
    for diagnosis in chart.diagnoses:
        drugs = [d for i, d in enumerate(diagnosis.dx.drugs) if i == 0 or chart.chance(0.6)]
        for switch in diagnosis.dx.switches:
            if chart.chance(0.3) and switch.old.name not in seen:
                _stopped(chart, diagnosis, switch.old, switch.reason, day)
                seen.add(switch.old.name)
                drugs = [d for d in drugs if d.name != switch.old.name] + ([switch.new] if switch.new else [])
        for drug in drugs:
            if drug.name not in seen:
                seen.add(drug.name)
                _active(chart, diagnosis, drug, day, life.enrolled_on is not None)


def _prescriber(chart: Chart, dx: Dx) -> str:
    return chart.team.get(dx.specialty) or chart.team["pcp"]


def _active(chart: Chart, diagnosis: Diagnosis, drug: Drug, day: date, reconciled: bool) -> None:
    rng = chart.rng
    started = chart.day_between(diagnosis.onset_on, day)
    chart.add("medication", chart.at(day), name=drug.name, dose=drug.dose, route=drug.route,
              frequency=drug.frequency, indication=diagnosis.dx.lay,
              prescriber=_prescriber(chart, diagnosis.dx), started_on=started, status=MedicationStatus.ACTIVE,
              adherence=rng.choices(tuple(ADHERENCE), weights=tuple(ADHERENCE.values()))[0] if reconciled
              else Adherence.UNKNOWN,
              last_reconciled_at=chart.at(day) if reconciled else None,
              last_reconciled_by=chart.nurse if reconciled else "")


def _stopped(chart: Chart, diagnosis: Diagnosis, drug: Drug, reason: str, day: date) -> None:
    started = chart.day_between(diagnosis.onset_on, day)
    stopped = chart.day_between(started, day)
    chart.add("medication", chart.at(day), name=drug.name, dose=drug.dose, route=drug.route,
              frequency=drug.frequency, indication=diagnosis.dx.lay,
              prescriber=_prescriber(chart, diagnosis.dx), started_on=started, stopped_on=stopped,
              stop_reason=reason, status=MedicationStatus.STOPPED, adherence=Adherence.UNKNOWN)


def allergies(chart: Chart, life: Lifecycle) -> None:
    """Asked at the first assessment, so only members who enrolled have an allergy history."""
    if life.enrolled_on is None:
        return
    if chart.chance(0.4):
        chart.member["no_known_allergies"] = True
        return
    for kind in chart.rng.sample(catalog.ALLERGIES, chart.rng.choices((1, 2, 3), weights=(60, 30, 10))[0]):
        chart.add("allergy", chart.at(life.enrolled_on), substance=kind.substance, category=kind.category,
                  reaction=chart.rng.choice(kind.reactions), severity=kind.severity,
                  status=AllergyStatus.ACTIVE, noted_on=life.enrolled_on)


def consents(chart: Chart, life: Lifecycle) -> None:
    if life.declined_on:
        chart.add("consent", chart.at(life.declined_on), kind=ConsentKind.PROGRAM_PARTICIPATION,
                  decision=ConsentDecision.DECLINED, decided_on=life.declined_on, method=ConsentMethod.VERBAL,
                  notes="Declined by phone; says family helps enough for now.")
    if life.enrolled_on is None:
        return
    method = chart.rng.choice((ConsentMethod.VERBAL, ConsentMethod.WRITTEN))
    chart.add("consent", chart.at(life.enrolled_on), kind=ConsentKind.PROGRAM_PARTICIPATION,
              decision=ConsentDecision.GIVEN, decided_on=life.enrolled_on, method=method)
    for kind, share in ((ConsentKind.INFORMATION_SHARING, 0.3), (ConsentKind.TELEHEALTH, 0.2)):
        if chart.chance(share):
            chart.add("consent", chart.at(life.enrolled_on), kind=kind, decision=ConsentDecision.GIVEN,
                      decided_on=life.enrolled_on, method=method)


# per tier: (ED visits, admissions) over three years, each a (fewest, most) range
UTILIZATION = {
    RiskTier.HIGH: ((2, 7), (1, 4)), RiskTier.MEDIUM: ((0, 3), (0, 1)), RiskTier.LOW: ((0, 1), (0, 0)),
}
DISCHARGE_NOTES = (
    "Discharged home; PCP follow-up in 7 days.", "Discharged home with home health.",
    "Discharged home; new medications started.", "Left against medical advice.", "",
)


def utilization(chart: Chart, life: Lifecycle) -> list[tuple[date, date | None]]:
    """ED visits and admissions over the years, bunched before the referral; returns (in, out) days."""
    (ed_low, ed_high), (ip_low, ip_high) = UTILIZATION[chart.tier]
    scale = max(1.0, (chart.last_day - chart.start).days / (3 * 365))
    first = max(chart.start, shift_years(chart.member["dob"], 18))
    last = min(chart.last_day, life.closed_on or chart.last_day)
    if chart.program == Program.HIGH_RISK_OB:
        first = max(first, life.identified_on - timedelta(days=60))
    stays: list[tuple[date, date | None]] = []
    for kind, count in ((UtilizationKind.ED_VISIT, chart.rng.randint(ed_low, ed_high) * scale),
                        (UtilizationKind.ADMISSION, chart.rng.randint(ip_low, ip_high) * scale)):
        for _ in range(round(count)):
            stays.append(_stay(chart, kind, _when(chart, first, last, life.identified_on)))
    return sorted(stays, key=lambda stay: stay[0])


def _when(chart: Chart, first: date, last: date, identified_on: date) -> date:
    if chart.chance(0.4):
        return chart.day_between(max(first, identified_on - timedelta(days=180)), min(last, identified_on))
    return chart.day_between(first, last)


def _stay(chart: Chart, kind: UtilizationKind, admitted: date) -> tuple[date, date | None]:
    rng = chart.rng
    if kind == UtilizationKind.ED_VISIT and chart.chance(0.15):
        kind = UtilizationKind.OBSERVATION
    length = {UtilizationKind.ED_VISIT: 0, UtilizationKind.OBSERVATION: 1}.get(kind, rng.randint(2, 9))
    discharged: date | None = admitted + timedelta(days=length)
    if discharged is not None and discharged > chart.last_day:
        discharged = None  # still in hospital today
    code = _acute_code(chart)
    chart.add("utilization_event", chart.at(admitted, 0, 23 * 60), kind=kind,
              facility=rng.choice(catalog.HOSPITALS), admitted_on=admitted, discharged_on=discharged,
              diagnosis_code=code, diagnosis_text=catalog.describe(code),
              notes=rng.choice(DISCHARGE_NOTES) if discharged else "Currently admitted.")
    if kind == UtilizationKind.ADMISSION and discharged:
        _after_admission(chart, discharged, code)
    return admitted, discharged


def _after_admission(chart: Chart, discharged: date, code: str) -> None:
    rng = chart.rng
    if chart.age >= 70 and chart.chance(0.2):
        back = discharged + timedelta(days=rng.randint(10, 28))
        chart.add("utilization_event", chart.at(discharged), kind=UtilizationKind.SNF_STAY,
                  facility=rng.choice(catalog.SNFS), admitted_on=discharged,
                  discharged_on=back if back <= chart.last_day else None, diagnosis_code=code,
                  diagnosis_text=catalog.describe(code), notes="Short-term rehab after hospital stay.")
    elif chart.chance(0.2):
        again = discharged + timedelta(days=rng.randint(3, 29))
        if again + timedelta(days=3) <= chart.last_day:
            chart.add("utilization_event", chart.at(again, 0, 23 * 60), kind=UtilizationKind.READMISSION,
                      facility=rng.choice(catalog.HOSPITALS), admitted_on=again,
                      discharged_on=again + timedelta(days=3), diagnosis_code=code,
                      diagnosis_text=catalog.describe(code), notes="Readmitted within 30 days.")


def _acute_code(chart: Chart) -> str:
    acute = [code for d in chart.diagnoses for code in d.dx.acute]
    if acute and chart.chance(0.7):
        return chart.rng.choice(acute)
    return chart.rng.choice(catalog.GENERAL_ACUTE)
