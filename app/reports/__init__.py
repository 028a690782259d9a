"""Printed reports (PDF, reportlab): the framework and the report kinds built on it.

Rendering::

    from app.reports.kinds import KINDS, export, render
    pdf = render(session, actor, "careplan", member_id=mid, lang="es", large_print=True, password=None)
    export(session, actor, "outreach-log", Path("log.pdf"), member_id=mid)

Both audit (PRINT / EXPORT, the kind's DataCategory, the member, details {"report": kind, ...} — no PHI).
PDFs are made in memory; ``password`` encrypts them with AES-256 (pypdf). Metadata names the kind of
report only.

Writing a report kind (a module listed in ``kinds._MODULES``)::

    from app.reports.base import ReportKind, ReportRequest
    from app.reports.layout import MemberHeader, ReportDoc
    from app.reports.messages import day, label, t

    def build(req: ReportRequest) -> ReportDoc:
        doc = ReportDoc(t(req.lang, "x.title"), lang=req.lang, large_print=req.large_print,
                        member=None,   # or MemberHeader(name, dob): the page header names the member
                        meta_title=t(req.lang, "x.title"), printed_on=req.today)
        doc.heading(...); doc.paragraph(...); doc.key_values([...]); doc.table(header, rows, widths)
        doc.line_chart(labels, values); doc.bar_chart(labels, [series...], legend=[...])
        return doc

    KIND = ReportKind("x", build, DataCategory.CHART, meta_key="x.title", needs_member=False,
                      options=("period_start",))

Modules: ``layout`` (ReportDoc, page frame, blocks), ``charts``, ``fonts`` (embedded DejaVu Sans from
resources/fonts), ``messages`` (every printed word, English and Spanish, enum labels, dates), ``base``
(ReportKind, ReportRequest), ``kinds`` (registry, render, export, protect), ``member_data`` (what the
member-level reports share), and one module per report.
"""
