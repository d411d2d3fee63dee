"""``gov-desktop user add|list|passwd``: local users of this device.

The command line acts as the system (a county admin): whoever can run it under the OS account that holds
the database key already holds the data. Roles may be given by code (``township_admin``) or label (乡镇管理员).
"""

from __future__ import annotations

import argparse
import logging
from typing import Any

from ..core.enums import Role
from ..core.errors import FieldError, ValidationFailed
from ..paths import Paths
from .common import add_db_argument, db_path, open_existing, read_secret, reports_errors

logger = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("user", help="本机用户：添加、列出、改密码")
    sub = parser.add_subparsers(dest="user_command", metavar="ACTION", required=True)

    add = sub.add_parser("add", help="添加用户")
    add.add_argument("username", metavar="USERNAME")
    roles = "、".join(f"{r.value}（{r.label}）" for r in Role)
    add.add_argument("--role", required=True, help=f"角色：{roles}")
    add.add_argument("--township", required=True, metavar="CODE", help="乡镇代码（9位）；县级用户写 county")
    add.add_argument("--grid", metavar="GRID_ID", help="网格员只管一个网格时，该网格的编号")
    add.add_argument("--name", default="", help="显示名称（姓名）")
    add.add_argument("--password-env", metavar="VAR", help="从环境变量读取密码（脚本用）")
    add_db_argument(add)
    add.set_defaults(handler=add_user)

    listing = sub.add_parser("list", help="列出用户")
    add_db_argument(listing)
    listing.set_defaults(handler=list_users)

    passwd = sub.add_parser("passwd", help="设置用户的密码")
    passwd.add_argument("username", metavar="USERNAME")
    passwd.add_argument("--password-env", metavar="VAR", help="从环境变量读取密码（脚本用）")
    add_db_argument(passwd)
    passwd.set_defaults(handler=set_password)


def _role(text: str) -> Role:
    role = Role.from_label(text)
    if role is None:
        raise ValidationFailed(FieldError("role", "invalid_choice", {"value": text}))
    return role


@reports_errors
def add_user(args: argparse.Namespace, paths: Paths) -> int:
    from ..store import users
    from ..store.actor import SYSTEM

    role = _role(args.role)
    password = read_secret(args.password_env, f"{args.username}的密码", confirm=True)
    store = open_existing(db_path(args, paths))
    try:
        info = users.create_user(
            store, SYSTEM, args.username, password, role, args.township, args.grid, args.name
        )
    finally:
        store.close()
    print(f"已添加用户 {info.username}（{info.role.label}，{info.township_code}）")
    return 0


@reports_errors
def list_users(args: argparse.Namespace, paths: Paths) -> int:
    from ..store import users

    store = open_existing(db_path(args, paths))
    try:
        found = users.list_users(store)
    finally:
        store.close()
    if not found:
        print("还没有用户")
        return 0
    for u in found:
        last = f"{u.last_login_at:%Y-%m-%d %H:%M}" if u.last_login_at else "从未登录"
        state = "在用" if u.active else "已停用"
        grid = f" 网格 {u.grid_id}" if u.grid_id else ""
        name = f"（{u.display_name}）" if u.display_name else ""
        print(f"{u.username}{name}  {u.role.label}  {u.township_code}{grid}  {state}  最近登录：{last}")
    return 0


@reports_errors
def set_password(args: argparse.Namespace, paths: Paths) -> int:
    from ..store import users
    from ..store.actor import SYSTEM

    password = read_secret(args.password_env, f"{args.username}的新密码", confirm=True)
    store = open_existing(db_path(args, paths))
    try:
        users.set_password(store, SYSTEM, args.username, password)
    finally:
        store.close()
    print(f"已设置 {args.username} 的密码")
    return 0
