"""A pull page is written straight from the stored documents: what a laptop reads back is exactly what was
stored — any text, nested values, nulls — with each field's clock time, in sequence order."""

from __future__ import annotations

import requests

from sync.protocol import API, PullResponse
from sync.server import admin

PASSWORD = "a long server password"
AWKWARD = {
    "id": "m-1", "member_id": "m-1", "plan_member_id": "Q-1",
    "first_name": 'Zoë "Zo" O\'Neil', "last_name": "Nguyễn\\Tran", "preferred_name": None,
    "notes": "line one\nline two\ttabbed \u2028 and an emoji 🙂", "flags": {"nested": [1, 2.5, True, None]},
}


def test_a_page_carries_the_stored_fields_exactly(sync_server):
    with sync_server.admin() as s:
        admin.add_user(s, "ana", PASSWORD, "nurse")
        admin.server_rows(s, [("member", AWKWARD),
                              ("task", {"id": "t-1", "member_id": "m-1", "title": "Call", "deleted": True})])
        admin.assign(s, "m-1", "ana")
    token = requests.post(f"{sync_server.url}{API}/auth/login", timeout=10, json={
        "username": "ana", "password": PASSWORD, "device_id": "dev-1"}).json()["token"]
    answer = requests.get(f"{sync_server.url}{API}/sync/pull?cursor=0&limit=1", timeout=10,
                          headers={"Authorization": f"Bearer {token}"})
    assert answer.headers["content-type"] == "application/json"
    page = PullResponse.model_validate_json(answer.content)
    (member,) = page.rows
    assert (member.table, member.id, member.member_id, member.deleted) == ("member", "m-1", "m-1", False)
    assert member.fields == AWKWARD
    assert set(member.field_hlc) == set(AWKWARD)
    assert all(stamp.endswith("-server") for stamp in member.field_hlc.values())
    assert page.has_more and page.next_cursor == member.version
    rest = requests.get(f"{sync_server.url}{API}/sync/pull?cursor={page.next_cursor}", timeout=10,
                        headers={"Authorization": f"Bearer {token}"}).json()
    assert [(row["id"], row["deleted"]) for row in rest["rows"]] == [("t-1", True)]
    assert rest["has_more"] is False and rest["removed_members"] == []
