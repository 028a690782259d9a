"""FHIR R4 export: a rich demo member's record as a Bundle that FHIR tooling reads back, whose references
all resolve inside it, with the member's facts intact, tombstones left out, and the export audited."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B import get_fhir_model_class
from sqlalchemy import func, select

from app.model import AssessmentResponse, AuditEvent, Condition, Contact, Medication, Member
from app.model.enums import AuditAction, DataCategory, MemberStatus
from app.store.vault import KdfParams
from tests.test_cli import PASSPHRASE, assert_one_clean_error_line, run

ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"


@dataclass(frozen=True)
class Exported:
    directory: Path
    member_id: str
    plan_member_id: str
    first_name: str
    last_name: str
    dob: str
    icd10_codes: frozenset[str]
    phq9_totals: dict[str, int]  # response id -> stored total
    live_goals: int
    deleted_medication: str
    live_medications: frozenset[str]
    bundle: dict[str, Any]


def _rich_member(s: Any) -> Member:
    """An enrolled member with a care plan, PHQ-9s, two or more medications and a contact."""
    from app.services import careplan

    for member in s.scalars(select(Member).where(Member.status == MemberStatus.ENROLLED).order_by(Member.id)):
        def count(model: Any, *where: Any, member: Member = member) -> int:
            query = select(func.count()).select_from(model)
            return s.scalar(query.where(model.member_id == member.id, *where))

        if (careplan.current(s, member.id).goals and count(Medication) >= 2 and count(Contact)
                and count(AssessmentResponse, AssessmentResponse.instrument_id == "phq9")):
            return member
    raise AssertionError("the demo caseload has no rich enrolled member")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exported]:
    from app import demo
    from app.fhir import export_bundle
    from app.services import access, careplan
    from app.services.clinical import medications

    directory = tmp_path_factory.mktemp("fhir") / "data"
    store, _ = access.create(directory, PASSPHRASE, kdf=KdfParams.fast())
    actor = store.actor()
    demo.generate(store, actor, members=8, seed=3)
    with store.transaction(actor) as s:
        member = _rich_member(s)
        meds = list(s.scalars(select(Medication).where(Medication.member_id == member.id)))
        medications.remove(s, actor, meds[0].id)
        phq9 = s.scalars(select(AssessmentResponse).where(
            AssessmentResponse.member_id == member.id, AssessmentResponse.instrument_id == "phq9",
            AssessmentResponse.deleted.is_(False), AssessmentResponse.total.is_not(None)))
        facts = dict(
            member_id=member.id, plan_member_id=member.plan_member_id, first_name=member.first_name,
            last_name=member.last_name, dob=member.dob.isoformat(),
            icd10_codes=frozenset(s.scalars(select(Condition.icd10_code).where(
                Condition.member_id == member.id, Condition.deleted.is_(False)))),
            phq9_totals={r.id: r.total for r in phq9},
            live_goals=len(careplan.current(s, member.id).goals),
            deleted_medication=meds[0].id, live_medications=frozenset(m.id for m in meds[1:]),
        )
    with store.transaction(actor) as s:
        bundle = export_bundle(s, actor, facts["member_id"])
    access.lock(store, actor)
    yield Exported(directory=directory, bundle=bundle, **facts)  # type: ignore[arg-type]


def resources(bundle: dict[str, Any], kind: str | None = None) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if kind is None or e["resource"]["resourceType"] == kind]


def references(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "reference" and isinstance(value, str):
                yield value
            else:
                yield from references(value)
    elif isinstance(node, list):
        for value in node:
            yield from references(value)


def test_every_entry_reads_back_as_its_r4b_resource(exported: Exported) -> None:
    bundle = exported.bundle
    assert (bundle["resourceType"], bundle["type"]) == ("Bundle", "collection")
    get_fhir_model_class("Bundle").model_validate(bundle)
    for entry in bundle["entry"]:
        resource = entry["resource"]
        model = get_fhir_model_class(resource["resourceType"]).model_validate(resource)
        assert model.id == resource["id"]
        assert entry["fullUrl"] == f"urn:uuid:{resource['id']}"
    full_urls = [e["fullUrl"] for e in bundle["entry"]]
    assert len(full_urls) == len(set(full_urls))
    kinds = {r["resourceType"] for r in resources(bundle)}
    assert {"Patient", "RelatedPerson", "Coverage", "EpisodeOfCare", "Condition", "MedicationStatement",
            "Encounter", "QuestionnaireResponse", "Observation", "CarePlan", "Goal", "CareTeam", "Consent",
            "Task", "Provenance", "Practitioner"} <= kinds


def test_every_reference_resolves_inside_the_bundle(exported: Exported) -> None:
    full_urls = {e["fullUrl"] for e in exported.bundle["entry"]}
    found = list(references(exported.bundle))
    assert len(found) > 100
    assert set(found) <= full_urls, set(found) - full_urls


def test_patient_carries_the_members_identity(exported: Exported) -> None:
    [patient] = resources(exported.bundle, "Patient")
    assert patient["id"] == exported.member_id
    assert patient["birthDate"] == exported.dob
    official = next(n for n in patient["name"] if n["use"] == "official")
    assert (official["family"], official["given"][0]) == (exported.last_name, exported.first_name)
    assert [i["value"] for i in patient["identifier"]] == [exported.plan_member_id]
    assert patient["communication"][0]["preferred"] is True
    [coverage] = resources(exported.bundle, "Coverage")
    assert coverage["subscriberId"] == exported.plan_member_id


def test_conditions_carry_their_icd10_cm_codes(exported: Exported) -> None:
    coded = {c["code"] for r in resources(exported.bundle, "Condition")
             for c in r["code"].get("coding", []) if c["system"] == ICD10CM}
    assert coded == exported.icd10_codes and coded


def test_each_phq9_total_is_an_observation_derived_from_its_response(exported: Exported) -> None:
    observations = {o["derivedFrom"][0]["reference"].removeprefix("urn:uuid:"): o
                    for o in resources(exported.bundle, "Observation")}
    responses = {r["id"]: r for r in resources(exported.bundle, "QuestionnaireResponse")}
    assert exported.phq9_totals
    for response_id, total in exported.phq9_totals.items():
        observation = observations[response_id]
        assert observation["valueInteger"] == total
        assert observation["code"]["coding"][0] == {"system": "http://loinc.org", "code": "44261-6"}
        assert observation["interpretation"]
        assert responses[response_id]["questionnaire"] == "https://carefield.example/fhir/Questionnaire/phq9|1.0"
        assert len(responses[response_id]["item"]) == 9


def test_care_plan_goals_and_tombstones(exported: Exported) -> None:
    goals = resources(exported.bundle, "Goal")
    assert len(goals) == exported.live_goals
    [plan] = resources(exported.bundle, "CarePlan")
    assert {g["reference"] for g in plan["goal"]} == {f"urn:uuid:{g['id']}" for g in goals}
    assert all(g["addresses"] for g in goals)
    statements = {m["id"] for m in resources(exported.bundle, "MedicationStatement")}
    assert exported.deleted_medication not in statements
    assert statements == exported.live_medications


def test_every_row_has_provenance_naming_who_and_when(exported: Exported) -> None:
    targets = {t["reference"] for p in resources(exported.bundle, "Provenance") for t in p["target"]}
    for kind in ("Patient", "Condition", "Goal", "Encounter", "QuestionnaireResponse"):
        for resource in resources(exported.bundle, kind):
            assert f"urn:uuid:{resource['id']}" in targets, kind
    assert all(p["recorded"] and p["agent"] for p in resources(exported.bundle, "Provenance"))


def test_the_export_is_audited_without_phi(exported: Exported) -> None:
    from app.services import access

    store = access.unlock(exported.directory, PASSPHRASE)
    try:
        with store.transaction(store.actor()) as s:
            events = list(s.scalars(select(AuditEvent).where(
                AuditEvent.action == AuditAction.EXPORT, AuditEvent.member_id == exported.member_id)))
            assert [(e.category, e.entity_type, e.entity_id) for e in events] == [
                (DataCategory.CHART, "member", exported.member_id)]
            details = json.dumps(events[0].details)
    finally:
        access.lock(store, store.actor())
    assert "Patient" in details
    for phi in (exported.first_name, exported.last_name, exported.dob, exported.plan_member_id):
        assert phi not in details


def test_cli_writes_the_bundle_and_refuses_to_overwrite(
    exported: Exported, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREFIELD_DATA_DIR", str(exported.directory))
    monkeypatch.setenv("CAREFIELD_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "record.json"
    member = exported.plan_member_id.lower()  # resolved like every member argument
    code, printed, err = run(capsys, "export-fhir", "--member", member, "--out", str(out))
    assert (code, err) == (0, "")
    bundle = json.loads(out.read_text(encoding="utf-8"))
    assert [r["id"] for r in resources(bundle, "Patient")] == [exported.member_id]
    assert f"Patient{' ' * 17}" in printed and "resources to" in printed
    written = out.read_text(encoding="utf-8")

    code, _, err = run(capsys, "export-fhir", "--member", exported.plan_member_id, "--out", str(out))
    assert code == 2
    assert_one_clean_error_line(err)
    assert "--force" in err
    assert out.read_text(encoding="utf-8") == written

    code, _, err = run(capsys, "export-fhir", "--member", exported.member_id, "--out", str(out), "--force")
    assert (code, err) == (0, "")

    code, _, err = run(capsys, "export-fhir", "--member", "NOPE-1", "--out", str(tmp_path / "x.json"))
    assert code == 2
    assert_one_clean_error_line(err)
    assert not (tmp_path / "x.json").exists()
