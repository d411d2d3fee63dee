"""Pull over HTTP: paging by sequence, scope, own changes left out, the page piggybacked on a push, refetch
after pruning, snapshots."""

from __future__ import annotations

from gov_desktop.server import service

from .conftest import TC_A, TC_B, LiveServer, row_id


def test_pages_follow_the_sequence_and_the_scope(live_server: LiveServer) -> None:
    a, b = live_server.enroll(TC_A), live_server.enroll(TC_B)
    county = live_server.enroll("", county=True)
    reader = live_server.enroll(TC_A)
    a_rows = [row_id("hh") for _ in range(5)]
    a.push([a.change("household", "i", {"household_no": f"A-{i}"}, rid=r) for i, r in enumerate(a_rows)])
    b.push([b.change("household", "i", {"household_no": "B-1"})])
    county.push(
        [
            county.change("township", "i", {"code": TC_A, "name": "昆莎乡"}, tc="county"),
            county.change("village", "i", {"code": TC_A + "001", "name": "一村"}, tc=TC_A),
            county.change("village", "i", {"code": TC_B + "001", "name": "别村"}, tc=TC_B),
        ]
    )
    first = reader.pull(since=0, limit=3)
    assert [c["s"] for c in first["changes"]] == [1, 2, 3]
    assert first["next"] == 3 and first["more"] is True and first["head"] == 9
    second = reader.pull(since=3, limit=3)
    # 4, 5: a's; 6 is b's (another township): skipped; 7 township (county scope), 8 a's village
    assert [c["s"] for c in second["changes"]] == [4, 5, 7]
    assert second["next"] == 7 and second["more"] is True
    last = reader.pull(since=7, limit=3)
    assert [c["s"] for c in last["changes"]] == [8]
    assert last == {**last, "next": 9, "head": 9, "more": False, "refetch": False}
    tables = [(c["t"], c["tc"]) for c in first["changes"] + second["changes"] + last["changes"]]
    assert ("village", TC_B) not in tables and ("household", TC_B) not in tables
    assert ("township", "county") in tables and ("village", TC_A) in tables
    change = first["changes"][0]
    assert change == {
        "t": "household",
        "id": a_rows[0],
        "op": "i",
        "f": {"household_no": "A-0"},
        "h": change["h"],
        "u": "tester",
        "tc": TC_A,
        "s": 1,
    }
    # the pushing device does not get its own changes back; the county device sees every township
    assert [c["s"] for c in a.pull(since=0)["changes"]] == [7, 8]
    assert [c["s"] for c in county.pull(since=0)["changes"]] == [1, 2, 3, 4, 5, 6]
    assert b.pull(since=9)["changes"] == []


def test_a_push_can_carry_the_first_pull_page(live_server: LiveServer) -> None:
    a, b = live_server.enroll(TC_A), live_server.enroll(TC_A)
    a.push([a.change("household", "i", {"household_no": f"A-{i}"}) for i in range(3)])
    answer = b.push([b.change("household", "i", {"household_no": "B-1"})], cursor=0, pull_limit=2)
    assert answer["applied"] == 1
    page = answer["pull"]
    assert [c["s"] for c in page["changes"]] == [1, 2] and page["more"] is True and page["head"] == 4
    rest = b.pull(since=page["next"])
    assert [c["s"] for c in rest["changes"]] == [3] and rest["next"] == 4  # its own change 4 is left out
    assert "pull" not in b.push([], cursor=4)


def test_a_cursor_behind_the_pruned_log_refetches_and_the_snapshot_has_the_scope(
    live_server: LiveServer,
) -> None:
    a, b = live_server.enroll(TC_A), live_server.enroll(TC_B)
    county = live_server.enroll("", county=True)
    hh = row_id("hh")
    a.push(
        [
            a.change("household", "i", {"household_no": "A-1", "address": "旧"}, rid=hh),
            a.change("person", "i", {"name": "扎西", "household_id": hh}),
        ]
    )
    a.push([a.change("household", "u", {"address": "新址"}, rid=hh)])
    b.push([b.change("household", "i", {"household_no": "B-1"})])
    county.push([county.change("org", "i", {"name": "县水利局"}, tc="county")])
    with live_server.db.session() as session:
        result = service.prune(session, keep_days=0)
    assert result.deleted == 5 and result.floor == 5
    late = live_server.enroll(TC_A)
    page = late.pull(since=0)
    assert page["refetch"] is True and page["changes"] == [] and page["head"] == 5
    assert late.pull(since=5)["refetch"] is False  # a cursor at the floor is fine
    response = late.client.get("/api/v1/snapshot")
    assert response.status_code == 200
    snap = response.json()
    assert snap["seq"] == 5
    rows = {(r["t"], r["f"].get("household_no") or r["f"].get("name")): r for r in snap["rows"]}
    assert set(rows) == {("household", "A-1"), ("person", "扎西"), ("org", "县水利局")}
    household = rows[("household", "A-1")]
    assert household["f"]["address"] == "新址" and household["f"]["township_code"] == TC_A
    assert set(household["fh"]) == {"address"} and household["fh"]["address"] > household["h"]
    # after pruning, the head survives: new changes continue the sequence
    a.push([a.change("household", "u", {"address": "更新"}, rid=hh)])
    assert [c["s"] for c in late.pull(since=5)["changes"]] == [6]
    county_snap = county.client.get("/api/v1/snapshot").json()
    assert {r["t"] for r in county_snap["rows"]} == {"household", "person", "org"}
    assert len(county_snap["rows"]) == 4
