"""``outcomes``: ED visits and inpatient admissions in the 6 and 12 months before enrollment against the
6 and 12 months after, for the caseload (totals, per-1,000-member rates, change) or one member.

The counting rules are in ``outcomes_data``: an after-window counts only once it is over; members whose
window is still running are shown with their counts so far, marked, and left out of the totals.
"""

from __future__ import annotations

from app.model.enums import DataCategory
from app.reports import member_data, messages
from app.reports.base import ReportKind, ReportRequest
from app.reports.caseload import percent, short_day
from app.reports.layout import ReportDoc
from app.reports.messages import day, t
from app.reports.outcomes_data import (
    WINDOWS,
    CohortTotals,
    MemberOutcome,
    WindowCounts,
    cohort_totals,
    member_outcomes,
)

messages.add({
    "outcomes.title": ("Utilization before and after enrollment",
                       "Utilización antes y después de la inscripción"),
    "outcomes.how": (
        "Emergency department (ED) visits and inpatient admissions (readmissions included; observation and "
        "nursing facility stays are not) in the months before each member's enrollment date and the same "
        "number of months from it. A period after enrollment counts only once it is over: members whose "
        "period is still running are marked * and left out of the totals, so each comparison is of the "
        "same members before and after.",
        "Visitas a la sala de emergencias (SE) e internaciones (incluidas las reinternaciones; no las "
        "estancias de observación ni en centros de enfermería) en los meses antes de la fecha de "
        "inscripción de cada afiliado y el mismo número de meses desde esa fecha. Un período después de la "
        "inscripción cuenta solo cuando ya terminó: los afiliados cuyo período sigue en curso se marcan con "
        "* y quedan fuera de los totales, así cada comparación es de los mismos afiliados antes y después."),
    "outcomes.as_of": ("Counted through", "Contado hasta el"),
    "outcomes.enrolled_members": ("Enrolled members", "Afiliados inscritos"),
    "outcomes.none": ("No member on this computer has an enrollment date yet.",
                      "Ningún afiliado en esta computadora tiene fecha de inscripción todavía."),
    "outcomes.not_enrolled": ("This member has not enrolled, so there is no before and after to compare.",
                              "Este afiliado no se ha inscrito, así que no hay un antes y un después que "
                              "comparar."),
    "outcomes.window": ("{months} months before and after enrollment",
                        "{months} meses antes y después de la inscripción"),
    "outcomes.counted": ("Members counted", "Afiliados contados"),
    "outcomes.waiting": ("Not counted yet", "Aún no contados"),
    "outcomes.waiting_text": ("{count} (their {months} months after enrollment are not over)",
                              "{count} (sus {months} meses después de la inscripción no han terminado)"),
    "outcomes.measure": ("Measure", "Medida"),
    "outcomes.before": ("Before", "Antes"),
    "outcomes.after": ("After", "Después"),
    "outcomes.change": ("Change", "Cambio"),
    "outcomes.rate_before": ("Per 1,000 before", "Por 1,000 antes"),
    "outcomes.rate_after": ("Per 1,000 after", "Por 1,000 después"),
    "outcomes.ed": ("ED visits", "Visitas a SE"),
    "outcomes.ip": ("Inpatient admissions", "Internaciones"),
    "outcomes.ed_col": ("ED visits", "Visitas a SE"),
    "outcomes.ip_col": ("Admissions", "Intern."),
    "outcomes.ed_short": ("ED {months} mo", "SE {months} m"),
    "outcomes.ip_short": ("Admissions {months} mo", "Intern. {months} m"),
    "outcomes.before_enrollment": ("Before enrollment", "Antes de la inscripción"),
    "outcomes.after_enrollment": ("After enrollment", "Después de la inscripción"),
    "outcomes.chart_rates": ("Visits and admissions per 1,000 members counted, before and after enrollment",
                             "Visitas e internaciones por 1,000 afiliados contados, antes y después de la "
                             "inscripción"),
    "outcomes.chart_counts": ("Visits and admissions before and after enrollment",
                              "Visitas e internaciones antes y después de la inscripción"),
    "outcomes.no_chart": ("No period after enrollment is over yet, so there is nothing to chart.",
                          "Ningún período después de la inscripción ha terminado, así que no hay nada que "
                          "graficar."),
    "outcomes.by_member": ("By member", "Por afiliado"),
    "outcomes.member": ("Member", "Afiliado"),
    "outcomes.enrolled": ("Enrolled", "Inscripción"),
    "outcomes.cell_head": ("{what}, {months} mo (before → after)", "{what}, {months} m (antes → después)"),
    "outcomes.partial": ("* Still running: the counts after enrollment so far; the period ends on the date "
                         "shown.", "* En curso: lo contado hasta ahora después de la inscripción; el período "
                         "termina en la fecha indicada."),
    "outcomes.partial_cell": ("{before} → {after}* (to {day})", "{before} → {after}* (hasta {day})"),
    "outcomes.no_change": ("no change", "sin cambio"),
    "outcomes.new": ("none before", "ninguna antes"),
})


def build(req: ReportRequest) -> ReportDoc:
    lang = req.lang
    title = t(lang, "outcomes.title")
    header = member_data.header(member_data.member(req)) if req.member_id else None
    doc = ReportDoc(title, lang=lang, large_print=req.large_print, member=header, meta_title=title,
                    printed_on=req.today)
    outcomes = member_outcomes(req.session, req.today, [req.member_id] if req.member_id else None)
    doc.paragraph(t(lang, "outcomes.how"), "muted")
    if not outcomes:
        doc.paragraph(t(lang, "outcomes.not_enrolled" if req.member_id else "outcomes.none"))
        return doc
    if req.member_id:
        _one_member(doc, outcomes[0], req)
    else:
        _caseload(doc, outcomes, req)
    return doc


def _caseload(doc: ReportDoc, outcomes: list[MemberOutcome], req: ReportRequest) -> None:
    lang = doc.lang
    doc.key_values([(t(lang, "outcomes.enrolled_members"), str(len(outcomes))),
                    (t(lang, "outcomes.as_of"), day(lang, req.today))])
    totals = [cohort_totals(outcomes, months) for months in WINDOWS]
    for total in totals:
        doc.heading(t(lang, "outcomes.window", months=total.months), 2)
        doc.key_values([(t(lang, "outcomes.counted"), str(total.members)),
                        (t(lang, "outcomes.waiting"), t(lang, "outcomes.waiting_text", count=total.waiting,
                                                         months=total.months) if total.waiting else "")])
        doc.table([t(lang, "outcomes.measure"), t(lang, "outcomes.before"), t(lang, "outcomes.after"),
                   t(lang, "outcomes.change"), t(lang, "outcomes.rate_before"),
                   t(lang, "outcomes.rate_after")],
                  [_total_row(lang, total, "ed", total.ed_before, total.ed_after),
                   _total_row(lang, total, "ip", total.ip_before, total.ip_after)],
                  widths=[1.8, 0.8, 0.8, 1.0, 1.1, 1.1])
    counted = [tot for tot in totals if tot.members]
    if counted:
        labels, before, after = _chart_series(lang, counted, rates=True)
        doc.bar_chart(labels, [before, after], caption=t(lang, "outcomes.chart_rates"),
                      legend=[t(lang, "outcomes.before_enrollment"), t(lang, "outcomes.after_enrollment")])
    else:
        doc.paragraph(t(lang, "outcomes.no_chart"))
    _member_table(doc, outcomes)


def _one_member(doc: ReportDoc, outcome: MemberOutcome, req: ReportRequest) -> None:
    lang = doc.lang
    doc.key_values([(t(lang, "member_id"), outcome.plan_member_id),
                    (t(lang, "outcomes.enrolled"), day(lang, outcome.enrolled_on)),
                    (t(lang, "outcomes.as_of"), day(lang, req.today))])
    for window in outcome.windows:
        doc.heading(t(lang, "outcomes.window", months=window.months), 2)
        rows = [[t(lang, "outcomes.ed"), *_member_cells(lang, window, window.ed_before, window.ed_after)],
                [t(lang, "outcomes.ip"), *_member_cells(lang, window, window.ip_before, window.ip_after)]]
        doc.table([t(lang, "outcomes.measure"), t(lang, "outcomes.before"), t(lang, "outcomes.after"),
                   t(lang, "outcomes.change")], rows, widths=[1.8, 1, 1.4, 1])
    complete = [w for w in outcome.windows if w.complete]
    if any(not w.complete for w in outcome.windows):
        doc.paragraph(t(lang, "outcomes.partial"), "small")
    if complete:
        totals = [CohortTotals(w.months, 1, w.ed_before, w.ip_before, w.ed_after, w.ip_after, 0)
                  for w in complete]
        labels, before, after = _chart_series(lang, totals, rates=False)
        doc.bar_chart(labels, [before, after], caption=t(lang, "outcomes.chart_counts"),
                      legend=[t(lang, "outcomes.before_enrollment"), t(lang, "outcomes.after_enrollment")])


def _total_row(lang: str, total: CohortTotals, what: str, before: int, after: int) -> list[str]:
    return [t(lang, f"outcomes.{what}"), str(before), str(after), change_text(lang, before, after),
            _rate(total.per_thousand(before)), _rate(total.per_thousand(after))]


def _member_cells(lang: str, window: WindowCounts, before: int, after: int) -> list[str]:
    if not window.complete:
        return [str(before), f"{after}* ({short_day(lang, window.ends_on)})", "—"]
    return [str(before), str(after), change_text(lang, before, after)]


def _member_table(doc: ReportDoc, outcomes: list[MemberOutcome]) -> None:
    lang = doc.lang
    doc.heading(t(lang, "outcomes.by_member"))
    header = [t(lang, "outcomes.member"), t(lang, "outcomes.enrolled")]
    for months in WINDOWS:
        header += [t(lang, "outcomes.cell_head", what=t(lang, "outcomes.ed_col"), months=months),
                   t(lang, "outcomes.cell_head", what=t(lang, "outcomes.ip_col"), months=months)]
    rows = []
    for outcome in outcomes:
        row = [f"{outcome.last_name}, {outcome.first_name}\n{outcome.plan_member_id}",
               short_day(lang, outcome.enrolled_on)]
        for window in outcome.windows:
            row += [_pair(lang, window, window.ed_before, window.ed_after),
                    _pair(lang, window, window.ip_before, window.ip_after)]
        rows.append(row)
    doc.table(header, rows, widths=[1.6, 1.0, 1, 1, 1, 1])
    if any(not w.complete for o in outcomes for w in o.windows):
        doc.paragraph(t(lang, "outcomes.partial"), "small")


def _pair(lang: str, window: WindowCounts, before: int, after: int) -> str:
    if window.complete:
        return f"{before} → {after}"
    return t(lang, "outcomes.partial_cell", before=before, after=after, day=short_day(lang, window.ends_on))


def _chart_series(lang: str, totals: list[CohortTotals], *, rates: bool
                  ) -> tuple[list[str], list[float], list[float]]:
    labels: list[str] = []
    before: list[float] = []
    after: list[float] = []
    for total in totals:
        for what, b, a in (("ed", total.ed_before, total.ed_after), ("ip", total.ip_before, total.ip_after)):
            labels.append(t(lang, f"outcomes.{what}_short", months=total.months))
            before.append((total.per_thousand(b) or 0.0) if rates else float(b))
            after.append((total.per_thousand(a) or 0.0) if rates else float(a))
    return labels, before, after


def change_text(lang: str, before: int, after: int) -> str:
    """"−50%" / "+100%"; "no change"; "none before" when there is nothing to compare against."""
    change = CohortTotals.change(before, after)
    if change is None:
        return t(lang, "outcomes.no_change") if after == 0 else t(lang, "outcomes.new")
    if change == 0:
        return t(lang, "outcomes.no_change")
    sign = "+" if change > 0 else "−"
    return sign + percent(lang, abs(change))


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f}"


KIND = ReportKind("outcomes", build, DataCategory.UTILIZATION, meta_key="outcomes.title", needs_member=False)
