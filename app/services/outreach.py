"""Outreach: logging contact attempts, and when the program's rule makes a member unable to reach.

The rule is data (resources/programs/*.toml): so many failed attempts, on different days if the rule
says so, within a window of days, with no contact since the first of them. Days are the nurse's local
days (the offset recorded with each attempt), so an evening call and the next morning's are two days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import programs
from app.actor import Actor
from app.errors import ValidationError
from app.model.encounter import Encounter
from app.model.enums import Channel, ContactOutcome, EncounterKind, MemberStatus
from app.programs import ProgramRules
from app.services import encounters, lifecycle
from app.services import fields as f
from app.services.encounters import EncounterView
from app.services.lifecycle_steps import required_choice
from app.services.records import live_member

FAILED = frozenset({ContactOutcome.NO_ANSWER, ContactOutcome.VOICEMAIL, ContactOutcome.WRONG_NUMBER})
# The member answered: reached, or reached and said no. Either ends a run of failed attempts.
ANSWERED = frozenset({ContactOutcome.REACHED, ContactOutcome.DECLINED})
DEFAULT_MINUTES = {Channel.PHONE: 5, Channel.TEXT: 2, Channel.MAIL: 5, Channel.VISIT: 15, Channel.VIDEO: 5}


@dataclass(frozen=True, slots=True)
class OutreachStatus:
    attempts: int
    distinct_days: int
    window_start: date | None
    required: int
    unable_to_reach_candidate: bool
    reason: str


def log_attempt(
    s: Session, actor: Actor, member_id: str, channel: Channel | str, outcome: ContactOutcome | str, *,
    at: datetime | None = None, note: str = "",
) -> EncounterView:
    """One signed contact attempt. An identified member moves to outreach; a decline is only recorded
    (the nurse decides with lifecycle.decline)."""
    channel = required_choice(Channel, "channel", channel)
    outcome = required_choice(ContactOutcome, "outcome", outcome)
    at = _attempt_time(at)
    member = live_member(s, member_id)
    minutes = DEFAULT_MINUTES[channel]
    draft = encounters.create(s, actor, member_id, kind=EncounterKind.CONTACT_ATTEMPT, channel=channel,
                              outcome=outcome, started_at=at, ended_at=at + timedelta(minutes=minutes),
                              minutes=minutes, note=note)
    signed = encounters.sign(s, actor, draft.id)
    if member.status == MemberStatus.IDENTIFIED:
        lifecycle.start_outreach(s, actor, member_id, on=max(_local_day(signed.started_at,
                                 signed.utc_offset_minutes), member.identified_on))
    return signed


def status(s: Session, member_id: str, *, as_of: date | None = None) -> OutreachStatus:
    member = live_member(s, member_id)
    rules = programs.rules_for(member.program)
    as_of = as_of or date.today()
    days = _failed_days_since_answer(s, member_id, as_of)
    inside, start, met = _window(days, rules, as_of)
    distinct = len(set(inside))
    return OutreachStatus(attempts=len(inside), distinct_days=distinct, window_start=start,
                          required=rules.outreach_attempts_required, unable_to_reach_candidate=met,
                          reason=_reason(rules, len(inside), distinct, met))


def _failed_days_since_answer(s: Session, member_id: str, as_of: date) -> list[date]:
    """Local days of failed attempts after the last time the member answered, up to ``as_of``."""
    rows = s.execute(select(Encounter.started_at, Encounter.utc_offset_minutes, Encounter.outcome)
                     .where(Encounter.member_id == member_id, Encounter.deleted.is_(False),
                            Encounter.status.in_(encounters.SIGNED), Encounter.outcome.is_not(None))
                     .order_by(Encounter.started_at))
    days: list[date] = []
    for started_at, offset, outcome in rows:
        day = _local_day(started_at, offset)
        if day > as_of:
            continue
        if outcome in ANSWERED:
            days = []
        elif outcome in FAILED:
            days.append(day)
    return days


def _window(days: list[date], rules: ProgramRules, as_of: date) -> tuple[list[date], date | None, bool]:
    """The first window that meets the rule, else the attempts that still count towards it today."""
    width = rules.outreach_window_days
    for i, start in enumerate(days):
        inside = [day for day in days[i:] if (day - start).days < width]
        counted = len(set(inside)) if rules.outreach_distinct_days else len(inside)
        if counted >= rules.outreach_attempts_required:
            return inside, start, True
    current = [day for day in days if (as_of - day).days < width]
    return current, (current[0] if current else None), False


def _reason(rules: ProgramRules, attempts: int, distinct: int, met: bool) -> str:
    counted = distinct if rules.outreach_distinct_days else attempts
    days = " on different days" if rules.outreach_distinct_days else ""
    if met:
        return (f"{counted} failed attempts{days} within {rules.outreach_window_days} days: "
                "the member may be marked unable to reach")
    return (f"{counted} of {rules.outreach_attempts_required} failed attempts{days} "
            f"within {rules.outreach_window_days} days")


def _attempt_time(at: datetime | None) -> datetime:
    if at is None:
        return datetime.now().astimezone()
    try:
        moment = f.moment(at)
    except ValueError as exc:
        raise ValidationError("at", str(exc)) from None
    assert moment is not None
    return encounters.refuse_future(moment, "at")


def _local_day(moment: datetime, offset_minutes: int) -> date:
    return (moment + timedelta(minutes=offset_minutes)).date()
