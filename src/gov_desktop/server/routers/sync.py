"""Sync endpoints: push a batch, pull pages by server sequence, take a snapshot of the device's scope."""

from __future__ import annotations

import logging
import time
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from ...sync.protocol import MAX_PULL_LIMIT, PullPage, PushRequest, PushResponse, Snapshot
from .. import service
from ..deps import DeviceDep, SessionDep, StateDep, wire_response
from ..errors import ERROR_RESPONSES

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/api/v1", tags=["sync"], responses=ERROR_RESPONSES)

DEFAULT_PULL_LIMIT = 500


async def arrival() -> float:
    """When the request (its body read) reached the handlers: resolved first, in the event loop, before the
    handler threads are queued for."""
    return time.monotonic()


@router.post("/push", response_model=PushResponse)
def push(
    arrived: Annotated[float, Depends(arrival)],
    body: PushRequest,
    device: DeviceDep,
    session: SessionDep,
    state: StateDep,
) -> Response:
    """Apply a batch of changes (idempotent on ``batch_id``); optionally answer with the first pull page.

    Waits for its turn at most ``service.PUSH_WAIT_S`` from its arrival, else 503 + Retry-After."""
    deadline = arrived + service.PUSH_WAIT_S
    return wire_response(service.process_push(session, device, body, clock=state.clock, deadline=deadline))


@router.get("/pull", response_model=PullPage)
def pull(
    device: DeviceDep,
    session: SessionDep,
    since: Annotated[int, Query(ge=0, le=service.MAX_SEQ, description="the device's cursor")] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
) -> Response:
    """The changes after ``since`` in the device's scope, by server sequence."""
    return wire_response(service.read_pull(session, device, since, limit))


@router.get("/snapshot", response_model=Snapshot)
def snapshot(device: DeviceDep, session: SessionDep, state: StateDep) -> Response:
    """Every row in the device's scope with its field clocks, and the sequence to pull on from."""
    return wire_response(service.snapshot(session, device, clock=state.clock))
