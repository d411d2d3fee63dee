"""``gov-desktop bundle export FILE`` and ``gov-desktop bundle import REPLY``: sync by USB stick."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any

from ..paths import Paths
from .common import add_db_argument
from .sync import open_for_sync, reports_sync_errors

logger = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("bundle", help="用U盘同步（无网络时）")
    sub = parser.add_subparsers(dest="bundle_command", metavar="BUNDLE_COMMAND", required=True)

    export = sub.add_parser("export", help="把待上传的修改写入同步文件，带到县里导入")
    export.add_argument("file", type=Path, metavar="FILE", help="要写入的同步文件")
    add_db_argument(export)
    export.set_defaults(handler=export_bundle)

    imp = sub.add_parser("import", help="导入县里生成的回执文件")
    imp.add_argument("reply", type=Path, metavar="REPLY", help="回执文件")
    add_db_argument(imp)
    imp.set_defaults(handler=import_reply)


@reports_sync_errors
def export_bundle(args: argparse.Namespace, paths: Paths) -> int:
    from ..sync import usb

    store = open_for_sync(args, paths)
    try:
        result = usb.export_bundle(store, args.file.expanduser())
    finally:
        store.close()
    print(f"已写入同步文件 {result.path}：{result.changes}条修改（{result.batches}批）")
    print("请带到县里用 gov-desktop-server import-bundle 导入，再把回执文件带回导入本机")
    return 0


@reports_sync_errors
def import_reply(args: argparse.Namespace, paths: Paths) -> int:
    from ..sync import usb

    store = open_for_sync(args, paths)
    try:
        result = usb.import_reply(store, args.reply.expanduser())
    finally:
        store.close()
    if result.acked_batches == 0 and result.pulled == 0 and not result.snapshot:
        print("回执已导入过，或其中没有新内容：本机数据未变")
        return 0
    print(
        f"已导入回执：服务器确认{result.pushed}条修改，拒绝{result.quarantined}条，"
        f"下载{result.pulled}条，新冲突{result.conflicts}条"
    )
    return 0
