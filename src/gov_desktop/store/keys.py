"""The database key: 256 random bits per store, kept in the OS keyring (never in the database).

The keyring entry is ``service = "gov-desktop"``, ``username = "store-key:<store id>"``; the store id lives
in a small sidecar file next to the database (``<db>.id``), so the key can be found before the database opens.

Where no OS keyring is available (a Linux desktop without a Secret Service), ``keyring`` falls back to the
plaintext file of ``keyrings.alt``: the data still opens, but the key sits readable in the user's files.
``key_storage`` tells which it is; the app logs it and the settings page warns the administrator.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors

from ..core.errors import DomainError, FieldError
from ..core.ids import uuid7

logger = logging.getLogger(__name__)

SERVICE = "gov-desktop"
#: keyring backends that keep secrets protected by the operating system (the user's login)
PROTECTED_BACKENDS = (
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
)


@dataclass(frozen=True)
class KeyStorage:
    """Where keys are kept on this machine: the keyring backend's name, and whether the operating system
    protects it (False: a plain file that anyone who copies the user's files can read)."""

    name: str
    protected: bool
    #: the file a file backend keeps the keys in ("" for the OS keyrings)
    file: str = ""


def key_storage() -> KeyStorage:
    """The keyring backend new keys go to (for a chain of backends, its first: the one written to)."""
    backend = keyring.get_keyring()
    first = (getattr(backend, "backends", None) or [backend])[0]
    module = type(first).__module__
    return KeyStorage(
        name=str(getattr(first, "name", type(first).__name__)),
        protected=module.startswith(PROTECTED_BACKENDS),
        file=str(getattr(first, "file_path", "") or ""),
    )


class KeyMissing(DomainError):
    def __init__(self) -> None:
        super().__init__(FieldError("key", "key.missing"))


def sidecar_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".id")


def store_id_for(db_path: Path, *, create: bool) -> str | None:
    sidecar = sidecar_path(db_path)
    if sidecar.exists():
        return sidecar.read_text(encoding="utf-8").strip()
    if not create:
        return None
    store_id = uuid7()
    sidecar.parent.mkdir(parents=True, exist_ok=True)
    sidecar.write_text(store_id + "\n", encoding="utf-8")
    return store_id


def _entry(store_id: str) -> str:
    return f"store-key:{store_id}"


def load_key(store_id: str) -> bytes | None:
    try:
        value = keyring.get_password(SERVICE, _entry(store_id))
    except keyring.errors.KeyringError:
        logger.exception("keyring unavailable")
        return None
    return bytes.fromhex(value) if value else None


def save_key(store_id: str, key: bytes) -> None:
    keyring.set_password(SERVICE, _entry(store_id), key.hex())


def delete_key(store_id: str) -> None:
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        keyring.delete_password(SERVICE, _entry(store_id))


def new_key() -> bytes:
    return secrets.token_bytes(32)


def key_for(db_path: Path) -> bytes:
    """The key of the database at ``db_path``; a new database gets a new key (saved to the keyring first)."""
    exists = db_path.exists() and db_path.stat().st_size > 0
    store_id = store_id_for(db_path, create=not exists)
    if store_id is None:
        raise KeyMissing()
    key = load_key(store_id)
    if key is None:
        if exists:
            raise KeyMissing()
        key = new_key()
        save_key(store_id, key)
    return key
