"""``gov-desktop backup [--keep N]``, ``gov-desktop backups`` and ``gov-desktop restore BACKUP``."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any

from ..paths import Paths
from .common import CommandFailed, add_db_argument, backups_dir_for, db_path, open_existing, reports_errors

logger = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("backup", help="立即备份数据库")
    parser.add_argument("--keep", type=int, metavar="N", help="只保留最近N份常规备份")
    parser.add_argument("--dir", type=Path, metavar="DIR", help="备份目录（默认：数据库旁的 backups）")
    add_db_argument(parser)
    parser.set_defaults(handler=make_backup)

    listing = subparsers.add_parser("backups", help="列出已有的备份")
    listing.add_argument("--dir", type=Path, metavar="DIR", help="备份目录（默认：数据库旁的 backups）")
    add_db_argument(listing)
    listing.set_defaults(handler=list_backups)

    restore = subparsers.add_parser("restore", help="用备份替换当前数据库（先关闭程序）")
    restore.add_argument("backup", metavar="BACKUP", help="备份文件的路径，或备份目录中的文件名")
    restore.add_argument("--dir", type=Path, metavar="DIR", help="备份目录（默认：数据库旁的 backups）")
    add_db_argument(restore)
    restore.set_defaults(handler=restore_backup)


def _dir(args: argparse.Namespace, db: Path) -> Path:
    given: Path | None = args.dir
    return given.expanduser().resolve() if given else backups_dir_for(db)


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{n / 1024:.0f} KB"


@reports_errors
def make_backup(args: argparse.Namespace, paths: Paths) -> int:
    if args.keep is not None and args.keep < 1:
        raise CommandFailed("--keep 至少为1")
    from ..store import backup

    db = db_path(args, paths)
    dest = _dir(args, db)
    store = open_existing(db, migrate=False)
    try:
        made = backup.backup_now(store, dest)
    finally:
        store.close()
    print(f"已备份到 {made}（{_size(made.stat().st_size)}）")
    if args.keep is not None:
        removed = backup.prune_backups(dest, args.keep, stem=db.stem)
        if removed:
            print(f"已删除{len(removed)}份较早的备份，保留最近{args.keep}份")
    return 0


@reports_errors
def list_backups(args: argparse.Namespace, paths: Paths) -> int:
    from ..store import backup

    db = db_path(args, paths)
    dest = _dir(args, db)
    found = backup.list_backups(dest, stem=db.stem)
    if not found:
        print(f"{dest} 中没有备份")
        return 0
    print(f"{dest} 中的备份（最新的在前）：")
    for b in found:
        kind = "迁移前" if b.label == "pre-migrate" else (b.label or "常规")
        print(f"  {b.created:%Y-%m-%d %H:%M:%S}  {_size(b.size):>9}  {kind:<6}  {b.path.name}")
    return 0


@reports_errors
def restore_backup(args: argparse.Namespace, paths: Paths) -> int:
    from ..store import backup

    db = db_path(args, paths)
    chosen = Path(args.backup).expanduser()
    if not chosen.exists() and chosen.name == args.backup:  # a bare file name: look in the backups folder
        chosen = _dir(args, db) / args.backup
    kept = backup.restore(chosen, db, key=None if backup.is_plain_sqlite(chosen) else "keyring")
    print(f"已用 {chosen.name} 恢复数据库 {db}")
    if kept is not None:
        print(f"原数据库保存为 {kept}")
    return 0
