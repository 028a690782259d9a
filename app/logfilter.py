"""A logging filter that keeps PHI and secrets out of every log line, whatever a caller passes.

Carefield's own log calls name types, counts and routes, never member data; this filter is the net under
that rule, installed on the handlers of the app, the command line and the server::

    logging.basicConfig(...)
    logfilter.install()          # root handlers (and logging.lastResort); idempotent

A record is redacted, never dropped (the line still says something happened, and where):

- an argument that is an ORM row, a view (dataclass) or pydantic model with member fields, a mapping with
  member-field keys, or image/PDF bytes is replaced by ``<withheld TypeName>``;
- a message whose text still shows a member field with a value (``first_name='…'``, ``"dob": "…"``) is
  replaced whole;
- statement parameters and result rows logged by SQLAlchemy below WARNING are withheld;
- passwords, passphrases, tokens, recovery codes and ``Bearer`` credentials are replaced by ``[redacted]``;
- an exception (an argument, the message, or a traceback's) keeps its type and frames; its message is kept
  only for Carefield's own errors, whose messages are written to name fields and rules (``NotFound`` loses
  its key); any other exception's message may quote values (a database error lists its parameters).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Mapping
from typing import Any

# The patterns compile, and dataclasses and traceback load, on the first record filtered, not on import:
# this module loads before the app's first window (~10 ms otherwise).

# Member-data field names (client columns, server documents, views, FHIR-ish dicts); compared lowercased.
PHI_FIELDS = frozenset({
    "first_name", "last_name", "preferred_name", "middle_name", "full_name", "name", "dob", "birth_date",
    "birthdate", "date_of_birth", "ssn", "plan_member_id", "medicaid_id", "medicare_id", "email",
    "note", "notes", "text", "member_words", "signature_png", "signature", "signer_name", "caregiver_name",
    "cultural_notes", "referral_reason", "vision_needs", "hearing_needs", "description", "title", "answers",
    "conclusions", "error_reason", "action_taken", "outcome", "resource_contact", "resource_name",
    "plan_to_address", "self_management_plan", "follow_up_schedule", "caregiver_involvement", "location",
    "facility", "substance", "reaction", "snooze_reason", "reason", "measure", "baseline", "target_value",
    "organization", "city", "zip", "postal_code", "fields", "data", "values",
})
PHI_PREFIXES = ("phone", "address", "email", "emergency_contact", "guardian")
SECRET_FIELDS = ("password", "passphrase", "passwd", "pwd", "token", "access_token", "refresh_token",
                 "device_token", "secret", "api_key", "recovery_code", "authorization", "key_hex")
_PHI_NAME = (r"(?:first_name|last_name|preferred_name|full_name|dob|birth_?date|date_of_birth|ssn|"
             r"plan_member_id|email\w*|phone\w*|address\w*|notes?|text|member_words|signature_png|"
             r"signer_name|caregiver_name|cultural_notes|referral_reason|vision_needs|hearing_needs|"
             r"description|answers|conclusions|action_taken|resource_contact|plan_to_address)")
_EMPTY = r"(?:None\b|null\b|''|\"\"|\?|:\w|%\(|\)|,|$)"
_SECRET_NAME = "|".join(SECRET_FIELDS)


@functools.cache
def phi_in_text() -> re.Pattern[str]:
    """name=value as a dataclass or kwargs repr shows it, or "name": value as a dict or JSON does."""
    return re.compile(
        rf"(?i)(?:\b{_PHI_NAME}\s*=\s*(?!{_EMPTY})\S|(['\"]){_PHI_NAME}\1\s*:\s*(?!{_EMPTY})\S)")


@functools.cache
def secret_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return (
        (re.compile(rf"(?i)(['\"](?:{_SECRET_NAME})['\"]\s*:\s*)(['\"])(?:\\.|(?!\2).)*\2"),
         r"\1\2[redacted]\2"),
        (re.compile(rf"(?i)(\b(?:{_SECRET_NAME})\b\s*[=:]\s*)(?!\[redacted\])(?:Bearer\s+|Basic\s+)?"
                    r"['\"]?[^\s'\",;&)}]+['\"]?"), r"\1[redacted]"),
        (re.compile(r"(?i)\b(Bearer|Basic)\s+(?!\[redacted\])[A-Za-z0-9._~+/=-]+"), r"\1 [redacted]"),
        (re.compile(r"(?i)(pragma\s+(?:re)?key\s*=\s*)\S+"), r"\1[redacted]"),
    )

WITHHELD_MESSAGE = "[log message withheld: it showed member data] (%s:%d)"
_BINARY_MAGIC = (b"\x89PNG", b"%PDF", b"\xff\xd8\xff", b"GIF8")
_DEPTH = 4


def is_phi_key(key: object) -> bool:
    name = str(key).lower()
    return name in PHI_FIELDS or name.startswith(PHI_PREFIXES)


def is_secret_key(key: object) -> bool:
    name = str(key).lower()
    return any(part in name for part in SECRET_FIELDS)


def carries_phi(value: Any, depth: int = _DEPTH) -> bool:
    """Whether a log argument is, or holds, member data (by what it is, not by guessing at strings)."""
    if depth < 0 or value is None or isinstance(value, (int, float, bool, str)):
        return False
    if hasattr(value, "_sa_instance_state") or hasattr(type(value), "__table__"):
        return True  # an ORM row: any mapped row of this app may hold member data
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value[:4]).startswith(_BINARY_MAGIC)
    import dataclasses

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: getattr(value, f.name, None) for f in dataclasses.fields(value)}
        return _mapping_carries_phi(fields, depth)
    if hasattr(type(value), "model_fields") and hasattr(value, "model_dump"):
        return _mapping_carries_phi(value.model_dump(), depth)
    if isinstance(value, Mapping):
        return _mapping_carries_phi(value, depth)
    if isinstance(value, (list, tuple, set, frozenset)):
        return any(carries_phi(item, depth - 1) for item in list(value)[:200])
    return False


def _mapping_carries_phi(mapping: Mapping[Any, Any], depth: int) -> bool:
    return any((is_phi_key(k) and v not in (None, "", b"")) or carries_phi(v, depth - 1)
               for k, v in mapping.items())


def redact_secrets(text: str) -> str:
    for pattern, replacement in secret_patterns():
        text = pattern.sub(replacement, text)
    return text


class PhiFilter(logging.Filter):
    """Redacts PHI and secrets from each record in place; always lets the (cleaned) record through."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_carefield_clean", False):
            return True  # another handler's filter has already cleaned this record
        try:
            _clean(record)
        except Exception:  # a record we cannot check is withheld; logging itself never fails
            record.msg, record.args = WITHHELD_MESSAGE, (record.module, record.lineno)
            record.exc_info, record.exc_text = None, None
        record._carefield_clean = True
        return True


def _clean(record: logging.LogRecord) -> None:
    if isinstance(record.msg, BaseException):
        record.msg = _describe(record.msg)
    elif not isinstance(record.msg, str):
        record.msg = _withheld(record.msg) if carries_phi(record.msg) else str(record.msg)
    if record.args:
        record.args = _clean_args(record.args, sql=_is_sql_detail(record))
    message = record.getMessage()
    if phi_in_text().search(message):
        record.msg, record.args = WITHHELD_MESSAGE, (record.module, record.lineno)
    else:
        redacted = redact_secrets(message)
        if redacted != message:
            record.msg, record.args = redacted, ()
    if record.exc_info or record.exc_text:
        record.exc_text = _safe_traceback(record.exc_info)
        record.exc_info = None
    if record.stack_info:
        record.stack_info = redact_secrets(record.stack_info)


def _is_sql_detail(record: logging.LogRecord) -> bool:
    return record.name.startswith("sqlalchemy.engine") and record.levelno < logging.WARNING


def _clean_args(args: Any, *, sql: bool) -> Any:
    if isinstance(args, Mapping):
        return {k: _clean_mapping_value(k, v, sql) for k, v in args.items()}
    return tuple(_clean_arg(a, sql) for a in args)


def _clean_mapping_value(key: object, value: Any, sql: bool) -> Any:
    if is_secret_key(key):
        return "[redacted]"
    if is_phi_key(key) and value not in (None, ""):
        return _withheld(value)
    return _clean_arg(value, sql)


def _clean_arg(value: Any, sql: bool) -> Any:
    if sql and not isinstance(value, (str, int, float, bool)):
        return "<withheld parameters>"  # statement parameters and result rows are member data
    if isinstance(value, str):
        return _withheld(value) if phi_in_text().search(value) else value
    if isinstance(value, BaseException):
        return _describe(value)  # e.g. a database error's message lists the statement's parameters
    return _withheld(value) if carries_phi(value) else value


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {_exception_message(exc)}"


def _withheld(value: Any) -> str:
    return f"<withheld {type(value).__name__}>"


def _safe_traceback(exc_info: Any) -> str:
    """Frames and exception types only: exception messages and local values may hold PHI."""
    import traceback

    if not exc_info or exc_info[1] is None:
        return ""
    blocks: list[str] = []
    exc: BaseException | None = exc_info[1]
    while exc is not None and len(blocks) < 10:
        frames = "".join(f'  File "{f.filename}", line {f.lineno}, in {f.name}\n'
                         for f in traceback.extract_tb(exc.__traceback__))
        blocks.append(f"Traceback (most recent call last):\n{frames}{_describe(exc)}")
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return "\n\nThe above exception led to the following one:\n\n".join(reversed(blocks))


def _exception_message(exc: BaseException) -> str:
    from app.errors import CarefieldError, NotFound

    if isinstance(exc, NotFound):
        return f"{exc.what} not found"  # the key may be a member's name or plan ID
    if isinstance(exc, CarefieldError):
        message = str(exc)
        return "(message withheld)" if phi_in_text().search(message) else redact_secrets(message)
    return "(message withheld)"


def install(*loggers: logging.Logger | str) -> PhiFilter:
    """Adds one PhiFilter to every handler of the given loggers (default: the root logger) and to
    ``logging.lastResort``; handlers that already have one are left alone. Returns the filter."""
    targets = [logging.getLogger(x) if isinstance(x, str) else x for x in loggers] or [logging.getLogger()]
    handlers = [h for logger in targets for h in logger.handlers]
    if logging.lastResort is not None:
        handlers.append(logging.lastResort)
    phi_filter = PhiFilter()
    for handler in handlers:
        if not any(isinstance(f, PhiFilter) for f in handler.filters):
            handler.addFilter(phi_filter)
    return phi_filter


SERVER_LOGGERS = ("", "uvicorn", "uvicorn.error", "uvicorn.access", "gunicorn.error", "gunicorn.access")


def install_for_server() -> PhiFilter:
    """The server's loggers: root plus uvicorn's (which do not propagate) and gunicorn's if present."""
    return install(*SERVER_LOGGERS)
