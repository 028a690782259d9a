"""One table model per chart list; each only declares its columns."""

from __future__ import annotations

from datetime import date, datetime

from app.model.enums import MedicationStatus
from app.services.audit_log import AccessEntry
from app.services.clinical import (
    AllergyView,
    ConditionView,
    ConsentView,
    MedicationView,
    UtilizationView,
)
from app.services.emergency_access import EmergencyAccessView
from app.services.people import CareTeamMemberView, ContactView
from ui.i18n import arg
from ui.widgets.dates import format_date, format_datetime
from ui.widgets.labels import label
from ui.widgets.table_model import Column, RecordModel
from ui.widgets.text import translate


def _day_key(day: date | None) -> str:
    return day.isoformat() if day else ""


def _time_key(moment: datetime | None) -> float:
    return moment.timestamp() if moment else 0.0


def _yes(flag: bool, text: str) -> str:
    return text if flag else ""


class ConditionsModel(RecordModel[ConditionView]):
    def columns(self) -> list[Column[ConditionView]]:
        return [
            Column(self.tr("Code"), lambda c: c.icd10_code),
            Column(self.tr("Condition"), lambda c: c.description),
            Column(self.tr("Status"), lambda c: label(c.status)),
            Column(self.tr("Onset"), lambda c: format_date(c.onset_on), lambda c: _day_key(c.onset_on)),
            Column(self.tr("Primary"), lambda c: _yes(c.is_primary, self.tr("Primary"))),
            Column(self.tr("Notes"), lambda c: c.notes.replace("\n", " ")),
        ]


class MedicationsModel(RecordModel[MedicationView]):
    def columns(self) -> list[Column[MedicationView]]:
        return [
            Column(self.tr("Medication"), lambda m: m.name),
            Column(self.tr("Dose"), lambda m: m.dose),
            Column(self.tr("Route"), lambda m: label(m.route)),
            Column(self.tr("Frequency"), lambda m: m.frequency),
            Column(self.tr("Status"), self._status),
            Column(self.tr("Adherence"), lambda m: label(m.adherence)),
            Column(self.tr("Last reconciled"), lambda m: format_datetime(m.last_reconciled_at),
                   lambda m: _time_key(m.last_reconciled_at)),
            Column(self.tr("Indication"), lambda m: m.indication),
            Column(self.tr("Prescriber"), lambda m: m.prescriber),
            Column(self.tr("Started"), lambda m: format_date(m.started_on), lambda m: _day_key(m.started_on)),
        ]

    def _status(self, med: MedicationView) -> str:
        if med.status == MedicationStatus.STOPPED and med.stopped_on:
            return arg(self.tr("Stopped %1"), format_date(med.stopped_on))
        return label(med.status)


class AllergiesModel(RecordModel[AllergyView]):
    def columns(self) -> list[Column[AllergyView]]:
        return [
            Column(self.tr("Substance"), lambda a: a.substance),
            Column(self.tr("Type"), lambda a: label(a.category)),
            Column(self.tr("Reaction"), lambda a: a.reaction),
            Column(self.tr("Severity"), lambda a: label(a.severity)),
            Column(self.tr("Status"), lambda a: label(a.status)),
            Column(self.tr("Noted"), lambda a: format_date(a.noted_on), lambda a: _day_key(a.noted_on)),
        ]


class UtilizationModel(RecordModel[UtilizationView]):
    def columns(self) -> list[Column[UtilizationView]]:
        return [
            Column(self.tr("Type"), lambda u: label(u.kind)),
            Column(self.tr("Facility"), lambda u: u.facility),
            Column(self.tr("Admitted"), lambda u: format_date(u.admitted_on),
                   lambda u: _day_key(u.admitted_on)),
            Column(self.tr("Discharged"), lambda u: format_date(u.discharged_on),
                   lambda u: _day_key(u.discharged_on)),
            Column(self.tr("Days"), self._days, lambda u: int(self._days(u) or 0), numeric=True),
            Column(self.tr("Diagnosis"), lambda u: f"{u.diagnosis_code} {u.diagnosis_text}".strip()),
        ]

    @staticmethod
    def _days(event: UtilizationView) -> str:
        if event.discharged_on is None:
            return ""
        return str((event.discharged_on - event.admitted_on).days)


class ContactsModel(RecordModel[ContactView]):
    def columns(self) -> list[Column[ContactView]]:
        return [
            Column(self.tr("Name"), lambda c: c.name),
            Column(self.tr("Role"), lambda c: label(c.role)),
            Column(self.tr("Relationship"), lambda c: c.relationship),
            Column(self.tr("Phone"), lambda c: c.phone),
            Column(self.tr("HIPAA authorization"), self._hipaa),
            Column(self.tr("Primary caregiver"), lambda c: _yes(c.is_primary_caregiver, self.tr("Yes"))),
            Column(self.tr("E-mail"), lambda c: c.email),
        ]

    def _hipaa(self, contact: ContactView) -> str:
        if not contact.hipaa_authorized:
            return self.tr("Not on file")
        return arg(self.tr("On file since %1"), format_date(contact.hipaa_authorized_on))


class CareTeamModel(RecordModel[CareTeamMemberView]):
    def columns(self) -> list[Column[CareTeamMemberView]]:
        return [
            Column(self.tr("Role"), self._role),
            Column(self.tr("Name"), lambda c: c.name),
            Column(self.tr("Organization"), lambda c: c.organization),
            Column(self.tr("Specialty"), lambda c: c.specialty),
            Column(self.tr("Phone"), lambda c: c.phone),
            Column(self.tr("Fax"), lambda c: c.fax),
            Column(self.tr("NPI"), lambda c: c.npi),
            Column(self.tr("Active"), lambda c: self.tr("Active") if c.active else self.tr("Inactive")),
        ]

    def _role(self, member: CareTeamMemberView) -> str:
        role = label(member.role)
        return arg(self.tr("%1 (medical home)"), role) if member.is_medical_home else role


class ConsentsModel(RecordModel[ConsentView]):
    def columns(self) -> list[Column[ConsentView]]:
        return [
            Column(self.tr("Consent"), lambda c: label(c.kind)),
            Column(self.tr("Decision"), lambda c: label(c.decision)),
            Column(self.tr("Date"), lambda c: format_date(c.decided_on), lambda c: _day_key(c.decided_on)),
            Column(self.tr("Method"), lambda c: label(c.method)),
            Column(self.tr("Expires"), lambda c: format_date(c.expires_on), lambda c: _day_key(c.expires_on)),
            Column(self.tr("Notes"), lambda c: c.notes.replace("\n", " ")),
        ]


Access = AccessEntry | EmergencyAccessView


class AccessLogModel(RecordModel[Access]):
    """Who looked at or changed this chart, newest first (the audit trail, read-only), with any emergency
    access the server granted to a supervisor outside the care team."""

    def columns(self) -> list[Column[Access]]:
        return [
            Column(self.tr("Time"), lambda e: format_datetime(e.at), lambda e: _time_key(e.at)),
            Column(self.tr("User"), self._user),
            Column(self.tr("Action"), self._action),
            Column(self.tr("Information"), self._information),
            Column(self.tr("Record"), self._record),
        ]

    def _user(self, entry: Access) -> str:
        return entry.granted_to if isinstance(entry, EmergencyAccessView) else entry.user

    def _action(self, entry: Access) -> str:
        return self.tr("Emergency access") if isinstance(entry, EmergencyAccessView) else label(entry.action)

    def _information(self, entry: Access) -> str:
        if isinstance(entry, EmergencyAccessView):
            return arg(self.tr("Emergency access by %1: %2, until %3"), entry.granted_to,
                       entry.reason.replace("\n", " "), format_datetime(entry.expires_at))
        return label(entry.category)

    def _record(self, entry: Access) -> str:
        emergency = isinstance(entry, EmergencyAccessView)
        return _record_label("emergency_access" if emergency else entry.entity_type)


def _record_label(entity_type: str) -> str:
    names = {
        "member": translate("ChartModels", "Member"),
        "condition": translate("ChartModels", "Condition"),
        "medication": translate("ChartModels", "Medication"),
        "allergy": translate("ChartModels", "Allergy"),
        "utilization_event": translate("ChartModels", "Utilization event"),
        "contact": translate("ChartModels", "Contact"),
        "care_team_member": translate("ChartModels", "Care team member"),
        "consent": translate("ChartModels", "Consent"),
        "emergency_access": translate("ChartModels", "Emergency access"),
    }
    return names.get(entity_type, entity_type.replace("_", " ").capitalize())
