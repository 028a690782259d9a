"""Loading translations: Carefield's own (resources/translations/carefield_<lang>.qm) and Qt's (qtbase)."""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resource_path

log = logging.getLogger(__name__)

_PLACEHOLDER = re.compile(r"%(\d+)")
SOURCE_LANGUAGE = "en"
LANGUAGES = {"en": "English", "es": "Español"}  # each shown in its own language


def arg(template: str, *values: object) -> str:
    """Qt's ``QString.arg`` for PySide's plain ``str``: ``arg(self.tr("%1 of %2"), 3, 12)``.

    One pass, so a value that itself contains "%2" is not substituted again.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def translation_dir() -> str:
    return str(resource_path("translations"))


def _load(app: QCoreApplication, name: str, directory: str) -> QTranslator | None:
    translator = QTranslator(app)
    if not translator.load(name, directory):
        translator.deleteLater()
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language``; English is the source, so it needs none.

    Also sets the default QLocale, so numbers and dates follow the language.
    """
    if language not in LANGUAGES:
        log.warning("unknown language %r; using English", language)
        language = SOURCE_LANGUAGE
    QLocale.setDefault(QLocale(language))
    if language == SOURCE_LANGUAGE:
        return []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    found = [
        _load(app, f"qtbase_{language}", qt_dir),
        _load(app, f"carefield_{language}", translation_dir()),
    ]
    if found[1] is None:
        log.warning("no Carefield translation for %s", language)
    return [t for t in found if t is not None]


def remove_translators(translators: list[QTranslator]) -> None:
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
