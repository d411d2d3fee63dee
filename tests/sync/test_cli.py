"""``gov-desktop sync …`` against the real server, with the code from ``gov-desktop-server enroll``."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from gov_desktop import cli
from gov_desktop.core.models import Household
from gov_desktop.server import cli as server_cli
from gov_desktop.store.engine import open_store
from gov_desktop.sync.settings import load_settings, load_token

from .conftest import TC, add_household, engine_for_store


def server_code(live_server, capsys, *args: str) -> str:
    assert server_cli.main(["--database-url", live_server.database_url, "enroll", *args]) == 0
    return capsys.readouterr().out.strip().splitlines()[-1]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_enroll_run_status_conflicts_through_the_cli(live_server, make_store, tmp_path, capsys):
    db = tmp_path / "cli" / "gov.db"
    code = server_code(live_server, capsys, "--township", TC)
    rc, out, err = run(capsys, "sync", "enroll", live_server.url, code, "--db", str(db), "--name", "窗口1")
    assert rc == 0 and "登记成功" in out, err

    store = open_store(db)  # a new store made by the CLI: encrypted, its key in the keyring
    assert store.encrypted
    settings = load_settings(store)
    assert settings.township_code == TC and load_token(settings.device_id)
    hid = add_household(store, "H-1", address="旧")
    store.close()

    rc, out, err = run(capsys, "sync", "run", "--db", str(db))
    assert rc == 0 and "上传1条修改" in out and "已是最新" in out, err
    rc, out, _ = run(capsys, "sync", "status", "--db", str(db))
    assert rc == 0 and "待上传修改：0" in out and "已是最新" in out and live_server.url in out
    rc, out, _ = run(capsys, "sync", "status", "--json", "--db", str(db))
    doc = json.loads(out)
    assert doc["up_to_date"] and doc["township_code"] == TC and doc["token_in_keyring"]

    # a second device makes a concurrent edit: a conflict, visible and resolvable from the CLI
    other = make_store("other")
    live_server.enroll_store(other)
    engine_for_store(other).run()
    store = open_store(db)
    with store.session("alice") as s:
        s.get(Household, hid).address = "CLI设备的值"
    store.close()
    with other.session("bob") as s:
        s.get(Household, hid).address = "另一台的值"
    engine_for_store(other).run()
    assert run(capsys, "sync", "run", "--db", str(db))[0] == 0
    rc, out, _ = run(capsys, "sync", "conflicts", "--db", str(db))
    assert rc == 0 and "住址" in out and "CLI设备的值" in out and "另一台的值" in out
    conflict_id = out.split()[0]
    rc, out, err = run(
        capsys,
        "sync",
        "conflicts",
        "--db",
        str(db),
        "--resolve",
        conflict_id[:18],
        "--keep-mine",
        "--user",
        "alice",
    )
    assert rc == 0 and "CLI设备的值" in out, err
    rc, out, _ = run(capsys, "sync", "conflicts", "--db", str(db))
    assert "没有待处理的冲突" in out
    assert run(capsys, "sync", "run", "--db", str(db))[0] == 0
    engine_for_store(other).run()
    with other.reader() as s:
        assert s.exec(select(Household)).one().address == "CLI设备的值"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["sync", "enroll", "http://sync.example.cn", "ABCD-EFGH"], "https"),
        (["sync", "enroll", "URL", "ABCD-EFGH"], "无效"),
        (["sync", "run"], "尚未"),
        (["sync", "conflicts", "--resolve", "abc"], "--keep-mine"),
    ],
)
def test_errors_are_one_chinese_line_and_exit_2(make_store, capsys, argv, message):
    store = make_store("plain")
    path = str(store.path)
    store.close()
    rc, _out, err = run(capsys, *argv, "--db", path)
    assert rc == 2 and message in err and "Traceback" not in err


def test_used_code_and_unreachable_server(live_server, make_store, capsys):
    store = make_store("plain")
    path = str(store.path)
    store.close()
    code = server_code(live_server, capsys, "--township", TC)
    assert run(capsys, "sync", "enroll", live_server.url, code, "--db", path)[0] == 0
    rc, _, err = run(capsys, "sync", "enroll", live_server.url, code, "--db", path)
    assert rc == 2 and "错误：" in err and "Traceback" not in err
    rc, _, err = run(capsys, "sync", "enroll", "http://127.0.0.1:9", "ABCD-EFGH", "--db", path)
    assert rc == 2 and "无法连接" in err
