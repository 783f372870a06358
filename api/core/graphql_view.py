"""The Starlette-facing GraphQL view: builds the context, authenticates HTTP and WebSocket clients."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.types.unset import UNSET, UnsetType

from api.core.actors import Actor
from api.core.context import Context
from api.core.errors import AuthError
from api.core.shared_streams import Broadcasts, SharedStreamHandler
from api.core.state import AppState

Authenticator = Callable[[AppState, Mapping[str, str], str | None, str | None], Awaitable[Actor | None]]


async def anonymous(state: AppState, headers: Mapping[str, str], ip: str | None,
                    request_id: str | None) -> Actor | None:
    return None


class GraphQLView(GraphQL[Context, None]):
    """One endpoint of the schema; `authenticate` maps request headers to an actor."""

    graphql_transport_ws_handler_class = SharedStreamHandler

    def __init__(self, schema: Any, *, state_getter: Callable[[], AppState],
                 authenticate: Authenticator = anonymous, **kwargs: Any) -> None:
        super().__init__(schema, **kwargs)
        self._state = state_getter
        self._authenticate = authenticate
        self.broadcasts = Broadcasts()

    async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> Context:
        state = self._state()
        request_id = request.scope.get("state", {}).get("request_id", "")
        ip = request.client.host if request.client else None
        context = Context(state=state, request=request, request_id=request_id)
        if isinstance(request, Request):
            try:
                context.actor = await self._authenticate(state, request.headers, ip, request_id)
            except AuthError as exc:
                context.auth_problem = exc  # raised by the first field that needs a signed-in actor
        return context

    async def on_ws_connect(self, context: Context) -> UnsetType | dict[str, object] | None:
        """Authenticate the WebSocket from `connection_init` (`{"authorization": "Bearer ..."}`)."""
        raw = context.connection_params or {}
        headers = {k.lower(): v for k, v in raw.items() if isinstance(v, str)}
        ip = context.request.client.host if context.request.client else None
        try:
            context.actor = await self._authenticate(context.state, headers, ip, context.request_id)
        except AuthError as exc:
            raise ConnectionRejectionError({"message": exc.message}) from exc  # closes with 4403
        return UNSET
