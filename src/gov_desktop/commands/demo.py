"""``gov-desktop demo PATH``: build the demo county; ``gov-desktop stats``: print a store's indicators."""

from __future__ import annotations

import argparse
import json
import logging
import unicodedata
from pathlib import Path
from typing import Any

from ..core.enums import AppealStatus, GridKind, GridRole, HouseholdFlag, LabeledEnum, RequestStatus
from ..paths import Paths
from .common import CommandFailed, add_db_argument, db_path, open_existing, reports_errors

logger = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    demo = subparsers.add_parser("demo", help="生成演示县数据库（确定性的模拟数据）")
    demo.add_argument("path", type=Path, metavar="PATH", help="新数据库文件")
    # defaults filled in by the handler (they live in store.demo, imported only when building)
    demo.add_argument("--seed", type=int, help="随机种子（同一种子同一天得到同一数据库）")
    demo.add_argument("--households", type=int, help="户数（默认 5000）")
    demo.add_argument("--plain", action="store_true", help="不加密（仅用于测试和基准）")
    demo.add_argument("--force", action="store_true", help="覆盖已有的文件")
    demo.set_defaults(handler=build)

    stats = subparsers.add_parser("stats", help="显示统计指标（由查询实时计算）")
    add_db_argument(stats)
    stats.add_argument("--township", metavar="CODE", help="只统计一个乡镇（9位代码）")
    stats.add_argument("--json", action="store_true", help="输出 JSON")
    stats.set_defaults(handler=show_stats)


def _remove_store(path: Path) -> None:
    from ..store import keys

    store_id = keys.store_id_for(path, create=False)
    for part in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), keys.sidecar_path(path)):
        part.unlink(missing_ok=True)
    if store_id:
        keys.delete_key(store_id)


@reports_errors
def build(args: argparse.Namespace, paths: Paths) -> int:
    from ..store.demo import DEFAULT_HOUSEHOLDS, DemoConfig, build_demo

    path: Path = args.path.expanduser().resolve()
    households = DEFAULT_HOUSEHOLDS if args.households is None else args.households
    seed = DemoConfig.seed if args.seed is None else args.seed
    if households < 1:
        raise CommandFailed("户数至少为 1")
    if path.exists() and path.stat().st_size > 0:
        if not args.force:
            raise CommandFailed(f"{path} 已存在（用 --force 覆盖）")
        _remove_store(path)
    config = DemoConfig.for_households(households, seed=seed)
    summary = build_demo(path, config, key=None if args.plain else "keyring")
    rows = summary.rows
    print(
        f"演示县数据库已生成：{path}（{'未加密' if args.plain else '已加密，密钥在本机密钥环'}）\n"
        f"  {rows.get('household', 0)} 户，{rows.get('person', 0)} 人，{rows.get('grid', 0)} 个网格，"
        f"{rows.get('service_request', 0)} 件办件，{rows.get('visit_record', 0)} 条走访，"
        f"{rows.get('appeal', 0)} 条诉求；用时 {summary.seconds:.1f} 秒"
    )
    return 0


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _label(enum: type[LabeledEnum], code: str) -> str:
    try:
        return enum(code).label
    except ValueError:
        return code


def format_stats(figures: dict[str, Any]) -> str:
    """The indicators as a readable Chinese table."""
    labels: dict[str, str] = figures.get("labels", {})
    lines: list[tuple[str, str]] = []
    for key, label in labels.items():
        value = figures.get(key)
        if value is None:
            shown = "—"
        elif key.endswith("_pct"):
            shown = f"{value:.1f}%"
        else:
            shown = str(value)
        lines.append((label, shown))
    breakdowns: list[tuple[str, dict[str, int], type[LabeledEnum] | None]] = [
        ("网格（按类型）", figures.get("grids_by_kind", {}), GridKind),
        ("网格工作人员（按角色）", figures.get("grid_staff_by_role", {}), GridRole),
        ("户（按标识）", figures.get("households_by_flag", {}), HouseholdFlag),
        ("本年办件（按状态）", figures.get("requests_by_status", {}), RequestStatus),
        ("本年办件（按窗口）", figures.get("requests_by_window", {}), None),
        ("群众诉求（按状态）", figures.get("appeals_by_status", {}), AppealStatus),
    ]
    width = max(_width(label) for label, _ in lines) + 2
    out = [f"{_pad('指标', width)}数值", "-" * (width + 10)]
    out += [f"{_pad(label, width)}{value}" for label, value in lines]
    for title, counts, enum in breakdowns:
        if not counts:
            continue
        out.append("")
        out.append(title)
        for code, n in counts.items():
            name = _label(enum, code) if enum is not None else code
            out.append(f"  {_pad(name, width - 2)}{n}")
    return "\n".join(out)


@reports_errors
def show_stats(args: argparse.Namespace, paths: Paths) -> int:
    from ..store.stats import stats

    store = open_existing(db_path(args, paths))
    try:
        with store.reader() as session:
            figures = stats(session, township_code=args.township)
    finally:
        store.close()
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        print(format_stats(figures))
    return 0
