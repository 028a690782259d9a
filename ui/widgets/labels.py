"""Human, translatable labels for the stored enum values (the database keeps "unable_to_reach";
the nurse reads "Unable to reach").

Maps are keyed by enum class, then value: StrEnum members of different enums compare equal when
their values match ("active"), so one flat dict would mix them up.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication, QLocale

from ui.widgets.label_texts import LABELS, LANGUAGE_NAMES, SHORT

_C = "Labels"  # the context of every text in label_texts.py

# Languages a California caseload meets most; any other BCP-47 code can be typed.
COMMON_LANGUAGES = ("en", "es", "zh", "vi", "tl", "ko", "ru", "hy", "fa", "ar", "km", "pa", "pt", "ja")


def label(value: enum.StrEnum | None, enum_cls: type[enum.StrEnum] | None = None) -> str:
    """The translated label of a stored value; unknown values fall back to a readable form."""
    if value is None or value == "":
        return ""
    cls = enum_cls or type(value)
    text = LABELS.get(cls, {}).get(str(value))  # type: ignore[arg-type]
    if text is None:
        return str(value).replace("_", " ").capitalize()
    return QCoreApplication.translate(_C, text)


def short_label(value: enum.StrEnum | None, enum_cls: type[enum.StrEnum] | None = None) -> str:
    """A compact label for table cells where one exists, else the usual label."""
    if value is None or value == "":
        return ""
    text = SHORT.get(enum_cls or type(value), {}).get(str(value))
    return QCoreApplication.translate(_C, text) if text else label(value, enum_cls)


def choices(enum_cls: type[enum.StrEnum]) -> list[tuple[str, str]]:
    """(value, label) pairs in the enum's own order, for combo boxes."""
    return [(member.value, label(member, enum_cls)) for member in enum_cls]


def language_name(code: str) -> str:
    """"es" → "Spanish" in the UI's language (Qt's English name for a less common language), else the
    code itself."""
    if not code:
        return ""
    primary = code.split("-")[0].lower()
    if primary in LANGUAGE_NAMES:
        return QCoreApplication.translate("Languages", LANGUAGE_NAMES[primary])
    language = QLocale(code).language()
    if language == QLocale.Language.C:
        return code
    return QLocale.languageToString(language)
