"""The ``gov-desktop-server`` CLI, called through ``server.cli.main``: init, enroll, devices, revoke, status,
prune and the USB bundle import."""

from __future__ import annotations

import gzip
import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from gov_desktop.core.hlc import HybridClock
from gov_desktop.server import devices, service
from gov_desktop.server.cli import main
from gov_desktop.server.db import open_database
from gov_desktop.server.tables import ChangeLog, Device
from gov_desktop.sync.bundle import (
    KIND_REPLY,
    KIND_REQUEST,
    read_bundle,
    signing_key_from_token,
    write_bundle,
)
from gov_desktop.sync.protocol import EnrollRequest, PushRequest, WireChange

TC_A = "542525101"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "county"


def test_init_enroll_devices_revoke_status(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = str(data_dir)
    code, out, _ = run(capsys, "--data-dir", d, "init")
    assert code == 0 and (data_dir / "server.db").exists() and "数据库已就绪" in out
    code, out, _ = run(capsys, "--data-dir", d, "enroll", "--township", TC_A)
    assert code == 0
    one_time = out.strip().splitlines()[-1]
    assert len(one_time) == 9 and one_time[4] == "-" and one_time == one_time.strip()
    code, out, _ = run(capsys, "--data-dir", d, "devices")
    assert code == 0 and "还没有" in out
    db = open_database(f"sqlite:///{data_dir / 'server.db'}")
    clock = HybridClock("serverx")
    with db.session() as session:
        devices.enroll(session, EnrollRequest(code=one_time, device_id="tab01", name="一号窗口"), clock=clock)
    code, out, _ = run(capsys, "--data-dir", d, "devices")
    assert code == 0 and "tab01" in out and "一号窗口" in out and "正常" in out
    code, out, _ = run(capsys, "--data-dir", d, "revoke", "tab01")
    assert code == 0 and "已停用" in out
    code, out, _ = run(capsys, "--data-dir", d, "devices")
    assert "已停用" in out
    code, _, err = run(capsys, "--data-dir", d, "revoke", "nobody")
    assert code == 2 and "找不到设备nobody" in err and "Traceback" not in err
    code, _, err = run(capsys, "--data-dir", d, "enroll", "--township", "12")
    assert code == 2 and "9位数字" in err
    code, out, _ = run(capsys, "--data-dir", d, "enroll", "--county")
    assert code == 0 and len(out.strip().splitlines()[-1]) == 9
    code, out, _ = run(capsys, "--data-dir", d, "status")
    assert code == 0 and "最新序号 0" in out and "设备：1 台（正常 0 台）" in out and "household" in out
    code, out, _ = run(capsys, "--data-dir", d, "prune", "--keep-days", "30")
    assert code == 0 and "保留起点为序号 0" in out
    db.dispose()


def test_data_dir_from_the_environment(isolated_env, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, "init")
    assert code == 0 and (isolated_env.data_dir / "server.db").exists()


# --- USB bundles -------------------------------------------------------------------------------------------


def enrolled(data_dir: Path, township: str = TC_A) -> tuple[str, str]:
    """(device id, token) of a freshly enrolled device."""
    db = open_database(f"sqlite:///{data_dir / 'server.db'}")
    try:
        with db.session() as session:
            code = devices.create_enrollment_code(session, township)
        device_id = f"usb{uuid.uuid4().hex[:8]}"
        with db.session() as session:
            answer = devices.enroll(
                session, EnrollRequest(code=code, device_id=device_id), clock=HybridClock("serverx")
            )
    finally:
        db.dispose()
    return device_id, answer.token


def request_payload(device_id: str, *household_nos: str, cursor: int = 0) -> dict:
    clock = HybridClock(device_id)
    batches = []
    for no in household_nos:
        change = WireChange(t="household", id=f"hh-{no}", op="i", f={"household_no": no}, h=clock.now())
        batches.append(
            PushRequest(
                device_id=device_id, batch_id=str(uuid.uuid4()), township=TC_A, changes=[change]
            ).model_dump(mode="json", exclude_none=True)
        )
    return {"batches": batches, "cursor": cursor}


def log_rows(data_dir: Path) -> int:
    db = open_database(f"sqlite:///{data_dir / 'server.db'}")
    try:
        with db.session() as session:
            return int(session.execute(select(func.count()).select_from(ChangeLog)).scalar_one())
    finally:
        db.dispose()


def test_import_bundle_applies_replies_and_is_idempotent(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = str(data_dir)
    assert run(capsys, "--data-dir", d, "init")[0] == 0
    other_id, other_token = enrolled(data_dir)
    device_id, token = enrolled(data_dir)
    key = signing_key_from_token(token)
    # another device of the township synced online meanwhile: the reply must carry its change
    other = tmp_path / "other.bundle"
    write_bundle(
        other, KIND_REQUEST, other_id, request_payload(other_id, "O-1"), signing_key_from_token(other_token)
    )
    assert (
        run(capsys, "--data-dir", d, "import-bundle", str(other), "--reply", str(tmp_path / "o.reply"))[0]
        == 0
    )

    path = tmp_path / "stick" / "tab.bundle"
    path.parent.mkdir()
    write_bundle(path, KIND_REQUEST, device_id, request_payload(device_id, "U-1", "U-2"), key)
    code, out, err = run(capsys, "--data-dir", d, "import-bundle", str(path))
    assert code == 0, err
    assert "新应用修改 2 条" in out
    reply = read_bundle(
        path.with_name("tab.bundle.reply"), key=key, expect_kind=KIND_REPLY, expect_device=device_id
    )
    responses = reply.payload["responses"]
    assert [r["applied"] for r in responses] == [1, 1] and not any(r.get("replayed") for r in responses)
    pulled = [c for page in reply.payload["pages"] for c in page["changes"]]
    assert [c["f"]["household_no"] for c in pulled] == ["O-1"]  # not its own changes back
    assert reply.payload["pages"][-1]["next"] == 3 and reply.payload["snapshot"] is None
    assert log_rows(data_dir) == 3

    # the same bundle again: nothing changes, the answers say replayed
    code, out, _ = run(
        capsys, "--data-dir", d, "import-bundle", str(path), "--reply", str(tmp_path / "again.reply")
    )
    assert code == 0 and "新应用修改 0 条" in out and "2 个此前已导入过" in out
    again = read_bundle(tmp_path / "again.reply", key=key, expect_kind=KIND_REPLY)
    assert all(r["replayed"] for r in again.payload["responses"])
    assert log_rows(data_dir) == 3


def test_tampered_foreign_and_revoked_bundles_are_refused(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = str(data_dir)
    assert run(capsys, "--data-dir", d, "init")[0] == 0
    device_id, token = enrolled(data_dir)
    path = tmp_path / "tab.bundle"
    write_bundle(
        path, KIND_REQUEST, device_id, request_payload(device_id, "U-1"), signing_key_from_token(token)
    )
    doc = json.loads(gzip.decompress(path.read_bytes()))
    doc["payload"]["batches"][0]["changes"][0]["f"]["household_no"] = "HACKED"
    tampered = tmp_path / "tampered.bundle"
    tampered.write_bytes(gzip.compress(json.dumps(doc).encode()))
    code, _, err = run(capsys, "--data-dir", d, "import-bundle", str(tampered))
    assert code == 2 and "签名不符" in err and "Traceback" not in err
    foreign = tmp_path / "foreign.bundle"
    write_bundle(
        foreign, KIND_REQUEST, device_id, request_payload(device_id, "F-1"), signing_key_from_token("guess")
    )
    assert run(capsys, "--data-dir", d, "import-bundle", str(foreign))[0] == 2
    unknown = tmp_path / "unknown.bundle"
    write_bundle(
        unknown, KIND_REQUEST, "ghost", request_payload("ghost", "G-1"), signing_key_from_token(token)
    )
    code, _, err = run(capsys, "--data-dir", d, "import-bundle", str(unknown))
    assert code == 2 and "找不到设备ghost" in err
    garbage = tmp_path / "garbage.bundle"
    garbage.write_bytes(b"\x00not a bundle")
    assert run(capsys, "--data-dir", d, "import-bundle", str(garbage))[0] == 2
    assert log_rows(data_dir) == 0
    assert not tampered.with_name("tampered.bundle.reply").exists()
    assert run(capsys, "--data-dir", d, "revoke", device_id)[0] == 0
    code, _, err = run(capsys, "--data-dir", d, "import-bundle", str(path))
    assert code == 2 and "停用" in err
    assert log_rows(data_dir) == 0


def test_a_bundle_from_a_device_behind_the_pruned_log_gets_a_snapshot(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = str(data_dir)
    other_id, other_token = enrolled(data_dir)
    device_id, token = enrolled(data_dir)
    first = tmp_path / "o.bundle"
    write_bundle(
        first,
        KIND_REQUEST,
        other_id,
        request_payload(other_id, "O-1", "O-2"),
        signing_key_from_token(other_token),
    )
    assert run(capsys, "--data-dir", d, "import-bundle", str(first))[0] == 0
    assert run(capsys, "--data-dir", d, "prune", "--keep-days", "0")[0] == 0
    path = tmp_path / "late.bundle"
    write_bundle(
        path, KIND_REQUEST, device_id, request_payload(device_id, cursor=0), signing_key_from_token(token)
    )
    code, out, _ = run(capsys, "--data-dir", d, "import-bundle", str(path))
    assert code == 0 and "快照" in out
    reply = read_bundle(
        path.with_name("late.bundle.reply"), key=signing_key_from_token(token), expect_kind=KIND_REPLY
    )
    snap = reply.payload["snapshot"]
    assert snap["seq"] == 2 and sorted(r["f"]["household_no"] for r in snap["rows"]) == ["O-1", "O-2"]
    db = open_database(f"sqlite:///{data_dir / 'server.db'}")
    with db.session() as session:
        assert service.retention_floor(session) == 2
        assert session.get(Device, device_id).last_cursor == 0
    db.dispose()


@pytest.mark.postgres
def test_the_cli_on_postgresql(fresh_postgres_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    url = ("--database-url", fresh_postgres_url)
    assert run(capsys, *url, "init")[0] == 0
    code, out, _ = run(capsys, *url, "enroll", "--township", TC_A)
    assert code == 0 and len(out.strip().splitlines()[-1]) == 9
    code, out, _ = run(capsys, *url, "status")
    assert code == 0 and "postgresql+psycopg" in out and "最新序号 0" in out


def test_serve_needs_both_certificate_and_key(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--data-dir", str(data_dir), "serve", "--certfile", "cert.pem")
    assert code == 2 and "--keyfile" in err
