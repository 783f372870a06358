"""`serverInfo`: what a client needs to know about the platform before signing in."""

from __future__ import annotations

from datetime import datetime

import strawberry

from api import __version__
from api.core.clock import utcnow


@strawberry.type(description="The platform a client is talking to.")
class ServerInfo:
    version: str = strawberry.field(description="The platform's release version.")
    server_time: datetime = strawberry.field(description="The server's current time (UTC), for clock checks.")


@strawberry.type
class SystemQuery:
    @strawberry.field(description="The platform's version and clock. Public: needs no sign-in.")
    def server_info(self) -> ServerInfo:
        return ServerInfo(version=__version__, server_time=utcnow())
