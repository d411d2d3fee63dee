"""``gov-desktop key export FILE`` / ``gov-desktop key restore FILE``: the database key's recovery file."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any

from ..paths import Paths
from .common import add_db_argument, db_path, read_secret, reports_errors

logger = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("key", help="数据库密钥的备份文件：导出与恢复")
    sub = parser.add_subparsers(dest="key_command", metavar="ACTION", required=True)

    export = sub.add_parser("export", help="把数据库密钥导出为口令保护的文件")
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("--passphrase-env", metavar="VAR", help="从环境变量读取口令（脚本用）")
    add_db_argument(export)
    export.set_defaults(handler=export_key)

    restore = sub.add_parser("restore", help="从密钥备份文件把密钥恢复到本机密钥环")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--passphrase-env", metavar="VAR", help="从环境变量读取口令（脚本用）")
    add_db_argument(restore)
    restore.set_defaults(handler=restore_key)


@reports_errors
def export_key(args: argparse.Namespace, paths: Paths) -> int:
    from ..store import keyfile

    passphrase = read_secret(args.passphrase_env, "管理员口令", confirm=True)
    written = keyfile.export_key(db_path(args, paths), args.file, passphrase)
    print(f"密钥已导出到 {written}。请把它与数据分开保存并牢记口令：忘记口令将无法恢复。")
    return 0


@reports_errors
def restore_key(args: argparse.Namespace, paths: Paths) -> int:
    from ..store import keyfile

    passphrase = read_secret(args.passphrase_env, "管理员口令")
    store_id = keyfile.restore_key(args.file, passphrase, db_path(args, paths))
    print(f"密钥已恢复到本机密钥环（数据库标识 {store_id}）。")
    return 0
