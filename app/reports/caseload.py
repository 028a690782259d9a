"""``caseload``: the supervisor's caseload and compliance report.

First the counts a supervisor reads first (members by risk tier and status; each compliance clock met,
late or open, with percentages), then one row per member: who, program, tier, status, nurse, last
contact, next due, and each of their clocks with its state. Options: ``status`` and ``nurse`` narrow the
members; the report date (``today``) is the day the clocks are judged on.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from app.model.enums import DataCategory, MemberStatus, TaskKind
from app.reports import messages
from app.reports.base import ReportKind, ReportRequest
from app.reports.caseload_data import CaseloadLine, CaseloadSummary, ClockTally, caseload_lines, summarize
from app.reports.layout import ReportDoc
from app.reports.messages import MONTHS, day, label, t
from app.services.compliance import Clock, ClockState

messages.add({
    "caseload.title": ("Caseload and compliance report", "Informe de casos y cumplimiento"),
    "caseload.as_of": ("Clocks as of {day}", "Plazos al {day}"),
    "caseload.filters": ("Members shown", "Afiliados incluidos"),
    "caseload.all_members": ("Every member on this computer", "Todos los afiliados en esta computadora"),
    "caseload.status_filter": ("Status: {status}", "Estado: {status}"),
    "caseload.nurse_filter": ("Nurse: {nurse}", "Enfermera: {nurse}"),
    "caseload.members": ("Members", "Afiliados"),
    "caseload.summary": ("Summary", "Resumen"),
    "caseload.by_tier": ("Members by risk tier", "Afiliados por nivel de riesgo"),
    "caseload.by_status": ("Members by status", "Afiliados por estado"),
    "caseload.tier": ("Risk tier", "Nivel de riesgo"),
    "caseload.count": ("Members", "Afiliados"),
    "caseload.share": ("Share", "Porcentaje"),
    "caseload.clocks": ("Compliance clocks", "Plazos de cumplimiento"),
    "caseload.clocks_note": (
        "Met: done by its deadline. Late: done after it, or not done and the deadline has passed. "
        "Open: not done yet, still on time. Percentages are of each clock's total.",
        "Cumplido: hecho a tiempo. Con retraso: hecho después del plazo, o no hecho y el plazo ya venció. "
        "Pendiente: todavía no se hace y sigue a tiempo. Los porcentajes son del total de cada plazo."),
    "caseload.clock": ("Clock", "Plazo"),
    "caseload.total": ("Total", "Total"),
    "caseload.none": ("No members match.", "Ningún afiliado coincide."),
    "caseload.member": ("Member", "Afiliado"),
    "caseload.program": ("Program · tier · status", "Programa · riesgo · estado"),
    "caseload.nurse": ("Nurse", "Enfermera"),
    "caseload.last_contact": ("Last contact", "Último contacto"),
    "caseload.next_due": ("Next due", "Próximo contacto"),
    "caseload.no_contact": ("None yet", "Ninguno aún"),
    "caseload.no_clocks": ("No clocks", "Sin plazos"),
    "caseload.clock_due": ("{kind} (due {day})", "{kind} (vence el {day})"),
    "caseload.clock_done": ("{kind} (done {day})", "{kind} (hecho el {day})"),
    "caseload.count_share": ("{count} ({share})", "{count} ({share})"),
})

_LABELS = {
    ("RiskTier", "high"): ("High", "Alto"), ("RiskTier", "medium"): ("Medium", "Medio"),
    ("RiskTier", "low"): ("Low", "Bajo"),
    ("MemberStatus", "identified"): ("Identified", "Identificado/a"),
    ("MemberStatus", "outreach"): ("Outreach", "Contacto inicial"),
    ("MemberStatus", "enrolled"): ("Enrolled", "Inscrito/a"),
    ("MemberStatus", "declined"): ("Declined", "Declinó"),
    ("MemberStatus", "unable_to_reach"): ("Unable to reach", "No localizable"),
    ("MemberStatus", "closed"): ("Closed", "Cerrado"),
    ("Program", "basic_cm"): ("Basic CM", "Adm. de casos básica"),
    ("Program", "complex_cm"): ("Complex CM", "Adm. de casos compleja"),
    ("Program", "bh_complex_cm"): ("BH complex CM", "Adm. compleja de salud mental"),
    ("Program", "transplant"): ("Transplant", "Trasplante"),
    ("Program", "high_risk_ob"): ("High-risk OB", "Embarazo de alto riesgo"),
    ("TaskKind", "initial_assessment"): ("Initial assessment", "Evaluación inicial"),
    ("TaskKind", "care_plan"): ("Care plan", "Plan de cuidado"),
    ("TaskKind", "follow_up_contact"): ("Follow-up contact", "Contacto de seguimiento"),
    ("TaskKind", "reassessment"): ("Reassessment", "Reevaluación"),
    ("TaskKind", "care_plan_review"): ("Care plan review", "Revisión del plan de cuidado"),
    ("TaskKind", "referral_follow_up"): ("Referral follow-up", "Seguimiento de remisión"),
    ("TaskKind", "participation_review"): ("Minimum participation", "Participación mínima"),
    ("ClockState", "met"): ("Met", "Cumplido"), ("ClockState", "late"): ("Late", "Con retraso"),
    ("ClockState", "open"): ("Open", "Pendiente"),
}
for _key, _words in _LABELS.items():  # the framework's table wins where it already names a value
    messages.ENUM_LABELS.setdefault(_key, _words)


def build(req: ReportRequest) -> ReportDoc:
    lang = req.lang
    status = MemberStatus(req.options["status"]) if req.options.get("status") else None
    nurse = str(req.options.get("nurse") or "")
    lines = caseload_lines(req.session, req.today, status=status, nurse=nurse)
    doc = ReportDoc(t(lang, "caseload.title"), lang=lang, large_print=req.large_print,
                    meta_title=t(lang, "caseload.title"), printed_on=req.today)
    doc.key_values([(t(lang, "caseload.filters"), _filters(lang, status, nurse)),
                    (t(lang, "caseload.members"), str(len(lines))),
                    (t(lang, "date"), t(lang, "caseload.as_of", day=day(lang, req.today)))])
    if not lines:
        doc.paragraph(t(lang, "caseload.none"))
        return doc
    _summary(doc, summarize(lines))
    doc.heading(t(lang, "caseload.members"))
    if req.large_print:  # a row per member would grow taller than a page: a block per member instead
        for line in lines:
            _member_block(doc, line)
        return doc
    doc.table([t(lang, "caseload.member"), t(lang, "caseload.program"), t(lang, "caseload.nurse"),
               t(lang, "caseload.last_contact"), t(lang, "caseload.next_due"), t(lang, "caseload.clocks")],
              [_member_row(lang, line) for line in lines], widths=[1.4, 1.25, 0.85, 0.9, 0.9, 3.25])
    return doc


def _filters(lang: str, status: MemberStatus | None, nurse: str) -> str:
    parts = [t(lang, "caseload.status_filter", status=label(lang, status))] if status else []
    parts += [t(lang, "caseload.nurse_filter", nurse=nurse)] if nurse else []
    return " · ".join(parts) or t(lang, "caseload.all_members")


def _summary(doc: ReportDoc, summary: CaseloadSummary) -> None:
    lang = doc.lang
    doc.heading(t(lang, "caseload.summary"))
    doc.heading(t(lang, "caseload.by_tier"), 2)
    doc.table([t(lang, "caseload.tier"), t(lang, "caseload.count"), t(lang, "caseload.share")],
              [[label(lang, tier), str(count), percent(lang, count / summary.members)]
               for tier, count in summary.by_tier], widths=[2, 1, 1])
    doc.heading(t(lang, "caseload.by_status"), 2)
    doc.table([t(lang, "status"), t(lang, "caseload.count"), t(lang, "caseload.share")],
              [[label(lang, status), str(count), percent(lang, count / summary.members)]
               for status, count in summary.by_status], widths=[2, 1, 1])
    doc.heading(t(lang, "caseload.clocks"), 2)
    doc.paragraph(t(lang, "caseload.clocks_note"), "muted")
    doc.table([t(lang, "caseload.clock"), label(lang, ClockState.MET), label(lang, ClockState.LATE),
               label(lang, ClockState.OPEN), t(lang, "caseload.total")],
              [_tally_row(lang, tally) for tally in summary.clocks if tally.total],
              widths=[2.2, 1, 1, 1, 0.7])


def _tally_row(lang: str, tally: ClockTally) -> list[str]:
    def cell(state: ClockState, count: int) -> str:
        share = tally.share(state)
        return t(lang, "caseload.count_share", count=count, share=percent(lang, share)) if share is not None \
            else str(count)

    return [label(lang, tally.kind), cell(ClockState.MET, tally.met), cell(ClockState.LATE, tally.late),
            cell(ClockState.OPEN, tally.open), str(tally.total)]


def _member_row(lang: str, line: CaseloadLine) -> list[str]:
    return [
        f"{line.last_name}, {line.first_name}\n{line.plan_member_id}",
        f"{label(lang, line.program)}\n{label(lang, line.risk_tier)} · {label(lang, line.status)}",
        line.assigned_nurse,
        short_day(lang, line.last_contact_on) or t(lang, "caseload.no_contact"),
        short_day(lang, line.next_due_on),
        clocks_text(lang, line.clocks) or t(lang, "caseload.no_clocks"),
    ]


def _member_block(doc: ReportDoc, line: CaseloadLine) -> None:
    lang = doc.lang
    name, program, nurse, last, due, clocks = _member_row(lang, line)
    doc.heading(name.replace("\n", " · "), 3)
    doc.key_values([(t(lang, "caseload.program"), program.replace("\n", " · ")),
                    (t(lang, "caseload.nurse"), nurse), (t(lang, "caseload.last_contact"), last),
                    (t(lang, "caseload.next_due"), due)])
    doc.bullets(clocks.split("\n"))


def clocks_text(lang: str, clocks: tuple[Clock, ...]) -> str:
    """One line per state, late first: "Late: Follow-up contact (due Apr 23, 2026)", "Open: …", and the
    met ones by name only ("Met: Care plan, Referral follow-up ×2")."""
    lines = []
    for state in (ClockState.LATE, ClockState.OPEN):
        found = [clock_text(lang, c) for c in clocks if c.state == state]
        if found:
            lines.append(f"{label(lang, state)}: " + "; ".join(found))
    met = Counter(label(lang, TaskKind(c.kind)) for c in clocks if c.state == ClockState.MET)
    if met:
        lines.append(f"{label(lang, ClockState.MET)}: " + ", ".join(
            name if count == 1 else f"{name} ×{count}" for name, count in met.items()))
    return "\n".join(lines)


def clock_text(lang: str, clock: Clock) -> str:
    """"Follow-up contact (due Apr 23, 2026)" / "Initial assessment (done Dec 1, 2023)"."""
    kind = label(lang, TaskKind(clock.kind))
    if clock.subject:
        kind = f"{kind} – {clock.subject}"
    if clock.met_on is not None:
        return t(lang, "caseload.clock_done", kind=kind, day=short_day(lang, clock.met_on))
    return t(lang, "caseload.clock_due", kind=kind, day=short_day(lang, clock.due_on))


def short_day(lang: str, value: date | None) -> str:
    """"Apr 23, 2026" / "23 abr 2026": a table cell's date, still without the month/day ambiguity."""
    if value is None:
        return ""
    month = MONTHS["es" if lang == "es" else "en"][value.month - 1][:3]
    return f"{value.day} {month} {value.year}" if lang == "es" else f"{month} {value.day}, {value.year}"


def percent(lang: str, share: float | None) -> str:
    """"75%" / "75 %" (Spanish puts a space before the sign); "—" for no share."""
    if share is None:
        return "—"
    return f"{share * 100:.0f} %" if lang == "es" else f"{share * 100:.0f}%"


KIND = ReportKind("caseload", build, DataCategory.CHART, meta_key="caseload.title", needs_member=False,
                  options=("status", "nurse"))
