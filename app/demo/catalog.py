"""The clinical vocabulary of the demo: conditions with real billable ICD-10-CM codes, the medications
that go with them, the reasons for ED visits and admissions, allergies and facilities."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from app.model.enums import AllergyCategory, MedicationRoute, Severity
from app.services import icd10

ORAL, INHALED, SUBCUT = MedicationRoute.ORAL, MedicationRoute.INHALED, MedicationRoute.SUBCUTANEOUS


@dataclass(frozen=True, slots=True)
class Drug:
    name: str
    dose: str
    frequency: str
    route: MedicationRoute = ORAL


@dataclass(frozen=True, slots=True)
class Switch:
    """A medication stopped for a reason, and what replaced it (if anything)."""

    old: Drug
    reason: str
    new: Drug | None


@dataclass(frozen=True, slots=True)
class Dx:
    key: str
    lay: str  # how the nurse says it in a note
    codes: tuple[str, ...]
    drugs: tuple[Drug, ...] = ()
    switches: tuple[Switch, ...] = ()
    specialty: str = ""
    acute: tuple[str, ...] = ()  # principal diagnoses of its ED visits and admissions
    group: str = "medical"  # medical | bh | transplant | ob
    min_age: int = 18
    female_only: bool = False


METFORMIN = Drug("metformin", "1000 mg", "twice daily with meals")
LISINOPRIL = Drug("lisinopril", "20 mg", "once daily")
LOSARTAN = Drug("losartan", "50 mg", "once daily")
SERTRALINE = Drug("sertraline", "100 mg", "once daily")
ESCITALOPRAM = Drug("escitalopram", "10 mg", "once daily")
ALBUTEROL = Drug("albuterol HFA", "90 mcg, 2 puffs", "every 4–6 hours as needed", INHALED)
ASPIRIN = Drug("aspirin", "81 mg", "once daily")
ATORVASTATIN = Drug("atorvastatin", "40 mg", "at bedtime")

DIAGNOSES: tuple[Dx, ...] = (
    Dx("diabetes", "type 2 diabetes", ("E11.9", "E11.65", "E11.22", "E11.40"),
       (METFORMIN, Drug("insulin glargine", "20 units", "at bedtime", SUBCUT),
        Drug("empagliflozin", "10 mg", "once daily")),
       (Switch(Drug("glipizide", "5 mg", "once daily before breakfast"),
               "Recurrent hypoglycemia; PCP switched to empagliflozin", None),),
       "Endocrinology", ("E11.65", "E11.649", "E11.10")),
    Dx("hypertension", "hypertension", ("I10",), (LISINOPRIL, Drug("amlodipine", "5 mg", "once daily")),
       (Switch(LISINOPRIL, "Persistent dry cough; changed to losartan", LOSARTAN),), "", ("I16.9",)),
    Dx("hyperlipidemia", "high cholesterol", ("E78.5",), (ATORVASTATIN,)),
    Dx("heart_failure", "heart failure", ("I50.22", "I50.32", "I50.42"),
       (Drug("furosemide", "40 mg", "once daily in the morning"),
        Drug("carvedilol", "12.5 mg", "twice daily"),
        Drug("sacubitril-valsartan", "49-51 mg", "twice daily"),
        Drug("spironolactone", "25 mg", "once daily")),
       (), "Cardiology", ("I50.23", "I50.33", "I50.43", "R06.02"), min_age=40),
    Dx("copd", "COPD", ("J44.9", "J44.1"),
       (Drug("tiotropium", "18 mcg, 1 capsule inhaled", "once daily", INHALED), ALBUTEROL,
        Drug("fluticasone-salmeterol", "250/50 mcg, 1 inhalation", "twice daily", INHALED)),
       (), "Pulmonology", ("J44.1", "J44.0", "J96.01", "J18.9"), min_age=40),
    Dx("asthma", "asthma", ("J45.40", "J45.50"),
       (ALBUTEROL, Drug("budesonide-formoterol", "160/4.5 mcg, 2 puffs", "twice daily", INHALED),
        Drug("montelukast", "10 mg", "at bedtime")), (), "Pulmonology", ("J45.41", "J45.51")),
    Dx("ckd", "chronic kidney disease", ("N18.31", "N18.32", "N18.4"),
       (Drug("sodium bicarbonate", "650 mg", "twice daily"), Drug("calcitriol", "0.25 mcg", "once daily")),
       (Switch(METFORMIN, "eGFR below 30; stopped per nephrology", None),),
       "Nephrology", ("N17.9", "E87.1", "E86.0"), min_age=40),
    Dx("afib", "atrial fibrillation", ("I48.91", "I48.20"),
       (Drug("apixaban", "5 mg", "twice daily"), Drug("metoprolol succinate", "50 mg", "once daily")),
       (Switch(Drug("warfarin", "5 mg", "once daily (dose per INR)"),
               "INR hard to keep in range; switched to apixaban", None),),
       "Cardiology", ("I48.91", "R42"), min_age=50),
    Dx("cad", "coronary artery disease", ("I25.10",),
       (ASPIRIN, ATORVASTATIN, Drug("nitroglycerin", "0.4 mg", "every 5 minutes as needed for chest pain",
                                    MedicationRoute.SUBLINGUAL)),
       (), "Cardiology", ("R07.9", "I21.4"), min_age=45),
    Dx("obesity", "weight", ("E66.01",), (Drug("semaglutide", "1 mg", "once weekly", SUBCUT),)),
    Dx("osteoarthritis", "knee arthritis", ("M17.11",),
       (Drug("acetaminophen", "650 mg", "every 8 hours as needed for pain"),
        Drug("diclofenac 1% gel", "4 g", "four times daily to knee", MedicationRoute.TOPICAL)),
       min_age=50),
    Dx("hypothyroid", "hypothyroidism", ("E03.9",),
       (Drug("levothyroxine", "75 mcg", "once daily before breakfast"),)),
    Dx("falls", "falls", ("R26.81", "Z91.81"), (Drug("vitamin D3", "1000 units", "once daily"),),
       (), "", ("S72.001A", "S52.501A", "S06.0X0A", "R55"), min_age=65),
    Dx("dementia", "memory loss", ("G30.9", "F03.90"),
       (Drug("donepezil", "10 mg", "at bedtime"), Drug("memantine", "10 mg", "twice daily")),
       (), "Neurology", ("N39.0", "E86.0"), min_age=65),
    Dx("parkinson", "Parkinson's disease", ("G20.A1",),
       (Drug("carbidopa-levodopa", "25-100 mg", "three times daily"),), (), "Neurology", ("R55",),
       min_age=60),
    Dx("stroke", "stroke recovery", ("I69.351",), (ASPIRIN, ATORVASTATIN), (), "Neurology", ("I63.9",),
       min_age=50),
    Dx("breast_cancer", "breast cancer", ("C50.911",), (Drug("anastrozole", "1 mg", "once daily"),),
       (), "Oncology", ("R10.9", "E86.0"), min_age=40, female_only=True),
    Dx("depression", "depression", ("F32.1", "F33.1"),
       (SERTRALINE, Drug("bupropion XL", "150 mg", "once daily")),
       (Switch(SERTRALINE, "GI upset and little benefit after 8 weeks; changed to escitalopram",
               ESCITALOPRAM),), "Psychiatry", ("F33.2", "R45.851"), "bh"),
    Dx("anxiety", "anxiety", ("F41.1",), (ESCITALOPRAM, Drug("buspirone", "10 mg", "twice daily")),
       (), "Psychiatry", ("R07.9",), "bh"),
    Dx("schizophrenia", "schizophrenia", ("F20.9",),
       (Drug("risperidone", "2 mg", "twice daily"),
        Drug("paliperidone palmitate", "156 mg", "monthly injection", MedicationRoute.INTRAMUSCULAR)),
       (), "Psychiatry", ("F20.9",), "bh"),
    Dx("bipolar", "bipolar disorder", ("F31.9",),
       (Drug("lithium carbonate", "300 mg", "twice daily"), Drug("quetiapine", "200 mg", "at bedtime")),
       (), "Psychiatry", ("F31.9",), "bh"),
    Dx("alcohol", "alcohol use", ("F10.20",), (Drug("naltrexone", "50 mg", "once daily"),),
       (), "Addiction medicine", ("F10.230", "K92.2"), "bh"),
    Dx("opioid", "opioid use", ("F11.20",),
       (Drug("buprenorphine-naloxone", "8-2 mg film", "once daily", MedicationRoute.SUBLINGUAL),),
       (), "Addiction medicine", ("T40.2X1A",), "bh"),
    Dx("kidney_transplant", "kidney transplant", ("Z94.0",),
       (Drug("tacrolimus", "2 mg", "twice daily, 12 hours apart"),
        Drug("mycophenolate mofetil", "500 mg", "twice daily"), Drug("prednisone", "5 mg", "once daily")),
       (), "Transplant nephrology", ("T86.11", "N17.9", "J18.9"), "transplant"),
    Dx("liver_transplant", "liver transplant", ("Z94.4",),
       (Drug("tacrolimus", "1 mg", "twice daily, 12 hours apart"), Drug("prednisone", "5 mg", "once daily")),
       (), "Transplant hepatology", ("J18.9", "E86.0"), "transplant"),
    Dx("high_risk_pregnancy", "pregnancy", ("O09.93",),
       (Drug("prenatal vitamin", "1 tablet", "once daily"),
        Drug("aspirin", "81 mg", "once daily at bedtime")),
       (), "Maternal-fetal medicine", ("O47.03", "O21.0"), "ob", female_only=True),
    Dx("gestational_diabetes", "gestational diabetes", ("O24.414",),
       (Drug("insulin NPH", "10 units", "at bedtime", SUBCUT),), (), "Maternal-fetal medicine",
       ("R73.9",), "ob", female_only=True),
    Dx("gestational_hypertension", "blood pressure in pregnancy", ("O13.3",),
       (Drug("labetalol", "200 mg", "twice daily"),), (), "Maternal-fetal medicine", ("O14.03",), "ob",
       female_only=True),
    Dx("pregnancy_anemia", "anemia in pregnancy", ("O99.013",),
       (Drug("ferrous sulfate", "325 mg", "once daily with orange juice"),), (), "", (), "ob",
       female_only=True),
)
BY_KEY = {dx.key: dx for dx in DIAGNOSES}
ELDERLY_MULTIGRAVIDA = "O09.523"  # replaces O09.93 when the mother is 35 or older

# (key, weight) pools per program
MEDICAL_WEIGHTS = {
    "hypertension": 10, "diabetes": 9, "hyperlipidemia": 7, "heart_failure": 5, "copd": 5, "asthma": 3,
    "ckd": 4, "afib": 3, "cad": 4, "obesity": 3, "osteoarthritis": 4, "hypothyroid": 2, "falls": 4,
    "dementia": 3, "parkinson": 1, "stroke": 2, "breast_cancer": 1,
}
BH_WEIGHTS = {"depression": 8, "anxiety": 5, "schizophrenia": 2, "bipolar": 2, "alcohol": 2, "opioid": 2}
GENERAL_ACUTE = ("J18.9", "N39.0", "A41.9", "L03.115", "M54.50", "R55")


@functools.cache
def describe(code: str) -> str:
    return icd10.describe(icd10.parse_code(code))


@dataclass(frozen=True, slots=True)
class AllergyKind:
    substance: str
    category: AllergyCategory
    reactions: tuple[str, ...]
    severity: Severity


MED, FOOD, ENV = AllergyCategory.MEDICATION, AllergyCategory.FOOD, AllergyCategory.ENVIRONMENT
ALLERGIES: tuple[AllergyKind, ...] = (
    AllergyKind("Penicillin", MED, ("Hives", "Rash", "Swelling of lips"), Severity.MODERATE),
    AllergyKind("Sulfa drugs (sulfonamides)", MED, ("Rash", "Itching"), Severity.MILD),
    AllergyKind("Codeine", MED, ("Nausea and vomiting",), Severity.MILD),
    AllergyKind("Iodinated contrast", MED, ("Hives",), Severity.MODERATE),
    AllergyKind("Shellfish", FOOD, ("Anaphylaxis", "Throat tightness"), Severity.SEVERE),
    AllergyKind("Peanuts", FOOD, ("Throat swelling", "Hives"), Severity.SEVERE),
    AllergyKind("Latex", ENV, ("Contact dermatitis",), Severity.MILD),
    AllergyKind("Bee stings", ENV, ("Local swelling", "Anaphylaxis"), Severity.SEVERE),
)

HOSPITALS = (
    "Valley Lark Regional Medical Center", "St. Brendan of the Valley Hospital",
    "Sierra Meadow Medical Center", "Harbor Crest Community Hospital", "Mission Poppy General Hospital",
    "Redtail County Medical Center",
)
SNFS = ("Orchard Crest Post-Acute", "Golden Poppy Skilled Nursing", "Cottonwood Bend Care Center")
