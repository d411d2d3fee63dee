"""``gov-desktop user|backup|backups|restore|key`` end to end through ``cli.main``: Chinese messages, exit 2 on
errors, never a traceback."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from gov_desktop.cli import main
from gov_desktop.core.models import Person
from gov_desktop.store import backup, keys, users
from gov_desktop.store.engine import open_store


@pytest.fixture(autouse=True)
def restore_root_logging() -> Iterator[None]:
    """cli.main installs log handlers once per process; drop them so the next test gets its own."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def cli(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Cli]:
    open_store(db_path).close()  # the app creates the database on first start
    yield Cli(db_path.parent, capsys)


class Cli:
    def __init__(self, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.data_dir = data_dir
        self.capsys = capsys
        self.out = ""
        self.err = ""

    def __call__(self, *argv: str) -> int:
        code = main(["--data-dir", str(self.data_dir), *argv])
        self.out, self.err = self.capsys.readouterr()
        assert "Traceback" not in self.out + self.err
        return code


def person_names(db: Path) -> set[str]:
    store = open_store(db)
    try:
        with store.reader() as s:
            return set(s.exec(select(Person.name)).all())
    finally:
        store.close()


def add_person(db: Path, name: str) -> None:
    store = open_store(db)
    try:
        with store.session(user="zhuoma") as s:
            s.add(Person(township_code="540123101", name=name))
    finally:
        store.close()


def test_users(cli: Cli, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GD_PW", "zhuoma2025")
    monkeypatch.setenv("GD_PW2", "zhuoma2026")
    monkeypatch.setenv("GD_WEAK", "123")
    add = ["user", "add", "zhuoma", "--role", "乡镇管理员", "--township", "540123101", "--name", "卓玛"]
    assert cli(*add, "--password-env", "GD_PW") == 0
    assert "已添加用户 zhuoma（乡镇管理员，540123101）" in cli.out

    assert cli("user", "list") == 0
    assert "zhuoma（卓玛）  乡镇管理员  540123101  在用  最近登录：从未登录" in cli.out

    assert cli("user", "passwd", "zhuoma", "--password-env", "GD_PW2") == 0
    assert "已设置 zhuoma 的密码" in cli.out
    store = open_store(db_path)
    try:
        assert users.authenticate(store, "zhuoma", "zhuoma2026").role.label == "乡镇管理员"
    finally:
        store.close()

    assert cli(*add, "--password-env", "GD_PW") == 2
    assert cli.err.strip() == "错误：用户名zhuoma已被使用"
    assert (
        cli(
            "user",
            "add",
            "dawa",
            "--role",
            "hall_staff",
            "--township",
            "540123101",
            "--password-env",
            "GD_WEAK",
        )
        == 2
    )
    assert "密码至少8位，且须同时包含字母和数字" in cli.err
    assert (
        cli("user", "add", "dawa", "--role", "chief", "--township", "540123101", "--password-env", "GD_PW")
        == 2
    )
    assert "角色的取值“chief”无效" in cli.err
    assert (
        cli("user", "add", "dawa", "--role", "viewer", "--township", "540123101", "--password-env", "GD_NONE")
        == 2
    )
    assert "环境变量 GD_NONE 未设置" in cli.err
    assert cli("user", "list", "--db", str(db_path.parent / "missing.db")) == 2
    assert "找不到数据库" in cli.err


def test_passwords_typed_at_the_prompt(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    typed = iter(["gesang2025", "gesang2025", "gesang2025", "gesang2026"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    add = ["user", "add", "gesang", "--role", "grid_liaison", "--township", "540123101", "--grid", "g-7"]
    assert cli(*add) == 0
    assert cli("user", "passwd", "gesang") == 2
    assert "两次输入不一致" in cli.err


def test_backup_list_and_restore(cli: Cli, db_path: Path) -> None:
    add_person(db_path, "张晓华")
    for _ in range(3):
        assert cli("backup", "--keep", "2") == 0
        assert "已备份到" in cli.out
    assert "已删除1份较早的备份，保留最近2份" in cli.out
    made = backup.list_backups(db_path.parent / "backups")
    assert len(made) == 2

    assert cli("backups") == 0
    assert made[0].path.name in cli.out and made[1].path.name in cli.out and "常规" in cli.out

    add_person(db_path, "扎西次仁")
    assert cli("restore", made[0].path.name) == 0
    assert f"已用 {made[0].path.name} 恢复数据库" in cli.out
    assert "原数据库保存为" in cli.out
    assert person_names(db_path) == {"张晓华"}

    assert cli("restore", "gov-20200101-000000-000.db") == 2
    assert "找不到备份文件" in cli.err
    assert cli("backup", "--keep", "0") == 2


def test_key_export_and_restore(
    cli: Cli, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_person(db_path, "张晓华")
    monkeypatch.setenv("GD_PASS", "口令admin2025")
    monkeypatch.setenv("GD_WRONG", "口令admin2024")
    key_file = tmp_path / "usb" / "gov-key.json"
    assert cli("key", "export", str(key_file), "--passphrase-env", "GD_PASS") == 0
    assert "密钥已导出到" in cli.out and key_file.exists()

    store_id = keys.store_id_for(db_path, create=False)
    assert store_id is not None
    keys.delete_key(store_id)
    assert cli("user", "list") == 2
    assert "本机密钥环中找不到数据库密钥" in cli.err

    assert cli("key", "restore", str(key_file), "--passphrase-env", "GD_WRONG") == 2
    assert "口令错误，或密钥文件已损坏" in cli.err
    assert cli("key", "restore", str(key_file), "--passphrase-env", "GD_PASS") == 0
    assert f"密钥已恢复到本机密钥环（数据库标识 {store_id}）" in cli.out
    assert cli("user", "list") == 0
    assert person_names(db_path) == {"张晓华"}


def test_a_wrong_key_is_one_line_not_a_traceback(db_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    open_store(db_path).close()
    store_id = keys.store_id_for(db_path, create=False)
    assert store_id is not None
    keys.save_key(store_id, keys.new_key())
    assert main(["--data-dir", str(db_path.parent), "backup"]) == 2
    out, err = capfd.readouterr()  # file-descriptor level: SQLCipher's own "hmac check failed" lines too
    assert out == ""
    assert err.strip() == "错误：数据库无法用此密钥打开"
