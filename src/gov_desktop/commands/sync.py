"""``gov-desktop sync enroll URL CODE``, ``sync run``, ``sync status``, ``sync conflicts``."""

from __future__ import annotations

import argparse
import functools
import json
import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.clock import LOCAL_TZ, as_utc
from ..paths import Paths
from ..sync.errors import SyncError
from .common import Handler, add_db_argument, db_path, fail, open_existing, reports_errors

if TYPE_CHECKING:
    from ..store.engine import Store

logger = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("sync", help="与县级服务器同步")
    sub = parser.add_subparsers(dest="sync_command", metavar="SYNC_COMMAND", required=True)

    enroll = sub.add_parser("enroll", help="用县级管理员给的一次性登记码登记本设备")
    enroll.add_argument("url", metavar="URL", help="县级服务器地址，如 https://sync.county.gov.cn")
    enroll.add_argument("code", metavar="CODE", help="一次性登记码")
    enroll.add_argument("--ca", metavar="FILE", help="县级服务器的CA证书（PEM，自签名证书时使用）")
    enroll.add_argument("--allow-http", action="store_true", help="允许明文http（仅用于测试网络）")
    enroll.add_argument("--name", help="设备名称（默认：计算机名）")
    add_db_argument(enroll)
    enroll.set_defaults(handler=enroll_device)

    run = sub.add_parser("run", help="立即同步一次（上传本机修改，下载其他设备的修改）")
    add_db_argument(run)
    run.set_defaults(handler=run_sync)

    status = sub.add_parser("status", help="显示同步状态")
    status.add_argument("--json", action="store_true", help="以JSON输出")
    add_db_argument(status)
    status.set_defaults(handler=show_status)

    conflicts = sub.add_parser("conflicts", help="列出或处理同步冲突")
    conflicts.add_argument("--all", action="store_true", help="也列出已处理的冲突")
    conflicts.add_argument("--resolve", metavar="ID", help="处理这条冲突（可写编号的前几位）")
    how = conflicts.add_mutually_exclusive_group()
    how.add_argument("--keep-mine", action="store_true", help="保留本机的值")
    how.add_argument("--take-theirs", action="store_true", help="采用对方的值")
    how.add_argument("--value", metavar="V", help="改为新值")
    conflicts.add_argument("--user", default="", help="处理人（默认：当前系统用户）")
    add_db_argument(conflicts)
    conflicts.set_defaults(handler=handle_conflicts)


def reports_sync_errors(handler: Handler) -> Handler:
    """Sync and bundle failures as one Chinese line and exit code 2 (plus the store commands' own)."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace, paths: Paths) -> int:
        try:
            return handler(args, paths)
        except SyncError as exc:
            logger.info("sync command failed: %s", exc.code, exc_info=True)
            return fail(exc.message)
        except Exception as exc:
            from ..sync.bundle import BundleError  # loaded by now when it raised one

            if not isinstance(exc, BundleError):
                raise
            logger.info("bundle refused: %s", exc.code)
            return fail(str(exc))

    return reports_errors(run)


def open_for_sync(args: argparse.Namespace, paths: Paths, *, create: bool = False) -> Store:
    """The store of ``--db`` (or the data directory's); ``create``: a new (encrypted) one if there is none."""
    from ..store.engine import open_store

    db: Path = db_path(args, paths)
    if create and not db.exists():
        return open_store(db)
    return open_existing(db)


def _local(value: datetime | None) -> str:
    return as_utc(value).astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M:%S") if value else "从未"


@reports_sync_errors
def enroll_device(args: argparse.Namespace, paths: Paths) -> int:
    from ..sync.enrol import enroll

    store = open_for_sync(args, paths, create=True)
    try:
        settings = enroll(
            store,
            args.url,
            args.code,
            ca_path=args.ca,
            allow_insecure_http=args.allow_http,
            name=args.name,
        )
    finally:
        store.close()
    scope = "县级设备" if settings.is_county else f"乡镇{settings.township_code}"
    print(f"登记成功：本设备{settings.device_id}（{scope}）已连接 {settings.server_url}")
    return 0


@reports_sync_errors
def run_sync(args: argparse.Namespace, paths: Paths) -> int:
    from ..sync.engine import SyncEngine

    store = open_for_sync(args, paths)
    try:
        engine = SyncEngine.for_store(store)
        try:
            report = engine.run()
        finally:
            engine.transport.close()
    finally:
        store.close()
    print(
        f"同步完成：上传{report.pushed}条修改（{report.batches}批），下载{report.pulled}条，"
        f"新冲突{report.conflicts}条，被拒绝{report.quarantined}条；"
        f"传输{report.bytes_sent + report.bytes_received}字节，用时{report.seconds:.1f}秒"
    )
    if report.snapshot:
        print("已从服务器重新下载全量数据（本机未上传的修改已保留）")
    print("已是最新" if report.up_to_date else "尚未完全同步，稍后会继续")
    return 0


@reports_sync_errors
def show_status(args: argparse.Namespace, paths: Paths) -> int:
    from ..sync.engine import read_state
    from ..sync.settings import load_settings, load_token

    store = open_for_sync(args, paths)
    try:
        settings = load_settings(store)
        state = read_state(store)
        has_token = bool(settings.device_id and load_token(settings.device_id))
    finally:
        store.close()
    if args.json:
        doc = {
            "enrolled": settings.enrolled,
            "server_url": settings.server_url,
            "device_id": settings.device_id,
            "township_code": settings.township_code,
            "is_county": settings.is_county,
            "token_in_keyring": has_token,
            "pending": state.pending,
            "quarantined": state.quarantined,
            "conflicts": state.conflicts,
            "last_success": state.last_success.isoformat() if state.last_success else None,
            "last_error": state.last_error,
            "cursor": state.cursor,
            "at_head": state.at_head,
            "up_to_date": state.up_to_date,
        }
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return 0
    if not settings.enrolled:
        print("本设备尚未登记（gov-desktop sync enroll URL CODE）")
    else:
        scope = "县级" if settings.is_county else f"乡镇{settings.township_code}"
        print(f"服务器：{settings.server_url}")
        print(f"设备：{settings.device_id}（{scope}）{'' if has_token else '  ⚠ 密钥环中没有同步令牌'}")
    print(f"待上传修改：{state.pending}")
    print(f"被服务器拒绝的修改：{state.quarantined}")
    print(f"待处理冲突：{state.conflicts}")
    print(f"上次成功同步：{_local(state.last_success)}")
    if state.last_error:
        print(f"上次错误：{state.last_error}")
    print("状态：" + ("已是最新" if state.up_to_date else "未同步完成"))
    return 0


def _show(value: Any) -> str:
    if value is None or value == "":
        return "（空）"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


@reports_sync_errors
def handle_conflicts(args: argparse.Namespace, paths: Paths) -> int:
    from ..sync.conflicts import list_conflicts, resolve_conflict

    choice = (
        "keep_mine"
        if args.keep_mine
        else "take_theirs"
        if args.take_theirs
        else "edit"
        if args.value is not None
        else None
    )
    if (choice is None) != (args.resolve is None):
        return fail("处理冲突时须同时给出 --resolve ID 和 --keep-mine / --take-theirs / --value V 之一")
    store = open_for_sync(args, paths)
    try:
        if args.resolve:
            user = args.user or _os_user()
            row = resolve_conflict(store, user, args.resolve, choice or "", args.value)
            print(f"已处理冲突{row.id}：{row.table_label}.{row.field_label} = {_show(row.current)}")
            return 0
        rows = list_conflicts(store, include_resolved=args.all)
    finally:
        store.close()
    if not rows:
        print("没有待处理的冲突" if not args.all else "没有冲突记录")
        return 0
    for row in rows:
        state = f"已处理（{row.resolution}，{row.resolved_by}）" if row.resolved else "待处理"
        print(f"{row.id}  {row.table_label} {row.row_id}  {row.field_label}  [{state}]")
        print(f"    本机：{_show(row.mine)}  （{row.mine_by or '?'}，{_local(row.mine_at)}）")
        print(f"    对方：{_show(row.theirs)}  （{row.theirs_by or '?'}，{_local(row.theirs_at)}）")
        print(f"    现值：{_show(row.current)}")
    return 0


def _os_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "admin"
