"""The nurse's preferences, kept in QSettings. Not PHI: never put member data, names or secrets here."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, QSettings, Signal

ORGANIZATION = "Carefield"
APPLICATION = "Carefield"

LANGUAGES = ("en", "es")
THEMES = ("system", "light", "dark")
IDLE_MINUTES_RANGE = (1, 60)
TEXT_SCALE_RANGE = (90, 150)  # percent of the platform's default font size
DEFAULT_IDLE_MINUTES = 15
DEFAULT_THEME = "system"
DEFAULT_TEXT_SCALE = 100


def _clamp(value: int, bounds: tuple[int, int]) -> int:
    return max(bounds[0], min(bounds[1], value))


def _as_int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


def system_language() -> str:
    # By name, not QLocale.Language: that enum has ~350 members and costs milliseconds at start-up.
    return "es" if QLocale.system().name().startswith("es") else "en"


class Prefs(QObject):
    """Typed access to QSettings with defaults and bounds; a damaged value reads as its default."""

    prefs_did_change = Signal()

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings(ORGANIZATION, APPLICATION)

    @property
    def idle_minutes(self) -> int:
        raw = self.settings.value("lock/idle_minutes", DEFAULT_IDLE_MINUTES)
        return _clamp(_as_int(raw, DEFAULT_IDLE_MINUTES), IDLE_MINUTES_RANGE)

    @property
    def language(self) -> str:
        raw = str(self.settings.value("ui/language", "") or "")
        return raw if raw in LANGUAGES else system_language()

    @property
    def theme(self) -> str:
        raw = str(self.settings.value("ui/theme", DEFAULT_THEME) or "")
        return raw if raw in THEMES else DEFAULT_THEME

    @property
    def text_scale(self) -> int:
        raw = self.settings.value("ui/text_scale", DEFAULT_TEXT_SCALE)
        return _clamp(_as_int(raw, DEFAULT_TEXT_SCALE), TEXT_SCALE_RANGE)

    def update(self, *, idle_minutes: int | None = None, language: str | None = None,
               theme: str | None = None, text_scale: int | None = None) -> None:
        """Write the given values (bounded) and announce the change once."""
        if idle_minutes is not None:
            self.settings.setValue("lock/idle_minutes", _clamp(idle_minutes, IDLE_MINUTES_RANGE))
        if language is not None and language in LANGUAGES:
            self.settings.setValue("ui/language", language)
        if theme is not None and theme in THEMES:
            self.settings.setValue("ui/theme", theme)
        if text_scale is not None:
            self.settings.setValue("ui/text_scale", _clamp(text_scale, TEXT_SCALE_RANGE))
        self.settings.sync()
        self.prefs_did_change.emit()
