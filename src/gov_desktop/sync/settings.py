"""Sync settings: where the county server is, how to trust it, and what this device was enrolled as.

Everything but the token lives in the store's ``store_meta`` (it travels with the database and its
backups). The device token lives only in the OS keyring, service ``gov-desktop``, entry
``device-token:<device_id>``: never in the database, never in a log.

``township_code`` and ``mode`` are the store's own meta keys (``Store.township_code``/``Store.mode``);
enrolment sets them, so the rest of the app sees the township the device was enrolled for.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import keyring
import keyring.errors
from sqlmodel import Session

from ..store.engine import Store
from .errors import ConfigError

logger = logging.getLogger(__name__)

KEYRING_SERVICE = "gov-desktop"

META_SERVER_URL = "sync.server_url"
META_CA_PATH = "sync.ca_path"
META_ALLOW_HTTP = "sync.allow_insecure_http"
META_DEVICE_ID = "sync.device_id"
META_ENROLLED_AT = "sync.enrolled_at"
META_TOWNSHIP = "township_code"
META_MODE = "mode"
MODE_COUNTY = "county"
MODE_TOWNSHIP = "township"

#: hosts plain http:// may reach without the explicit setting
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


@dataclass(frozen=True)
class SyncSettings:
    server_url: str = ""
    #: a CA bundle (PEM) to trust instead of the system's: county servers often have self-signed certificates
    ca_path: str = ""
    allow_insecure_http: bool = False
    device_id: str = ""
    township_code: str = ""
    is_county: bool = False
    enrolled_at: str = ""

    @property
    def enrolled(self) -> bool:
        return bool(self.server_url and self.device_id)


def load_settings(store: Store) -> SyncSettings:
    get = store.get_meta
    return SyncSettings(
        server_url=get(META_SERVER_URL),
        ca_path=get(META_CA_PATH),
        allow_insecure_http=get(META_ALLOW_HTTP) == "1",
        device_id=get(META_DEVICE_ID),
        township_code=get(META_TOWNSHIP),
        is_county=get(META_MODE) == MODE_COUNTY,
        enrolled_at=get(META_ENROLLED_AT),
    )


def save_settings(store: Store, settings: SyncSettings, session: Session | None = None) -> None:
    values = {
        META_SERVER_URL: settings.server_url,
        META_CA_PATH: settings.ca_path,
        META_ALLOW_HTTP: "1" if settings.allow_insecure_http else "0",
        META_DEVICE_ID: settings.device_id,
        META_TOWNSHIP: settings.township_code,
        META_MODE: MODE_COUNTY if settings.is_county else MODE_TOWNSHIP,
        META_ENROLLED_AT: settings.enrolled_at,
    }
    if session is not None:
        for key, value in values.items():
            store.set_meta(key, value, session)
        return
    with store.session("system") as s:
        for key, value in values.items():
            store.set_meta(key, value, s)


def check_server_url(url: str, *, allow_insecure_http: bool = False) -> str:
    """The URL without a trailing slash; refuses anything but https, except http to this machine."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError("sync.bad_url", value=url)
    if parts.scheme == "http" and not allow_insecure_http and not is_local_host(parts.hostname):
        raise ConfigError("sync.insecure_url")
    return url.strip().rstrip("/")


def is_local_host(host: str) -> bool:
    host = host.strip("[]").lower()
    if host in LOCAL_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_ca_path(ca_path: str | None) -> str:
    if not ca_path:
        return ""
    path = Path(ca_path).expanduser()
    if not path.is_file():
        raise ConfigError("sync.ca_missing", value=str(path))
    return str(path.resolve())


# --- the token, in the keyring only -----------------------------------------------------------------


def token_entry(device_id: str) -> str:
    return f"device-token:{device_id}"


def save_token(device_id: str, token: str) -> None:
    keyring.set_password(KEYRING_SERVICE, token_entry(device_id), token)


def load_token(device_id: str) -> str | None:
    try:
        return keyring.get_password(KEYRING_SERVICE, token_entry(device_id)) or None
    except keyring.errors.KeyringError:
        logger.exception("keyring unavailable")
        return None


def delete_token(device_id: str) -> None:
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        keyring.delete_password(KEYRING_SERVICE, token_entry(device_id))


def require_token(settings: SyncSettings) -> str:
    """The enrolled device's token; ``ConfigError`` when not enrolled or the keyring lost it."""
    if not settings.enrolled:
        raise ConfigError("sync.not_enrolled")
    token = load_token(settings.device_id)
    if not token:
        raise ConfigError("sync.token_missing")
    return token
