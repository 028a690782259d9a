"""Light and dark palettes on the Fusion style, and the text size.

Every text/background pair below keeps a contrast of at least 4.5:1 (WCAG AA); tests check it.
Loaded before the first window paints, so the ``Qt`` namespace is not touched at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

LIGHT = {
    Role.Window: "#f3f4f6", Role.WindowText: "#1b1f24", Role.Base: "#ffffff", Role.AlternateBase: "#eef1f4",
    Role.Text: "#1b1f24", Role.Button: "#e6e9ed", Role.ButtonText: "#1b1f24", Role.BrightText: "#ffffff",
    Role.Highlight: "#1d5aa3", Role.HighlightedText: "#ffffff", Role.Link: "#0b4fb3",
    Role.LinkVisited: "#5b2d9e", Role.ToolTipBase: "#fffbe6", Role.ToolTipText: "#1b1f24",
    Role.PlaceholderText: "#5c636b", Role.Light: "#ffffff", Role.Midlight: "#eceef1", Role.Mid: "#b8bdc4",
    Role.Dark: "#8a9099", Role.Shadow: "#5c636b",
}
# Dark fields are lighter than the window: Fusion fills check boxes and radio buttons with Base, and a Base
# darker than the window made them all but invisible.
DARK = {
    Role.Window: "#1f2227", Role.WindowText: "#e8eaed", Role.Base: "#2f343c", Role.AlternateBase: "#363b44",
    Role.Text: "#e8eaed", Role.Button: "#3a3f48", Role.ButtonText: "#e8eaed", Role.BrightText: "#ffffff",
    Role.Highlight: "#2a66b0", Role.HighlightedText: "#ffffff", Role.Link: "#8ab4f8",
    Role.LinkVisited: "#c58af9", Role.ToolTipBase: "#2f343c", Role.ToolTipText: "#e8eaed",
    Role.PlaceholderText: "#a9afb6", Role.Light: "#4a505a", Role.Midlight: "#40464f", Role.Mid: "#555c66",
    Role.Dark: "#121417", Role.Shadow: "#000000",
}
DISABLED_TEXT = {"light": "#767c84", "dark": "#8b9199"}
WARNING_TEXT = {"light": "#a4262c", "dark": "#ff9c94"}
SUCCESS_TEXT = {"light": "#1d6b2f", "dark": "#86dc9a"}
TEXT_PAIRS = (
    (Role.WindowText, Role.Window), (Role.Text, Role.Base), (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight), (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base), (Role.Link, Role.Base), (Role.Text, Role.AlternateBase),
)
_BASE_POINT_SIZE = "carefield_base_point_size"
_SYSTEM_DARK = "carefield_system_dark"

if TYPE_CHECKING:
    from PySide6.QtCore import Qt


def palette(scheme: str) -> QPalette:
    """The palette for ``"light"`` or ``"dark"``."""
    pal = QPalette()
    for role, color in (DARK if scheme == "dark" else LIGHT).items():
        pal.setColor(role, QColor(color))
    disabled = QColor(DISABLED_TEXT["dark" if scheme == "dark" else "light"])
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        pal.setColor(Group.Disabled, role, disabled)
    return pal


def resolved_scheme(theme: str) -> str:
    """``"light"`` or ``"dark"``; ``"system"`` follows the desktop's colour scheme (light if unknown)."""
    if theme in ("light", "dark"):
        return theme
    return "dark" if system_is_dark() else "light"


def system_is_dark() -> bool:
    """Whether the desktop is in dark mode, read from the platform palette before ours replaces it.

    Read once and remembered; ThemeFollower updates it when the desktop switches.
    """
    app = QGuiApplication.instance()
    known = app.property(_SYSTEM_DARK)
    if known is None:
        known = QGuiApplication.palette().color(Role.Window).lightness() < 128
        app.setProperty(_SYSTEM_DARK, known)
    return bool(known)


def current_scheme() -> str:
    window = QApplication.palette().color(Role.Window)
    return "dark" if window.lightness() < 128 else "light"


def warning_color() -> str:
    return WARNING_TEXT[current_scheme()]


def success_color() -> str:
    return SUCCESS_TEXT[current_scheme()]


FUSION_SET = "carefield_fusion"  # application property: the Fusion style is in place


def apply_theme(app: QApplication, theme: str) -> None:
    if not app.property(FUSION_SET):  # ui.main starts Qt with "-style fusion" (see make_application)
        app.setStyle("Fusion")
        app.setProperty(FUSION_SET, True)
    app.setPalette(palette(resolved_scheme(theme)))


def apply_text_scale(app: QApplication, percent: int) -> None:
    """Scale the application font from the platform default remembered at the first call."""
    base = app.property(_BASE_POINT_SIZE)
    if base is None and percent == 100:
        return  # nothing to scale yet: spare the start-up a font change
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty(_BASE_POINT_SIZE, base)
    font = app.font()
    font.setPointSizeF(float(base) * percent / 100.0)
    app.setFont(font)


class ThemeFollower(QObject):
    """Re-applies the palette when the desktop switches light/dark while the theme is "system"."""

    def __init__(self, app: QApplication, theme: str) -> None:
        super().__init__(app)
        self.app, self.theme = app, theme
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    def set_theme(self, theme: str) -> None:
        self.theme = theme
        apply_theme(self.app, theme)

    def _scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        from PySide6.QtCore import Qt

        if scheme != Qt.ColorScheme.Unknown:
            self.app.setProperty(_SYSTEM_DARK, scheme == Qt.ColorScheme.Dark)
        if self.theme == "system":
            apply_theme(self.app, "system")


def relative_luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
