"""Malformed, oversized and random input: always a 4xx JSON ErrorBody, never a 500, nothing half-applied."""

from __future__ import annotations

import gzip
import json
import logging
import os
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from gov_desktop.core.models import TABLES_BY_NAME
from gov_desktop.server.tables import ChangeLog, PushBatch
from gov_desktop.sync.protocol import MAX_BODY_BYTES

from .conftest import TC_A, LiveServer, TestDevice


def assert_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == code
    assert body["message"] and not body["message"].isascii()  # a Chinese sentence
    assert "X-Server-HLC" in response.headers
    return body


def nothing_written(server: LiveServer) -> bool:
    with server.db.session() as session:
        logs = session.execute(select(func.count()).select_from(ChangeLog)).scalar_one()
        batches = session.execute(select(func.count()).select_from(PushBatch)).scalar_one()
    return logs == 0 and batches == 0


def post_raw(dev: TestDevice, content: bytes, **headers: str) -> httpx.Response:
    return dev.client.post(
        "/api/v1/push", content=content, headers={"Content-Type": "application/json", **headers}
    )


def test_bad_json_bad_gzip_and_oversized_bodies(live_server: LiveServer) -> None:
    dev = live_server.enroll(TC_A)
    assert_error(post_raw(dev, b'{"device_id": '), 400, "request.json")
    assert_error(post_raw(dev, b'{"device_id": "\xff\xfe"}'), 400, "request.json")  # not UTF-8
    assert_error(post_raw(dev, b"[" * 50_000 + b"]" * 50_000), 400, "request.json")  # nested too deep
    assert_error(post_raw(dev, b"", **{"Content-Encoding": "gzip"}), 400, "request.gzip")
    assert_error(post_raw(dev, b'{"a": 1}', **{"Content-Type": "text/plain"}), 422, "request.invalid")
    assert_error(post_raw(dev, b"not gzip at all", **{"Content-Encoding": "gzip"}), 400, "request.gzip")
    truncated = gzip.compress(json.dumps(dev.batch([])).encode())[:-10]
    assert_error(post_raw(dev, truncated, **{"Content-Encoding": "gzip"}), 400, "request.gzip")
    assert_error(post_raw(dev, b"{}", **{"Content-Encoding": "br"}), 415, "request.encoding")
    # a gzip bomb: tiny on the wire, over the cap once inflated
    bomb = gzip.compress(b" " * (MAX_BODY_BYTES + 10))
    assert len(bomb) < 100_000
    body = assert_error(post_raw(dev, bomb, **{"Content-Encoding": "gzip"}), 413, "request.too_large")
    assert str(MAX_BODY_BYTES) in body["message"]
    assert_error(post_raw(dev, b" " * (MAX_BODY_BYTES + 1)), 413, "request.too_large")
    assert nothing_written(live_server)


def test_a_gzip_request_and_a_gzip_answer(live_server: LiveServer) -> None:
    dev = live_server.enroll(TC_A)
    body = dev.batch(
        [dev.change("household", "i", {"household_no": f"H-{i}", "address": "某地" * 20}) for i in range(20)]
    )
    response = post_raw(dev, gzip.compress(json.dumps(body).encode()), **{"Content-Encoding": "gzip"})
    assert response.status_code == 200 and response.json()["applied"] == 20
    other = live_server.enroll(TC_A)
    page = other.client.get("/api/v1/pull", headers={"Accept-Encoding": "gzip"})
    assert page.headers["Content-Encoding"] == "gzip"
    assert len(page.json()["changes"]) == 20


def test_wrong_types_and_unknown_tables(live_server: LiveServer) -> None:
    dev = live_server.enroll(TC_A)
    bad = [
        {**dev.batch([]), "changes": "nope"},
        {**dev.batch([]), "cursor": "ten"},
        {**dev.batch([]), "extra": 1},
        {**dev.batch([]), "changes": [{"t": "household", "id": "x", "op": "x", "h": "h"}]},
        [1, 2, 3],
        "just a string",
    ]
    for payload in bad:
        body = assert_error(dev.client.post("/api/v1/push", json=payload), 422, "request.invalid")
        assert body["details"]
    assert_error(dev.client.get("/api/v1/pull", params={"since": -1}), 422, "request.invalid")
    assert_error(dev.client.get("/api/v1/pull", params={"since": "x"}), 422, "request.invalid")
    assert_error(dev.client.get("/api/v1/pull", params={"since": 10**30}), 422, "request.invalid")
    assert_error(dev.client.get("/api/v1/pull", params={"limit": 0}), 422, "request.invalid")
    assert_error(dev.client.put("/api/v1/push", json={}), 405, "request.method")
    assert_error(dev.client.post("/api/v1/push", json={**dev.batch([]), "v": 2}), 400, "request.version")
    assert nothing_written(live_server)
    # an unknown table, a garbage stamp, a NUL byte, a huge cursor: rejected per change, the rest applies
    body = dev.batch(
        [
            dev.change("no_such_table", "i", {"a": 1}),
            dev.change("household", "i", {"household_no": "H-1"}, h="yesterday"),
            dev.change("household", "i", {"household_no": "H\x00-1"}),
            dev.change("household", "i", {"household_no": "H-2\ud800"}),  # a lone surrogate
            dev.change("household", "i", {"household_no": "H-3"}),
        ],
        cursor=10**30,
    )
    response = post_raw(dev, json.dumps(body).encode())  # ASCII-escaped: "\ud800" travels as an escape
    assert response.status_code == 200, response.text
    answer = response.json()
    assert answer["applied"] == 1
    surrogate_id = dev.batch([dev.change("household", "i", {"household_no": "H-4"}, rid="\ud800")])
    assert_error(post_raw(dev, json.dumps(surrogate_id).encode()), 422, "request.invalid")
    assert [r["code"] for r in answer["results"]] == [
        "change.unknown_table",
        "change.bad_hlc",
        "field.type",
        "field.type",
    ]


def test_a_change_breaking_a_unique_constraint_is_rejected_alone(live_server: LiveServer) -> None:
    county = live_server.enroll("", county=True)
    answer = county.push(
        [
            county.change("township", "i", {"code": TC_A, "name": "昆莎乡"}, tc="county"),
            county.change("township", "i", {"code": TC_A, "name": "重复"}, tc="county"),  # code is unique
            county.change("township", "i", {"code": "542525102", "name": "门士乡"}, tc="county"),
        ]
    )
    assert answer["applied"] == 2
    assert [(r["i"], r["code"]) for r in answer["results"]] == [(1, "change.duplicate")]
    assert [c["s"] for c in live_server.enroll(TC_A).pull(since=0)["changes"]] == [1, 2]  # no gap


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
table_names = st.sampled_from([*TABLES_BY_NAME, "nope", ""])
field_names = st.sampled_from(
    [
        "name",
        "household_no",
        "id_number",
        "phone",
        "deleted",
        "visit_date",
        "year",
        "stars",
        "materials",
        "status",
        "feedback",
        "township_code",
        "x",
    ]
) | st.text(max_size=6)
stamps = st.sampled_from(["000001700000000-00000-dev", "999999999999999-99999-zz", "bad", ""]) | st.text(
    max_size=12
)
changes = st.fixed_dictionaries(
    {
        "t": table_names,
        "id": st.text(min_size=0, max_size=40),
        "op": st.sampled_from(["i", "u", "d", "x"]),
        "h": stamps,
    },
    optional={
        "f": st.dictionaries(field_names, json_values, max_size=5),
        "fh": st.dictionaries(field_names, stamps, max_size=2),
        "u": st.text(max_size=10) | st.none(),
        "tc": st.sampled_from([TC_A, "county", "x"]) | st.none(),
    },
)


def test_random_bodies_never_get_a_500(live_server: LiveServer, caplog: pytest.LogCaptureFixture) -> None:
    dev = live_server.enroll(TC_A)
    pushes = st.fixed_dictionaries(
        {
            "device_id": st.just(dev.device_id) | st.text(max_size=5),
            "batch_id": st.uuids().map(str) | st.text(max_size=40),
        },
        optional={
            "changes": st.lists(changes, max_size=4) | json_values,
            "cursor": st.integers() | json_values,
            "hlc": stamps,
            "pull_limit": st.integers(-5, 10_000),
            "user": st.text(max_size=5),
            "township": st.sampled_from([TC_A, "", "x"]),
        },
    )

    @settings(
        max_examples=int(os.environ.get("GOV_FUZZ_EXAMPLES", "80")),
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    @given(
        body=pushes | json_values,
        since=st.integers(-(2**70), 2**70) | st.text(max_size=5),
        limit=st.integers(-3, 10**6),
    )
    def check(body: Any, since: Any, limit: int) -> None:
        response = post_raw(dev, json.dumps(body).encode())
        assert response.status_code < 500, response.text
        assert response.json()["code"] if response.status_code >= 400 else "applied" in response.json()
        response = dev.client.get("/api/v1/pull", params={"since": since, "limit": limit})
        assert response.status_code < 500, response.text

    with caplog.at_level(logging.ERROR):
        check()
    # nothing slipped through to a generic failure either
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_an_unexpected_failure_is_still_a_json_error_with_the_clock(
    live_server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    dev = live_server.enroll(TC_A)

    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr("gov_desktop.server.service.read_pull", broken)
    response = dev.client.get("/api/v1/pull")
    assert response.status_code == 500
    assert response.json()["code"] == "server.error" and "服务器内部错误" in response.json()["message"]
    assert "X-Server-HLC" in response.headers

    def database_down(*args: Any, **kwargs: Any) -> None:
        raise OperationalError("SELECT 1", {}, Exception("connection refused"))

    monkeypatch.setattr("gov_desktop.server.service.read_pull", database_down)
    # uvicorn closes the connection after an unhandled error (the 500 above): ask on a new one
    response = live_server.client(dev.token).get("/api/v1/pull")
    assert response.status_code == 503 and response.json()["code"] == "server.busy"
