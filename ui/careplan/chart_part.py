"""What issue 7 adds to a member's chart: the Care plan tab. Made, and read in its own DbOp, when it is
first needed after the chart's audited opening; read again whenever a ``Changes`` names the care plan
(or assessments, whose findings the suggestions panel offers).

Undo is for this session's own edits. The stack is emptied on lock, when the Versions dialog restores
an old version, when an undo or redo is refused, and when a reload asked for by everything-changed
(a sync that brought changes, demo data) shows a plan other than the one on screen: the steps on the
stack were recorded against a plan that no longer exists as it was.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from shiboken6 import isValid

from app.services import careplan
from ui.careplan.editing import PlanEditor
from ui.careplan.openers import PlanDialogs
from ui.careplan.tab import CarePlanTab
from ui.chart.lazy_tabs import ChartPage
from ui.context import Changes
from ui.ops import DbOp

if TYPE_CHECKING:
    from ui.chart.chart import ChartWidget

log = logging.getLogger(__name__)


class CarePlanPart(QObject):
    def __init__(self, chart: ChartWidget) -> None:
        super().__init__(chart)
        self.chart, self.ctx, self.member_id = chart, chart.ctx, chart.member_id
        self.loaded = False
        self._load_op: DbOp[Any] | None = None
        self._again = False  # another reload was asked for while one was running
        self._again_outside = False  # … by a change made elsewhere
        self.proposals: Any = None
        self._editor: PlanEditor | None = None
        self._dialogs: PlanDialogs | None = None
        self._pages = {"tab": chart.lazy.add(self.tr("Care plan"), self._make_tab, lambda _t: self.load())}
        self.index = self._pages["tab"].index()
        chart.chart_did_load.connect(lambda _name: self.load())
        self.ctx.changes_did_happen.connect(self._changes_did_happen)
        self.ctx.lock_will_happen.connect(self._lock_will_happen)  # a bound method: gone with the chart
        self.ctx.store_will_close.connect(self.clear)

    tab = ChartPage[CarePlanTab]("tab")

    def _make_tab(self) -> CarePlanTab:
        tab = CarePlanTab(self.chart)
        self._editor = PlanEditor(self.ctx, self.member_id, tab, self._member)
        self._dialogs = PlanDialogs(self._editor)
        tab.fix_tab_order()
        return tab

    @property
    def editor(self) -> PlanEditor:
        """The tab's commands (the tab is made if need be)."""
        self._pages["tab"].page()
        assert self._editor is not None
        return self._editor

    @property
    def dialogs(self) -> PlanDialogs:
        self._pages["tab"].page()
        assert self._dialogs is not None
        return self._dialogs

    @property
    def undo_stack(self) -> Any:
        return self.editor.undo_stack

    def _member(self) -> tuple[str, str]:
        """The member's name (for the agreement) and the language the plan's library texts are in."""
        member = self.chart.data.member if self.chart.data else None
        if member is None:
            return "", "en"
        name = " ".join(p for p in (member.first_name, member.last_name) if p)
        language = (member.preferred_language or "en").split("-")[0].lower()
        return name, language if language in ("en", "es") else "en"

    # ---- loading ---------------------------------------------------------------------------------

    def load(self, *, outside: bool = False) -> None:
        """Read the plan once the tab is made and the chart's audited opening is done; ``outside``: asked
        for by a change made elsewhere (see the module's note)."""
        if not self.ctx.is_unlocked or self.chart.data is None or not self._pages["tab"].is_made:
            return
        self._ensure_proposals()
        if self.proposals is not None:
            self.proposals.load()
        if self._load_op is not None:
            self._again, self._again_outside = True, self._again_outside or outside
            return
        member_id = self.member_id
        op: DbOp[Any] = DbOp(self.ctx, None, lambda s, _a: careplan.current(s, member_id))
        self._load_op = op
        op.success(lambda tree: self._loaded(tree, outside)).failure(self._failed).run_in_background()

    def _ensure_proposals(self) -> None:
        """The suggestions panel, in the member's language (known once the chart has loaded)."""
        if self.proposals is not None or self.chart.data is None:
            return
        from ui.careplan.proposals_panel import ProposalsPanel

        self.proposals = ProposalsPanel(self.ctx, self.member_id, self.tab, language=self._member()[1])
        self.proposals.proposal_did_accept.connect(lambda view: self.editor.select("problem:" + view.id))
        self.tab.set_proposals(self.proposals)

    def _loaded(self, tree: careplan.PlanTree, outside: bool) -> None:
        self._load_op = None
        if not isValid(self.tab):
            return
        shown = self.tab.tree_data
        if outside and shown is not None and careplan.plan_items(shown) != careplan.plan_items(tree):
            self.undo_stack.clear()
        self.loaded = True
        self.tab.set_tree(tree)
        if self._again:
            again_outside, self._again, self._again_outside = self._again_outside, False, False
            self.load(outside=again_outside)

    def _failed(self, exc: BaseException) -> None:
        self._load_op = None
        self._again = self._again_outside = False
        log.warning("chart care plan not loaded: %s", type(exc).__name__)

    def _changes_did_happen(self, changes: Changes) -> None:
        if not self.loaded and self._load_op is None:
            return
        if changes.touches("care_plan", self.member_id) or changes.touches("assessment", self.member_id):
            self.load(outside=changes.everything)

    def _lock_will_happen(self, _reason: str) -> None:
        """The vault is still open: the field being typed in is saved like any other."""
        if self._pages["tab"].is_made:
            self.tab.panel.commit_focused()

    def cancel_pending(self) -> None:
        if self._load_op is not None:
            self._load_op.cancel()
            self._load_op = None
        if self._editor is not None:
            self._editor.cancel_pending()

    def clear(self) -> None:
        """Lock: no plan text stays in any widget, and no undo step survives."""
        self.loaded = False
        self._again = self._again_outside = False
        self._load_op = None
        if not self._pages["tab"].is_made:
            return
        self.undo_stack.clear()
        self.tab.clear(self.tr("The care plan was closed when Carefield locked."))
        if self.proposals is not None:
            self.proposals.clear()

    def models(self) -> list[Any]:
        return [self.tab.model]
