"""``assessment``: one instrument's history for the member, a trend chart of totals and a table of results.

Without ``instrument_id``, the instrument the member completed most recently.
"""

from __future__ import annotations

from app.model.enums import DataCategory
from app.reports import member_data
from app.reports.base import ReportKind, ReportRequest
from app.reports.layout import ReportDoc
from app.reports.messages import day, t
from app.services import assessments


def build(req: ReportRequest) -> ReportDoc:
    lang, view = req.lang, member_data.member(req)
    doc = member_data.document(req, view, "assessment.title")
    instrument = req.options.get("instrument_id") or _default(req)
    if instrument is None:
        doc.paragraph(t(lang, "assessment.none"))
        return doc
    title = member_data.instrument_title(lang, str(instrument))
    points = assessments.history(req.session, view.id, str(instrument))
    doc.heading(title)
    if not points:
        doc.paragraph(t(lang, "assessment.none"))
        return doc
    scored = [p for p in points if p.total is not None]
    if len(scored) >= 2:
        doc.line_chart([_short(lang, p.completed_at) for p in scored], [float(p.total or 0) for p in scored],
                       caption=t(lang, "assessment.trend"))
    doc.table([t(lang, "assessment.completed"), t(lang, "assessment.total"), t(lang, "assessment.band"),
               t(lang, "assessment.change"), t(lang, "assessment.flags")],
              [[day(lang, p.completed_at), "" if p.total is None else str(p.total), p.band,
                "" if p.change is None else f"{p.change:+d}", ", ".join(f.replace("_", " ") for f in p.flags)]
               for p in reversed(points)], widths=[0.24, 0.1, 0.24, 0.12, 0.3])
    return doc


def _default(req: ReportRequest) -> str | None:
    """The instrument done most recently, preferring one with a score to trend."""
    done = member_data.last_scores(req)
    scored = [i for i, p in done if p.total is not None]
    return (scored or [i for i, _ in done] or [None])[0]


def _short(lang: str, moment: object) -> str:
    return f"{moment:%d/%m/%y}" if lang == "es" else f"{moment:%m/%d/%y}"


KIND = ReportKind("assessment", build, DataCategory.ASSESSMENTS, meta_key="assessment.title",
                  options=("instrument_id",))
