"""The encounter's fields (kind, times, minutes, place, who took part, template and note), read and
filled as a plain dict: the same dict is the autosaved draft, so a restored draft is exactly what was
typed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from ui.encounter.labels import KINDS, PARTICIPANTS, template_label
from ui.encounter.times import DateTimeEdit
from ui.widgets.editors import LanguageEdit
from ui.widgets.form import error_color, message_text
from ui.widgets.text import muted

MAX_MINUTES = 24 * 60


def templates() -> dict[str, str]:
    from app.services import encounters

    return dict(encounters.TEMPLATES)


class EncounterForm(QWidget):
    """Rows of label + field; each field that the service can refuse has an error line under it."""

    form_did_change = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self._minutes_edited = False
        self._computing = False
        self._applied_template = ""
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._build()
        self._connect()

    def _build(self) -> None:
        self.kind = QComboBox(self)
        for value, text in KINDS.items():
            self.kind.addItem(QCoreApplication.translate("EncounterLabels", text), value)
        self._row("kind", self.tr("&Kind"), self.kind)
        self.started = DateTimeEdit(self)
        self.started.setDateTime(self.started.dateTime().addSecs(-30 * 60))
        self._row("started_at", self.tr("St&art"), self.started)
        self.ended = DateTimeEdit(self)
        self._row("ended_at", self.tr("&End"), self.ended)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self._computing = True
        self.minutes.setValue(30)
        self._computing = False
        self.minutes_hint = muted(self.tr("computed from start and end; you can change it"), self)
        self._row("minutes", self.tr("Min&utes"), self.minutes, self.minutes_hint)
        self.location = QLineEdit(self)
        self.location.setPlaceholderText(self.tr("e.g. member's home, clinic, by phone"))
        self.location.setMaxLength(200)
        self._row("location", self.tr("L&ocation"), self.location)
        self._build_participants()
        self.template = QComboBox(self)
        self.template.addItem(self.tr("No template"), "")
        for key in templates():
            self.template.addItem(template_label(key), key)
        self.template_hint = muted("", self)
        self._row("template", self.tr("&Template"), self.template, self.template_hint)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        self._row("note", self.tr("&Note"), self.note)

    def _build_participants(self) -> None:
        self.participants: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for key, text in PARTICIPANTS.items():
            box = QCheckBox(QCoreApplication.translate("EncounterLabels", text), self)
            box.setObjectName("participant_" + key)
            self.participants[key] = box
            row.addWidget(box)
        row.addStretch(1)
        self.participants["member"].setChecked(True)
        holder = QWidget(self)
        holder.setLayout(row)
        label = QLabel(self.tr("Who took part"), self)
        self.layout_.addRow(label, holder)
        self.interpreter_language = LanguageEdit(self)
        self.interpreter_language.setEnabled(False)
        self.interpreter_language.setCurrentIndex(-1)
        self._row("interpreter_language", self.tr("&Language"), self.interpreter_language)

    def _row(self, name: str, text: str, field: QWidget, extra: QWidget | None = None) -> None:
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if extra is None:
            column.addWidget(field)
        else:
            line = QHBoxLayout()
            line.addWidget(field)
            line.addWidget(extra, 1)
            column.addLayout(line)
        error = QLabel(holder)
        error.setObjectName("error_" + name)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        label = QLabel(text, self)
        label.setBuddy(field)
        label.setMinimumWidth(label.sizeHint().width() + 2)  # a mnemonic's letter must not clip the last one
        field.setAccessibleName(text.replace("&", ""))
        self.layout_.addRow(label, holder)
        self.fields[name], self.errors[name] = field, error

    def _connect(self) -> None:
        changed = self.form_did_change.emit
        self.kind.currentIndexChanged.connect(lambda _i: changed())
        self.started.dateTimeChanged.connect(lambda _d: self._times_changed())
        self.ended.dateTimeChanged.connect(lambda _d: self._times_changed())
        self.minutes.valueChanged.connect(lambda _v: self._minutes_changed())
        self.location.textEdited.connect(lambda _t: changed())
        for box in self.participants.values():
            box.toggled.connect(lambda _c: self._participants_changed())
        self.interpreter_language.currentTextChanged.connect(lambda _t: changed())
        self.template.activated.connect(lambda _i: self.apply_template())
        self.note.textChanged.connect(changed)

    # ---- behaviour -------------------------------------------------------------------------------

    def _minutes_changed(self) -> None:
        if not self._computing:  # the nurse set them: later time changes no longer overwrite them
            self._minutes_edited = True
        self.form_did_change.emit()

    def _times_changed(self) -> None:
        if not self._minutes_edited:
            span = self.started.dateTime().secsTo(self.ended.dateTime()) // 60
            self._computing = True
            self.minutes.setValue(max(0, min(MAX_MINUTES, span)))
            self._computing = False
        self.form_did_change.emit()

    def _participants_changed(self) -> None:
        interpreter = self.participants["interpreter"].isChecked()
        self.interpreter_language.setEnabled(interpreter)
        self.form_did_change.emit()

    def apply_template(self) -> None:
        """The chosen skeleton fills an empty note (or replaces an untouched skeleton); typed text stays."""
        key = str(self.template.currentData() or "")
        skeleton = templates().get(key, "")
        current = self.note.toPlainText()
        if current.strip() and current != self._applied_template:
            self.template_hint.setText(
                self.tr("The note already has text, so the template was not inserted."))
            return
        self.template_hint.clear()
        self._applied_template = skeleton
        self.note.setPlainText(skeleton)
        cursor = self.note.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.note.setTextCursor(cursor)
        self.form_did_change.emit()

    # ---- values ----------------------------------------------------------------------------------

    def payload(self) -> dict[str, Any]:
        """Everything typed, JSON-ready: the autosaved draft."""
        return {
            "kind": str(self.kind.currentData()),
            "started_at": self.started.value().isoformat(),
            "ended_at": self.ended.value().isoformat(),
            "minutes": self.minutes.value(),
            "minutes_edited": self._minutes_edited,
            "location": self.location.text(),
            "participants": [k for k, box in self.participants.items() if box.isChecked()],
            "interpreter_language": self._language(),
            "template": str(self.template.currentData() or ""),
            "note": self.note.toPlainText(),
        }

    def _language(self) -> str:
        if not self.participants["interpreter"].isChecked():
            return ""
        return self.interpreter_language.value() if self.interpreter_language.currentText() else ""

    def set_payload(self, payload: Mapping[str, Any]) -> None:
        self.blockSignals(True)
        try:
            self._set_payload(payload)
        finally:
            self.blockSignals(False)

    def _set_payload(self, p: Mapping[str, Any]) -> None:
        index = self.kind.findData(p.get("kind", "home_visit"))
        self.kind.setCurrentIndex(max(0, index))
        self._minutes_edited = True  # while the times are set: keep the saved minutes
        self.started.set_value(p.get("started_at"))
        self.ended.set_value(p.get("ended_at"))
        self.minutes.setValue(int(p.get("minutes") or 0))
        self._minutes_edited = bool(p.get("minutes_edited"))
        self.location.setText(str(p.get("location", "")))
        chosen = set(p.get("participants") or ())
        for key, box in self.participants.items():
            box.setChecked(key in chosen)
        if p.get("interpreter_language"):
            self.interpreter_language.set_value(p["interpreter_language"])
        self.template.setCurrentIndex(max(0, self.template.findData(p.get("template", ""))))
        self._applied_template = templates().get(str(p.get("template", "")), "")
        self.note.setPlainText(str(p.get("note", "")))

    def fields_for_service(self) -> dict[str, Any]:
        """The values ``encounters.create`` takes (vitals and linked items come from their own panels)."""
        p = self.payload()
        return {
            "kind": p["kind"], "started_at": self.started.value(), "ended_at": self.ended.value(),
            "minutes": p["minutes"], "location": p["location"].strip(), "participants": p["participants"],
            "interpreter_language": p["interpreter_language"], "template": p["template"], "note": p["note"],
        }

    # ---- messages --------------------------------------------------------------------------------

    def show_error(self, error: ValidationError, text: str | None = None) -> bool:
        if error.field not in self.errors:
            return False
        label = self.errors[error.field]
        message = text or message_text(error)
        label.setText("⚠ " + message)
        label.setStyleSheet("color: " + error_color(self) + ";")
        label.show()
        self.fields[error.field].setAccessibleDescription(message)
        self.fields[error.field].setFocus()
        return True

    def clear_errors(self) -> None:
        for name, label in self.errors.items():
            label.hide()
            label.clear()
            self.fields[name].setAccessibleDescription("")

    def visible_errors(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.errors.items() if not label.isHidden()}
