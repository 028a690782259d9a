"""The assessment runner: a window of its own per assessment, like the encounter editor.

One item at a time (the default: big text in the member's language; the digit printed beside an answer
picks it and goes on, Backspace goes back) or the full form. Nothing is stored until Save & close (kept
in progress, resumed from the chart's Assessments tab) or Complete (Ctrl+Enter: scored, then immutable).
A safety alert the completion raises opens at once, modal for this window, and closes only with the
action taken."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.instruments import InvalidAnswers, Item, load
from app.services import assessments
from ui.assessment.alert_dialog import AlertDialog
from ui.assessment.labels import flags_text, score_text
from ui.assessment.question import QuestionWidget, answer_keys
from ui.context import AppContext, Changes
from ui.encounter.labels import instrument_label
from ui.i18n import LANGUAGES, arg
from ui.messages import describe
from ui.ops import DbOp
from ui.widgets.form import error_color
from ui.widgets.rule_text import rule_text
from ui.widgets.text import heading, muted

DIGITS = {Qt.Key(Qt.Key.Key_0 + n): n for n in range(10)}  # key → the digit printed beside an answer


class AssessmentRunner(QWidget):
    assessment_did_complete = Signal(object)  # assessments.Completed
    assessment_did_save = Signal(str)  # the response id, still in progress

    def __init__(self, ctx: AppContext, member_id: str, member_name: str, instrument_id: str,
                 member_language: str = "en", parent: QWidget | None = None, *, resume: Any = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx, self.member_id, self.member_name = ctx, member_id, member_name
        self.setObjectName("assessment_runner")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.instrument = load(instrument_id)
        self.response_id: str | None = resume.id if resume is not None else None
        self.answers: dict[str, Any] = dict(resume.answers) if resume is not None else {}
        languages = self.instrument.languages
        wanted = resume.language if resume is not None else member_language
        self.language = wanted if wanted in languages else "en"  # what the member reads
        nurse = QLocale().name().split("_")[0]
        self.nurse_language = nurse if nurse in languages else "en"
        self.shown_language = self.language
        self.one_at_a_time = True
        self.dirty = self.busy = self.finished = self.closed = self.may_close = False
        self.pending_alerts: list[Any] = []
        self.alert_dialog: AlertDialog | None = None
        self.question: QuestionWidget | None = None
        self.form_questions: dict[str, QuestionWidget] = {}
        unanswered = [q.link_id for q in self.visible() if q.link_id not in self.answers]
        self.current_id = unanswered[0] if unanswered else self.visible()[0].link_id
        self.setWindowTitle(arg(self.tr("%1 — %2", "instrument — member"), instrument_label(instrument_id),
                                member_name))
        self._build()
        self._actions()
        ctx.lock_will_happen.connect(self._lock_will_happen)
        ctx.store_will_close.connect(self._store_will_close)
        self.render()
        self.resize(900, 640)

    # ---- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        title = heading(self.windowTitle(), self, scale=1.3)
        self.progress = QLabel(self)
        self.progress.setObjectName("progress")
        self.score = QLabel(self)
        self.score.setObjectName("live_score")
        self.score.setAccessibleName(self.tr("Score"))
        self.flags = QLabel(self)
        self.flags.setObjectName("live_flags")
        for label in (self.progress, self.score, self.flags):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            font.setBold(True)
            label.setFont(font)
        info = QHBoxLayout()
        for widget, stretch in ((self.progress, 0), (QWidget(self), 1), (self.flags, 0), (self.score, 0)):
            info.addWidget(widget, stretch)
        self.single = QWidget(self)
        self.single_layout = QVBoxLayout(self.single)
        self.section = QLabel(self.single)  # the initial assessment's domain, and what it embeds
        self.section.setObjectName("section_heading")
        self.section.setWordWrap(True)
        self.single_layout.addWidget(self.section)
        self.intro = QLabel(self.single)
        self.intro.setObjectName("instrument_intro")
        self.intro.setWordWrap(True)
        font = self.intro.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.intro.setFont(font)
        self.single_layout.addWidget(self.intro)
        self.single_layout.addStretch(1)
        self.form = QScrollArea(self)
        self.form.setWidgetResizable(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.single)
        self.stack.addWidget(self.form)
        self.hint = muted("", self)
        self.message = QLabel(self)
        self.message.setObjectName("runner_message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(info)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addLayout(self._button_row())

    def _button_row(self) -> QHBoxLayout:
        self.back_button = self._button(self.tr("◀ &Back"), self.tr("Backspace"), self.back)
        self.next_button = self._button(self.tr("&Next ▶"), self.tr("Enter, Ctrl+Down"), self.advance)
        self.language_button = self._button("", "Ctrl+Shift+L", self.toggle_language)
        self.mode_button = self._button(self.tr("&Full form"), "Ctrl+Shift+F", self.toggle_mode)
        self.mode_button.setCheckable(True)
        self.save_button = self._button(self.tr("&Save && close"), "Ctrl+S", self.save_and_close)
        self.complete_button = self._button(self.tr("&Complete"), "Ctrl+Enter", self.complete)
        row = QHBoxLayout()
        for button in (self.back_button, self.next_button, self.language_button, self.mode_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.complete_button)
        self.language_button.setVisible(self.language != self.nurse_language)
        return row

    def _button(self, text: str, keys: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.setToolTip(arg(self.tr("%1 (%2)", "command (shortcut)"), text.replace("&&", "&")
                              .replace("&", ""), keys))
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _actions(self) -> None:
        for keys, slot in (([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")], self.complete),
                           ([QKeySequence(QKeySequence.StandardKey.Save)], self.save_and_close),
                           ([QKeySequence("Ctrl+Shift+L")], self.toggle_language),
                           ([QKeySequence("Ctrl+Shift+F")], self.toggle_mode),
                           ([QKeySequence("Ctrl+Down")], self.advance)):  # also out of a text field
            action = QAction(self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # ---- what shows ------------------------------------------------------------------------------

    def visible(self) -> list[Item]:
        shown = self.instrument.enabled(self.answers)
        return [q for q in self.instrument.questions if q.link_id in shown]

    def render(self) -> None:
        other = self.nurse_language if self.shown_language == self.language else self.language
        self.language_button.setText(arg(self.tr("Show in %1"), LANGUAGES.get(other, other)))
        if self.one_at_a_time:
            self._render_single()
        else:
            self._render_form()
        self._update_score()

    def _render_single(self) -> None:
        visible = self.visible()
        ids = [q.link_id for q in visible]
        if self.current_id not in ids:  # hidden by an answer: the next one that shows
            order = [q.link_id for q in self.instrument.questions]
            later = [i for i in ids if order.index(i) > order.index(self.current_id)]
            self.current_id = later[0] if later else ids[-1]
        position = ids.index(self.current_id)
        if self.question is not None:  # gone now, not at the next event loop turn
            self.question.hide()
            self.single_layout.removeWidget(self.question)
            self.question.deleteLater()
        self.question = self._question(visible[position], position + 1, large=True)
        self.single_layout.insertWidget(2, self.question)
        self.intro.setText(self._intro())
        self.section.setText(self._section_text(self.instrument.parents.get(self.current_id)))
        self.section.setVisible(bool(self.section.text()))
        self.stack.setCurrentWidget(self.single)
        self.progress.setText(arg(self.tr("Item %1 of %2"), position + 1, len(ids)))
        self.hint.setText("" if self.finished else self._single_hint(visible[position]))
        self.back_button.setEnabled(position > 0)
        self.next_button.setEnabled(position + 1 < len(ids))
        if self.isVisible() and not self.finished:
            self.question.focus_answer()

    def _single_hint(self, item: Item) -> str:
        if item.type == "text":
            return self.tr("Type the answer (Enter starts a new line); Ctrl+Down goes on, Ctrl+Enter "
                           "completes.")
        if item.type != "choice":
            return self.tr("Type the answer; Enter goes on.")
        keys = answer_keys(item)
        if not keys:
            return ""
        return arg(self.tr("Press %1–%2 to answer and go on; Backspace goes back."), min(keys), max(keys))

    def _section_text(self, group_id: str | None) -> str:
        """A domain's heading (rich text) with a line for each standard instrument it embeds."""
        group = self.instrument.by_id.get(group_id or "")
        if group is None:
            return ""
        lines = ["<b>" + html.escape(group.text.in_language(self.shown_language)) + "</b>"]
        lines += [html.escape(self._embedded_line(child)) for child in group.children if child.embeds]
        return "<br>".join(lines)

    def _embedded_line(self, item: Item) -> str:
        return arg(self.tr("Embedded: %1 — start it from the picker"), instrument_label(item.embeds or ""))

    def _intro(self) -> str:
        """The instrument's lead-in ("Over the last 2 weeks…"): its first display item, if any."""
        for item in self.instrument.items:
            if item.type == "display" and not item.embeds:
                return item.text.in_language(self.shown_language)
        return ""

    def _render_form(self) -> None:
        body = QWidget(self.form)
        column = QVBoxLayout(body)
        self.form_questions = {}
        number = 0
        for item in self.instrument.by_id.values():
            if item.answerable:
                number += 1
                widget = self._question(item, number, large=False)
                self.form_questions[item.link_id] = widget
                column.addWidget(widget)
            elif item.type == "group":  # a domain's heading: read, never answered, skipped by Tab
                column.addWidget(heading(item.text.in_language(self.shown_language), body, scale=1.2))
            elif item.embeds:
                column.addWidget(muted(self._embedded_line(item), body))
        column.addStretch(1)
        self.form.setWidget(body)
        self.stack.setCurrentWidget(self.form)
        self.hint.setText(self.tr("Tab moves between questions; arrows choose an answer."))
        self.back_button.setEnabled(False)
        self.next_button.setEnabled(False)
        self._update_form()

    def _question(self, item: Item, number: int, *, large: bool) -> QuestionWidget:
        widget = QuestionWidget(item, self.shown_language, number, large=large)
        widget.set_value(self.answers.get(item.link_id))
        widget.setEnabled(not self.finished)
        widget.answer_did_change.connect(self._answered)
        return widget

    def _update_form(self) -> None:
        shown = {q.link_id for q in self.visible()}
        for link_id, widget in self.form_questions.items():
            widget.setVisible(link_id in shown)
        answered = sum(1 for i in shown if i in self.answers)
        self.progress.setText(arg(self.tr("%1 of %2 answered"), answered, len(shown)))

    def _update_score(self) -> None:
        try:
            score = self.instrument.score(self.answers, partial=True)
        except InvalidAnswers:  # cannot happen with answers picked from the options; keep the last score
            return
        complete = not self.instrument.missing(self.answers)
        self.score.setText(score_text(score.total, score.band, complete=complete))
        self.flags.setText(flags_text(score.flags))

    # ---- answering -------------------------------------------------------------------------------

    def _answered(self, link_id: str, value: Any) -> None:
        if value is None:
            self.answers.pop(link_id, None)
        else:
            self.answers[link_id] = value
        self.dirty = True
        self.message.clear()
        if not self.one_at_a_time:
            self._update_form()
        self._update_score()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits, Backspace and Enter reach here when the focused answer button ignores them."""
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if self.one_at_a_time and plain and not self.finished and self.question is not None:
            key = event.key()
            if key in DIGITS and self.question.pick(DIGITS[key]):
                if not self.question.item.repeats:
                    self.advance()
                return
            if key == Qt.Key.Key_Backspace:
                self.back()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.advance()
                return
        super().keyPressEvent(event)

    def advance(self) -> None:
        ids = [q.link_id for q in self.visible()]
        position = ids.index(self.current_id) if self.current_id in ids else 0
        if position + 1 < len(ids):
            self.current_id = ids[position + 1]
            self.render()
            return
        self.message.setText(self.tr("That was the last item. Press Ctrl+Enter to complete, or Ctrl+S to "
                                     "save and finish later."))
        self.complete_button.setFocus()

    def back(self) -> None:
        ids = [q.link_id for q in self.visible()]
        position = ids.index(self.current_id) if self.current_id in ids else 0
        if position > 0:
            self.current_id = ids[position - 1]
            self.render()

    def go_to(self, link_id: str) -> None:
        self.current_id = link_id
        if not self.one_at_a_time:
            self.toggle_mode()
        else:
            self.render()

    def toggle_mode(self) -> None:
        self.one_at_a_time = not self.one_at_a_time
        self.mode_button.setChecked(not self.one_at_a_time)
        self.render()

    def toggle_language(self) -> None:
        if self.language == self.nurse_language:
            return
        self.shown_language = self.nurse_language if self.shown_language == self.language else self.language
        self.render()

    # ---- saving and completing -------------------------------------------------------------------

    def _stored_id(self, s: Any, a: Any) -> str:
        if self.response_id is not None:
            return self.response_id
        return assessments.start(s, a, self.member_id, self.instrument.id, language=self.language).id

    def _changes(self) -> Changes:
        return Changes.of("assessment", "safety_alert", member_id=self.member_id)

    def save_and_close(self) -> None:
        if self.finished or not self.dirty:
            self.may_close = True
            self.close()
            return
        self._save(close=True)

    def _save(self, *, close: bool) -> None:
        if self.busy:
            return
        self.busy = True
        answers = dict(self.answers)
        op = DbOp(self.ctx, self, lambda s, a: assessments.save_answers(s, a, self._stored_id(s, a), answers),
                  changes=self._changes(), label=self.tr("Saving the assessment"))
        op.success(lambda view: self._saved(view, close)).failure(self._failed).run_in_background()

    def _saved(self, view: Any, close: bool) -> None:
        self.busy, self.dirty, self.response_id = False, False, view.id
        self.assessment_did_save.emit(view.id)
        if close:
            self.may_close = True
            self.close()

    def complete(self) -> None:
        if self.busy or self.finished:
            return
        try:
            self.instrument.check(self.answers)  # the engine's own rule, with each item named
        except InvalidAnswers as refused:
            self._refuse(refused)
            return
        self.busy = True
        answers = dict(self.answers)
        DbOp(self.ctx, self, lambda s, a: assessments.complete(s, a, self._stored_id(s, a), answers=answers),
             changes=self._changes(), label=self.tr("Completing the assessment")) \
            .success(self._completed).failure(self._failed).run_in_background()

    def _refuse(self, refused: InvalidAnswers) -> None:
        """Go to the first item the engine refused and say which it is and what it needs."""
        link_id, problem = refused.problems[0]
        self.go_to(link_id)
        self.message.setText(arg(self.tr("⚠ Please check “%1”: %2 (%3 to fix before completing)."),
                                 self._item_name(link_id), rule_text(problem), len(refused.problems)))
        self.message.setStyleSheet(f"color: {error_color(self)}")

    def _item_name(self, link_id: str) -> str:
        """The item as the nurse reads it; inside a domain, "Domain › item"."""
        item = self.instrument.by_id[link_id]
        name = item.text.in_language(self.shown_language)
        group = self.instrument.by_id.get(self.instrument.parents.get(link_id) or "")
        if group is None:
            return name
        return arg(self.tr("%1 › %2", "domain › item"), group.text.in_language(self.shown_language), name)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.message.setText("⚠ " + describe(exc))
        self.message.setStyleSheet(f"color: {error_color(self)}")

    def _completed(self, result: Any) -> None:
        view = result.assessment
        self.busy, self.dirty, self.finished, self.response_id = False, False, True, view.id
        self.message.setStyleSheet("")
        self.message.setText(arg(self.tr("✓ Completed · %1. A completed assessment cannot be changed."),
                                 score_text(view.total, view.band or None, complete=True)))
        for button in (self.back_button, self.next_button, self.complete_button, self.mode_button):
            button.setEnabled(False)
        self.save_button.setText(self.tr("&Close"))
        self.render()
        self.assessment_did_complete.emit(result)
        self.pending_alerts = list(result.alerts)
        self._next_alert()

    def _next_alert(self) -> None:
        if not self.pending_alerts:
            self.alert_dialog = None
            self.activateWindow()
            self.save_button.setFocus()
            return
        alert = self.pending_alerts.pop(0)
        self.alert_dialog = AlertDialog(self.ctx, alert, self.member_name, self)
        self.alert_dialog.alert_did_acknowledge.connect(lambda _a: self._next_alert())
        self.alert_dialog.open()

    # ---- closing ---------------------------------------------------------------------------------

    def _lock_will_happen(self, _reason: str) -> None:
        if self.dirty and not self.finished and not self.busy:
            self._save(close=False)  # the DB thread runs it before the vault closes

    def _store_will_close(self) -> None:
        self.may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.alert_dialog is not None and not self.may_close:
            event.ignore()  # an alert waits for its action
            return
        if self.dirty and not self.finished and not self.may_close:
            event.ignore()
            self._save(close=True)  # closing keeps the answers: the assessment stays in progress
            return
        self.closed = True
        event.accept()
