"""The server's HTTP API: health, OpenAPI, gzip both ways, login throttling, and who sees which member."""

from __future__ import annotations

import gzip

import requests

from sync.protocol import API
from sync.server import admin

PASSWORD = "a long server password"


def login(url: str, user: str, password: str = PASSWORD, device: str = "dev-1") -> requests.Response:
    return requests.post(f"{url}{API}/auth/login", json={"username": user, "password": password,
                                                         "device_id": device}, timeout=10)


def test_health_and_openapi(sync_server):
    assert requests.get(f"{sync_server.url}{API}/health", timeout=10).json()["status"] == "ok"
    spec = requests.get(f"{sync_server.url}/openapi.json", timeout=10).json()
    assert {f"{API}/sync/push", f"{API}/sync/pull", f"{API}/auth/login"} <= set(spec["paths"])


def test_login_is_throttled_after_repeated_failures(sync_server):
    with sync_server.admin() as s:
        admin.add_user(s, "ana", PASSWORD, "nurse")
    codes = [login(sync_server.url, "ana", "wrong password!").status_code for _ in range(7)]
    assert codes[:5] == [401] * 5 and 429 in codes[5:]
    throttled = login(sync_server.url, "ana")
    assert throttled.status_code == 429 and int(throttled.headers["Retry-After"]) >= 1
    assert throttled.json()["error"] == "throttled"


def test_unknown_user_and_bad_request_say_nothing_more(sync_server):
    assert login(sync_server.url, "nobody").status_code == 401
    bad = requests.post(f"{sync_server.url}{API}/auth/login", json={"username": "Rosa Delgado"}, timeout=10)
    assert bad.status_code == 422 and "Rosa" not in bad.text


def test_gzip_request_and_response(sync_server):
    with sync_server.admin() as s:
        admin.add_user(s, "ana", PASSWORD, "nurse")
    token = login(sync_server.url, "ana").json()["token"]
    body = gzip.compress(b'{"device_id": "dev-1", "changes": []}')
    answer = requests.post(f"{sync_server.url}{API}/sync/push", data=body, timeout=10, headers={
        "Authorization": f"Bearer {token}", "Content-Encoding": "gzip", "Content-Type": "application/json"})
    assert answer.status_code == 200 and answer.json() == {"results": []}
    broken = requests.post(f"{sync_server.url}{API}/sync/push", data=b"not gzip", timeout=10, headers={
        "Authorization": f"Bearer {token}", "Content-Encoding": "gzip", "Content-Type": "application/json"})
    assert broken.status_code == 400


def test_scope_nurse_supervisor_admin(sync_server):
    with sync_server.admin() as s:
        admin.add_user(s, "sam", PASSWORD, "supervisor")
        admin.add_user(s, "ana", PASSWORD, "nurse", supervisor="sam")
        admin.add_user(s, "ben", PASSWORD, "nurse")
        admin.add_user(s, "root", PASSWORD, "admin")
        admin.server_rows(s, [("member", {"id": "m-ana", "member_id": "m-ana", "plan_member_id": "A1"}),
                              ("member", {"id": "m-ben", "member_id": "m-ben", "plan_member_id": "B1"})])
        admin.assign(s, "m-ana", "ana")
        admin.assign(s, "m-ben", "ben")

    def visible(user: str) -> set[str]:
        token = login(sync_server.url, user, device=f"dev-{user}").json()["token"]
        page = requests.get(f"{sync_server.url}{API}/sync/pull", timeout=10,
                            headers={"Authorization": f"Bearer {token}"}).json()
        return {row["id"] for row in page["rows"]}

    assert visible("ana") == {"m-ana"}
    assert visible("ben") == {"m-ben"}
    assert visible("sam") == {"m-ana"}  # the supervisor sees the team
    assert visible("root") == set()  # administrators manage accounts, not charts


def test_token_for_another_device_is_refused(sync_server):
    with sync_server.admin() as s:
        admin.add_user(s, "ana", PASSWORD, "nurse")
    token = login(sync_server.url, "ana").json()["token"]
    answer = requests.post(f"{sync_server.url}{API}/sync/push", json={"device_id": "other", "changes": []},
                           headers={"Authorization": f"Bearer {token}"}, timeout=10)
    assert answer.status_code == 403
    nobody = requests.get(f"{sync_server.url}{API}/sync/pull", timeout=10,
                          headers={"Authorization": "Bearer nope"})
    assert nobody.status_code == 401
