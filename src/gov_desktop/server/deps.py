"""FastAPI dependencies: the server state, a database session per request, the authenticated device."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from sqlalchemy.orm import Session

from ..core.errors import FieldError
from ..core.hlc import HybridClock
from .db import Database
from .devices import AuthFailed, authenticate
from .tables import Device

logger = logging.getLogger(__name__)


@dataclass
class ServerState:
    """What the app holds for its lifetime: the database and the server clock."""

    db: Database
    clock: HybridClock


def get_state(request: Request) -> ServerState:
    state: ServerState = request.app.state.server
    return state


def get_session(state: Annotated[ServerState, Depends(get_state)]) -> Iterator[Session]:
    with state.db.session() as session:
        yield session


bearer = HTTPBearer(auto_error=False, description="设备令牌（登记时取得）")


def current_device(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    session: Annotated[Session, Depends(get_session)],
) -> Device:
    """The device whose token the request carries (``Authorization: Bearer …``); 401 otherwise."""
    if credentials is None or not credentials.credentials:
        raise AuthFailed(FieldError("", "auth.token"))
    return authenticate(session, credentials.credentials)


StateDep = Annotated[ServerState, Depends(get_state)]
SessionDep = Annotated[Session, Depends(get_session)]
DeviceDep = Annotated[Device, Depends(current_device)]


def wire_response(model: BaseModel, status_code: int = 200) -> Response:
    """A protocol message as compact JSON (None fields left out: every byte crosses a slow link)."""
    return Response(
        model.model_dump_json(exclude_none=True), status_code=status_code, media_type="application/json"
    )
