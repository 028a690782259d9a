"""Services: validation that names the field, who-and-when on every write, caseload and search."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.errors import NotFound, ValidationError
from app.services import clinical, icd10, members, people
from tests.conftest import SAMPLE_MEMBER


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("dob", (date.today() + timedelta(days=1)).isoformat(), "future"),
        ("dob", "14/06/1951", "YYYY-MM-DD"),
        ("risk_tier", "urgent", "one of"),
        ("phone_primary", "555-01", "10 digits"),
        ("first_name", "", "required"),
        ("postal_code", "9411", "ZIP"),
        ("plan_member_id", "#!", "letters"),
    ],
)
def test_bad_member_input_names_the_field(store, actor, field, value, message):
    with pytest.raises(ValidationError) as caught, store.transaction(actor) as s:
        members.create(s, actor, **(SAMPLE_MEMBER | {field: value}))
    assert caught.value.field == field and message in caught.value.message
    with store.transaction(actor) as s:
        assert members.caseload(s) == []


def test_writes_record_who_and_when(store, actor, member):
    with store.transaction(actor) as s:
        med = clinical.medications.add(s, actor, member.id, name="Metformin", dose="500 mg")
        row = clinical.medications.get_row(s, med.id)
    assert row.created_by == actor.user and row.updated_by == actor.user
    assert row.created_at.tzinfo is not None


def test_unknown_fields_and_missing_members_are_refused(store, actor, member):
    with pytest.raises(ValidationError, match="not a field"), store.transaction(actor) as s:
        members.update(s, actor, member.id, status="closed")
    with pytest.raises(NotFound), store.transaction(actor) as s:
        clinical.allergies.add(s, actor, "no-such-member", substance="Latex", category="environment")


def test_duplicates_are_caught(store, actor, member):
    with pytest.raises(members.DuplicateMember) as same_id, store.transaction(actor) as s:
        members.create(s, actor, **(SAMPLE_MEMBER | {"first_name": "Other"}))
    assert same_id.value.field == "plan_member_id" and same_id.value.matches[0].id == member.id
    twin = SAMPLE_MEMBER | {"plan_member_id": "MCL-0043"}
    with pytest.raises(members.DuplicateMember) as same_person, store.transaction(actor) as s:
        members.create(s, actor, **twin)
    assert same_person.value.matches[0].id == member.id
    with store.transaction(actor) as s:
        members.create(s, actor, allow_same_name_dob=True, **twin)
        assert len(members.caseload(s)) == 2


def test_caseload_filters_and_search(store, actor, member):
    with store.transaction(actor) as s:
        members.create(s, actor, **(SAMPLE_MEMBER | {
            "plan_member_id": "MA-7781", "first_name": "Nguyễn", "last_name": "Văn An", "risk_tier": "low",
            "program": "basic_cm", "phone_primary": "555-555-0199", "dob": "1940-02-02",
        }))
        assert [r.last_name for r in members.caseload(s, tier="low")] == ["Văn An"]
        assert [r.last_name for r in members.caseload(s, program="complex_cm")] == ["Delgado"]
        assert [r.last_name for r in members.search(s, "nguyen")] == ["Văn An"]  # accents ignored
        assert [r.last_name for r in members.search(s, "Del")] == ["Delgado"]  # prefix
        assert [r.last_name for r in members.search(s, "0199")] == ["Văn An"]  # last four digits
        assert [r.last_name for r in members.search(s, "(555) 555-0142")] == ["Delgado"]
        assert [r.last_name for r in members.search(s, "ma-77")] == ["Văn An"]
        assert members.search(s, '"*') == []  # FTS syntax is never passed through
        overdue = members.caseload(s, overdue_on=date(2026, 10, 16))
        assert [r.last_name for r in overdue] == ["Delgado"]  # high tier: due 14 days after referral


def test_icd10_is_validated_and_described(store, actor, member):
    with store.transaction(actor) as s:
        condition = clinical.conditions.add(s, actor, member.id, icd10_code="i5022", onset_on="2019-05-01")
    assert condition.icd10_code == "I50.22" and "heart failure" in condition.description.lower()
    for bad, message in (("E11", "category"), ("Q99.99", "not an ICD"), ("hello", "not an ICD")):
        with pytest.raises(ValidationError, match=message), store.transaction(actor) as s:
            clinical.conditions.add(s, actor, member.id, icd10_code=bad)
    assert icd10.search("E11.6")[0].code.startswith("E11.6")
    assert any(hit.code == "E11.9" for hit in icd10.search("type 2 diabetes without complications"))


def test_medication_stop_and_reconcile(store, actor, member):
    with store.transaction(actor) as s:
        a = clinical.medications.add(
            s, actor, member.id, name="Lisinopril", dose="10 mg", started_on="2024-01-01"
        )
        b = clinical.medications.add(s, actor, member.id, name="Atorvastatin", dose="40 mg")
    with pytest.raises(ValidationError, match="not reviewed"), store.transaction(actor) as s:
        clinical.medications.reconcile(s, actor, member.id, {a.id: "adherent"})
    with pytest.raises(ValidationError) as early, store.transaction(actor) as s:
        clinical.medications.stop(s, actor, a.id, on=date(2023, 1, 1), reason="cough")
    assert early.value.field == "stopped_on"
    with store.transaction(actor) as s:
        clinical.medications.stop(s, actor, a.id, on=date(2026, 1, 5), reason="ACE-inhibitor cough")
        reviewed = clinical.medications.reconcile(s, actor, member.id, {b.id: "partially_adherent"})
    assert [(m.name, m.adherence, m.last_reconciled_by) for m in reviewed] == [
        ("Atorvastatin", "partially_adherent", actor.user)
    ]


def test_people_rules(store, actor, member):
    with pytest.raises(ValidationError) as npi, store.transaction(actor) as s:
        people.care_team.add(s, actor, member.id, role="pcp", name="Dr. Ana Ruiz", npi="1234567890")
    assert npi.value.field == "npi"
    with pytest.raises(ValidationError) as reach, store.transaction(actor) as s:
        people.contacts.add(s, actor, member.id, name="Luis Delgado", role="caregiver")
    assert reach.value.field == "phone"
    with pytest.raises(ValidationError) as home, store.transaction(actor) as s:
        people.care_team.add(s, actor, member.id, role="pharmacist", name="Kim Park", is_medical_home=True)
    assert home.value.field == "is_medical_home"
    with store.transaction(actor) as s:
        people.contacts.add(s, actor, member.id, name="Luis Delgado", role="caregiver", phone="5555550150",
                            hipaa_authorized=True, hipaa_authorized_on="2026-10-02")
        pcp = people.care_team.add(s, actor, member.id, role="pcp", name="Dr. Ana Ruiz", npi="1234567893",
                                   is_medical_home=True)
        people.care_team.update(s, actor, pcp.id, phone="555 555 0100")
        team = people.care_team.list_for(s, member.id)
    assert team[0].phone == "(555) 555-0100" and team[0].is_medical_home
