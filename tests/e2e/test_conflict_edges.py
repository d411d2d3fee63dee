"""Edges of conflict detection found by the randomized runs, each reduced to a few steps against the real
server: who a conflict entry names as the writer of each value, and a device that comes back after the
server pruned its change log."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from syncworld import TOWNSHIP_A, CountyServer, Device, enrol_device, server_rows, sync_until_quiet

from gov_desktop.core.models import Household


@pytest.fixture
def world(fast_dir: Path) -> Iterator[tuple[CountyServer, Device, Device, Device]]:
    server = CountyServer(f"sqlite:///{fast_dir / 'server.db'}")
    made: list[Device] = []
    try:
        for name, county in (("A1", False), ("A2", False), ("C", True)):
            made.append(
                enrol_device(
                    server, fast_dir / f"{name}.db", name, url=server.url, township=TOWNSHIP_A, county=county
                )
            )
        yield server, made[0], made[1], made[2]
    finally:
        for device in made:
            device.store.close()
        server.close()


def _household(device: Device) -> str:
    with device.store.session(device.user) as s:
        h = Household(township_code=TOWNSHIP_A, household_no="H-0001", phone="13900000000")
        s.add(h)
    return h.id


def _set(device: Device, household_id: str, **values: str) -> None:
    with device.store.session(device.user) as s:
        row = s.get(Household, household_id)
        for name, value in values.items():
            setattr(row, name, value)


def _conflicts(server: CountyServer) -> list[dict]:
    return [row for (table, _), row in server_rows(server).items() if table == "conflict_log"]


def test_a_conflict_entry_names_the_writer_of_each_value_not_the_rows_last_writer(world) -> None:
    """A2 changes the phone offline; A1 changes it too and syncs; the county then edits the address of the
    same household. When A2 syncs, its phone (newer) wins over A1's, and A1's phone goes to the conflict
    log — written by A1 (``u-A1``), whoever touched another field of the row since.

    Bug (sync/merge.py ``apply_change``): ``local_by=row.updated_by`` names the row's last writer (the
    county's ``u-C``) as the writer of the losing phone number.
    """
    server, a1, a2, county = world
    hid = _household(a1)
    sync_until_quiet([a1, a2, county])
    _set(a1, hid, phone="13911111111")
    _set(a2, hid, phone="13922222222")  # later stamp: A2 wins, unaware of A1's number
    a1.sync()
    county.sync()
    _set(county, hid, address="县里核实的地址")
    county.sync()
    a2.sync()
    sync_until_quiet([a1, a2, county])

    (entry,) = _conflicts(server)
    assert entry["field"] == "phone"
    assert (json.loads(entry["loser_value"]), json.loads(entry["winner_value"])) == (
        "13911111111",
        "13922222222",
    )
    assert entry["winner_by"] == "u-A2"
    assert entry["loser_by"] == "u-A1", f"the losing phone is attributed to {entry['loser_by']!r}"


def test_an_edit_older_than_the_servers_retained_log_is_not_lost_silently(world) -> None:
    """A2 changes a phone number and stays offline; A1 changes the same phone later (a newer stamp) and
    syncs; the county admin prunes the change log (``gov-desktop-server prune --keep-days 0``). When A2
    comes back, its number loses to A1's — and must be kept in the conflict log, since A2 never saw A1's.

    Bug (server/service.py ``_load_rows``/``concurrent``): concurrency is judged from the change log after the
    pushing device's cursor; once that part of the log is pruned the server finds no concurrent writer,
    answers "stale" and logs nothing. The device then refetches a snapshot with nothing pending, so no side
    logs the loss: A2's number disappears without a trace. A cursor below the retention floor should count
    every differing field as concurrent (or the push should be refused with ``refetch`` until the device
    has taken a snapshot while keeping its edit pending).
    """
    from gov_desktop.server.service import prune

    server, a1, a2, county = world
    hid = _household(a1)
    sync_until_quiet([a1, a2, county])
    _set(a2, hid, phone="13922222222")  # offline
    _set(a1, hid, phone="13911111111")  # later: wins
    a1.sync()
    with server.db.session() as s:
        assert prune(s, keep_days=0).deleted > 0
    sync_until_quiet([a1, a2, county])

    rows = server_rows(server)
    assert rows[("household", hid)]["phone"] == "13911111111"
    losers = [json.loads(e["loser_value"]) for e in _conflicts(server)]
    assert "13922222222" in losers, "A2's phone number was overwritten and logged nowhere"
