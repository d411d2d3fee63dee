"""Administrative endpoints: the health check (no authentication)."""

from __future__ import annotations

import logging

from fastapi import APIRouter
from fastapi.responses import Response

from ...sync.protocol import Health
from ..deps import StateDep, wire_response

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/api/v1", tags=["admin"])


@router.get("/health", response_model=Health)
def health(state: StateDep) -> Response:
    """Liveness, the protocol version and the server clock."""
    return wire_response(Health(server_hlc=state.clock.now()))
