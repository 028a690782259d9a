"""The member's place in the program, changed from the chart banner's Status menu: start outreach,
enroll (with consent), decline, mark unable to reach, close. Closing for a decline or unable-to-reach
becomes a closure request that waits for a supervisor; a supervisor decides pending requests here too.
A step the lifecycle refuses shows the service's reason."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QMenu, QMessageBox, QWidget

from app.model.enums import ClosureReason, ConsentMethod, MemberStatus
from app.services.fields import Field, choice, day, text
from ui.context import AppContext, Changes
from ui.encounter.labels import CLOSURE_REASONS
from ui.widgets.editors import ChoiceEdit, DateEdit, NotesEdit
from ui.widgets.form import Form
from ui.widgets.form_dialog import FormDialog
from ui.widgets.text import muted, translate

NEEDS_APPROVAL = {"declined", "unable_to_reach"}


class ClosureReasonEdit(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for value, label in CLOSURE_REASONS.items():
            self.addItem(QCoreApplication.translate("EncounterLabels", label), value)

    def value(self) -> str:
        return str(self.currentData())

    def set_value(self, value: Any) -> None:
        self.setCurrentIndex(max(0, self.findData(str(value))))


def _on_day() -> DateEdit:
    editor = DateEdit()
    editor.set_value(date.today())
    return editor


def _dialog(ctx: AppContext, parent: QWidget, title: str, intro: str, spec: dict[str, Field],
            rows: list[tuple[str, str, QWidget]], work: Any, member_id: str, save_text: str) -> FormDialog:
    form = Form(spec)
    if intro:
        form.add_widget(muted(intro))
    for name, label, editor in rows:
        form.add(name, label, editor)
    dialog = FormDialog(ctx, parent, title, [("", form)], spec=spec, submit=lambda v: work(v),
                        changes=Changes.of("member", "consent", member_id=member_id))
    dialog.save_button.setText(save_text)
    return dialog


ON = {"on": Field(day(past_only=True), required=True)}


def start_outreach_dialog(ctx: AppContext, parent: QWidget, member_id: str) -> FormDialog:
    from app.services import lifecycle

    return _dialog(ctx, parent, translate("Lifecycle", "Start outreach"), "", ON,
                   [("on", translate("Lifecycle", "&Started on"), _on_day())],
                   lambda v: lambda s, a: lifecycle.start_outreach(s, a, member_id, on=v["on"]),
                   member_id, translate("Lifecycle", "&Start outreach"))


def enroll_dialog(ctx: AppContext, parent: QWidget, member_id: str) -> FormDialog:
    from app.services import lifecycle

    spec = ON | {"consent_method": Field(choice(ConsentMethod), required=True)}
    return _dialog(ctx, parent, translate("Lifecycle", "Enroll in the program"),
                   translate("Lifecycle", "The member agrees to take part; their consent is recorded."), spec,
                   [("on", translate("Lifecycle", "&Enrolled on"), _on_day()),
                    ("consent_method", translate("Lifecycle", "&Consent given"), ChoiceEdit(ConsentMethod))],
                   lambda v: lambda s, a: lifecycle.enroll(s, a, member_id, on=v["on"],
                                                           consent_method=v["consent_method"]),
                   member_id, translate("Lifecycle", "&Enroll"))


def decline_dialog(ctx: AppContext, parent: QWidget, member_id: str) -> FormDialog:
    from app.services import lifecycle

    spec = ON | {"reason": Field(text(2000), required=True)}
    return _dialog(ctx, parent, translate("Lifecycle", "Member declined"), "", spec,
                   [("on", translate("Lifecycle", "&Declined on"), _on_day()),
                    ("reason", translate("Lifecycle", "&Reason"), NotesEdit(lines=3))],
                   lambda v: lambda s, a: lifecycle.decline(s, a, member_id, on=v["on"], reason=v["reason"]),
                   member_id, translate("Lifecycle", "&Record decline"))


def unable_to_reach_dialog(ctx: AppContext, parent: QWidget, member_id: str, reason: str) -> FormDialog:
    from app.services import lifecycle

    return _dialog(ctx, parent, translate("Lifecycle", "Mark unable to reach"), reason, ON,
                   [("on", translate("Lifecycle", "&On"), _on_day())],
                   lambda v: lambda s, a: lifecycle.mark_unable_to_reach(s, a, member_id, on=v["on"]),
                   member_id, translate("Lifecycle", "&Mark unable to reach"))


def close_dialog(ctx: AppContext, parent: QWidget, member_id: str) -> FormDialog:
    """Goals met, moved … close now; a decline or unable-to-reach asks a supervisor first."""
    from app.services import lifecycle

    spec = ON | {"reason": Field(choice(ClosureReason), required=True), "note": Field(text(2000))}

    def work(v: dict[str, Any]) -> Any:
        if str(v["reason"]) in NEEDS_APPROVAL:
            return lambda s, a: lifecycle.request_closure(s, a, member_id, reason=v["reason"],
                                                          note=v.get("note", ""))
        return lambda s, a: lifecycle.close(s, a, member_id, on=v["on"], reason=v["reason"],
                                            note=v.get("note", ""))

    explanation = translate(
        "Lifecycle",
        "Closing because the member declined or could not be reached goes to the ICT: it waits for a "
        "supervisor's approval.")
    dialog = _dialog(ctx, parent, translate("Lifecycle", "Close the case"), explanation, spec,
                     [("on", translate("Lifecycle", "&Closed on"), _on_day()),
                      ("reason", translate("Lifecycle", "&Reason"), ClosureReasonEdit()),
                      ("note", translate("Lifecycle", "&Note"), NotesEdit(lines=3))],
                     work, member_id, translate("Lifecycle", "&Close case"))
    dialog.did_save.connect(lambda result: _explain_request(parent, result))
    return dialog


def _explain_request(parent: QWidget, result: Any) -> None:
    if not hasattr(result, "requested_by"):  # closed at once: the banner says so
        return
    text = translate("Lifecycle", "The closure request was sent for ICT review. The case stays open until a "
                         "supervisor approves it; offline, the request waits for the next sync.")
    box = QMessageBox(QMessageBox.Icon.Information, translate("Lifecycle", "Closure requested"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("closure_requested")
    box.setModal(False)
    box.show()


class StatusMenu(QObject):
    """The Status menu's actions, enabled by where the member is in the lifecycle."""

    def __init__(self, ctx: AppContext, parent: QWidget, member_id: str) -> None:
        super().__init__(parent)
        self.ctx, self.parent_widget, self.member_id = ctx, parent, member_id
        self.member: Any = None
        self.outreach: Any = None
        self.menu = QMenu(parent)
        self.menu.setObjectName("status_menu")
        self.start = self._add(self.tr("Start &outreach…"), self._start)
        self.enroll = self._add(self.tr("&Enroll…"), self._enroll)
        self.decline = self._add(self.tr("&Decline…"), self._decline)
        self.unable = self._add(self.tr("Mark &unable to reach…"), self._unable)
        self.close = self._add(self.tr("&Close case…"), self._close)
        self.menu.addSeparator()
        self.requests = self._add(self.tr("Closure &requests…"), self._requests)
        self.update_actions()

    def _add(self, text: str, slot: Any) -> Any:
        action = self.menu.addAction(text)
        action.triggered.connect(slot)
        return action

    def set_state(self, member: Any, outreach: Any) -> None:
        self.member, self.outreach = member, outreach
        self.update_actions()

    def update_actions(self) -> None:
        from app.services.lifecycle import ALLOWED

        status = MemberStatus(self.member.status) if self.member is not None else None
        allowed = ALLOWED.get(status, frozenset()) if status else frozenset()
        candidate = bool(self.outreach and self.outreach.unable_to_reach_candidate)
        self.start.setEnabled(MemberStatus.OUTREACH in allowed)
        self.enroll.setEnabled(MemberStatus.ENROLLED in allowed)
        self.decline.setEnabled(MemberStatus.DECLINED in allowed)
        self.unable.setEnabled(MemberStatus.UNABLE_TO_REACH in allowed and candidate)
        self.close.setEnabled(MemberStatus.CLOSED in allowed)
        supervisor = self.ctx.actor is not None and self.ctx.actor.role == "supervisor"
        self.requests.setVisible(supervisor)

    def _start(self) -> None:
        start_outreach_dialog(self.ctx, self.parent_widget, self.member_id).open()

    def _enroll(self) -> None:
        enroll_dialog(self.ctx, self.parent_widget, self.member_id).open()

    def _decline(self) -> None:
        decline_dialog(self.ctx, self.parent_widget, self.member_id).open()

    def _unable(self) -> None:
        reason = self.outreach.reason if self.outreach is not None else ""
        unable_to_reach_dialog(self.ctx, self.parent_widget, self.member_id, reason).open()

    def _close(self) -> None:
        close_dialog(self.ctx, self.parent_widget, self.member_id).open()

    def _requests(self) -> None:
        from ui.encounter.closures import ClosureRequestsDialog

        ClosureRequestsDialog(self.ctx, self.parent_widget).open()
