"""Opening a chart builds and reads only what the nurse sees first (the banner and the Overview); every
other tab is made, and read once, when she first shows it (DESIGN.md §7: a five-year chart opens in
≤ 100 ms). The audited view still comes first, whatever is asked for while the chart is opening."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

import ui.assessment.chart_part as assessment_part
import ui.chart.chart as chart_module
from app.model.audit import AuditEvent
from app.model.enums import AuditAction
from app.services import careplan, encounters
from ui.chart.chart import ChartWidget
from ui.context import AppContext
from ui.encounter import data as encounter_data
from ui.encounter.viewer import NoteViewer
from ui.ops import _live_ops
from ui.shell.window import MainWindow

TIMEOUT = 10000
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of every chart read, in the order the DB thread ran them."""
    done: list[str] = []

    def counted(name: str, read: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            done.append(name)
            return read(*args, **kwargs)
        return wrapper

    for owner, attribute, name in (
        (chart_module, "load_chart", "chart"), (encounter_data, "load_summary", "summary"),
        (encounter_data, "load", "lists"), (assessment_part, "load_assessments", "assessments"),
        (careplan, "current", "care_plan"),
    ):
        monkeypatch.setattr(owner, attribute, counted(name, getattr(owner, attribute)))
    return done


@pytest.fixture
def signed_visit(ctx: AppContext, member) -> str:
    start = datetime.now(UTC) - timedelta(days=2)
    with ctx.store.transaction(ctx.actor) as s:
        draft = encounters.create(s, ctx.actor, member.id, kind="home_visit", started_at=start,
                                  ended_at=start + timedelta(minutes=30), note="Home visit: steps checked.")
        return encounters.sign(s, ctx.actor, draft.id).id


def idle() -> bool:
    return not _live_ops


def opened(qtbot, window: MainWindow, member) -> ChartWidget:
    window.open_chart(member.id)
    chart = window.charts.charts()[0]
    qtbot.waitUntil(lambda: chart.data is not None and chart.encounters.summary is not None and idle(),
                    timeout=TIMEOUT)
    return chart


def show(qtbot, chart: ChartWidget, index: int) -> None:
    """A click on the tab; then wait until what it reads has arrived."""
    chart.tabs.setCurrentIndex(index)
    qtbot.waitUntil(idle, timeout=TIMEOUT)


def test_opening_reads_only_what_the_banner_and_overview_show(
    qtbot, window: MainWindow, member, signed_visit, reads: list[str]
) -> None:
    chart = opened(qtbot, window, member)
    assert reads == ["chart", "summary"]  # nothing for Notes, Timeline, Assessments, Care plan
    assert chart.banner.name.text().startswith(member.first_name)
    assert chart.encounters.minutes_label.text().startswith("Minutes this month")
    assert chart.tabs.currentIndex() == 0 and chart.tabs.currentWidget() is chart.overview
    waiting = [chart.encounters._pages["notes"], chart.encounters._pages["timeline"],
               chart.assessments._pages["tab"], chart.careplan._pages["tab"], chart._pages["conditions"]]
    assert not any(tab.is_made for tab in waiting)


def test_each_tab_is_made_and_read_once_when_first_shown(
    qtbot, window: MainWindow, member, signed_visit, reads: list[str]
) -> None:
    chart = opened(qtbot, window, member)
    qtbot.keyClick(chart.tabs, Qt.Key.Key_9, ALT)  # Notes
    qtbot.waitUntil(idle, timeout=TIMEOUT)
    notes = chart.encounters.notes
    assert chart.tabs.currentWidget() is notes
    assert notes.current().id == signed_visit  # the list, with the newest note selected
    qtbot.keyClick(chart.tabs, Qt.Key.Key_0, ALT)  # Timeline: filled from the same read
    qtbot.waitUntil(idle, timeout=TIMEOUT)
    assert chart.encounters.timeline.model.rowCount() >= 1
    show(qtbot, chart, chart.assessments.index)
    show(qtbot, chart, chart.careplan.index)
    for index in (0, chart.assessments.index, chart.careplan.index, 0):  # back and forth: no more reads
        show(qtbot, chart, index)
    assert reads == ["chart", "summary", "lists", "assessments", "care_plan"]
    assert chart.assessments.loaded and chart.careplan.loaded
    titles = [chart.tabs.tabText(i) for i in range(chart.tabs.count())]
    assert titles[:3] == ["Overview", "Conditions", "Medications"]  # each page kept its tab's place
    assert titles[8:12] == ["Notes", "Timeline", "Assessments", "Care plan"]


def test_a_chart_page_made_later_shows_what_the_opening_read(qtbot, window: MainWindow, member, ctx) -> None:
    from app.services import clinical

    with ctx.store.transaction(ctx.actor) as s:
        clinical.conditions.add(s, ctx.actor, member.id, icd10_code="I50.9")
    chart = opened(qtbot, window, member)
    assert not chart._pages["conditions"].is_made
    qtbot.keyClick(chart.tabs, Qt.Key.Key_2, ALT)  # Conditions
    assert chart.tabs.currentWidget() is chart.conditions
    assert chart.conditions.model.rowCount() == 1  # no second read: the opening had it


def test_a_note_asked_for_while_the_chart_opens_is_read_after_the_audited_view(
    qtbot, window: MainWindow, member, ctx, signed_visit, reads: list[str]
) -> None:
    """Ctrl+K on a note: the chart opens at it. Its list waits for the chart's own read (the view)."""
    window.encounter_commands.open_note(member.id, signed_visit)
    qtbot.waitUntil(lambda: any(isinstance(w, NoteViewer) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=TIMEOUT)
    qtbot.waitUntil(idle, timeout=TIMEOUT)
    assert reads.index("chart") < reads.index("lists")
    assert reads.count("lists") == 1
    chart = window.charts.currentWidget()
    assert chart.tabs.currentWidget() is chart.encounters.notes
    with ctx.store.transaction(ctx.actor) as s:
        views = s.scalars(select(AuditEvent.entity_type).where(
            AuditEvent.member_id == member.id, AuditEvent.action == AuditAction.VIEW)
            .order_by(AuditEvent.at)).all()
    assert views[0] == "member"  # the chart's opening, then the note itself
    assert "encounter" in views


def test_the_care_plan_form_for_a_kind_is_made_when_first_needed(
    qtbot, window: MainWindow, member, ctx
) -> None:
    with ctx.store.transaction(ctx.actor) as s:
        plan = careplan.create_plan(s, ctx.actor, member.id)
        careplan.add(s, ctx.actor, "problem", plan.id, domain="social", title="Housing unstable")
    chart = opened(qtbot, window, member)
    show(qtbot, chart, chart.careplan.index)
    panel = chart.careplan.tab.panel
    made = {type(form).__name__ for form in panel.forms.made()}
    assert made <= {"PlanForm"}  # only what the selected item needs, not all six
    goal_form = panel.forms["goal"]
    assert goal_form in panel.forms.made() and panel.stack.indexOf(goal_form) >= 0


def test_warming_up_the_chart_reads_audits_nothing(store, actor, member) -> None:
    from sqlalchemy import func

    from ui.chart.data import warm_up

    with store.transaction(actor) as s:
        before = s.scalar(select(func.count()).select_from(AuditEvent))
        warm_up(s)
        after = s.scalar(select(func.count()).select_from(AuditEvent))
    assert after == before  # no view recorded: no member was read


def test_a_lazy_tab_keeps_its_place_title_and_tooltip_and_is_made_once(qtbot) -> None:
    from PySide6.QtWidgets import QLabel, QTabWidget

    from ui.chart.lazy_tabs import LazyTabs

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("first"), "First")
    lazy = LazyTabs(tabs)
    made: list[str] = []
    second = lazy.add("Se&cond", lambda: QLabel("second"), lambda page: made.append(page.text()))
    third = lazy.add("Third", lambda: QLabel("third"), lambda page: made.append(page.text()))
    tabs.setTabToolTip(1, "Alt+2")
    tabs.show()
    assert not second.is_made and not third.is_made and made == []
    tabs.setCurrentIndex(1)  # the nurse shows it
    assert second.is_made and tabs.currentWidget() is second.page() and made == ["second"]
    assert (tabs.tabText(1), tabs.tabToolTip(1), tabs.count()) == ("Se&cond", "Alt+2", 3)
    page = third.page()  # code asks for it: made in its place, without being shown
    assert tabs.indexOf(page) == 2 and tabs.currentIndex() == 1 and made == ["second", "third"]
    tabs.setCurrentIndex(2)
    tabs.setCurrentIndex(1)
    assert made == ["second", "third"]  # each made once
