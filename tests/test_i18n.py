"""Spanish: the unlock screen and the first-run wizard show no untranslated string, the translations keep
their placeholders and mnemonics, and Qt's own buttons are translated too."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget, QWizard

from app.resources import resource_path
from ui.context import AppContext
from ui.i18n import arg, install_translators, remove_translators
from ui.login.first_run import FirstRunWizard
from ui.login.recovery import NewPassphrasePanel
from ui.login.unlock import UnlockWindow
from ui.main import parse_args

TS_FILE = resource_path("translations", "carefield_es.ts")
MY_CONTEXTS = {
    "ChangePassphrasePanel", "FirstRunWizard", "NewPassphraseForm", "NewPassphrasePanel",
    "PassphraseFeedback", "PassphrasePage", "PassphrasePanel", "PasswordField", "RecoveryCodePage",
    "RecoveryCodePanel", "SettingsDialog", "SetupPage", "UnlockWindow", "WelcomePage",
}
SAME_IN_BOTH = re.compile(r"^(|Carefield|[\d\s%✓✗.,:/()-]*|https?://\S+|X{4}(-X{4})+|/\S*)$")
TAG = re.compile(r"<[^>]+>")



def test_arg_fills_placeholders_once():
    assert arg("%1 of at least %2", 5, 12) == "5 of at least 12"
    assert arg("%1 and %2", "%2", "x") == "%2 and x"
    assert arg("%1 %3", "a") == "a %3"


def test_command_line_takes_a_language_and_a_data_folder():
    args = parse_args(["--lang", "es", "--data-dir", "/tmp/cf"])
    assert (args.lang, args.data_dir) == ("es", "/tmp/cf")


def my_messages() -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name")
        if name in MY_CONTEXTS:
            for message in context.iter("message"):
                if message.find("translation").get("type") not in ("vanished", "obsolete"):
                    yield name, message


def test_every_string_of_the_login_and_settings_screens_is_translated():
    messages = list(my_messages())
    assert len(messages) > 80
    for context, message in messages:
        source, translation = message.findtext("source"), message.find("translation")
        assert translation.get("type") is None and translation.text, (context, source)
        assert re.findall(r"%\d", source) == re.findall(r"%\d", translation.text), (context, source)
        assert ("&" in source) == ("&" in translation.text), (context, source)


def texts_of(window: QWidget) -> list[str]:
    """Everything the window can show or announce, in a fixed order."""
    widgets = [window, *window.findChildren(QWidget)]
    texts: list[str] = []
    for widget in widgets:
        texts += [widget.windowTitle(), widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(TAG.sub("", widget.text()))
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
    if isinstance(window, QWizard):
        for page_id in window.pageIds():
            page = window.page(page_id)
            texts += [page.title(), page.subTitle()]
    return texts


def build_screens(data_dir: Path) -> list[QWidget]:
    ctx = AppContext(data_dir)
    unlock = UnlockWindow(ctx)
    unlock.passphrase.recovery_button.click()  # builds the recovery-code panel
    new_passphrase = NewPassphrasePanel(ctx)
    wizard = FirstRunWizard(ctx)
    for page_id in wizard.pageIds():
        wizard.page(page_id).initializePage()
    for button in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                   QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
        wizard.button(button)
    return [unlock, new_passphrase, wizard]


@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    translators = install_translators(qapp, "es")
    yield
    remove_translators(translators)
    QLocale.setDefault(QLocale("en"))


def test_login_screens_show_no_untranslated_string(qapp, spanish, tmp_path):
    spanish_texts = [texts_of(w) for w in build_screens(tmp_path)]
    english_texts = _english(qapp, tmp_path)
    untranslated = {
        en for es_list, en_list in zip(spanish_texts, english_texts, strict=True)
        for es, en in zip(es_list, en_list, strict=True)
        if es == en and not SAME_IN_BOTH.match(en.strip())
    }
    assert not untranslated


def _english(qapp, tmp_path: Path) -> list[list[str]]:
    from PySide6.QtCore import QCoreApplication, QTranslator

    installed = qapp.findChildren(QTranslator)
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    try:
        return [texts_of(w) for w in build_screens(tmp_path)]
    finally:
        for translator in installed:
            QCoreApplication.installTranslator(translator)


def test_qt_buttons_are_translated_too(qapp, spanish, tmp_path):
    wizard = FirstRunWizard(AppContext(tmp_path))
    assert "Siguie&nte" in wizard.button(QWizard.WizardButton.NextButton).text()
