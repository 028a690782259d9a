"""The vitals grid: one line per vital with its unit. An impossible value is refused with the rule next
to the field; an abnormal one is flagged with an icon and a word (never colour alone)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.errors import ValidationError
from ui.encounter.labels import VITALS, abnormal_icon, vital_label, vital_unit
from ui.i18n import arg
from ui.widgets.form import error_color, message_text

FIELD_PREFIX = "vitals."


def _limits() -> tuple[Mapping[str, tuple[float, float]], Mapping[str, tuple[float, float]]]:
    from app.services import encounters

    return encounters.VITAL_LIMITS, encounters.VITAL_NORMAL


def number(value: float) -> str:
    """98.6 → "98.6", 120.0 → "120", in the nurse's locale."""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", 1)


def parse_number(text: str) -> float:
    """Typed digits as a number, in the locale's notation or with a dot; ValueError when not a number."""
    text = text.strip()
    value, ok = QLocale().toDouble(text)
    if ok:
        return float(value)
    return float(text.replace(",", "."))


class VitalStatus(QWidget):
    """The words after a vital: an error, or an abnormal flag (icon, "High"/"Low", the normal range)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setObjectName("vital_status_" + name)
        self.text.setWordWrap(True)
        self.range = QLabel(self)  # "normal 90–139", beside the flag
        self.range.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(4)
        self.row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.row.addWidget(self.text, 1)
        self.row.addWidget(self.range, 1)
        self.kind = ""
        self.clear()

    def show_error(self, message: str) -> None:
        self.clear()
        self.kind = "error"
        self.text.setText("⚠ " + message)
        self.text.setStyleSheet("color: " + error_color(self) + ";")
        self.text.show()

    def show_abnormal(self, words: str, normal_range: str) -> None:
        self.clear()
        self.kind = "abnormal"
        self.icon.setPixmap(abnormal_icon().pixmap(16, 16))
        self.text.setText(words)
        self.text.setStyleSheet("font-weight: bold;")
        self.range.setText(normal_range)
        self.row.setStretchFactor(self.text, 0)
        for widget in (self.icon, self.text, self.range):
            widget.show()

    def clear(self) -> None:
        self.kind = ""
        for widget in (self.icon, self.text, self.range):
            widget.clear()
            widget.hide()
        self.text.setStyleSheet("")
        self.row.setStretchFactor(self.text, 1)


class VitalsGrid(QGroupBox):
    vitals_did_change = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Vitals"), parent)
        self.setObjectName("vitals")
        self.edits: dict[str, QLineEdit] = {}
        self.statuses: dict[str, VitalStatus] = {}
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(8)
        grid.setColumnStretch(3, 1)
        for row, (key, text, _unit) in enumerate(VITALS):
            self._add_row(grid, row, key, QCoreApplication.translate("EncounterLabels", text))

    def _add_row(self, grid: QGridLayout, row: int, key: str, text: str) -> None:
        edit = QLineEdit(self)
        edit.setObjectName("vital_" + key)
        edit.setAccessibleName(text.replace("&", ""))
        edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00000.0") + 16)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.textEdited.connect(lambda _t: self.vitals_did_change.emit())
        edit.editingFinished.connect(lambda: self.check_one(key))
        label = QLabel(text, self)
        label.setBuddy(edit)
        status = VitalStatus(key, self)
        grid.addWidget(label, row, 0)
        grid.addWidget(edit, row, 1)
        grid.addWidget(QLabel(vital_unit(key), self), row, 2)
        grid.addWidget(status, row, 3)
        self.edits[key], self.statuses[key] = edit, status

    # ---- values ----------------------------------------------------------------------------------

    def raw(self) -> dict[str, str]:
        """What was typed, exactly (for the draft: nothing typed is lost, even a wrong value)."""
        return {key: edit.text() for key, edit in self.edits.items() if edit.text().strip()}

    def set_raw(self, values: Mapping[str, Any]) -> None:
        for key, edit in self.edits.items():
            value = values.get(key, "")
            edit.setText(number(value) if isinstance(value, (int, float)) else str(value or ""))
            self.check_one(key)

    def values(self) -> dict[str, float]:
        """The vitals as numbers; ValidationError ("vitals.<key>") for the first impossible one."""
        out: dict[str, float] = {}
        for key in self.edits:
            value = self._value(key)
            if value is not None:
                out[key] = value
        return out

    def _value(self, key: str) -> float | None:
        text = self.edits[key].text().strip()
        if not text:
            return None
        name, unit = vital_label(key), vital_unit(key)
        try:
            value = parse_number(text)
        except ValueError:
            raise ValidationError(FIELD_PREFIX + key, arg(self.tr("%1 must be a number"), name)) from None
        limits, _normal = _limits()
        low, high = limits.get(key, (float("-inf"), float("inf")))
        if not low <= value <= high:
            raise ValidationError(FIELD_PREFIX + key, arg(
                self.tr("%1 must be between %2 and %3 %4", "vital, low, high, unit"),
                name, number(low), number(high), unit).strip())
        return value

    # ---- messages --------------------------------------------------------------------------------

    def check_one(self, key: str) -> bool:
        """As the nurse leaves a field: the rule if impossible, the flag if abnormal. False on error."""
        status = self.statuses[key]
        try:
            value = self._value(key)
        except ValidationError as exc:
            self._show_error(key, exc.message)
            return False
        status.clear()
        self.edits[key].setAccessibleDescription("")
        if value is not None:
            self._flag(key, value)
        return True

    def check_all(self) -> bool:
        """Every field's message at once; True when none is impossible."""
        return all([self.check_one(key) for key in self.edits])

    def _flag(self, key: str, value: float) -> None:
        normal = _limits()[1]
        if key not in normal:
            return
        low, high = normal[key]
        if low <= value <= high:
            return
        words = self.tr("High") if value > high else self.tr("Low")
        rng = arg(self.tr("normal %1–%2"), number(low), number(high))
        self.statuses[key].show_abnormal(words, rng)
        self.edits[key].setAccessibleDescription(arg(self.tr("Abnormal: %1, %2"), words, rng))

    def abnormal(self) -> list[str]:
        return [key for key, status in self.statuses.items() if status.kind == "abnormal"]

    def errors(self) -> dict[str, str]:
        return {key: s.text.text() for key, s in self.statuses.items() if s.kind == "error"}

    def show_error(self, error: ValidationError) -> bool:
        """A service's message for ``vitals.<key>`` next to that field; False if it is not a vital."""
        key = error.field.removeprefix(FIELD_PREFIX)
        if not error.field.startswith(FIELD_PREFIX) or key not in self.edits:
            return False
        self._show_error(key, message_text(error))
        self.edits[key].setFocus()
        return True

    def _show_error(self, key: str, message: str) -> None:
        self.statuses[key].show_error(message)
        self.edits[key].setAccessibleDescription(message)

    def first_edit(self) -> QLineEdit:
        return self.edits[VITALS[0][0]]
