"""``visit-summary``: one signed visit or call, as documented (the chosen one, else the most recent).

Entered-in-error visits are never picked by default; asked for by id, they print with that status shown.
"""

from __future__ import annotations

from app.errors import NotFound
from app.model.enums import DataCategory, EncounterKind, EncounterStatus
from app.reports import member_data
from app.reports.base import ReportKind, ReportRequest
from app.reports.layout import ReportDoc
from app.reports.messages import day, label, language_name, moment, t
from app.services import assessments, encounters
from app.services.encounter_views import EncounterView

VISITS = (EncounterKind.HOME_VISIT, EncounterKind.TELEPHONIC, EncounterKind.VIDEO)
SIGNED = (EncounterStatus.SIGNED, EncounterStatus.AMENDED)
VITAL_NAMES = {
    "systolic": (("Blood pressure, systolic", "mmHg"), ("Presión arterial, sistólica", "mmHg")),
    "diastolic": (("Blood pressure, diastolic", "mmHg"), ("Presión arterial, diastólica", "mmHg")),
    "heart_rate": (("Heart rate", "/min"), ("Frecuencia cardiaca", "/min")),
    "respirations": (("Respirations", "/min"), ("Respiraciones", "/min")),
    "temperature_f": (("Temperature", "°F"), ("Temperatura", "°F")),
    "spo2": (("Oxygen saturation", "%"), ("Saturación de oxígeno", "%")),
    "weight_lb": (("Weight", "lb"), ("Peso", "lb")),
    "glucose_mg_dl": (("Blood glucose", "mg/dL"), ("Glucosa en sangre", "mg/dL")),
    "pain": (("Pain (0–10)", ""), ("Dolor (0–10)", "")),
}


def build(req: ReportRequest) -> ReportDoc:
    lang, view = req.lang, member_data.member(req)
    doc = member_data.document(req, view, "visit.title")
    visit = _chosen(req)
    if visit is None:
        doc.paragraph(t(lang, "visit.none"))
        return doc
    _facts(doc, visit)
    if visit.note.strip():
        doc.heading(t(lang, "visit.note"))
        for block in visit.note.strip().split("\n\n"):
            doc.paragraph(block)
    _vitals(doc, visit)
    _assessments(doc, req, visit)
    _addenda(doc, visit)
    return doc


def _chosen(req: ReportRequest) -> EncounterView | None:
    assert req.member_id is not None
    every = encounters.list_for(req.session, req.member_id)  # newest first
    wanted = req.options.get("encounter_id")
    if wanted:
        match = next((e for e in every if e.id == wanted), None)
        if match is None:
            raise NotFound("encounter", str(wanted))
        return match
    return next((e for e in every if e.kind in VISITS and e.status in SIGNED), None)


def _facts(doc: ReportDoc, visit: EncounterView) -> None:
    lang = doc.lang
    signed = t(lang, "visit.signed_text", when=moment(lang, visit.signed_at), who=visit.signed_by) \
        if visit.signed_at else ""
    doc.key_values([
        (t(lang, "visit.when"), moment(lang, visit.local_started_at)),
        (t(lang, "visit.kind"), label(lang, visit.kind)),
        (t(lang, "outreach.channel"), label(lang, visit.channel)),
        (t(lang, "outreach.outcome"), label(lang, visit.outcome)),
        (t(lang, "visit.minutes"), str(visit.minutes) if visit.minutes else ""),
        (t(lang, "visit.location"), visit.location),
        (t(lang, "visit.participants"), ", ".join(visit.participants)),
        (t(lang, "visit.interpreter"), language_name(lang, visit.interpreter_language)),
        (t(lang, "visit.status"), label(lang, visit.status)),
        (t(lang, "visit.signed"), signed),
    ])


def _vitals(doc: ReportDoc, visit: EncounterView) -> None:
    if not visit.vitals:
        return
    lang, side = doc.lang, 1 if doc.lang == "es" else 0
    rows = []
    for key, value in visit.vitals.items():
        name, unit = VITAL_NAMES.get(key, ((key, ""), (key, "")))[side]
        number = f"{value:g} {unit}".strip()
        rows.append([name, number, "⚠ " + t(lang, "visit.abnormal") if key in visit.abnormal else ""])
    doc.heading(t(lang, "visit.vitals"))
    doc.table([t(lang, "visit.vital"), t(lang, "visit.value"), ""], rows, widths=[0.45, 0.2, 0.35])


def _assessments(doc: ReportDoc, req: ReportRequest, visit: EncounterView) -> None:
    lang = doc.lang
    done = [a for a in assessments.for_encounter(req.session, visit.id) if a.completed_at]
    if done:
        doc.heading(t(lang, "visit.assessments"))
        doc.table([t(lang, "letter.instrument"), t(lang, "letter.score"), t(lang, "letter.band")],
                  [[member_data.instrument_title(lang, a.instrument_id),
                    "" if a.total is None else str(a.total), a.band] for a in done], widths=[0.5, 0.15, 0.35])


def _addenda(doc: ReportDoc, visit: EncounterView) -> None:
    lang = doc.lang
    if visit.addenda:
        doc.heading(t(lang, "visit.addenda"))
        for a in visit.addenda:
            doc.paragraph(f"{label(lang, a.kind)} — {moment(lang, a.signed_at)} ({a.signed_by})", "strong")
            if a.service_date:
                doc.paragraph(day(lang, a.service_date), "muted")
            doc.paragraph(a.text)


KIND = ReportKind("visit-summary", build, DataCategory.CHART, meta_key="visit.title",
                  options=("encounter_id",))
