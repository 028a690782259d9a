"""The chart's Assessments tab: start one, resume those in progress, and for the chosen instrument its
history (date, total, result, change since last time) over a trend chart."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.instruments import load
from ui.assessment.models import HistoryModel, InProgressModel
from ui.assessment.picker import INSTRUMENTS
from ui.assessment.trend import TrendChart
from ui.encounter.labels import instrument_label
from ui.i18n import arg
from ui.widgets.table_view import RecordTable
from ui.widgets.text import heading


class AssessmentsTab(QWidget):
    resume_requested = Signal(object)  # AssessmentView

    def __init__(self, start: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tab_assessments")
        self.histories: Mapping[str, Sequence[Any]] = {}
        self.start_button = self._button(self.tr("&Start assessment…"), "Ctrl+Shift+S", start)
        self.resume_button = self._button(self.tr("&Resume"), self.tr("Enter"), self.resume_current)
        self.in_progress_model = InProgressModel(self)
        self.in_progress = RecordTable(self.in_progress_model, self.tr("Assessments in progress"),
                                       self.tr("Nothing in progress."), self)
        self.in_progress.setMaximumHeight(120)
        self.instrument = QComboBox(self)
        self.instrument.setObjectName("history_instrument")
        for instrument_id in INSTRUMENTS:
            self.instrument.addItem(instrument_label(instrument_id), instrument_id)
        label = QLabel(self.tr("&History of:"), self)
        label.setBuddy(self.instrument)
        self.history_model = HistoryModel(self)
        self.history = RecordTable(self.history_model, self.tr("Assessment history"),
                                   self.tr("No completed results for this instrument yet."), self)
        self.trend = TrendChart(self)
        self._layout(label)
        self.instrument.currentIndexChanged.connect(lambda _i: self._show_history())
        self.in_progress.view.activated.connect(lambda _i: self.resume_current())
        self.in_progress.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.setFocusProxy(self.in_progress)
        self._update()

    def _layout(self, label: QLabel) -> None:
        top = QHBoxLayout()
        top.addWidget(self.start_button)
        top.addWidget(self.resume_button)
        top.addStretch(1)
        chooser = QHBoxLayout()
        chooser.addWidget(label)
        chooser.addWidget(self.instrument)
        chooser.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.history)
        split.addWidget(self.trend)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(heading(self.tr("In progress"), self, scale=1.1))
        layout.addWidget(self.in_progress)
        layout.addLayout(chooser)
        layout.addWidget(split, 1)

    def _button(self, text: str, keys: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.setToolTip(arg(self.tr("%1 (%2)", "command (shortcut)"), text.replace("&", ""), keys))
        button.clicked.connect(lambda _c=False: slot())
        return button

    def set_data(self, histories: Mapping[str, Sequence[Any]], in_progress: Sequence[Any]) -> None:
        self.histories = histories
        self.in_progress_model.set_records(in_progress)
        self.in_progress.select_first()
        if not self.history_model.rowCount():  # first load: the instrument given most recently
            latest = max(((p[-1].completed_at, i) for i, p in histories.items() if p), default=None)
            if latest is not None:
                with QSignalBlocker(self.instrument):  # shown once, just below
                    self.instrument.setCurrentIndex(self.instrument.findData(latest[1]))
        self._show_history()
        self._update()

    def show_instrument(self, instrument_id: str) -> None:
        self.instrument.setCurrentIndex(self.instrument.findData(instrument_id))

    def _show_history(self) -> None:
        instrument_id = self.instrument.currentData()
        points = list(self.histories.get(instrument_id, ()))
        self.history_model.set_records(points)
        self.history.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.trend.set_data(load(instrument_id) if instrument_id else None,
                            [(p.completed_at, p.total) for p in points])

    def clear(self) -> None:
        self.histories = {}
        self.in_progress_model.clear()
        self.history_model.clear()
        self.trend.set_data(None, [])
        self._update()

    def current_in_progress(self) -> Any:
        return self.in_progress.current()

    def resume_current(self) -> None:
        view = self.current_in_progress()
        if view is not None:
            self.resume_requested.emit(view)

    def _update(self) -> None:
        self.resume_button.setEnabled(self.current_in_progress() is not None)
