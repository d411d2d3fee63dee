"""The county server's FastAPI application. ``create_app(database_url)`` builds everything; nothing happens at
import time."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.middleware.gzip import GZipMiddleware

from ..sync.protocol import MAX_BODY_BYTES, PROTOCOL_VERSION
from .db import open_database
from .deps import ServerState
from .errors import install_error_handlers
from .middleware import RequestBodyMiddleware, ServerClockMiddleware
from .routers import admin, enrol, sync
from .service import load_server_clock

logger = logging.getLogger(__name__)

#: responses smaller than this are sent uncompressed (gzip's header costs ~20 bytes)
GZIP_MINIMUM_SIZE = 300


def create_app(database_url: str, *, max_body_bytes: int = MAX_BODY_BYTES) -> FastAPI:
    """The app serving API v1 over the database at ``database_url`` (tables are created when missing)."""
    db = open_database(database_url)
    state = ServerState(db=db, clock=load_server_clock(db))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        logger.info("county server up on %s (clock node %s)", db.display_url, state.clock.node)
        yield
        db.dispose()

    app = FastAPI(
        title="gov-desktop county server",
        version=f"protocol v{PROTOCOL_VERSION}",
        openapi_url="/openapi.json",
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.server = state
    for router in (admin.router, enrol.router, sync.router):
        app.include_router(router)
    install_error_handlers(app)
    app.add_middleware(RequestBodyMiddleware, max_bytes=max_body_bytes)
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MINIMUM_SIZE)
    app.add_middleware(ServerClockMiddleware, now=state.clock.now)
    return app
