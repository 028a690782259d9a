"""``ReportDoc``: the page frame and building blocks every printed report shares.

A report module adds blocks in reading order (``heading``, ``paragraph``, ``bullets``, ``key_values``,
``table``, ``line_chart``, ``bar_chart``, ``signature_lines``) and ``to_pdf()`` returns the bytes. Every
page gets the same frame: a header naming the member (name and date of birth) or, for reports about a
caseload, the report title; a footer with the confidentiality line and "Page X of Y". Text a nurse typed
is escaped, never read as markup. The PDF's own metadata names only the kind of report (file managers
and mail previews show it), never the member.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.reports import fonts
from app.reports.messages import day, t

BASE_SIZE = 10.0
LARGE_PRINT_SIZE = 15.0
MARGIN = 0.75 * inch
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#e8eef4")
ACCENT = colors.HexColor("#1f4e79")


@dataclass(frozen=True, slots=True)
class MemberHeader:
    """Who the pages are about; printed at the top of every page."""

    name: str
    dob: date


def text(value: object) -> str:
    """Typed text made safe for a Paragraph: markup escaped, line breaks kept."""
    return escape(str(value)).replace("\r\n", "\n").replace("\n", "<br/>")


class ReportDoc:
    """One printed document. Not thread-safe; build, call ``to_pdf()`` once, drop it."""

    def __init__(self, title: str, *, lang: str = "en", large_print: bool = False,
                 member: MemberHeader | None = None, meta_title: str = "", printed_on: date | None = None
                 ) -> None:
        fonts.register()
        self.title, self.lang, self.large_print, self.member = title, lang, large_print, member
        self.meta_title = meta_title or title
        self.printed_on = printed_on or date.today()
        self.size = LARGE_PRINT_SIZE if large_print else BASE_SIZE
        self.styles = _styles(self.size)
        self.story: list[Flowable] = []

    @property
    def width(self) -> float:
        """The width of the text column, in points."""
        return LETTER[0] - 2 * MARGIN

    # Blocks --------------------------------------------------------------------------------------------

    def heading(self, words: str, level: int = 1) -> None:
        """A section heading; it never sits alone at the bottom of a page."""
        self.story.append(CondPageBreak(self.size * 10))  # room for the heading and a few lines under it
        self.story.append(Paragraph(text(words), self.styles[f"h{min(max(level, 0), 3)}"]))

    def paragraph(self, words: str, style: str = "body", *, markup: bool = False) -> None:
        """A paragraph of ``body``, ``small``, ``muted`` or ``strong`` text; ``markup`` for trusted tags."""
        if words:
            self.story.append(Paragraph(words if markup else text(words), self.styles[style]))

    def bullets(self, items: Sequence[str]) -> None:
        if items:
            self.story.append(ListFlowable(
                [ListItem(Paragraph(text(i), self.styles["body"]), leftIndent=self.size * 1.4)
                 for i in items],
                bulletType="bullet", bulletFontName=fonts.REGULAR, bulletFontSize=self.size,
                leftIndent=self.size * 1.4))

    def key_values(self, pairs: Sequence[tuple[str, str]], *, label_share: float = 0.32) -> None:
        """Label / value lines (pairs with an empty value are left out)."""
        rows = [[Paragraph(text(k), self.styles["label"]), Paragraph(text(v), self.styles["body"])]
                for k, v in pairs if v]
        if rows:
            widths = [self.width * label_share, self.width * (1 - label_share)]
            table = Table(rows, colWidths=widths, hAlign="LEFT")
            table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), self.size * 0.25)]))
            self.story.append(table)
            self.spacer(0.4)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]],
              widths: Sequence[float] | None = None) -> None:
        """A table that splits between rows across pages, repeating its header row on each page.

        ``widths`` are shares of the text column (they are scaled to add up to one)."""
        if not rows:
            return
        shares = list(widths) if widths else [1.0] * len(header)
        col_widths = [self.width * s / sum(shares) for s in shares]
        cells = [[Paragraph(text(h), self.styles["cell_head"]) for h in header]]
        cells += [[Paragraph(text(c), self.styles["cell"]) for c in row] for row in rows]
        table = Table(cells, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), self.size * 0.25),
            ("BOTTOMPADDING", (0, 0), (-1, -1), self.size * 0.35),
        ]))
        self.story.append(table)
        self.spacer(0.6)

    def line_chart(self, labels: Sequence[str], values: Sequence[float], *, caption: str = "",
                   y_max: float | None = None) -> None:
        """A trend: one line over ``labels`` (dates, oldest first)."""
        from app.reports.charts import line_chart

        if values:
            self._figure(line_chart(labels, values, self.width, self.size, y_max=y_max), caption)

    def bar_chart(self, labels: Sequence[str], series: Sequence[Sequence[float]], *, caption: str = "",
                  legend: Sequence[str] = ()) -> None:
        """Grouped bars: one group per label, one bar per series (``legend`` names the series)."""
        from app.reports.charts import bar_chart

        if series and any(series):
            self._figure(bar_chart(labels, series, self.width, self.size, legend=legend), caption)

    def _figure(self, drawing: Flowable, caption: str) -> None:
        parts: list[Flowable] = [drawing]
        if caption:
            parts.append(Paragraph(text(caption), self.styles["muted"]))
        self.story.append(KeepTogether(parts))

    def image(self, png: bytes, width: float, height: float) -> None:
        self.story.append(Image(BytesIO(png), width=width, height=height, kind="proportional", hAlign="LEFT"))

    def signature_lines(self, lines: Sequence[tuple[str, bytes | None]]) -> None:
        """A line per signer ("Name ____ Date ____"); a stored e-signature image sits above its line."""
        for caption, png in lines:
            parts: list[Flowable] = [Spacer(1, self.size * 1.6)]
            if png:
                parts.append(Image(BytesIO(png), width=2.4 * inch, height=0.7 * inch, kind="proportional",
                                   hAlign="LEFT"))
            rule = Table([["", "", ""], [Paragraph(text(caption), self.styles["small"]), "",
                                         Paragraph(text(t(self.lang, "date_line")), self.styles["small"])]],
                         colWidths=[self.width * 0.6, self.width * 0.08, self.width * 0.32], hAlign="LEFT")
            rule.setStyle(TableStyle([("LINEABOVE", (0, 1), (0, 1), 0.8, INK),
                                      ("LINEABOVE", (2, 1), (2, 1), 0.8, INK),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            parts.append(rule)
            self.story.append(KeepTogether(parts))

    def spacer(self, lines: float = 1.0) -> None:
        self.story.append(Spacer(1, self.size * lines))

    def keep_together(self, build: Callable[[], None]) -> None:
        """Blocks added by ``build`` stay on one page when they fit on one."""
        start = len(self.story)
        build()
        block = self.story[start:]
        del self.story[start:]
        self.story.append(KeepTogether(block))

    # Output --------------------------------------------------------------------------------------------

    def to_pdf(self) -> bytes:
        buffer = BytesIO()
        top = MARGIN + self.size * 2.6
        template = SimpleDocTemplate(
            buffer, pagesize=LETTER, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=top,
            bottomMargin=MARGIN + self.size * 2.2, title=self.meta_title, author="Carefield",
            subject=self.meta_title, creator="Carefield", lang=self.lang)
        story = self.story or [Paragraph(text(t(self.lang, "none")), self.styles["body"])]
        template.build([Paragraph(text(self.title), self.styles["title"]), *story],
                       canvasmaker=_frame_canvas(self))
        return buffer.getvalue()

    def frame_lines(self) -> tuple[str, str]:
        """Header text (left, right) for every page."""
        if self.member is None:
            return self.title, t(self.lang, "printed_on", day=day(self.lang, self.printed_on))
        return self.member.name, t(self.lang, "dob", dob=day(self.lang, self.member.dob))


def _frame_canvas(doc: ReportDoc) -> Callable[..., Canvas]:
    """A canvas that holds pages back until the end, so each can say "Page X of Y"."""

    class FramedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _draw_frame(self, doc, number, total)
                super().showPage()
            super().save()

    return FramedCanvas


def _draw_frame(canvas: Canvas, doc: ReportDoc, page: int, pages: int) -> None:
    width, height = LETTER
    small = max(doc.size * 0.8, 8.0)
    left, right = doc.frame_lines()
    canvas.saveState()
    canvas.setFillColor(INK)
    canvas.setFont(fonts.BOLD, small)
    canvas.drawString(MARGIN, height - MARGIN, left)
    canvas.setFont(fonts.REGULAR, small)
    canvas.drawRightString(width - MARGIN, height - MARGIN, right)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, height - MARGIN - small * 0.6, width - MARGIN, height - MARGIN - small * 0.6)
    canvas.line(MARGIN, MARGIN + small * 1.4, width - MARGIN, MARGIN + small * 1.4)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN, MARGIN, t(doc.lang, "confidential"))
    canvas.drawRightString(width - MARGIN, MARGIN, t(doc.lang, "page", page=page, pages=pages))
    canvas.restoreState()


def _styles(size: float) -> dict[str, ParagraphStyle]:
    def style(name: str, scale: float = 1.0, font: str = fonts.REGULAR, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size * scale, leading=size * scale * 1.3,
                              textColor=kw.pop("textColor", INK), alignment=TA_LEFT, **kw)

    return {
        "title": style("title", 1.8, fonts.BOLD, textColor=ACCENT, spaceAfter=size * 0.8),
        "h0": style("h0", 1.5, fonts.BOLD, textColor=ACCENT, spaceBefore=size, spaceAfter=size * 0.4),
        "h1": style("h1", 1.3, fonts.BOLD, textColor=ACCENT, spaceBefore=size * 0.9, spaceAfter=size * 0.35),
        "h2": style("h2", 1.1, fonts.BOLD, spaceBefore=size * 0.6, spaceAfter=size * 0.25),
        "h3": style("h3", 1.0, fonts.BOLD, spaceBefore=size * 0.4, spaceAfter=size * 0.15),
        "body": style("body", spaceAfter=size * 0.35),
        "strong": style("strong", font=fonts.BOLD, spaceAfter=size * 0.35),
        "small": style("small", 0.85),
        "muted": style("muted", 0.9, fonts.OBLIQUE, textColor=MUTED, spaceAfter=size * 0.35),
        "label": style("label", font=fonts.BOLD),
        "cell": style("cell", 0.9),
        "cell_head": style("cell_head", 0.9, fonts.BOLD),
    }
