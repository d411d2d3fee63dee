"""Enrolment (one-time codes) and token authentication over HTTP."""

from __future__ import annotations

import hashlib

from sqlalchemy import select

from gov_desktop.server import devices
from gov_desktop.server.tables import Device, EnrollmentCode

from .conftest import TC_A, LiveServer


def test_health_needs_no_token_and_every_answer_carries_the_server_clock(live_server: LiveServer) -> None:
    client = live_server.client()
    response = client.get("/api/v1/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok" and body["version"] == 1
    assert body["server_hlc"].split("-")[2].startswith("server")
    assert response.headers["X-Server-HLC"].split("-")[2].startswith("server")
    missing = client.get("/api/v1/nothing-here")
    assert missing.status_code == 404 and missing.json()["code"] == "request.not_found"
    assert "X-Server-HLC" in missing.headers
    spec = client.get("/openapi.json").json()
    assert {"/api/v1/push", "/api/v1/pull", "/api/v1/enroll", "/api/v1/snapshot", "/api/v1/health"} <= set(
        spec["paths"]
    )


def test_a_code_enrols_once_and_only_hashes_are_stored(live_server: LiveServer) -> None:
    code = live_server.enrollment_code(TC_A)
    assert len(code) == 9 and code[4] == "-"
    client = live_server.client()
    # typed in lower case with spaces: still the code
    first = client.post("/api/v1/enroll", json={"code": code.lower().replace("-", " "), "device_id": "tab01"})
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["device_id"] == "tab01" and body["township_code"] == TC_A and body["is_county"] is False
    again = client.post("/api/v1/enroll", json={"code": code, "device_id": "tab02"})
    assert again.status_code == 400
    assert again.json()["code"] == "enroll.code_used"
    assert "已被使用" in again.json()["message"]
    with live_server.db.session() as session:
        device = session.get(Device, "tab01")
        assert device is not None
        assert device.token_hash == hashlib.sha256(body["token"].encode()).hexdigest()
        stored = session.execute(select(EnrollmentCode)).scalar_one()
        assert stored.code_hash != code and stored.used_by_device == "tab01"


def test_expired_unknown_codes_and_taken_device_ids_are_refused(live_server: LiveServer) -> None:
    client = live_server.client()
    expired = live_server.enrollment_code(TC_A, ttl_hours=-1)
    response = client.post("/api/v1/enroll", json={"code": expired, "device_id": "tab01"})
    assert (response.status_code, response.json()["code"]) == (400, "enroll.code_expired")
    response = client.post("/api/v1/enroll", json={"code": "AAAA-BBBB", "device_id": "tab01"})
    assert (response.status_code, response.json()["code"]) == (400, "enroll.code_invalid")
    live_server.enroll(TC_A)  # someone else
    taken = live_server.enroll(TC_A).device_id
    code = live_server.enrollment_code(TC_A)
    response = client.post("/api/v1/enroll", json={"code": code, "device_id": taken})
    assert (response.status_code, response.json()["code"]) == (409, "enroll.device_exists")
    # the refused attempt did not use the code up
    assert client.post("/api/v1/enroll", json={"code": code, "device_id": "fresh1"}).status_code == 200
    bad_id = client.post("/api/v1/enroll", json={"code": code, "device_id": "has space"})
    assert bad_id.status_code == 422 and bad_id.json()["code"] == "request.invalid"


def test_no_token_wrong_token_and_revoked_token_get_401(live_server: LiveServer) -> None:
    device = live_server.enroll(TC_A)
    assert device.client.get("/api/v1/pull").status_code == 200
    anonymous = live_server.client()
    for client in (anonymous, live_server.client("not-a-token")):
        for method, path in (("GET", "/api/v1/pull"), ("POST", "/api/v1/push"), ("GET", "/api/v1/snapshot")):
            response = client.request(method, path, json={} if method == "POST" else None)
            assert response.status_code == 401, (method, path)
            assert response.json()["code"] == "auth.token"
            assert "令牌" in response.json()["message"]
    with live_server.db.session() as session:
        devices.revoke(session, device.device_id)
    response = device.client.get("/api/v1/pull")
    assert response.status_code == 401
    assert response.json()["code"] == "auth.revoked"
    push = device.client.post("/api/v1/push", json=device.batch([]))
    assert push.status_code == 401 and push.json()["code"] == "auth.revoked"


def test_county_codes_enrol_county_devices(live_server: LiveServer) -> None:
    county = live_server.enroll("", county=True)
    assert county.is_county and county.township == "county"
