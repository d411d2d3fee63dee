"""What the store commands share: ``--db``, secrets from a prompt or an environment variable, errors as
one Chinese line and exit code 2 (never a traceback).

Every command module is imported to build the CLI's parser, also when the app starts: they import the
store (SQLAlchemy, the models, Alembic, pypinyin) inside their handlers, not at the top.
"""

from __future__ import annotations

import argparse
import functools
import getpass
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import MESSAGES, DomainError, FieldError
from ..paths import Paths

if TYPE_CHECKING:
    from ..store.engine import Store

logger = logging.getLogger(__name__)

EXIT_ERROR = 2

Handler = Callable[[argparse.Namespace, Paths], int]


class CommandFailed(Exception):
    """A command-line problem with a message for the user (no catalog code: it is about the command)."""


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, metavar="PATH", help="数据库文件（默认：数据目录下的 gov.db）")


def db_path(args: argparse.Namespace, paths: Paths) -> Path:
    db: Path | None = getattr(args, "db", None)
    return db.expanduser().resolve() if db else paths.db


def backups_dir_for(db: Path) -> Path:
    """Backups live in ``backups/`` beside the database (for the default database: the data dir's)."""
    return db.parent / "backups"


def open_existing(db: Path, *, migrate: bool = True) -> Store:
    """Open a store that must exist already: plain SQLite files are recognised, others take the keyring key."""
    from ..store.backup import is_plain_sqlite
    from ..store.engine import open_store

    if not db.exists():
        raise DomainError(FieldError("db", "not_found", {"label": "数据库", "value": str(db)}))
    return open_store(db, key=None if is_plain_sqlite(db) else "keyring", migrate=migrate)


def read_secret(env_var: str | None, prompt: str, *, confirm: bool = False) -> str:
    """A password or passphrase: from ``$env_var`` when given (scripts, tests), else typed twice at a prompt."""
    if env_var:
        value = os.environ.get(env_var)
        if value is None:
            raise CommandFailed(f"环境变量 {env_var} 未设置")
        return value
    value = getpass.getpass(f"{prompt}：")
    if confirm and getpass.getpass(f"再次输入{prompt}：") != value:
        raise CommandFailed("两次输入不一致")
    return value


def fail(message: str) -> int:
    print(f"错误：{message}", file=sys.stderr)
    return EXIT_ERROR


def quiet_sqlcipher() -> None:
    """SQLCipher writes "hmac check failed" lines to stderr on a wrong key; the command says it in Chinese."""
    try:
        from ..store.engine import _sqlcipher_module

        conn = _sqlcipher_module().connect(":memory:")
        try:
            conn.execute("PRAGMA cipher_log_level = NONE").fetchall()  # process-wide setting
        finally:
            conn.close()
    except Exception:  # an older SQLCipher without the pragma: the lines stay, nothing else changes
        logger.debug("cipher_log_level not set", exc_info=True)


def reports_errors(handler: Handler) -> Handler:
    """Turn the errors a user can cause into one line on stderr and exit code 2."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace, paths: Paths) -> int:
        quiet_sqlcipher()
        try:
            return handler(args, paths)
        except DomainError as exc:
            return fail("；".join(e.message for e in exc.errors))
        except CommandFailed as exc:
            return fail(str(exc))
        except OSError as exc:
            logger.info("file error", exc_info=True)
            return fail(f"{exc.strerror or exc}：{exc.filename or ''}".rstrip("："))
        except Exception as exc:
            from ..store.engine import WrongKey  # the store is loaded by now when it raised these
            from ..store.schema import SchemaTooNew

            if isinstance(exc, WrongKey):
                logger.info("wrong key", exc_info=True)  # the log file only, never the console
                return fail(MESSAGES["key.wrong_key"])
            if isinstance(exc, SchemaTooNew):
                return fail(str(exc))
            raise

    return run
