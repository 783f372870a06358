"""The Starlette application: GraphQL over HTTP and WebSocket, health, metrics and the console."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import dramatiq
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route, WebSocketRoute

from api.core.gc_tuning import tune_after_startup
from api.core.graphql_view import Authenticator, GraphQLView
from api.core.health import healthz, metrics, readyz
from api.core.requests import RequestContextMiddleware
from api.core.spa import SpaFiles
from api.core.state import AppState
from api.driver.trusted_documents import trusted_view
from api.identity.authn import authenticate_headers
from api.schema import build_schema
from api.selling import paid_feed
from api.settings import Settings


def create_app(settings: Settings, *, authenticate: Authenticator | None = None,
               broker: dramatiq.Broker | None = None) -> Starlette:
    """The whole API for `settings` (whose database and Redis URLs are already resolved)."""
    holder: dict[str, AppState] = {}

    def state() -> AppState:
        return holder["state"]

    auth = authenticate or authenticate_headers
    view = GraphQLView(
        build_schema(settings), state_getter=state, authenticate=auth,
        graphql_ide=None if settings.is_production else "graphiql",
        allow_queries_via_get=False,
        allowed_origins=settings.allowed_origins,
    )
    mini_program = trusted_view(settings, state_getter=state, authenticate=auth)
    routes: list[BaseRoute] = [
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/metrics", metrics),
        Route("/graphql", view, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", view),
        Route("/mp/graphql", mini_program, methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]),
        Route("/notify/wechatpay/v3/{station_id:uuid}", _wechat_notification, methods=["POST"]),
    ]
    if settings.web_dist.joinpath("index.html").exists():
        routes.append(Mount("/", SpaFiles(directory=settings.web_dist, html=True), name="console"))
    else:
        routes.append(Route("/", _console_missing))

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        holder["state"] = app.state.forecourt = AppState.open(settings, broker)
        paid_feed.announce_through(holder["state"].hub, asyncio.get_running_loop())
        if settings.tune_gc:
            tune_after_startup()
        try:
            yield
        finally:
            paid_feed.stop_announcing(holder["state"].hub)
            await holder.pop("state").close()

    app = Starlette(routes=routes, lifespan=lifespan)
    app.add_middleware(RequestContextMiddleware)
    return app


async def _wechat_notification(request: Request) -> Response:
    """WeChat Pay v3 notifications (the one endpoint that is not GraphQL: the channel calls it)."""
    from api.selling.notifications import handle_wechat_v3

    state: AppState = request.app.state.forecourt
    answer = await handle_wechat_v3(state.db, request.path_params["station_id"], request.headers,
                                    await request.body(), state.settings.data_key)
    if answer.status == 204:
        return Response(status_code=204)
    return JSONResponse({"code": "FAIL", "message": answer.reason}, status_code=answer.status)


async def _console_missing(request: object) -> JSONResponse:
    return JSONResponse({"message": "The admin console is not built: run `make web`.",
                         "graphql": "/graphql"}, status_code=404)
