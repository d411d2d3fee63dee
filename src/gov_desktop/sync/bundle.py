"""USB bundles: sync by file when no link exists for weeks.

A device writes its pending push batches into a bundle; the county imports it on the server, which answers
with a reply bundle (the push answers and the pull pages the device is missing); the device imports the
reply. The push and pull inside are the very ``protocol`` messages of the online path, so the same merge
and the same batch idempotency apply: importing a bundle twice changes nothing.

File format: gzip-compressed JSON ``{"kind", "v", "device_id", "created_at", "payload", "sig"}``, where
``sig`` is HMAC-SHA256 over the canonical JSON of everything else, keyed with SHA-256 of the device token
(the server keeps only that hash, and only the enrolled device knows the token). A tampered or foreign
bundle fails verification and is refused.
"""

from __future__ import annotations

import gzip
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.clock import utcnow
from .protocol import PROTOCOL_VERSION

KIND_REQUEST = "gov-desktop/bundle-request"
KIND_REPLY = "gov-desktop/bundle-reply"
MAX_BUNDLE_BYTES = 256 * 1024 * 1024


class BundleError(Exception):
    """The bundle is unreadable, tampered with, or not for this device. ``code`` is an error-catalog code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def signing_key_from_token(token: str) -> bytes:
    """The bundle key: SHA-256 of the device token (what the server stores as the token's hash)."""
    return hashlib.sha256(token.encode("utf-8")).digest()


def token_hash(token: str) -> str:
    return signing_key_from_token(token).hex()


def _canonical(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _sign(doc: dict[str, Any], key: bytes) -> str:
    return hmac.new(key, _canonical(doc), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Bundle:
    kind: str
    device_id: str
    created_at: str
    payload: dict[str, Any]


def write_bundle(path: Path, kind: str, device_id: str, payload: dict[str, Any], key: bytes) -> Path:
    """Write a signed bundle atomically (temp file, fsync, rename): a yanked USB stick leaves no half file."""
    doc: dict[str, Any] = {
        "kind": kind,
        "v": PROTOCOL_VERSION,
        "device_id": device_id,
        "created_at": utcnow().isoformat(),
        "payload": payload,
    }
    doc["sig"] = _sign(doc, key)
    data = gzip.compress(_canonical(doc), mtime=0)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)
    return path


def peek_device(path: Path) -> str:
    """The device id a bundle claims (read before its key is known); verify with ``read_bundle``."""
    return str(_load(path).get("device_id", ""))


def _load(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
        if len(raw) > MAX_BUNDLE_BYTES:
            raise BundleError("bundle.too_large", "同步文件过大")
        doc = json.loads(gzip.decompress(raw))
    except (OSError, EOFError, gzip.BadGzipFile, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BundleError("bundle.unreadable", "同步文件无法读取或已损坏") from exc
    if not isinstance(doc, dict):
        raise BundleError("bundle.unreadable", "同步文件无法读取或已损坏")
    return doc


def read_bundle(path: Path, *, key: bytes, expect_kind: str, expect_device: str | None = None) -> Bundle:
    doc = _load(path)
    sig = doc.pop("sig", None)
    if not isinstance(sig, str) or not hmac.compare_digest(sig, _sign(doc, key)):
        raise BundleError("bundle.signature", "同步文件签名不符：文件被改动过，或不是本设备的文件")
    if doc.get("kind") != expect_kind:
        raise BundleError("bundle.kind", "同步文件类型不对")
    if doc.get("v") != PROTOCOL_VERSION:
        raise BundleError("bundle.version", "同步文件版本不兼容")
    if expect_device is not None and doc.get("device_id") != expect_device:
        raise BundleError("bundle.device", "同步文件不是本设备的")
    return Bundle(
        kind=str(doc["kind"]),
        device_id=str(doc["device_id"]),
        created_at=str(doc.get("created_at", "")),
        payload=dict(doc.get("payload") or {}),
    )
