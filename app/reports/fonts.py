"""The embedded report typeface: DejaVu Sans, bundled under resources/fonts (its licence beside it).

The PDF base-14 fonts only cover Latin-1 through WinAnsi tricks and are not embedded; a TrueType font
carries every accent Spanish needs and prints the same on every reader.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", OBLIQUE: "DejaVuSans-Oblique.ttf"}


def register() -> None:
    """Register the three faces once per process; ``<b>`` and ``<i>`` in paragraphs map onto them."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, OBLIQUE), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, face)
