"""USB bundles end to end: export on the device, ``gov-desktop-server import-bundle`` on the county server,
import of the reply; replays and tampering."""

from __future__ import annotations

import gzip
import json

import pytest
from sqlalchemy import func, select

from gov_desktop import cli
from gov_desktop.core.models import ConflictEntry, Household
from gov_desktop.server import cli as server_cli
from gov_desktop.store.tables import OutboxEntry, SyncBatch
from gov_desktop.sync.bundle import BundleError
from gov_desktop.sync.engine import read_state
from gov_desktop.sync.usb import export_bundle, import_reply

from .conftest import add_household, add_visits, engine_for_store
from .test_live import server_rows, store_rows, sync_all


def server_import(live_server, path, capsys) -> int:
    code = server_cli.main(["--database-url", live_server.database_url, "import-bundle", str(path)])
    capsys.readouterr()
    return code


def counts(store):
    with store.reader() as s:
        return (
            s.execute(select(func.count()).select_from(OutboxEntry)).scalar_one(),
            s.execute(select(func.count()).select_from(ConflictEntry)).scalar_one(),
        )


@pytest.fixture
def pair(live_server, make_store):
    a, b = make_store("a"), make_store("b")
    live_server.enroll_store(a)
    live_server.enroll_store(b)
    hid = add_household(a, "H-1")
    sync_all(a, b, rounds=1)
    return a, b, hid


def test_bundle_round_trip_and_reply_imported_twice_is_harmless(live_server, pair, tmp_path, capsys):
    a, b, hid = pair
    with b.session("bob") as s:
        s.get(Household, hid).phone = "13900139000"
    add_household(b, "H-B")
    engine_for_store(b).run()

    # a has no link for weeks
    add_visits(a, hid, 30)
    with a.session("alice") as s:
        s.get(Household, hid).address = "U盘带去的地址"
    request = tmp_path / "a.bundle"
    exported = export_bundle(a, request)
    assert exported.batches >= 1 and exported.changes == 31
    with a.reader() as s:
        states = [b.state for b in s.execute(select(SyncBatch)).scalars() if b.state != "acked"]
        assert states == ["bundled"] * exported.batches

    assert server_import(live_server, request, capsys) == 0
    reply = request.with_name(request.name + ".reply")
    result = import_reply(a, reply)
    assert result.acked_batches == exported.batches and result.pushed == 31 and result.pulled == 2
    state = read_state(a)
    assert state.pending == 0 and state.up_to_date
    with a.reader() as s:
        h = s.get(Household, hid)
        assert (h.address, h.phone) == ("U盘带去的地址", "13900139000")

    before = (store_rows(a), counts(a), read_state(a).cursor)
    again = import_reply(a, reply)
    assert (again.acked_batches, again.pulled, again.conflicts) == (0, 0, 0)
    assert (store_rows(a), counts(a), read_state(a).cursor) == before

    sync_all(b, a, rounds=1)
    assert store_rows(a) == store_rows(b) == server_rows(live_server)


def test_online_push_after_export_sends_the_same_batches(live_server, pair, tmp_path, capsys):
    a, _b, hid = pair
    add_visits(a, hid, 5)
    request = tmp_path / "a.bundle"
    export_bundle(a, request)
    assert server_import(live_server, request, capsys) == 0
    after_import = server_rows(live_server)
    # the link came back before the reply did: the stored batches go online, answered as replays
    report = engine_for_store(a).run()
    assert report.pushed == 5 and server_rows(live_server) == after_import
    # the reply arrives later: nothing left to do
    result = import_reply(a, request.with_name(request.name + ".reply"))
    assert result.acked_batches == 0 and result.pulled == 0
    assert store_rows(a) == server_rows(live_server)


def test_bundle_with_nothing_pending_still_brings_the_news(live_server, pair, tmp_path, capsys):
    a, b, _hid = pair
    add_household(b, "H-B")
    engine_for_store(b).run()
    request = tmp_path / "a.bundle"
    assert export_bundle(a, request).batches == 0
    assert server_import(live_server, request, capsys) == 0
    assert import_reply(a, request.with_name(request.name + ".reply")).pulled == 1


def _tamper(path, edit):
    doc = json.loads(gzip.decompress(path.read_bytes()))
    edit(doc)
    path.write_bytes(gzip.compress(json.dumps(doc, ensure_ascii=False).encode()))


def test_tampered_reply_is_refused_and_nothing_changes(live_server, pair, tmp_path, capsys):
    a, b, hid = pair
    with b.session("bob") as s:
        s.get(Household, hid).phone = "13900139000"
    engine_for_store(b).run()
    request = tmp_path / "a.bundle"
    export_bundle(a, request)
    server_import(live_server, request, capsys)
    reply = request.with_name(request.name + ".reply")

    def forge(doc):
        doc["payload"]["pages"][0]["changes"][0]["f"]["phone"] = "13000000000"

    _tamper(reply, forge)
    before = store_rows(a)
    with pytest.raises(BundleError) as caught:
        import_reply(a, reply)
    assert "签名" in str(caught.value)
    assert store_rows(a) == before
    code = cli.main(["bundle", "import", str(reply), "--db", str(a.path)])
    err = capsys.readouterr().err
    assert code == 2 and "签名不符" in err and "Traceback" not in err


def test_tampered_or_foreign_request_bundle_is_refused_by_the_server(
    live_server, pair, make_store, tmp_path, capsys
):
    a, _b, hid = pair
    add_visits(a, hid, 2)
    request = tmp_path / "a.bundle"
    export_bundle(a, request)

    def forge(doc):
        doc["payload"]["batches"][0]["changes"][0]["f"]["findings"] = "伪造"

    _tamper(request, forge)
    before = server_rows(live_server)
    assert server_import(live_server, request, capsys) == 2
    assert server_rows(live_server) == before

    # a bundle signed with another device's key but claiming to be a's
    other = make_store("other")
    live_server.enroll_store(other)
    from gov_desktop.sync.bundle import KIND_REQUEST, signing_key_from_token, write_bundle
    from gov_desktop.sync.settings import load_settings, load_token

    key = signing_key_from_token(load_token(load_settings(other).device_id))
    write_bundle(tmp_path / "forged.bundle", KIND_REQUEST, a.device_id, {"batches": [], "cursor": 0}, key)
    assert server_import(live_server, tmp_path / "forged.bundle", capsys) == 2


def test_bundle_cli_export_and_import(live_server, pair, tmp_path, capsys):
    a, _b, hid = pair
    add_visits(a, hid, 3)
    request = tmp_path / "cli.bundle"
    assert cli.main(["bundle", "export", str(request), "--db", str(a.path)]) == 0
    assert "3条修改" in capsys.readouterr().out
    assert server_import(live_server, request, capsys) == 0
    reply = request.with_name(request.name + ".reply")
    assert cli.main(["bundle", "import", str(reply), "--db", str(a.path)]) == 0
    assert "服务器确认3条" in capsys.readouterr().out
    assert cli.main(["bundle", "import", str(reply), "--db", str(a.path)]) == 0
    assert "已导入过" in capsys.readouterr().out
    assert read_state(a).pending == 0
