"""How far the caseload's rule tasks are already in line with the clocks, so a caseload list (Today, the
Tasks page) need not refresh every member again before it reads: on 5,000 members a refresh reads every
member's record (~1.5 s), and the lists load at unlock, when shown, and after each change.

One ledger per AppContext, shared by the caseload feeds. It starts, and starts again at every lock, as
"nothing refreshed": the first load refreshes everyone. A caseload-wide refresh marks the day; then a
change to one member's record (a signed note, a plan review) puts only that member on the list for the
next load. A change to everything (unlock, sync, demo data) or to members not named, or a new day, asks
for a caseload-wide refresh again. Changes to tasks alone move no deadline and ask for nothing.

A load takes a ``ticket`` when it starts and reports with it when it is done, so a change that came while
it ran (its write may have missed that load) is kept for the next one.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from ui.context import AppContext, Changes

Scope = frozenset[str] | None  # the members to refresh; None: every member
MAX_MEMBERS = 20  # more members changed than this: one caseload-wide refresh is the cheaper way
DEADLINE_KINDS = ("care_plan", "encounter", "assessment", "member", "referral")  # what can move one
_NAME = "task_refresh_ledger"


class RefreshLedger(QObject):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setObjectName(_NAME)
        self.day: date | None = None  # of the last caseload-wide refresh
        self.members: dict[str, int] = {}  # changed since, with the ticket of their last change
        self.tickets = 0  # one per change that asks for a refresh
        self.reset_at = 0  # the ticket of the last change that asked for a caseload-wide one
        ctx.changes_did_happen.connect(self._changes_did_happen)
        ctx.store_will_close.connect(self._forget)

    @classmethod
    def of(cls, ctx: AppContext) -> RefreshLedger:
        found = ctx.findChild(QObject, _NAME)
        return found if isinstance(found, RefreshLedger) else cls(ctx)

    def scope(self, today: date) -> tuple[Scope, int]:
        """What a load starting now must refresh, and its ticket."""
        if self.day != today or len(self.members) > MAX_MEMBERS:
            return None, self.tickets
        return frozenset(self.members), self.tickets

    def refreshed(self, today: date, scope: Scope, ticket: int) -> None:
        """A load that took ``ticket`` refreshed ``scope`` as of ``today``."""
        if scope is None:
            if self.reset_at > ticket:
                return  # everything changed meanwhile
            self.day = today
            scope = frozenset(self.members)
        for member_id in scope:
            if self.members.get(member_id, ticket + 1) <= ticket:
                del self.members[member_id]

    def _changes_did_happen(self, changes: Changes) -> None:
        if not any(changes.touches(kind) for kind in DEADLINE_KINDS):
            return
        self.tickets += 1
        if changes.everything or not changes.member_ids:
            self._reset()
        else:
            self.members.update(dict.fromkeys(changes.member_ids, self.tickets))

    def _forget(self) -> None:
        self.tickets += 1
        self._reset()

    def _reset(self) -> None:
        self.day, self.reset_at = None, self.tickets
        self.members.clear()
