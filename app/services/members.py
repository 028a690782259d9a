"""Members: referral intake, demographics, the caseload list and search."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from app import programs
from app.actor import Actor
from app.errors import NotFound, ValidationError
from app.model.enums import (
    AuditAction,
    DataCategory,
    LineOfBusiness,
    MemberStatus,
    Program,
    ReferralSource,
    RiskTier,
    Sex,
)
from app.model.member import Member, MemberStatusChange
from app.services import fields as f
from app.services.records import live_member, view_of
from app.store import audit

# How often each tier is contacted (days) when no program is named; the program files
# (resources/programs/*.toml) carry each program's own cadence.
CONTACT_CADENCE_DAYS = {RiskTier.HIGH: 14, RiskTier.MEDIUM: 30, RiskTier.LOW: 90}

DEMOGRAPHICS: dict[str, f.Field] = {
    "first_name": f.Field(f.name(100), required=True),
    "middle_name": f.Field(f.name(100)),
    "last_name": f.Field(f.name(100), required=True),
    "preferred_name": f.Field(f.name(100)),
    "dob": f.Field(f.day(past_only=True), required=True),
    "sex": f.Field(f.choice(Sex)),
    "gender_identity": f.Field(f.text(60)),
    "pronouns": f.Field(f.text(30)),
    "preferred_language": f.Field(f.language),
    "interpreter_needed": f.Field(f.flag),
    "vision_needs": f.Field(f.text(1000)),
    "hearing_needs": f.Field(f.text(1000)),
    "cultural_notes": f.Field(f.text(2000)),
    "phone_primary": f.Field(f.phone),
    "phone_secondary": f.Field(f.phone),
    "email": f.Field(f.email),
    "address_line1": f.Field(f.text(200)),
    "address_line2": f.Field(f.text(200)),
    "city": f.Field(f.text(100)),
    "state": f.Field(f.us_state),
    "postal_code": f.Field(f.postal_code),
    "confidential_address": f.Field(f.text(1000)),
    "preferred_contact_times": f.Field(f.text(200)),
    "health_plan": f.Field(f.text(100)),
    "line_of_business": f.Field(f.choice(LineOfBusiness), required=True),
    "program": f.Field(f.choice(Program), required=True),
    "risk_tier": f.Field(f.choice(RiskTier), required=True),
    "assigned_nurse": f.Field(f.text(64)),
    "no_known_allergies": f.Field(f.flag),
}
INTAKE: dict[str, f.Field] = {
    "plan_member_id": f.Field(f.plan_member_id, required=True),
    "referral_source": f.Field(f.choice(ReferralSource), required=True),
    "referral_reason": f.Field(f.text(2000)),
    "identified_on": f.Field(f.day(past_only=True, earliest=date(2000, 1, 1)), required=True),
}
SPEC = DEMOGRAPHICS | INTAKE


@dataclass(frozen=True, slots=True)
class MemberView:
    id: str
    plan_member_id: str
    first_name: str
    middle_name: str
    last_name: str
    preferred_name: str
    dob: date
    sex: Sex
    gender_identity: str
    pronouns: str
    preferred_language: str
    interpreter_needed: bool
    vision_needs: str
    hearing_needs: str
    cultural_notes: str
    phone_primary: str
    phone_secondary: str
    email: str
    address_line1: str
    address_line2: str
    city: str
    state: str
    postal_code: str
    confidential_address: str
    preferred_contact_times: str
    health_plan: str
    line_of_business: LineOfBusiness
    program: Program
    risk_tier: RiskTier
    status: MemberStatus
    referral_source: ReferralSource | None
    referral_reason: str
    identified_on: date
    outreach_started_on: date | None
    enrolled_on: date | None
    declined_on: date | None
    unable_to_reach_on: date | None
    closed_on: date | None
    assigned_nurse: str
    no_known_allergies: bool
    last_contact_at: datetime | None
    next_due_on: date | None
    version: int

    @property
    def age(self) -> int:
        return age_on(self.dob, date.today())


@dataclass(frozen=True, slots=True)
class CaseloadRow:
    id: str
    plan_member_id: str
    first_name: str
    last_name: str
    preferred_name: str
    dob: date
    risk_tier: RiskTier
    program: Program
    status: MemberStatus
    preferred_language: str
    interpreter_needed: bool
    phone_primary: str
    last_contact_at: datetime | None
    next_due_on: date | None

    @property
    def age(self) -> int:
        return age_on(self.dob, date.today())

    def is_overdue(self, today: date) -> bool:
        return self.next_due_on is not None and self.next_due_on < today


class DuplicateMember(ValidationError):
    """The new referral looks like a member already on file (same plan ID, or same name and DOB)."""

    def __init__(self, field: str, message: str, matches: list[CaseloadRow]) -> None:
        super().__init__(field, message)
        self.matches = matches


def age_on(dob: date, today: date) -> int:
    return today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))


def next_due(
    tier: RiskTier, last_contact: datetime | None, identified_on: date, *, program: Program | None = None
) -> date:
    start = last_contact.date() if last_contact else identified_on
    cadence = programs.rules_for(program).contact_cadence_days if program else CONTACT_CADENCE_DAYS
    return start + timedelta(days=cadence[RiskTier(tier)])


def create(session: Session, actor: Actor, *, allow_same_name_dob: bool = False, **fields: Any) -> MemberView:
    """Referral intake. Refuses a plan ID already on file; a name + DOB match needs confirmation."""
    values = f.clean(SPEC, fields)
    _refuse_duplicates(session, values, allow_same_name_dob)
    member = Member(**values, status=MemberStatus.IDENTIFIED)
    member.phone_digits = f.phone_search_digits(member.phone_primary or "", member.phone_secondary or "")
    member.next_due_on = next_due(member.risk_tier, None, member.identified_on, program=member.program)
    session.add(member)
    session.flush()
    session.add(MemberStatusChange(
        member_id=member.id, from_status=None, to_status=MemberStatus.IDENTIFIED,
        changed_on=member.identified_on, reason="referral",
    ))
    audit.record(session, actor, AuditAction.CREATE, DataCategory.DEMOGRAPHICS,
                 entity_type="member", entity_id=member.id, member_id=member.id)
    return view_of(MemberView, member)


def update(session: Session, actor: Actor, member_id: str, **changes: Any) -> MemberView:
    member = live_member(session, member_id)
    if "plan_member_id" in changes:
        raise ValidationError("plan_member_id", "cannot be changed once the member is on file")
    values = f.clean(SPEC, changes, partial=True)
    for name, value in values.items():
        setattr(member, name, value)
    if {"phone_primary", "phone_secondary"} & values.keys():
        member.phone_digits = f.phone_search_digits(member.phone_primary, member.phone_secondary)
    if {"risk_tier", "program"} & values.keys():
        member.next_due_on = next_due(member.risk_tier, member.last_contact_at, member.identified_on,
                                      program=member.program)
    session.flush()
    audit.record(session, actor, AuditAction.UPDATE, DataCategory.DEMOGRAPHICS,
                 entity_type="member", entity_id=member.id, member_id=member.id,
                 details={"fields": sorted(values)})
    return view_of(MemberView, member)


def get(
    session: Session, actor: Actor, member_id: str, *, category: DataCategory = DataCategory.CHART
) -> MemberView:
    """Read one member's chart header; the read is audited as a view."""
    member = live_member(session, member_id)
    audit.record(session, actor, AuditAction.VIEW, category,
                 entity_type="member", entity_id=member.id, member_id=member.id)
    return view_of(MemberView, member)


def peek(session: Session, member_id: str) -> MemberView:
    """Re-read a chart header already opened (and audited) in this session, e.g. after the nurse's own
    audited edit. Opening a chart must go through ``get``."""
    return view_of(MemberView, live_member(session, member_id))


def resolve(session: Session, key: str) -> str:
    """A member's internal id from their plan member ID or internal id."""
    key = key.strip()
    found = session.scalar(
        select(Member.id).where(
            or_(Member.id == key, Member.plan_member_id == key.upper()), Member.deleted.is_(False)
        )
    )
    if found is None:
        raise NotFound("member", key)
    return found


_ROW_COLUMNS = [getattr(Member, name) for name in CaseloadRow.__dataclass_fields__]


def caseload(
    session: Session,
    *,
    tier: RiskTier | None = None,
    program: Program | None = None,
    status: MemberStatus | None = None,
    overdue_on: date | None = None,
    search: str = "",
) -> list[CaseloadRow]:
    """The nurse's members, filtered, sorted by last name. Not audited: a list, not a chart."""
    query = select(*_ROW_COLUMNS).where(Member.deleted.is_(False))
    if tier:
        query = query.where(Member.risk_tier == RiskTier(tier))
    if program:
        query = query.where(Member.program == Program(program))
    if status:
        query = query.where(Member.status == MemberStatus(status))
    if overdue_on:
        query = query.where(Member.next_due_on < overdue_on)
    if search.strip():
        expression = _match_expression(search)
        if expression is None:
            return []
        query = query.where(text("member.rowid IN (SELECT rowid FROM member_fts WHERE member_fts MATCH :q)"))
        query = query.params(q=expression)
    query = query.order_by(func.lower(Member.last_name), func.lower(Member.first_name))
    return [CaseloadRow(*row) for row in session.execute(query)]


def search(session: Session, query: str, *, limit: int = 20) -> list[CaseloadRow]:
    """Global search by name, preferred name, plan ID or phone (any 4, 7 or 10 digits)."""
    return caseload(session, search=query)[:limit]


def _match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression: every word a prefix; phone-like input matched on digits."""
    stripped = query.strip()
    if re.fullmatch(r"[\d\s()+\-.]+", stripped) and sum(ch.isdigit() for ch in stripped) >= 4:
        digits = re.sub(r"\D", "", stripped)
        return f'phone_digits : "{digits}"*'
    words = re.findall(r"\w+", stripped, flags=re.UNICODE)
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in words)


def find_duplicates(
    session: Session, *, plan_member_id: str = "", first_name: str = "", last_name: str = "",
    dob: date | None = None,
) -> list[CaseloadRow]:
    """Members already on file with the same plan ID, or the same name and date of birth."""
    conditions = []
    if plan_member_id.strip():
        conditions.append(Member.plan_member_id == plan_member_id.strip().upper())
    if first_name.strip() and last_name.strip() and dob:
        conditions.append(
            (func.lower(Member.first_name) == first_name.strip().lower())
            & (func.lower(Member.last_name) == last_name.strip().lower())
            & (Member.dob == dob)
        )
    if not conditions:
        return []
    rows = session.execute(select(*_ROW_COLUMNS).where(Member.deleted.is_(False), or_(*conditions)))
    return [CaseloadRow(*row) for row in rows]


def _refuse_duplicates(session: Session, values: dict[str, Any], allow_same_name_dob: bool) -> None:
    same_id = find_duplicates(session, plan_member_id=values["plan_member_id"])
    if same_id:
        raise DuplicateMember("plan_member_id", "is already on file for another member", same_id)
    same_person = find_duplicates(
        session, first_name=values["first_name"], last_name=values["last_name"], dob=values["dob"]
    )
    if same_person and not allow_same_name_dob:
        raise DuplicateMember("last_name", "a member with this name and date of birth is already on file",
                              same_person)
