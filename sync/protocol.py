"""The sync contract shared by client and server (DESIGN.md §4). Version 1, under /api/v1.

Every decision has a name and a reason: a pushed change comes back ``applied``, ``merged``,
``conflict`` or ``rejected`` with a sentence saying why.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

API = "/api/v1"
MAX_PUSH_BATCH = 500
MAX_PULL_LIMIT = 1000

# Tables the client may push. Audit events travel separately (append-only, hash-chained).
SYNCED_TABLES: frozenset[str] = frozenset({
    "member", "member_status_change", "closure_request", "contact", "care_team_member", "condition",
    "medication", "allergy", "utilization_event", "consent", "encounter", "addendum",
    "assessment_response", "safety_alert", "care_plan", "problem", "goal", "intervention", "barrier",
    "referral", "progress_review", "plan_agreement", "task", "care_plan_version", "plan_proposal",
})

# Once a row reaches one of these states it is a signed clinical record: only the listed fields may
# still change (e.g. a signed note can be marked entered in error), everything else is rejected.
FROZEN_STATES: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {
    "encounter": ("status", frozenset({"signed", "amended", "entered_in_error"}),
                  frozenset({"status", "error_reason"})),
    "assessment_response": ("status", frozenset({"completed"}), frozenset()),
}
# Rows never changed once written (an addendum is itself the change to a signed note).
INSERT_ONLY_TABLES: frozenset[str] = frozenset({"addendum"})
STAMP_FIELDS = frozenset({"updated_at", "updated_by"})
# Closing a case for decline or unable-to-reach is the supervisor's act: a change that decides a
# closure request (sets a decided status or any decision field) is accepted only from a supervisor.
SUPERVISOR_DECISIONS: dict[str, tuple[str, frozenset[str], frozenset[str]]] = {
    "closure_request": ("status", frozenset({"approved", "denied"}),
                        frozenset({"decided_at", "decided_by", "decision_note"})),
}
# Closing a member for these reasons needs the ICT's approval (an approved closure request on the server).
CLOSURE_NEEDS_APPROVAL: frozenset[str] = frozenset({"declined", "unable_to_reach"})


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ChangeOp(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


class ChangeResult(StrEnum):
    APPLIED = "applied"
    MERGED = "merged"
    CONFLICT = "conflict"
    REJECTED = "rejected"


class Role(StrEnum):
    NURSE = "nurse"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class LoginRequest(Strict):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1024)
    device_id: str = Field(min_length=1, max_length=64)
    device_name: str = Field(default="", max_length=200)


class LoginResponse(Strict):
    token: str
    username: str
    role: Role
    expires_at: str  # ISO-8601 UTC


class RefreshResponse(Strict):
    """POST /auth/refresh with a valid token: a new token for the same device; the old one is revoked."""

    token: str
    expires_at: str  # ISO-8601 UTC


class Change(Strict):
    change_id: str = Field(min_length=1, max_length=64)
    table: str = Field(min_length=1, max_length=40)
    row_id: str = Field(min_length=1, max_length=64)
    member_id: str | None = Field(default=None, max_length=64)
    op: ChangeOp
    fields: dict[str, Any]
    base_version: int = Field(ge=0)
    hlc: str = Field(pattern=r"^[0-9]{15}-[0-9]{5}-[A-Za-z0-9._~-]{1,64}$")


class PushRequest(Strict):
    device_id: str = Field(min_length=1, max_length=64)
    changes: list[Change] = Field(max_length=MAX_PUSH_BATCH)
    pending: int = Field(default=0, ge=0)  # how many more are waiting on the device (for `status`)


class FieldConflict(Strict):
    field: str
    local_value: Any
    server_value: Any
    server_hlc: str
    kept: str  # "local" or "server": which value won last-writer-wins


class PushResult(Strict):
    change_id: str
    result: ChangeResult
    version: int = 0  # the row's server version after this change (0 when rejected)
    reason: str = ""
    conflicts: list[FieldConflict] = Field(default_factory=list)


class PushResponse(Strict):
    results: list[PushResult]


class Row(Strict):
    table: str
    id: str
    member_id: str | None
    version: int
    deleted: bool
    fields: dict[str, Any]
    field_hlc: dict[str, str] = Field(default_factory=dict)


class PullResponse(Strict):
    rows: list[Row]
    removed_members: list[str] = Field(default_factory=list)  # assignment ended: purge locally
    next_cursor: int = Field(ge=0)
    has_more: bool


class AuditEventIn(Strict):
    seq: int = Field(ge=1)
    id: str
    at: str
    user: str
    device: str
    action: str
    entity_type: str
    entity_id: str
    member_id: str | None
    category: str
    details: dict[str, Any]
    prev_hash: str = Field(min_length=64, max_length=64)
    hash: str = Field(min_length=64, max_length=64)


class AuditPushRequest(Strict):
    device_id: str
    events: list[AuditEventIn] = Field(max_length=MAX_PUSH_BATCH)


class AuditPushResponse(Strict):
    accepted_through: int  # the highest local seq the server now holds for this device
    chain_ok: bool
    reason: str = ""


class Health(Strict):
    status: str
    api: str
    version: str


class ErrorBody(Strict):
    error: str  # a stable code: auth, revoked, forbidden, invalid, throttled …
    message: str
    reason: str = ""  # for error "auth": expired, revoked, unknown, inactive, missing
