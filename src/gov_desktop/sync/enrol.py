"""Enrolment: exchange the county admin's one-time code for this device's token.

The device keeps its own id (the store's, which is also its clock's node id), so the server must enrol it
under that id. The token goes to the keyring; the server URL, CA path and what the device was enrolled as
(township, county or not) go to the store's meta.
"""

from __future__ import annotations

import logging
import platform

from ..core.clock import utcnow
from ..core.models import COUNTY_SCOPE
from ..store.engine import Store
from .batches import absorb
from .errors import ConfigError
from .protocol import EnrollRequest
from .settings import (
    META_TOWNSHIP,
    SyncSettings,
    check_ca_path,
    check_server_url,
    save_settings,
    save_token,
)
from .transport import Transport

logger = logging.getLogger(__name__)


def enroll(
    store: Store,
    url: str,
    code: str,
    *,
    ca_path: str | None = None,
    allow_insecure_http: bool = False,
    name: str | None = None,
    transport: Transport | None = None,
) -> SyncSettings:
    """Enrol this device with the server at ``url`` using the one-time ``code``; returns the saved settings.

    Raises ``ConfigError`` for an unusable URL/CA file or a township that contradicts the store's data, and
    the transport's typed errors (``Rejected`` with the server's reason for a bad or used code, ``Offline`` …).
    """
    server_url = check_server_url(url, allow_insecure_http=allow_insecure_http)
    ca = check_ca_path(ca_path)
    own = transport is None
    transport = transport or Transport(
        server_url, ca_path=ca or None, allow_insecure_http=allow_insecure_http
    )
    try:
        request = EnrollRequest(
            code=code.strip(), device_id=store.device_id, name=(name or platform.node())[:80]
        )
        response = transport.enroll(request)
    finally:
        if own:
            transport.close()
    if response.device_id != store.device_id:
        raise ConfigError("sync.enroll_mismatch", value=response.device_id)
    current = store.get_meta(META_TOWNSHIP)
    theirs = response.township_code
    if current and current != theirs and not response.is_county and current != COUNTY_SCOPE:
        raise ConfigError("sync.township_mismatch", mine=current, theirs=theirs)
    settings = SyncSettings(
        server_url=server_url,
        ca_path=ca,
        allow_insecure_http=allow_insecure_http,
        device_id=response.device_id,
        township_code=theirs,
        is_county=response.is_county,
        enrolled_at=utcnow().isoformat(),
    )
    save_token(response.device_id, response.token)  # the keyring first: settings without a token are useless
    with store.session("system") as s:
        save_settings(store, settings, s)
        absorb(store, response.server_hlc, s)
    logger.info("enrolled as %s for %s at %s", response.device_id, theirs, server_url)
    return settings
