"""The conflicts list: one row per open conflict, with the member's name and the field in words."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.errors import NotFound
from app.services import conflicts, members
from app.services.conflicts import ConflictView
from ui.i18n import arg
from ui.messages import field_label
from ui.sync.values import kind_label, one_line, refused_change_text, value_text
from ui.widgets.dates import format_datetime
from ui.widgets.table_model import Column, RecordModel
from ui.widgets.text import translate


@dataclass(frozen=True, slots=True)
class ConflictRow:
    """A conflict as the page shows it; texts are made on the GUI thread, where translators live."""

    conflict: ConflictView
    member_last_name: str  # both blank when the member is no longer on this laptop
    member_first_name: str

    @property
    def id(self) -> str:
        return self.conflict.id

    @property
    def refused(self) -> bool:
        return self.conflict.refused

    def field_text(self) -> str:
        if self.refused:
            return translate("Conflicts", "Whole change refused")
        return field_label(self.conflict.field)

    def mine_text(self) -> str:
        c = self.conflict
        if c.refused:
            return refused_change_text(c.table_name, c.local_value)
        return value_text(c.table_name, c.field, c.local_value)

    def theirs_text(self) -> str:
        c = self.conflict
        if c.refused:
            return str(c.server_value or translate("Conflicts", "The server gave no reason."))
        return value_text(c.table_name, c.field, c.server_value)


def load_rows(session: Session) -> list[ConflictRow]:
    """Open conflicts with each member's name (``peek``: a name only, no chart opened)."""
    names: dict[str, tuple[str, str]] = {}
    rows = []
    for conflict in conflicts.open_conflicts(session):
        member_id = conflict.member_id or ""
        if member_id and member_id not in names:
            try:
                view = members.peek(session, member_id)
                names[member_id] = (view.last_name, view.first_name)
            except NotFound:
                names[member_id] = ("", "")
        rows.append(ConflictRow(conflict, *names.get(member_id, ("", ""))))
    return rows


def member_text(row: ConflictRow) -> str:
    if not row.member_last_name:
        return translate("Conflicts", "(no longer on this laptop)")
    return arg(translate("Conflicts", "%1, %2"), row.member_last_name, row.member_first_name)


class ConflictsModel(RecordModel[ConflictRow]):
    def columns(self) -> list[Column[ConflictRow]]:
        return [
            Column(self.tr("Member"), member_text),
            Column(self.tr("Record"), lambda r: kind_label(r.conflict.table_name)),
            Column(self.tr("Detail"), ConflictRow.field_text),
            Column(self.tr("On this laptop"), lambda r: one_line(r.mine_text()),
                   tooltip=ConflictRow.mine_text),
            Column(self.tr("On the server"), lambda r: one_line(r.theirs_text()),
                   tooltip=ConflictRow.theirs_text),
            Column(self.tr("Found"), lambda r: format_datetime(r.conflict.detected_at),
                   sort=lambda r: r.conflict.detected_at.timestamp()),
        ]
