"""Recovery file for the database key, protected by an admin passphrase: a lost keyring is not lost data.

The file is JSON: the store id, the scrypt parameters and salt, and the 256-bit key sealed with AES-256-GCM
under a key derived from the passphrase (the store id is the authenticated associated data, so a file cannot
be passed off as another store's). Nothing in it is readable without the passphrase.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import secrets
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ..core.errors import DomainError, FieldError
from . import keys

logger = logging.getLogger(__name__)

FORMAT = "gov-desktop-key"
VERSION = 1
#: scrypt cost: 2**15 × 8 × 128 bytes = 32 MiB and about 0.1 s per try
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
KEY_BYTES = 32


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _wrong_passphrase() -> DomainError:
    return DomainError(FieldError("passphrase", "key.wrong_passphrase"))


def export_key(db_path: Path, file: Path, passphrase: str) -> Path:
    """Write the recovery file of the store at ``db_path`` (its key must be in the keyring) to ``file``.

    The passphrase must pass the password strength rule (``auth.weak_password``).
    """
    from .users import check_password_strength

    check_password_strength(passphrase, field="passphrase")
    store_id = keys.store_id_for(db_path, create=False)
    key = keys.load_key(store_id) if store_id else None
    if store_id is None or key is None:
        raise keys.KeyMissing()
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(_derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).encrypt(
        nonce, key, store_id.encode("utf-8")
    )
    document = {
        "format": FORMAT,
        "version": VERSION,
        "store_id": store_id,
        "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt)},
        "cipher": {"name": "aes-256-gcm", "nonce": _b64(nonce), "ciphertext": _b64(sealed)},
    }
    file = Path(file)
    file.parent.mkdir(parents=True, exist_ok=True)
    temp = file.with_name(file.name + ".part")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(document, f, indent=2)
        f.write("\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(temp, file)
    logger.info("key of store %s exported to %s", store_id, file)
    return file


def read_key_file(file: Path, passphrase: str) -> tuple[str, bytes]:
    """(store id, key) from a recovery file; ``key.wrong_passphrase`` when it cannot be opened."""
    try:
        document: Any = json.loads(Path(file).read_text(encoding="utf-8"))
        if document.get("format") != FORMAT or document.get("version") != VERSION:
            raise ValueError("not a gov-desktop key file")
        store_id = str(document["store_id"])
        kdf, cipher = document["kdf"], document["cipher"]
        if kdf["name"] != "scrypt" or cipher["name"] != "aes-256-gcm":
            raise ValueError("unknown algorithm")
        derived = _derive(
            passphrase, base64.b64decode(kdf["salt"]), int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        )
        key = AESGCM(derived).decrypt(
            base64.b64decode(cipher["nonce"]),
            base64.b64decode(cipher["ciphertext"]),
            store_id.encode("utf-8"),
        )
    except FileNotFoundError:
        raise DomainError(
            FieldError("file", "not_found", {"label": "密钥备份文件", "value": str(file)})
        ) from None
    except (InvalidTag, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        logger.warning("key file %s not opened: %s", file, type(exc).__name__)
        raise _wrong_passphrase() from None
    if len(key) != KEY_BYTES:
        raise _wrong_passphrase()
    return store_id, key


def restore_key(file: Path, passphrase: str, db_path: Path) -> str:
    """Put the key from a recovery file back into the keyring for the store at ``db_path``; its store id.

    When the database exists the key must open it (``key.wrong_key`` otherwise: the file belongs to another
    store). The sidecar id file is written when missing, and rewritten to the file's id if it differs.
    """
    from .engine import WrongKey, check_key, make_engine

    store_id, key = read_key_file(file, passphrase)
    db_path = Path(db_path)
    if db_path.exists() and db_path.stat().st_size > 0:
        engine = make_engine(db_path, key)
        try:
            check_key(engine)
        except WrongKey:
            raise DomainError(FieldError("key", "key.wrong_key")) from None
        finally:
            engine.dispose()
    sidecar = keys.sidecar_path(db_path)
    current = keys.store_id_for(db_path, create=False)
    if current != store_id:
        if current is not None:
            logger.warning("sidecar %s named store %s; the key file is for %s", sidecar, current, store_id)
        sidecar.parent.mkdir(parents=True, exist_ok=True)
        sidecar.write_text(store_id + "\n", encoding="utf-8")
    keys.save_key(store_id, key)
    logger.info("key of store %s restored into the keyring from %s", store_id, file)
    return store_id
