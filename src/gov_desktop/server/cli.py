"""``gov-desktop-server``: set up, run and administer the county server.

    gov-desktop-server [--data-dir DIR] [--database-url URL] COMMAND

    init                                   create the database (SQLite file in the data directory by default)
    serve [--host H] [--port P] [--certfile F --keyfile F] [--threads N]
    enroll --township CODE [--county]      print a one-time enrolment code (alone on the last line)
    devices                                list enrolled devices
    revoke DEVICE                          cut a device off
    import-bundle FILE [--reply OUT]       apply a device's USB bundle, write the reply bundle
    prune --keep-days N                    drop change-log rows older than N days
    status                                 rows, change-log head, devices

Errors are reported in Chinese on stderr with exit status 2, without a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

import platformdirs
from sqlalchemy.exc import SQLAlchemyError

from ..core.clock import as_utc
from ..core.errors import DomainError
from ..paths import APP_NAME, ENV_DATA_DIR
from ..sync.bundle import BundleError
from . import devices, service
from .db import DEFAULT_WORKER_THREADS, Database, default_database_url, open_database
from .tables import Device

logger = logging.getLogger(__name__)

DEFAULT_PORT = 8443
#: seconds an idle keep-alive connection stays open (uvicorn: 5)
KEEP_ALIVE_S = 75


def resolve_data_dir(arg: str | None) -> Path:
    """``--data-dir``, else ``$GOV_DESKTOP_DATA_DIR``, else the user data directory + ``/server``."""
    if arg:
        return Path(arg).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "server"


def database_url(args: argparse.Namespace) -> str:
    if args.database_url:
        return str(args.database_url)
    data_dir = resolve_data_dir(args.data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    return default_database_url(data_dir)


def _open(args: argparse.Namespace) -> Database:
    return open_database(database_url(args))


def _when(value: datetime | None) -> str:
    return as_utc(value).astimezone().strftime("%Y-%m-%d %H:%M") if value is not None else "—"


# --- commands ----------------------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        clock = service.load_server_clock(db)
        print(f"数据库已就绪：{db.display_url}")
        print(f"服务器时钟节点：{clock.node}")
    finally:
        db.dispose()
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .app import create_app

    if bool(args.certfile) != bool(args.keyfile):
        print("错误：--certfile 和 --keyfile 须同时给出", file=sys.stderr)
        return 2
    if args.threads < 1:
        print("错误：--threads 至少为1", file=sys.stderr)
        return 2
    app = create_app(database_url(args), worker_threads=args.threads)
    scheme = "https" if args.certfile else "http"
    print(f"县级同步服务器：{scheme}://{args.host}:{args.port}/api/v1/health")
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        ssl_certfile=args.certfile,
        ssl_keyfile=args.keyfile,
        log_level="info",
        proxy_headers=False,
        # devices keep one connection between a run's requests (and runs a minute apart): a new TCP + TLS
        # handshake costs seconds on a 600 ms link; uvicorn's default closes an idle one after 5 s
        timeout_keep_alive=KEEP_ALIVE_S,
    )
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    if not args.county and not args.township:
        print("错误：请用 --township 指定乡镇编码（县级设备用 --county）", file=sys.stderr)
        return 2
    db = _open(args)
    try:
        with db.session() as session:
            code = devices.create_enrollment_code(
                session, args.township or "", is_county=args.county, ttl_hours=args.ttl_hours
            )
    finally:
        db.dispose()
    scope = "县级设备" if args.county else f"乡镇 {args.township}"
    print(f"一次性登记码（{scope}，{args.ttl_hours:g} 小时内有效，只能使用一次）：")
    print(code)
    return 0


def _device_row(d: Device) -> list[str]:
    state = f"已停用 {_when(d.revoked_at)}" if d.revoked_at else "正常"
    return [
        d.device_id,
        d.name or "—",
        d.township_code,
        "县级" if d.is_county else "乡镇",
        _when(d.enrolled_at),
        _when(d.last_seen_at),
        str(d.last_cursor),
        f"{d.clock_skew_ms / 1000:+.1f}s",
        state,
    ]


def _table(header: list[str], rows: list[list[str]]) -> str:
    def width(text: str) -> int:
        return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)

    widths = [max(width(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = []
    for row in [header, *rows]:
        lines.append(
            "  ".join(cell + " " * (w - width(cell)) for cell, w in zip(row, widths, strict=True)).rstrip()
        )
    return "\n".join(lines)


def cmd_devices(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        with db.session() as session:
            found = devices.list_devices(session)
    finally:
        db.dispose()
    if not found:
        print("还没有登记任何设备")
        return 0
    header = ["设备编号", "名称", "乡镇", "类型", "登记时间", "最近同步", "游标", "时钟偏差", "状态"]
    print(_table(header, [_device_row(d) for d in found]))
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        with db.session() as session:
            device = devices.revoke(session, args.device)
    finally:
        db.dispose()
    print(f"设备 {device.device_id} 已停用（{_when(device.revoked_at)}）")
    return 0


def cmd_import_bundle(args: argparse.Namespace) -> int:
    from .bundles import import_bundle

    db = _open(args)
    try:
        clock = service.load_server_clock(db)
        result = import_bundle(db, clock, Path(args.file), Path(args.reply) if args.reply else None)
    finally:
        db.dispose()
    replayed = sum(1 for r in result.responses if r.replayed)
    print(f"设备 {result.device_id}：{len(result.responses)} 个批次（{replayed} 个此前已导入过）")
    print(f"新应用修改 {result.applied} 条，拒绝 {result.rejected} 条")
    if result.snapshot is not None:
        print(f"设备需要重新下载全部数据：回复中附带 {len(result.snapshot.rows)} 条记录的快照")
    else:
        print(f"回复中附带 {sum(len(p.changes) for p in result.pages)} 条需下发的修改")
    print(f"回复文件：{result.reply_path}")
    return 0


def cmd_prune(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        with db.session() as session:
            result = service.prune(session, args.keep_days)
    finally:
        db.dispose()
    print(f"已删除 {result.deleted} 条同步日志，保留起点为序号 {result.floor}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        with db.session() as session:
            status = service.server_status(session)
    finally:
        db.dispose()
    print(f"数据库：{db.display_url}")
    print(f"同步日志：最新序号 {status.head}，保留起点 {status.floor}，共 {status.log_rows} 条")
    print(f"设备：{status.devices} 台（正常 {status.active_devices} 台）")
    rows = [[table, str(live), str(dead)] for table, (live, dead) in status.rows.items()]
    print(_table(["数据表", "在用", "已删除"], rows))
    return 0


# --- parser ------------------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gov-desktop-server", description="乡镇政务桌面系统县级同步服务器")
    parser.add_argument("--data-dir", help=f"数据目录（也可用环境变量 {ENV_DATA_DIR}）")
    parser.add_argument(
        "--database-url",
        help="数据库地址，如 postgresql+psycopg://user@host/db（默认数据目录中的SQLite文件）",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="输出详细日志")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    add("init", cmd_init, "创建数据库")
    serve = add("serve", cmd_serve, "运行同步服务")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT)
    serve.add_argument("--certfile", help="TLS证书文件（PEM）")
    serve.add_argument("--keyfile", help="TLS私钥文件（PEM）")
    serve.add_argument(
        "--threads",
        type=int,
        default=DEFAULT_WORKER_THREADS,
        help=f"同时处理请求的线程数，数据库连接池与之相同（默认{DEFAULT_WORKER_THREADS}）",
    )
    enroll = add("enroll", cmd_enroll, "生成一次性设备登记码")
    enroll.add_argument("--township", help="乡镇编码（9位）")
    enroll.add_argument("--county", action="store_true", help="县级设备")
    enroll.add_argument("--ttl-hours", type=float, default=devices.DEFAULT_TTL_HOURS, help="有效小时数")
    add("devices", cmd_devices, "列出已登记的设备")
    revoke = add("revoke", cmd_revoke, "停用设备")
    revoke.add_argument("device", metavar="DEVICE")
    bundle = add("import-bundle", cmd_import_bundle, "导入设备的同步文件并生成回复文件")
    bundle.add_argument("file", metavar="FILE")
    bundle.add_argument("--reply", metavar="OUT", help="回复文件（默认 FILE.reply）")
    prune = add("prune", cmd_prune, "删除旧的同步日志")
    prune.add_argument("--keep-days", type=float, required=True)
    add("status", cmd_status, "服务器概况")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose or args.command == "serve" else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        return int(args.func(args))
    except DomainError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    except BundleError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    except SQLAlchemyError as exc:
        logger.debug("database error", exc_info=exc)
        print(f"错误：数据库操作失败（{type(exc).__name__}），请检查数据库地址和数据库服务", file=sys.stderr)
        return 2
