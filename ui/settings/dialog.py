"""The Settings dialog: idle lock, language, theme, text size, the passphrase, and the sync server
(``ui/settings/server.py``: connecting, the CA bundle, the testing-only plain-http switch).

Preferences are saved to QSettings when the nurse presses OK; the passphrase changes at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.i18n import LANGUAGES
from ui.login.common import small_print
from ui.settings.passphrase import ChangePassphrasePanel
from ui.settings.prefs import IDLE_MINUTES_RANGE, TEXT_SCALE_RANGE, Prefs
from ui.settings.security import SecurityPanel
from ui.settings.server import ServerPanel


class SettingsDialog(QDialog):
    def __init__(self, prefs: Prefs, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_tab(), self.tr("&General"))
        self.passphrase_panel = ChangePassphrasePanel(ctx, self)
        self.tabs.addTab(self.passphrase_panel, self.tr("&Passphrase"))
        self.security_panel = SecurityPanel(ctx, self)
        self.tabs.addTab(self.security_panel, self.tr("Securit&y"))
        self.server_panel = ServerPanel(ctx, self)
        self.connect_button = self.server_panel.connect_button
        self.tabs.addTab(self.server_panel, self.tr("&Server"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.tabs)
        column.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _general_tab(self) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout(tab)
        self.idle_minutes = QSpinBox(tab)
        self.idle_minutes.setRange(*IDLE_MINUTES_RANGE)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(self.prefs.idle_minutes)
        self.language = QComboBox(tab)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.prefs.language)))
        self.language_note = small_print(self.tr("A new language takes effect the next time you open "
                                                 "Carefield."), tab)
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.theme = QComboBox(tab)
        for code, name in (("system", self.tr("Same as the system")), ("light", self.tr("Light")),
                           ("dark", self.tr("Dark"))):
            self.theme.addItem(name, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(self.prefs.theme)))
        self.text_scale = QSpinBox(tab)
        self.text_scale.setRange(*TEXT_SCALE_RANGE)
        self.text_scale.setSingleStep(10)
        self.text_scale.setSuffix(" %")
        self.text_scale.setValue(self.prefs.text_scale)
        rows = ((self.tr("&Lock after idle for:"), self.idle_minutes), (self.tr("&Language:"), self.language),
                (self.tr("&Theme:"), self.theme), (self.tr("Te&xt size:"), self.text_scale))
        for text, field in rows:
            label = QLabel(text, tab)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, field)
            if field is self.language:
                form.addRow("", self.language_note)
        return tab

    @property
    def server_dialog(self) -> QWidget | None:
        return self.server_panel.server_dialog

    def _language_changed(self, _index: int) -> None:
        self.language_note.setVisible(self.language.currentData() != self.prefs.language)

    def accept(self) -> None:
        if not self.server_panel.save():  # a CA bundle that cannot be used: say so on its tab, stay open
            self.tabs.setCurrentWidget(self.server_panel)
            return
        self.prefs.update(
            idle_minutes=self.idle_minutes.value(), language=str(self.language.currentData()),
            theme=str(self.theme.currentData()), text_scale=self.text_scale.value(),
        )
        super().accept()
