"""Liveness, readiness and metrics endpoints."""

from __future__ import annotations

import asyncio

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from api.core.state import AppState

CHECK_TIMEOUT_S = 2.0


async def healthz(request: Request) -> Response:
    """The process is up."""
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> Response:
    """The process can serve: PostgreSQL and Redis both answer."""
    state: AppState = request.app.state.forecourt
    checks = {"postgresql": await _check_db(state), "redis": await _check_redis(state)}
    ready = all(value == "ok" for value in checks.values())
    return JSONResponse({"status": "ok" if ready else "unavailable", "checks": checks},
                        status_code=200 if ready else 503)


async def _check_db(state: AppState) -> str:
    try:
        async with asyncio.timeout(CHECK_TIMEOUT_S), state.db.session() as session:
            await session.execute(text("SELECT 1"))
        return "ok"
    except Exception as exc:  # any failure means not ready; the reason is reported
        return f"error: {type(exc).__name__}"


async def _check_redis(state: AppState) -> str:
    try:
        async with asyncio.timeout(CHECK_TIMEOUT_S):
            await state.redis.ping()
        return "ok"
    except Exception as exc:
        return f"error: {type(exc).__name__}"


async def metrics(request: Request) -> Response:
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
