"""Spanish: the main screens — Today, Caseload, a member chart with every tab and its dialogs, New
referral, Settings — show no untranslated string; the services' validation messages read in Spanish;
the translation file is complete and keeps every placeholder and mnemonic.

The screens are built twice, in Spanish and in English, from the same demo caseload; each text is keyed
by where it sits (widget path + property), and a Spanish text equal to its English one is untranslated
unless it is the same in both languages by nature (a number, "NPI", "Medi-Cal"). Member data is left
out: table cells and the chart's value labels. Cells are checked another way: none may be an English
label from the translation file.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.errors import ValidationError
from app.resources import resource_path
from app.services import clinical, fields, members
from ui.context import AppContext
from ui.i18n import install_translators, remove_translators
from ui.messages import describe, field_label
from ui.widgets import rule_text
from ui.widgets.dates import format_date
from ui.widgets.form import message_text

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = resource_path("translations", "carefield_es.ts")
TAG = re.compile(r"<[^>]+>")
PLACEHOLDER = re.compile(r"%(\d+|n)")
# The same in Spanish by nature: numbers, dates, punctuation, keys, names of programs and codes.
SAME_IN_BOTH = re.compile(r"^(|[\d\s%✓✗.,:;/()+\-–—·⚠…]*|Carefield|NPI|Fax|PCP|No|Plan|Total|ICD-10|HIPAA|"
                          r"Oral|Sublingual|Intramuscular|Nasal|Rectal|Verbal|[A-Z]{2}|[A-Z]\d\d(\.\w+)?|"
                          r"Medicare Advantage|Medi-Cal|Cal MediConnect|PCP: .*|F\d+|Ctrl\+.*|Alt\+.*)$")
MAX_CELL_ROWS = 40


# ---- the translation file ----------------------------------------------------------------------------


def ts_messages() -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        for message in context.iter("message"):
            if message.find("translation").get("type") not in ("vanished", "obsolete"):
                yield context.findtext("name") or "", message


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def mnemonics(text: str) -> int:
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


def test_every_message_is_translated_and_keeps_placeholders_and_mnemonics() -> None:
    messages = list(ts_messages())
    assert len(messages) > 800
    for context, message in messages:
        source = message.findtext("source")
        assert context, f"lupdate could not tell the context of {source!r}: call self.tr(\"…\") or " \
                        "QCoreApplication.translate(\"Context\", \"…\") with literal strings"
        assert message.find("translation").get("type") is None, (context, source)
        for text in translations(message):
            assert text, (context, source)
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (context, source)
            assert mnemonics(text) == mnemonics(source), (context, source)


def english_labels() -> set[str]:
    """English texts a table cell could show if a label escaped translation (not those Spanish keeps)."""
    out = set()
    for _context, message in ts_messages():
        source = message.findtext("source")
        if "%" not in source and source not in translations(message) and len(source) > 1:
            out.add(source.replace("&", ""))
    return out


# ---- the services' validation messages ----------------------------------------------------------------


@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    translators = install_translators(qapp, "es")
    yield
    remove_translators(translators)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def raised(spec: dict, values: dict) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        fields.clean(spec, values, partial=True)
    return caught.value


def test_a_date_of_birth_in_the_future_and_a_bad_phone_read_in_spanish(spanish) -> None:
    future = raised(members.SPEC, {"dob": date.today() + timedelta(days=3)})
    assert describe(future) == "Revise “Fecha de nacimiento”: no puede ser una fecha futura"
    assert message_text(future) == "No puede ser una fecha futura"
    phone = raised(members.SPEC, {"phone_primary": "555-0142"})
    assert describe(phone) == "Revise “Teléfono”: debe tener 10 dígitos (código de área y número)"
    too_long = raised(members.SPEC, {"city": "x" * 101})
    assert describe(too_long) == "Revise “Ciudad”: debe tener como máximo 100 caracteres"
    before = ValidationError("stopped_on", "cannot be before started on")
    assert describe(before) == "Revise “Fecha de suspensión”: no puede ser anterior a “Fecha de inicio”"
    early = raised(members.SPEC, {"identified_on": date(1999, 12, 31)})
    assert message_text(early) == "Debe ser el 1/1/2000 o posterior"


def test_the_referral_form_shows_its_field_errors_in_spanish(spanish, qapp) -> None:
    from ui.referral.form import ReferralForm

    form = ReferralForm()
    form.editor("dob").setText(format_date(date.today() + timedelta(days=40)))
    form.editor("phone_primary").setText("555-0142")
    form.report_field_errors(partial=True)
    errors = form.visible_errors()
    assert errors["dob"] == "⚠ No puede ser una fecha futura"
    assert errors["phone_primary"] == "⚠ Debe tener 10 dígitos (código de área y número)"


def test_english_stays_as_the_services_say_it(qapp) -> None:
    assert describe(raised(members.SPEC, {"dob": date.today() + timedelta(days=3)})) == \
        "Please check “Date of birth”: cannot be in the future"
    assert rule_text.rule_text("a rule no table knows") == "a rule no table knows"


def service_messages() -> Iterator[tuple[str, str]]:
    """Every literal message the services raise: ValidationError(field, "…"), ValueError("…")."""
    files = [*sorted((ROOT / "app" / "services").glob("*.py")), ROOT / "app" / "store" / "passphrase.py"]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args:
                name = node.func.id
                if name in ("ValidationError", "DuplicateMember") and len(node.args) >= 2:
                    arg = node.args[1]
                elif name == "ValueError":
                    arg = node.args[0]
                else:
                    continue
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    yield path.name, arg.value
            elif isinstance(node, ast.Assign) and path.name == "passphrase.py" \
                    and isinstance(node.value, ast.Constant) and str(node.value.value).endswith("."):
                yield path.name, node.value.value


def test_every_service_message_and_field_has_a_spanish_text(spanish) -> None:
    found = list(service_messages())
    assert len(found) > 30
    untranslated = {(where, text) for where, text in found if rule_text.rule_text(text) == text}
    assert not untranslated
    examples = ["must be at most 200 characters", "must be one of: high, medium, low",
                "must be on or after 1900-01-01", "must be between 0 and 27", "cannot be before admitted on",
                "2 active medication(s) were not reviewed"]
    assert all(rule_text.rule_text(text) != text for text in examples)
    kinds = (clinical.conditions, clinical.medications, clinical.allergies, clinical.utilization,
             clinical.consents)
    specs = [members.SPEC, *(kind.spec for kind in kinds)]
    from app.services import people

    specs += [people.contacts.spec, people.care_team.spec]
    names = {name for spec in specs for name in spec}
    assert names <= rule_text.FIELD_LABELS.keys()
    same = {name for name in names if field_label(name) == rule_text.FIELD_LABELS[name]}
    assert same == {"npi", "fax"}


def test_each_rule_without_values_matches_its_own_template() -> None:
    """The English template and the pattern say the same thing (a guard against one drifting)."""
    for rule in rule_text.RULES:
        if not rule.convert:
            assert rule.pattern.match(rule.template), rule.template


# ---- the screens -----------------------------------------------------------------------------------------


def wait_until(done: Callable[[], bool], timeout: float = 20.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, "the screen did not finish loading"
        QApplication.processEvents()
        time.sleep(0.005)
    QApplication.processEvents()


def path_of(widget: QWidget, root: QWidget) -> str:
    """Where a widget sits under its window: class and index among same-class siblings, root first."""
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None and current is not root:
        parent = current.parentWidget()
        siblings = [c for c in (parent.children() if parent else []) if type(c) is type(current)]
        parts.append(f"{type(current).__name__}[{siblings.index(current) if siblings else 0}]")
        current = parent
    return "/".join(reversed(parts))


def in_combo(widget: QWidget) -> bool:
    """A combo box's popup list: its items are collected with the combo."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


class Texts:
    """What a window shows or announces: keyed texts (compared across languages) and table cells."""

    def __init__(self) -> None:
        self.keyed: dict[str, str] = {}
        self.cells: list[str] = []

    def add(self, key: str, text: str) -> None:
        self.keyed[key] = TAG.sub("", text or "")

    def collect(self, root: QWidget, data_widgets: set[int]) -> None:
        for widget in [root, *root.findChildren(QWidget)]:
            if id(widget) in data_widgets:
                continue
            where = f"{root.objectName() or type(root).__name__}/{path_of(widget, root)}"
            self._widget(where, widget)

    def _widget(self, where: str, widget: QWidget) -> None:
        self.add(where + ":title", widget.windowTitle())
        self.add(where + ":name", widget.accessibleName())
        self.add(where + ":description", widget.accessibleDescription())
        self.add(where + ":tooltip", widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            self.add(where + ":text", widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            self.add(where + ":placeholder", widget.placeholderText())
        if isinstance(widget, QGroupBox):
            self.add(where + ":group", widget.title())
        if isinstance(widget, QSpinBox):
            self.add(where + ":suffix", widget.suffix())
        if isinstance(widget, QAbstractSpinBox):
            self.add(where + ":special", widget.specialValueText())
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                self.add(f"{where}:item{i}", widget.itemText(i))
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                self.add(f"{where}:tab{i}", widget.tabText(i))
                self.add(f"{where}:tabtip{i}", widget.tabToolTip(i))
        for i, action in enumerate(widget.actions()):
            self.add(f"{where}:action{i}", action.text())
            self.add(f"{where}:actiontip{i}", action.toolTip())
            self.add(f"{where}:actionstatus{i}", action.statusTip())
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) \
                and not in_combo(widget) and widget.model() is not None:
            self._view(where, widget)

    def _view(self, where: str, view: QAbstractItemView) -> None:
        model = view.model()
        columns, rows = 1 if isinstance(view, QListView) else model.columnCount(), model.rowCount()
        for section in range(columns):
            for role, name in ((Qt.ItemDataRole.DisplayRole, "header"), (Qt.ItemDataRole.ToolTipRole, "tip")):
                header = model.headerData(section, Qt.Orientation.Horizontal, role)
                self.add(f"{where}:{name}{section}", str(header or ""))
        for row in range(min(rows, MAX_CELL_ROWS)):
            for column in range(columns):
                index = model.index(row, column)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        self.cells.append(value)
        if view.objectName() == "navigation":  # the screens' names, not data
            for row in range(rows):
                self.add(f"{where}:row{row}", str(model.index(row, 0).data()).strip())


@pytest.fixture
def demo_ctx(qapp, store, actor, data_dir) -> Iterator[AppContext]:
    from app import demo

    demo.generate(store, actor, members=20, seed=3)
    context = AppContext(data_dir)
    context.attach(store)
    yield context
    context.detach()
    context.shutdown()


def richest_member(ctx: AppContext) -> str:
    """The member with the most records, so every tab has rows."""
    with ctx.store.transaction(ctx.actor) as s:
        rows = members.caseload(s)
        counts = {row.id: sum(len(kind.list_for(s, row.id)) for kind in (
            clinical.conditions, clinical.medications, clinical.allergies, clinical.utilization,
            clinical.consents)) for row in rows}
    return max(counts, key=counts.__getitem__)


def build_screens(ctx: AppContext, member_id: str, settings_file: Path) -> Texts:
    """Today, Caseload, the chart (every tab) and its dialogs, New referral and Settings, as shown."""
    from ui.chart.dialogs import member_dialog, record_dialog, stop_medication_dialog
    from ui.chart.forms import FORMS
    from ui.referral.dialog import ReferralDialog
    from ui.settings.dialog import SettingsDialog
    from ui.settings.prefs import Prefs
    from ui.shell.window import MainWindow, Page

    texts = Texts()
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    try:
        wait_until(lambda: window.caseload.model.rowCount() > 0)
        window.show_page(Page.TODAY)
        wait_until(lambda: bool(window.today.title.text()))
        window.show_page(Page.CASELOAD)
        window.open_chart(member_id)
        chart = window.charts.charts()[0]
        wait_until(lambda: chart.data is not None)
        for index in range(chart.tabs.count()):
            chart.tabs.setCurrentIndex(index)
            QApplication.processEvents()
        data_widgets = {id(label) for label, _getter in chart.overview.values}
        data_widgets |= {id(chart.banner.name), id(chart.banner.pronouns), id(window.charts.tabBar()),
                         id(window.reports.nurse)}  # the nurses' user names
        texts.collect(window, data_widgets)

        dialogs: list[QWidget] = [ReferralDialog(ctx, window)]
        prefs = Prefs(QSettings(str(settings_file), QSettings.Format.IniFormat))
        settings = SettingsDialog(prefs, ctx, window)
        dialogs.append(settings)
        dialogs += [record_dialog(ctx, window, part, member_id) for part in ["conditions", *FORMS]]
        dialogs.append(member_dialog(ctx, window, chart.data.member))
        active = [m for m in chart.data.medications if m.status != "stopped"]
        if active:
            dialogs.append(stop_medication_dialog(ctx, window, active[0]))
        for dialog in dialogs:
            dialog.setObjectName(dialog.objectName() or type(dialog).__name__ + str(dialogs.index(dialog)))
            texts.collect(dialog, {id(settings.language)})  # each language in its own name, by design
        for dialog in dialogs:
            dialog.deleteLater()
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    return texts


@pytest.fixture
def screens(qapp, demo_ctx: AppContext, tmp_path: Path) -> tuple[Texts, Texts]:
    """The screens in Spanish, then (translators removed) in English."""
    member_id = richest_member(demo_ctx)
    translators = install_translators(qapp, "es")
    try:
        spanish_texts = build_screens(demo_ctx, member_id, tmp_path / "carefield.ini")
    finally:
        remove_translators(translators)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    english_texts = build_screens(demo_ctx, member_id, tmp_path / "carefield.ini")
    return spanish_texts, english_texts


def untranslated(spanish_texts: Texts, english_texts: Texts) -> set[tuple[str, str]]:
    return {
        (key, english) for key, english in english_texts.keyed.items()
        if spanish_texts.keyed.get(key) == english
        and not SAME_IN_BOTH.match(english.replace("&", "").strip())
    }


def english_in_cells(spanish_texts: Texts) -> set[str]:
    labels = english_labels()
    pieces = {piece.strip() for cell in spanish_texts.cells for piece in re.split(r" · |, |\n", cell)}
    return {piece for piece in pieces if piece in labels}


def test_main_screens_show_no_untranslated_string(screens: tuple[Texts, Texts]) -> None:
    spanish_texts, english_texts = screens
    assert len(english_texts.keyed) > 1000 and len(spanish_texts.cells) > 200
    missed = untranslated(spanish_texts, english_texts)
    assert not missed, "\n".join(f"{key}: {text!r}" for key, text in sorted(missed))
    assert not english_in_cells(spanish_texts)


def test_the_check_catches_an_untranslated_string(screens: tuple[Texts, Texts]) -> None:
    """The comparison is not vacuous: a string left in English is reported, in a label and in a cell."""
    spanish_texts, english_texts = screens
    key = next(k for k, v in english_texts.keyed.items() if v == "Reaching them")
    spanish_texts.keyed[key] = "Reaching them"
    assert untranslated(spanish_texts, english_texts) == {(key, "Reaching them")}
    spanish_texts.cells.append("Unable to reach")
    assert english_in_cells(spanish_texts) == {"Unable to reach"}


def test_english_is_back_after_the_spanish_screens(screens) -> None:
    assert QCoreApplication.translate("MainWindow", "Caseload") == "Caseload"
    assert QLocale().language() == QLocale.Language.English
