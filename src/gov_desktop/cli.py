"""``gov-desktop``: the app (no sub-command) and its command-line tools.

Every command takes ``--data-dir DIR`` (or ``$GOV_DESKTOP_DATA_DIR``); without one, the user's data directory.
Sub-commands live in ``gov_desktop.commands.*``: each module registers its own parsers.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from . import __version__, paths
from .logging_setup import setup_logging

logger = logging.getLogger(__name__)

#: command modules, each with register(subparsers)
COMMAND_MODULES = (
    "gov_desktop.commands.demo",
    "gov_desktop.commands.keys",
    "gov_desktop.commands.backup",
    "gov_desktop.commands.users",
    "gov_desktop.commands.sync",
    "gov_desktop.commands.bundle",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gov-desktop", description="乡镇便民服务与网格化管理（离线优先）")
    parser.add_argument("--version", action="version", version=f"gov-desktop {__version__}")
    parser.add_argument(
        "--data-dir", help="data directory (default: $GOV_DESKTOP_DATA_DIR or the user data dir)"
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the app on the demo county (built on first use)"
    )
    parser.add_argument("--lang", help="UI language: zh_CN, bo, en")
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # that area is not built yet
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    where = paths.init(args.data_dir)
    setup_logging(where.logs, verbose=args.verbose, console=args.command is not None)
    handler = getattr(args, "handler", None)
    if handler is None:
        from .app import run_app

        return run_app(args, where)
    try:
        return int(handler(args, where) or 0)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
