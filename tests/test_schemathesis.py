"""Schemathesis against /openapi.json with a signed-in nurse: no 5xx, no schema violation."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from sync.server import admin

PASSWORD = "a long server password"
CHECKS = "not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance"


def schemathesis_command() -> list[str]:
    beside = Path(sys.executable).with_name("schemathesis")
    found = str(beside) if beside.exists() else shutil.which("schemathesis")
    if not found:
        pytest.skip("schemathesis is not installed (pip install -e '.[test]')")
    return [found]


def test_api_survives_property_based_fuzzing(sync_server):
    with sync_server.admin() as s:
        admin.add_user(s, "ana", PASSWORD, "nurse")
    token = requests.post(f"{sync_server.url}/api/v1/auth/login", timeout=10, json={
        "username": "ana", "password": PASSWORD, "device_id": "fuzz-device"}).json()["token"]
    run = subprocess.run(
        [*schemathesis_command(), "run", f"{sync_server.url}/openapi.json", "--checks", CHECKS,
         "-H", f"Authorization: Bearer {token}", "--max-examples", "25", "--workers", "1",
         "--phases", "examples,coverage,fuzzing", "--seed", "20261122", "--no-color"],
        capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stdout[-3000:]
