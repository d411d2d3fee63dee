"""HTTP error answers: every error is a JSON ``ErrorBody`` with a catalog code and a Chinese message.

The database being busy or out of reach — a lock wait that timed out (the push lock, SQLite's write lock),
no pooled connection in time, a lost connection — is 503 ``server.busy`` with ``Retry-After``: the request
changed nothing and the device sends it again later (a push under the same ``batch_id``).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..core.errors import DomainError, FieldError, NotFound, PermissionDenied
from ..sync.protocol import ErrorBody
from .devices import AuthFailed, Conflict
from .middleware import HLC_HEADER
from .service import PushBusy

logger = logging.getLogger(__name__)

#: seconds a device is asked to wait before it tries again after a 503 (it adds its own backoff and jitter)
RETRY_AFTER_SECONDS = 5

#: the error answers every endpoint documents in the OpenAPI spec
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": text}
    for status, text in (
        (400, "请求有误（JSON、gzip或数据不对）"),
        (401, "设备令牌缺失、无效或已停用"),
        (403, "设备无权进行此操作"),
        (409, "与已有数据冲突"),
        (413, "请求内容过大"),
        (422, "请求不符合同步协议"),
        (503, "服务器繁忙（数据库暂时不可用），请稍后重试"),
    )
}


def status_of(exc: DomainError) -> int:
    if isinstance(exc, AuthFailed):
        return 401
    if isinstance(exc, PermissionDenied):
        return 409 if "push.batch_foreign" in exc.codes else 403
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, Conflict):
        return 409
    return 400


def error_json(
    status: int, errors: list[FieldError], details: list[dict[str, Any]] | None = None
) -> JSONResponse:
    body = ErrorBody(
        code=errors[0].code,
        message="；".join(e.message for e in errors),
        details=details if details is not None else [e.to_dict() for e in errors],
    )
    return JSONResponse(body.model_dump(exclude_none=True), status_code=status)


async def _domain_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DomainError)
    return error_json(status_of(exc), exc.errors)


def _loc(error: dict[str, Any]) -> str:
    parts = [str(p) for p in error.get("loc", ())]
    return ".".join(parts[1:] if len(parts) > 1 else parts)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    if any(e.get("type") == "json_invalid" for e in errors):
        return error_json(400, [FieldError("", "request.json")], details=[])
    details = [
        {
            "loc": [str(p) for p in e.get("loc", ())],
            "type": str(e.get("type", "")),
            "msg": str(e.get("msg", "")),
        }
        for e in errors[:20]
    ]
    reason = "、".join(dict.fromkeys(_loc(e) for e in errors[:5]))[:300]
    return error_json(422, [FieldError("", "request.invalid", {"reason": reason})], details=details)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 400:  # FastAPI could not parse the body (bad UTF-8, nesting too deep …)
        error = FieldError("", "request.json")
    elif exc.status_code == 404:
        error = FieldError("", "request.not_found", {"path": request.url.path[:200]})
    elif exc.status_code == 405:
        error = FieldError("", "request.method")
    else:
        error = FieldError("", "request.invalid", {"reason": str(exc.detail)[:200]})
    response = error_json(exc.status_code, [error], details=[])
    if exc.headers:
        response.headers.update(exc.headers)
    return response


async def _database_unavailable(request: Request, exc: Exception) -> JSONResponse:
    logger.warning("database unavailable on %s %s: %s", request.method, request.url.path, exc)
    response = error_json(503, [FieldError("", "server.busy")], details=[])
    response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    logger.exception("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    response = error_json(500, [FieldError("", "server.error")], details=[])
    # answered outside the clock middleware (Starlette's outermost error layer): stamp it here
    response.headers[HLC_HEADER] = request.app.state.server.clock.now()
    return response


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(DomainError, _domain_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(OperationalError, _database_unavailable)
    app.add_exception_handler(PoolTimeout, _database_unavailable)
    app.add_exception_handler(PushBusy, _database_unavailable)
    app.add_exception_handler(Exception, _unexpected)
