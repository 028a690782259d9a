"""The services' validation messages and field names in the nurse's language.

The services speak English ("must be at most 200 characters", field "dob"): they are shared with the
CLI and the server, which have no translator. Here each message the services can raise is a pattern,
its numbers and names caught as %1, %2, and a template marked with ``QT_TRANSLATE_NOOP`` so
pyside6-lupdate extracts it. A message that matches no pattern (a new rule, or text that is already
translated) is shown as it came.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.store import passphrase as policy
from ui.i18n import arg
from ui.widgets.dates import format_date

RULES_CONTEXT = "Validation"
FIELDS_CONTEXT = "Fields"

# Every field name in the services' specs (members.SPEC, people.contacts/care_team, clinical.*),
# plus the names checks and other services use ("passphrase", "choice", "field").
FIELD_LABELS: dict[str, str] = {
    # members
    "plan_member_id": QT_TRANSLATE_NOOP("Fields", "Plan member ID"),
    "first_name": QT_TRANSLATE_NOOP("Fields", "First name"),
    "middle_name": QT_TRANSLATE_NOOP("Fields", "Middle name"),
    "last_name": QT_TRANSLATE_NOOP("Fields", "Last name"),
    "preferred_name": QT_TRANSLATE_NOOP("Fields", "Preferred name"),
    "dob": QT_TRANSLATE_NOOP("Fields", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("Fields", "Sex"),
    "gender_identity": QT_TRANSLATE_NOOP("Fields", "Gender identity"),
    "pronouns": QT_TRANSLATE_NOOP("Fields", "Pronouns"),
    "preferred_language": QT_TRANSLATE_NOOP("Fields", "Preferred language"),
    "interpreter_needed": QT_TRANSLATE_NOOP("Fields", "Interpreter needed"),
    "vision_needs": QT_TRANSLATE_NOOP("Fields", "Vision needs"),
    "hearing_needs": QT_TRANSLATE_NOOP("Fields", "Hearing needs"),
    "cultural_notes": QT_TRANSLATE_NOOP("Fields", "Cultural preferences"),
    "phone_primary": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "phone_secondary": QT_TRANSLATE_NOOP("Fields", "Second phone"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "address_line1": QT_TRANSLATE_NOOP("Fields", "Address"),
    "address_line2": QT_TRANSLATE_NOOP("Fields", "Address line 2"),
    "city": QT_TRANSLATE_NOOP("Fields", "City"),
    "state": QT_TRANSLATE_NOOP("Fields", "State"),
    "postal_code": QT_TRANSLATE_NOOP("Fields", "ZIP code"),
    "confidential_address": QT_TRANSLATE_NOOP("Fields", "Confidential mailing address"),
    "preferred_contact_times": QT_TRANSLATE_NOOP("Fields", "Best times to reach"),
    "health_plan": QT_TRANSLATE_NOOP("Fields", "Health plan"),
    "line_of_business": QT_TRANSLATE_NOOP("Fields", "Line of business"),
    "program": QT_TRANSLATE_NOOP("Fields", "Program"),
    "risk_tier": QT_TRANSLATE_NOOP("Fields", "Risk tier"),
    "assigned_nurse": QT_TRANSLATE_NOOP("Fields", "Assigned nurse"),
    "no_known_allergies": QT_TRANSLATE_NOOP("Fields", "No known drug allergies (NKDA)"),
    "referral_source": QT_TRANSLATE_NOOP("Fields", "Referral source"),
    "referral_reason": QT_TRANSLATE_NOOP("Fields", "Referral reason"),
    "identified_on": QT_TRANSLATE_NOOP("Fields", "Identified on"),
    # contacts and care team
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "relationship": QT_TRANSLATE_NOOP("Fields", "Relationship"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "is_primary_caregiver": QT_TRANSLATE_NOOP("Fields", "Primary caregiver"),
    "hipaa_authorized": QT_TRANSLATE_NOOP("Fields", "HIPAA authorization on file"),
    "hipaa_authorized_on": QT_TRANSLATE_NOOP("Fields", "Authorized on"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "organization": QT_TRANSLATE_NOOP("Fields", "Organization"),
    "specialty": QT_TRANSLATE_NOOP("Fields", "Specialty"),
    "npi": QT_TRANSLATE_NOOP("Fields", "NPI"),
    "fax": QT_TRANSLATE_NOOP("Fields", "Fax"),
    "is_medical_home": QT_TRANSLATE_NOOP("Fields", "Medical home"),
    "active": QT_TRANSLATE_NOOP("Fields", "Active on the team"),
    # conditions
    "icd10_code": QT_TRANSLATE_NOOP("Fields", "ICD-10 code"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "onset_on": QT_TRANSLATE_NOOP("Fields", "Onset"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "is_primary": QT_TRANSLATE_NOOP("Fields", "Primary condition"),
    # medications
    "dose": QT_TRANSLATE_NOOP("Fields", "Dose"),
    "route": QT_TRANSLATE_NOOP("Fields", "Route"),
    "frequency": QT_TRANSLATE_NOOP("Fields", "Frequency"),
    "indication": QT_TRANSLATE_NOOP("Fields", "Indication"),
    "prescriber": QT_TRANSLATE_NOOP("Fields", "Prescriber"),
    "started_on": QT_TRANSLATE_NOOP("Fields", "Started"),
    "stopped_on": QT_TRANSLATE_NOOP("Fields", "Stopped on"),
    "stop_reason": QT_TRANSLATE_NOOP("Fields", "Reason for stopping"),
    "adherence": QT_TRANSLATE_NOOP("Fields", "Adherence"),
    # allergies
    "substance": QT_TRANSLATE_NOOP("Fields", "Substance"),
    "category": QT_TRANSLATE_NOOP("Fields", "Type"),
    "reaction": QT_TRANSLATE_NOOP("Fields", "Reaction"),
    "severity": QT_TRANSLATE_NOOP("Fields", "Severity"),
    "noted_on": QT_TRANSLATE_NOOP("Fields", "Noted on"),
    # utilization
    "kind": QT_TRANSLATE_NOOP("Fields", "Type"),
    "facility": QT_TRANSLATE_NOOP("Fields", "Facility"),
    "admitted_on": QT_TRANSLATE_NOOP("Fields", "Admitted or seen on"),
    "discharged_on": QT_TRANSLATE_NOOP("Fields", "Discharged on"),
    "diagnosis_code": QT_TRANSLATE_NOOP("Fields", "Diagnosis code (ICD-10)"),
    "diagnosis_text": QT_TRANSLATE_NOOP("Fields", "Diagnosis text"),
    # consents
    "decision": QT_TRANSLATE_NOOP("Fields", "Decision"),
    "decided_on": QT_TRANSLATE_NOOP("Fields", "Decided on"),
    "method": QT_TRANSLATE_NOOP("Fields", "Method"),
    "expires_on": QT_TRANSLATE_NOOP("Fields", "Expires on"),
    "contact_id": QT_TRANSLATE_NOOP("Fields", "Contact"),
    # care plans and tasks
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "domain": QT_TRANSLATE_NOOP("Fields", "Domain"),
    "text": QT_TRANSLATE_NOOP("Fields", "Text"),
    "member_words": QT_TRANSLATE_NOOP("Fields", "In the member's words"),
    "term": QT_TRANSLATE_NOOP("Fields", "Term"),
    "target_on": QT_TRANSLATE_NOOP("Fields", "Target date"),
    "measure": QT_TRANSLATE_NOOP("Fields", "Measure"),
    "baseline": QT_TRANSLATE_NOOP("Fields", "Baseline"),
    "target_value": QT_TRANSLATE_NOOP("Fields", "Target"),
    "member_priority": QT_TRANSLATE_NOOP("Fields", "Member's priority"),
    "type": QT_TRANSLATE_NOOP("Fields", "Type of intervention"),
    "responsible": QT_TRANSLATE_NOOP("Fields", "Who"),
    "due_on": QT_TRANSLATE_NOOP("Fields", "Due"),
    "completed_on": QT_TRANSLATE_NOOP("Fields", "Completed on"),
    "plan_to_address": QT_TRANSLATE_NOOP("Fields", "How it is addressed"),
    "resource_name": QT_TRANSLATE_NOOP("Fields", "Resource"),
    "resource_type": QT_TRANSLATE_NOOP("Fields", "Type of resource"),
    "resource_contact": QT_TRANSLATE_NOOP("Fields", "How to reach it"),
    "referred_on": QT_TRANSLATE_NOOP("Fields", "Referred on"),
    "follow_up_on": QT_TRANSLATE_NOOP("Fields", "Follow up on"),
    "outcome": QT_TRANSLATE_NOOP("Fields", "Outcome"),
    "review_due_on": QT_TRANSLATE_NOOP("Fields", "Review due"),
    "self_management_plan": QT_TRANSLATE_NOOP("Fields", "Self-management plan"),
    "follow_up_schedule": QT_TRANSLATE_NOOP("Fields", "Follow-up schedule"),
    "caregiver_involvement": QT_TRANSLATE_NOOP("Fields", "Caregiver involvement"),
    "communicated_to_pcp_on": QT_TRANSLATE_NOOP("Fields", "Sent to the PCP on"),
    "reviewed_on": QT_TRANSLATE_NOOP("Fields", "Reviewed on"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    "status_after": QT_TRANSLATE_NOOP("Fields", "New status"),
    "agreed_on": QT_TRANSLATE_NOOP("Fields", "Agreed on"),
    "signer_name": QT_TRANSLATE_NOOP("Fields", "Signed by"),
    "signature_png": QT_TRANSLATE_NOOP("Fields", "Signature"),
    "caregiver_participated": QT_TRANSLATE_NOOP("Fields", "A caregiver took part"),
    "caregiver_name": QT_TRANSLATE_NOOP("Fields", "Caregiver's name"),
    "until": QT_TRANSLATE_NOOP("Fields", "Snooze until"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "goal_id": QT_TRANSLATE_NOOP("Fields", "Goal"),
    "goal_keys": QT_TRANSLATE_NOOP("Fields", "Goals"),
    "language": QT_TRANSLATE_NOOP("Fields", "Language"),
    # elsewhere
    "passphrase": QT_TRANSLATE_NOOP("Fields", "Passphrase"),
    "choice": QT_TRANSLATE_NOOP("Fields", "Choice"),
    "field": QT_TRANSLATE_NOOP("Fields", "Field"),
}


def field_label(field: str) -> str:
    """"dob" → "Date of birth" in the UI's language; an unknown name in a readable English form."""
    text = FIELD_LABELS.get(field)
    if text is None:
        return field.replace("_", " ").capitalize()
    return QCoreApplication.translate(FIELDS_CONTEXT, text)


def _field_in_words(words: str) -> str:
    """The checks name the other field in words ("started on"): its label, as the form shows it."""
    name = words.strip().replace(" ", "_")
    return field_label(name) if name in FIELD_LABELS else words


def _iso_day(text: str) -> str:
    try:
        return format_date(date.fromisoformat(text))
    except ValueError:
        return text


def _same(text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class Rule:
    pattern: re.Pattern[str]
    template: str  # English, with %1… for the pattern's groups; what lupdate extracts
    convert: tuple[Callable[[str], str], ...] = ()


def _rule(pattern: str, template: str, *convert: Callable[[str], str]) -> Rule:
    return Rule(re.compile(pattern + r"\Z", re.DOTALL), template, convert)


# In the order the services raise them: app/services/fields.py, then each service, then the
# passphrase policy. A pattern must match the whole message.
RULES: tuple[Rule, ...] = (
    # fields.py
    _rule(r"is not a field that can be set here",
          QT_TRANSLATE_NOOP("Validation", "is not a field that can be set here")),
    _rule(r"is required", QT_TRANSLATE_NOOP("Validation", "is required")),
    _rule(r"is not valid", QT_TRANSLATE_NOOP("Validation", "is not valid")),
    _rule(r"must be text", QT_TRANSLATE_NOOP("Validation", "must be text")),
    _rule(r"must be at most (\d+) characters",
          QT_TRANSLATE_NOOP("Validation", "must be at most %1 characters"), _same),
    _rule(r"must contain letters", QT_TRANSLATE_NOOP("Validation", "must contain letters")),
    _rule(r"must be one of: (.*)", QT_TRANSLATE_NOOP("Validation", "must be one of: %1"), _same),
    _rule(r"must be yes or no", QT_TRANSLATE_NOOP("Validation", "must be yes or no")),
    _rule(r"must be a date as YYYY-MM-DD", QT_TRANSLATE_NOOP("Validation", "must be a date as YYYY-MM-DD")),
    _rule(r"must be a date", QT_TRANSLATE_NOOP("Validation", "must be a date")),
    _rule(r"must be on or after (\d{4}-\d{2}-\d{2})",
          QT_TRANSLATE_NOOP("Validation", "must be on or after %1"), _iso_day),
    _rule(r"cannot be in the future", QT_TRANSLATE_NOOP("Validation", "cannot be in the future")),
    _rule(r"must be a date and time as ISO-8601",
          QT_TRANSLATE_NOOP("Validation", "must be a date and time as ISO-8601")),
    _rule(r"must be a date and time with a UTC offset",
          QT_TRANSLATE_NOOP("Validation", "must be a date and time with a UTC offset")),
    _rule(r"must be a whole number", QT_TRANSLATE_NOOP("Validation", "must be a whole number")),
    _rule(r"must be between (-?\d+(?:\.\d+)?) and (-?\d+(?:\.\d+)?)",
          QT_TRANSLATE_NOOP("Validation", "must be between %1 and %2"), _same, _same),
    _rule(r"must be a phone number such as \(555\) 123-4567",
          QT_TRANSLATE_NOOP("Validation", "must be a phone number such as (555) 123-4567")),
    _rule(r"must have 10 digits \(area code and number\)",
          QT_TRANSLATE_NOOP("Validation", "must have 10 digits (area code and number)")),
    _rule(r"must be 10 digits", QT_TRANSLATE_NOOP("Validation", "must be 10 digits")),
    _rule(r"is not a valid NPI \(check digit\)",
          QT_TRANSLATE_NOOP("Validation", "is not a valid NPI (check digit)")),
    _rule(r"must be an e-mail address such as name@example\.org",
          QT_TRANSLATE_NOOP("Validation", "must be an e-mail address such as name@example.org")),
    _rule(r"must be a two-letter state code",
          QT_TRANSLATE_NOOP("Validation", "must be a two-letter state code")),
    _rule(r"must be a ZIP code such as 94110 or 94110-1234",
          QT_TRANSLATE_NOOP("Validation", "must be a ZIP code such as 94110 or 94110-1234")),
    _rule(r"must be a language code such as en or es",
          QT_TRANSLATE_NOOP("Validation", "must be a language code such as en or es")),
    _rule(r"must be 3–32 letters, digits or dashes",
          QT_TRANSLATE_NOOP("Validation", "must be 3–32 letters, digits or dashes")),
    # icd10.py
    _rule(r"is not an ICD-10-CM code", QT_TRANSLATE_NOOP("Validation", "is not an ICD-10-CM code")),
    _rule(r"is a category: choose a more specific \(billable\) code",
          QT_TRANSLATE_NOOP("Validation", "is a category: choose a more specific (billable) code")),
    # members.py
    _rule(r"cannot be changed once the member is on file",
          QT_TRANSLATE_NOOP("Validation", "cannot be changed once the member is on file")),
    _rule(r"is already on file for another member",
          QT_TRANSLATE_NOOP("Validation", "is already on file for another member")),
    _rule(r"a member with this name and date of birth is already on file",
          QT_TRANSLATE_NOOP("Validation", "a member with this name and date of birth is already on file")),
    # people.py
    _rule(r"is required when a HIPAA authorization is on file",
          QT_TRANSLATE_NOOP("Validation", "is required when a HIPAA authorization is on file")),
    _rule(r"a phone, e-mail or address is needed to reach this contact",
          QT_TRANSLATE_NOOP("Validation", "a phone, e-mail or address is needed to reach this contact")),
    _rule(r"only the PCP can be the medical home",
          QT_TRANSLATE_NOOP("Validation", "only the PCP can be the medical home")),
    # clinical.py
    # careplan.py, tasks.py
    _rule(r"must be rising whole numbers, one per item",
          QT_TRANSLATE_NOOP("Validation", "must be rising whole numbers, one per item")),
    _rule(r"cannot\ be\ before\ the\ plan\ starts",
          QT_TRANSLATE_NOOP("Validation", "cannot be before the plan starts")),
    _rule(r"cannot\ be\ before\ the\ care\ plan\ starts",
          QT_TRANSLATE_NOOP("Validation", "cannot be before the care plan starts")),
    _rule(r"cannot\ be\ before\ the\ referral\ date",
          QT_TRANSLATE_NOOP("Validation", "cannot be before the referral date")),
    _rule(r"a\ new\ goal\ starts\ not\ started;\ a\ review\ or\ an\ edit\ moves\ it\ on",
          QT_TRANSLATE_NOOP("Validation", "a new goal starts not started; a review or an edit moves it on")),
    _rule(r"an\ active\ care\ plan\ needs\ at\ least\ one\ problem\ with\ a\ goal",
          QT_TRANSLATE_NOOP("Validation", "an active care plan needs at least one problem with a goal")),
    _rule(r"an\ active\ care\ plan\ needs\ at\ least\ one\ problem",
          QT_TRANSLATE_NOOP("Validation", "an active care plan needs at least one problem")),
    _rule(r"is\ required\ for\ an\ electronic\ signature",
          QT_TRANSLATE_NOOP("Validation", "is required for an electronic signature")),
    _rule(r"is\ required\ when\ a\ caregiver\ took\ part",
          QT_TRANSLATE_NOOP("Validation", "is required when a caregiver took part")),
    _rule(r"is\ set\ only\ when\ the\ intervention\ is\ completed",
          QT_TRANSLATE_NOOP("Validation", "is set only when the intervention is completed")),
    _rule(r"must\ all\ come\ from\ one\ care\ plan",
          QT_TRANSLATE_NOOP("Validation", "must all come from one care plan")),
    _rule(r"must\ be\ a\ PNG\ image",
          QT_TRANSLATE_NOOP("Validation", "must be a PNG image")),
    _rule(r"must\ be\ an\ id",
          QT_TRANSLATE_NOOP("Validation", "must be an id")),
    _rule(r"must\ be\ at\ most\ 512\ KB",
          QT_TRANSLATE_NOOP("Validation", "must be at most 512 KB")),
    _rule(r"must\ list\ every\ item\ under\ one\ parent,\ and\ only\ those",
          QT_TRANSLATE_NOOP("Validation", "must list every item under one parent, and only those")),
    _rule(r"must\ name\ each\ item\ once",
          QT_TRANSLATE_NOOP("Validation", "must name each item once")),
    _rule(r"only\ problems\ and\ goals\ are\ put\ in\ order",
          QT_TRANSLATE_NOOP("Validation", "only problems and goals are put in order")),
    _rule(r"is\ required\ to\ cancel\ a\ task",
          QT_TRANSLATE_NOOP("Validation", "is required to cancel a task")),
    _rule(r"is\ required\ to\ snooze\ a\ task",
          QT_TRANSLATE_NOOP("Validation", "is required to snooze a task")),
    _rule(r"must\ be\ a\ date\ after\ today",
          QT_TRANSLATE_NOOP("Validation", "must be a date after today")),
    _rule(r"cannot be before ([a-z0-9 ]+)", QT_TRANSLATE_NOOP("Validation", "cannot be before “%1”"),
          _field_in_words),
    _rule(r"is required for a stopped medication",
          QT_TRANSLATE_NOOP("Validation", "is required for a stopped medication")),
    _rule(r"is required when stopping a medication",
          QT_TRANSLATE_NOOP("Validation", "is required when stopping a medication")),
    _rule(r"(\d+) active medication\(s\) were not reviewed",
          QT_TRANSLATE_NOOP("Validation", "%1 active medication(s) were not reviewed"), _same),
    # conflicts.py
    _rule(r"a refused change can only be acknowledged",
          QT_TRANSLATE_NOOP("Validation", "a refused change can only be acknowledged")),
    _rule(r"must be mine, theirs or edit", QT_TRANSLATE_NOOP("Validation", "must be mine, theirs or edit")),
    _rule(r"no longer exists on this record",
          QT_TRANSLATE_NOOP("Validation", "no longer exists on this record")),
    # drafts.py, encounter_fields.py, encounters.py, vitals.py
    _rule(r"must be a mapping of form fields",
          QT_TRANSLATE_NOOP("Validation", "must be a mapping of form fields")),
    _rule(r"is too large to keep as a draft",
          QT_TRANSLATE_NOOP("Validation", "is too large to keep as a draft")),
    _rule(r"must hold only text, numbers, lists and mappings",
          QT_TRANSLATE_NOOP("Validation", "must hold only text, numbers, lists and mappings")),
    _rule(r"must be a list", QT_TRANSLATE_NOOP("Validation", "must be a list")),
    _rule(r"must be a list of record ids", QT_TRANSLATE_NOOP("Validation", "must be a list of record ids")),
    _rule(r"must each be one of: (.*)", QT_TRANSLATE_NOOP("Validation", "must each be one of: %1"), _same),
    _rule(r"an encounter cannot last more than 24 hours",
          QT_TRANSLATE_NOOP("Validation", "an encounter cannot last more than 24 hours")),
    _rule(r"is required before the encounter can be signed",
          QT_TRANSLATE_NOOP("Validation", "is required before the encounter can be signed")),
    _rule(r"is required to mark a note entered in error",
          QT_TRANSLATE_NOOP("Validation", "is required to mark a note entered in error")),
    _rule(r"is required for a correction", QT_TRANSLATE_NOOP("Validation", "is required for a correction")),
    _rule(r"is required for a late entry", QT_TRANSLATE_NOOP("Validation", "is required for a late entry")),
    _rule(r"must be a date before today for a late entry",
          QT_TRANSLATE_NOOP("Validation", "must be a date before today for a late entry")),
    _rule(r"is given only for a late entry",
          QT_TRANSLATE_NOOP("Validation", "is given only for a late entry")),
    _rule(r"must map each vital sign to a number",
          QT_TRANSLATE_NOOP("Validation", "must map each vital sign to a number")),
    _rule(r"must be a number", QT_TRANSLATE_NOOP("Validation", "must be a number")),
    _rule(r"is needed with the other blood pressure value",
          QT_TRANSLATE_NOOP("Validation", "is needed with the other blood pressure value")),
    _rule(r"must be lower than the systolic pressure",
          QT_TRANSLATE_NOOP("Validation", "must be lower than the systolic pressure")),
    _rule(r"is not a vital sign Carefield records",
          QT_TRANSLATE_NOOP("Validation", "is not a vital sign Carefield records")),
    # lifecycle_steps.py
    _rule(r"cannot be before the member's current status began",
          QT_TRANSLATE_NOOP("Validation", "cannot be before the member's current status began")),
    # app/store/passphrase.py (whole sentences)
    _rule(re.escape(policy.TOO_SHORT),
          QT_TRANSLATE_NOOP("Validation", "The passphrase must be at least 12 characters long.")),
    _rule(re.escape(policy.TOO_COMMON),
          QT_TRANSLATE_NOOP("Validation",
                            "This passphrase is too common. Choose one that is harder to guess.")),
    _rule(re.escape(policy.REPEATED_CHARACTER),
          QT_TRANSLATE_NOOP("Validation", "The passphrase must not be one character repeated.")),
)


def rule_text(message: str) -> str:
    """A service's validation message in the UI's language; unknown messages come back unchanged."""
    for rule in RULES:
        match = rule.pattern.match(message)
        if match:
            values = [convert(group) for convert, group in zip(rule.convert, match.groups(), strict=True)]
            return arg(QCoreApplication.translate(RULES_CONTEXT, rule.template), *values)
    return message
