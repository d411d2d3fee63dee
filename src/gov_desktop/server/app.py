"""The county server's FastAPI application. ``create_app(database_url)`` builds everything; nothing happens at
import time.

The endpoints are plain ``def`` functions: they run in AnyIO's worker threads, at most ``worker_threads`` at
once (the lifespan sets the thread limiter), and the database pool holds a connection for each of those
threads (``db.pool_settings``). A push waiting for the push lock holds its thread and its connection; more
requests than threads wait for a thread, without holding a connection, and never fail for want of one.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI
from starlette.middleware.gzip import GZipMiddleware

from ..sync.protocol import MAX_BODY_BYTES, PROTOCOL_VERSION
from .db import DEFAULT_WORKER_THREADS, open_database
from .deps import ServerState
from .errors import install_error_handlers
from .middleware import RequestBodyMiddleware, ServerClockMiddleware
from .routers import admin, enrol, sync
from .service import load_server_clock

logger = logging.getLogger(__name__)

#: responses smaller than this are sent uncompressed (gzip's header costs ~20 bytes)
GZIP_MINIMUM_SIZE = 300


def create_app(
    database_url: str,
    *,
    max_body_bytes: int = MAX_BODY_BYTES,
    worker_threads: int = DEFAULT_WORKER_THREADS,
) -> FastAPI:
    """The app serving API v1 over the database at ``database_url`` (tables are created when missing),
    running its handlers on ``worker_threads`` threads with a connection pool to match."""
    db = open_database(database_url, worker_threads=worker_threads)
    state = ServerState(db=db, clock=load_server_clock(db))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # the limiter belongs to the event loop: set here, where the loop that serves the app runs
        anyio.to_thread.current_default_thread_limiter().total_tokens = worker_threads
        logger.info(
            "county server up on %s (clock node %s, %d handler threads)",
            db.display_url,
            state.clock.node,
            worker_threads,
        )
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
