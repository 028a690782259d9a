"""What issue 6 adds to a member's chart: the Assessments tab (made, and read in its own DbOp, when it is
first needed after the chart's audited opening; read again whenever a ``Changes`` names assessments) and
the runner windows it opens."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from shiboken6 import isValid

from app.services import assessments
from ui.assessment.picker import INSTRUMENTS, InstrumentPicker
from ui.assessment.runner import AssessmentRunner
from ui.assessment.tab import AssessmentsTab
from ui.chart.lazy_tabs import ChartPage
from ui.context import Changes
from ui.ops import DbOp

if TYPE_CHECKING:
    from ui.chart.chart import ChartWidget

log = logging.getLogger(__name__)


def load_assessments(session: Any, member_id: str) -> tuple[dict[str, tuple[Any, ...]], tuple[Any, ...]]:
    histories = {i: assessments.history(session, member_id, i) for i in INSTRUMENTS}
    return histories, assessments.in_progress(session, member_id)


class AssessmentPart(QObject):
    def __init__(self, chart: ChartWidget) -> None:
        super().__init__(chart)
        self.chart, self.ctx, self.member_id = chart, chart.ctx, chart.member_id
        self.loaded = False
        self._pending: list[DbOp[Any]] = []
        self._pages = {"tab": chart.lazy.add(self.tr("Assessments"), self._make_tab, lambda _t: self.load())}
        self.index = self._pages["tab"].index()
        chart.chart_did_load.connect(lambda _name: self.load())
        self.ctx.changes_did_happen.connect(self._changes_did_happen)
        self.ctx.store_will_close.connect(self.clear)

    tab = ChartPage[AssessmentsTab]("tab")

    def _make_tab(self) -> AssessmentsTab:
        tab = AssessmentsTab(self.start, self.chart)
        tab.resume_requested.connect(self.resume)
        return tab

    def load(self) -> None:
        """Read the tab's lists, once it is made and the chart's audited opening is done."""
        if not self.ctx.is_unlocked or self.chart.data is None or not self._pages["tab"].is_made:
            return
        member_id = self.member_id
        op: DbOp[Any] = DbOp(self.ctx, None, lambda s, _a: load_assessments(s, member_id))
        self._pending.append(op)
        op.success(lambda result: self._loaded(op, result)).failure(lambda exc: self._failed(op, exc)) \
            .run_in_background()

    def _loaded(self, op: DbOp[Any], result: tuple[Any, Any]) -> None:
        if op in self._pending:
            self._pending.remove(op)
        tab = self._pages["tab"].made_page
        if tab is None or not isValid(tab):
            return
        self.loaded = True
        tab.set_data(*result)

    def _failed(self, op: DbOp[Any], exc: BaseException) -> None:
        if op in self._pending:
            self._pending.remove(op)
        log.warning("chart assessments not loaded: %s", type(exc).__name__)

    def _changes_did_happen(self, changes: Changes) -> None:
        if self.loaded and changes.touches("assessment", self.member_id):
            self.load()

    def cancel_pending(self) -> None:
        for op in self._pending:
            op.cancel()
        self._pending = []

    def clear(self) -> None:
        self.loaded = False
        tab = self._pages["tab"].made_page
        if tab is not None:
            tab.clear()

    def models(self) -> list[Any]:
        return [self.tab.in_progress_model, self.tab.history_model]

    # ---- commands --------------------------------------------------------------------------------

    def _member(self) -> tuple[str, str]:
        member = self.chart.data.member if self.chart.data else None
        if member is None:
            return "", "en"
        name = " ".join(p for p in (member.first_name, member.last_name) if p)
        return name, member.preferred_language or "en"

    def start(self) -> InstrumentPicker | None:
        """Chart ▸ Start assessment… (Ctrl+Shift+S): pick an instrument, then the runner opens."""
        if self.chart.data is None:
            return None
        name, _language = self._member()
        picker = InstrumentPicker(name, self.chart)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self._open(str(picker.chosen()), None) if picker.chosen() else None)
        picker.open()
        return picker

    def resume(self, view: Any) -> AssessmentRunner | None:
        for runner in self.chart.window().findChildren(AssessmentRunner):
            if runner.response_id == view.id and not runner.closed:
                runner.raise_()
                runner.activateWindow()
                return runner
        return self._open(view.instrument_id, view)

    def _open(self, instrument_id: str, resume: Any) -> AssessmentRunner:
        name, language = self._member()
        runner = AssessmentRunner(self.ctx, self.member_id, name, instrument_id, language,
                                  self.chart.window(), resume=resume)
        if instrument_id in INSTRUMENTS:  # the initial assessment has no history or trend to show
            runner.assessment_did_complete.connect(lambda _r: self.tab.show_instrument(instrument_id))
        runner.show()
        runner.activateWindow()
        return runner
