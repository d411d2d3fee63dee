"""Device enrolment: a one-time code for a device id and a token."""

from __future__ import annotations

import logging

from fastapi import APIRouter
from fastapi.responses import Response

from ...sync.protocol import EnrollRequest, EnrollResponse
from .. import devices
from ..deps import SessionDep, StateDep, wire_response
from ..errors import ERROR_RESPONSES

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/api/v1", tags=["enrol"])


@router.post("/enroll", response_model=EnrollResponse, responses=ERROR_RESPONSES)
def enroll(body: EnrollRequest, session: SessionDep, state: StateDep) -> Response:
    """Exchange a one-time enrolment code (from ``gov-desktop-server enroll``) for a device token."""
    return wire_response(devices.enroll(session, body, clock=state.clock))
