"""Backups of the store with the SQLite online backup API, and restoring one.

A backup is a complete, self-contained database file (journal mode DELETE, no -wal beside it), encrypted with
the store's own key, so restoring it needs the same key as the store (the keyring, or the key file from
``keyfile.export_key``). The backup API copies a consistent snapshot while other connections keep writing.

File names: ``<db stem>-YYYYMMDD-HHMMSS-mmm[-<label>].db`` in local time, e.g. ``gov-20250315-093012-004.db``;
``pre-migrate`` backups (taken by ``schema.migrate``) carry that label. Pruning touches only unlabelled backups
(daily and manual ones); labelled ones are few and stay until removed by hand.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..core.errors import DomainError, FieldError
from . import keys

if TYPE_CHECKING:
    from .engine import Store

logger = logging.getLogger(__name__)

STAMP_FORMAT = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<ms>\d{3})(?:-(?P<label>[A-Za-z0-9_-]+))?\.db$")
_LABEL = re.compile(r"^[A-Za-z0-9_-]*$")
PART_SUFFIX = ".part"
BEFORE_RESTORE_SUFFIX = ".before-restore"
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class BackupFile:
    """One backup in a backups folder."""

    path: Path
    stem: str  # the stem of the database it was taken from ("gov")
    created: datetime  # local time, from the file name
    label: str  # "" for daily and manual backups
    size: int


def _connect(path: Path, key: bytes | None) -> Any:
    """A DB-API connection to ``path``: SQLCipher with ``key``, or the standard sqlite3 for a plain file."""
    if key is None:
        return sqlite3.connect(str(path), isolation_level=None)
    from .engine import _sqlcipher_module

    conn = _sqlcipher_module().connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows; renames are durable there
        return
    _fsync(path)


def _unique_name(dest_dir: Path, stem: str, label: str, now: datetime) -> Path:
    while True:
        name = f"{stem}-{now.strftime(STAMP_FORMAT)}-{now.microsecond // 1000:03d}"
        path = dest_dir / (name + (f"-{label}" if label else "") + ".db")
        if not path.exists() and not path.with_name(path.name + PART_SUFFIX).exists():
            return path
        now += timedelta(milliseconds=1)


def backup_now(store: Store, dest_dir: Path, *, label: str = "") -> Path:
    """Copy the whole store into a new timestamped file in ``dest_dir`` and return its path.

    Safe while other connections write: the online backup API copies one consistent snapshot. The file is
    written as ``*.part`` and renamed when complete, so a half-written backup never looks like a backup.
    """
    if not _LABEL.match(label):
        raise ValueError(f"backup label {label!r}: letters, digits, '-' and '_' only")
    dest_dir.mkdir(parents=True, exist_ok=True)
    final = _unique_name(dest_dir, store.path.stem, label, datetime.now())
    part = final.with_name(final.name + PART_SUFFIX)
    key = store.key if store.encrypted else None
    if store.encrypted and key is None:
        raise ValueError("an encrypted store opened without its key cannot be backed up")
    raw = store.engine.raw_connection()
    try:
        target = _connect(part, key)
        try:
            raw.driver_connection.backup(target)  # type: ignore[union-attr]
            # the copy inherits WAL mode from the source; a backup is one self-contained file
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        raw.close()
    _fsync(part)
    os.replace(part, final)
    _fsync_dir(dest_dir)
    logger.info("backup of %s written to %s", store.path, final)
    return final


def list_backups(dest_dir: Path, *, stem: str | None = None) -> list[BackupFile]:
    """The backups in ``dest_dir`` (of the database named ``stem``, or all), newest first."""
    if not dest_dir.is_dir():
        return []
    found: list[BackupFile] = []
    for path in dest_dir.iterdir():
        match = _NAME.match(path.name)
        if match is None or not path.is_file() or (stem is not None and match["stem"] != stem):
            continue
        created = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(microsecond=int(match["ms"]) * 1000)
        found.append(BackupFile(path, match["stem"], created, match["label"] or "", path.stat().st_size))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def prune_backups(dest_dir: Path, keep: int, *, stem: str | None = None) -> list[Path]:
    """Delete the unlabelled backups beyond the newest ``keep``; return what was deleted."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    regular = [b for b in list_backups(dest_dir, stem=stem) if not b.label]
    removed: list[Path] = []
    for old in regular[keep:]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
        logger.info("old backup %s removed", old.path)
    return removed


def backup_daily(store: Store, dest_dir: Path, keep: int = 7, *, today: date | None = None) -> Path | None:
    """Take today's backup unless one exists already, then keep the newest ``keep``; the new file or None."""
    today = today or date.today()
    stem = store.path.stem
    made: Path | None = None
    if not any(b.created.date() == today for b in list_backups(dest_dir, stem=stem) if not b.label):
        made = backup_now(store, dest_dir)
    prune_backups(dest_dir, keep, stem=stem)
    return made


def _key_of(db_path: Path) -> bytes:
    """The key of the store at ``db_path`` from the keyring (the file itself may be missing)."""
    store_id = keys.store_id_for(db_path, create=False)
    key = keys.load_key(store_id) if store_id else None
    if key is None:
        raise keys.KeyMissing()
    return key


def _check_readable(path: Path, key: bytes | None, shown: Path) -> None:
    try:
        conn = _connect(path, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            result = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except Exception as exc:  # sqlite3/sqlcipher3 DatabaseError: wrong key or not a database
        raise DomainError(FieldError("key", "key.wrong_key")) from exc
    if not result or result[0] != "ok":
        raise DomainError(FieldError("backup", "backup.damaged", {"value": str(shown)}))


def _move_with_side_files(src: Path, dst: Path) -> None:
    for suffix in ("", *SQLITE_SIDE_FILES):
        source = src.with_name(src.name + suffix)
        target = dst.with_name(dst.name + suffix)
        if source.exists():
            os.replace(source, target)
        elif target.exists():
            target.unlink()  # a stale -wal beside the kept copy would be replayed into it


def restore(
    backup_path: Path | str,
    db_path: Path | str,
    *,
    key: bytes | Literal["keyring"] | None = "keyring",
) -> Path | None:
    """Replace the database at ``db_path`` with the backup; the store must be closed.

    The backup is copied to a temporary file next to the database, checked to open with the store's key
    (``"keyring"``: the key of ``db_path`` in the keyring; ``None``: a plain file), synced to disk and renamed
    over the database. The database it replaces is kept as ``<db>.before-restore`` (with its -wal), which is
    returned (None when there was no database).
    """
    backup_path, db_path = Path(backup_path), Path(db_path)
    if not backup_path.is_file():
        raise DomainError(FieldError("backup", "backup.not_found", {"value": str(backup_path)}))
    raw_key = _key_of(db_path) if key == "keyring" else key
    db_path.parent.mkdir(parents=True, exist_ok=True)
    temp = db_path.with_name(db_path.name + ".restoring")
    for suffix in ("", *SQLITE_SIDE_FILES):
        temp.with_name(temp.name + suffix).unlink(missing_ok=True)
    try:
        with backup_path.open("rb") as src, temp.open("wb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        _check_readable(temp, raw_key, backup_path)
        kept: Path | None = None
        if db_path.exists():
            kept = db_path.with_name(db_path.name + BEFORE_RESTORE_SUFFIX)
            _move_with_side_files(db_path, kept)
        else:
            for suffix in SQLITE_SIDE_FILES:
                db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(temp, db_path)
        _fsync_dir(db_path.parent)
    finally:
        for suffix in ("", *SQLITE_SIDE_FILES):
            temp.with_name(temp.name + suffix).unlink(missing_ok=True)
    logger.info("restored %s from %s (previous database kept as %s)", db_path, backup_path, kept)
    return kept


def is_plain_sqlite(path: Path) -> bool:
    """True when ``path`` is an unencrypted SQLite file (its header is readable)."""
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False
