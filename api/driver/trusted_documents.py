"""`/mp/graphql`: the mini-program's endpoint, which runs trusted (persisted) documents only.

The mini-program's operations (`miniprogram/graphql/*.graphql`) are validated against `schema.graphql`
and compiled by `miniprogram/scripts/documents.mjs` into `trusted_documents.json` beside this module
(sha256 of the document's text -> the text), committed with them. A request names its document by hash:
`{"id": "<sha256>", "variables": {...}}`, or Apollo's `{"extensions": {"persistedQuery": {"version": 1,
"sha256Hash": "<sha256>"}}, "variables": {...}}`. Anything else is refused with HTTP 400 before it is
parsed: a request carrying its own `query` (PERSISTED_QUERY_ONLY), an unknown hash
(PERSISTED_QUERY_NOT_FOUND), a batch, a GET. The schema is the public variant (introspection off,
errors masked) with tighter limits; there are no WebSocket subscriptions here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cross_web import AsyncHTTPRequestAdapter
from starlette.responses import JSONResponse
from starlette.types import Receive, Scope, Send
from strawberry.http import GraphQLRequestData

from api.core.graphql_view import GraphQLView
from api.schema import build_schema
from api.settings import Settings

MANIFEST = Path(__file__).with_name("trusted_documents.json")
MP_LIMITS = {"max_query_depth": 8, "max_aliases": 5, "max_tokens": 1000, "max_query_cost": 2000,
             "max_mutations_per_request": 1}


class Refused(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.body = {"errors": [{"message": message, "extensions": {"code": code}}]}


def load_manifest(path: Path = MANIFEST) -> dict[str, str]:
    """hash -> document; empty (every request refused) when the manifest is missing."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data.items()}


def mp_settings(settings: Settings) -> Settings:
    """The settings with the endpoint's tighter limits."""
    return settings.model_copy(update={k: min(v, getattr(settings, k)) for k, v in MP_LIMITS.items()})


def _hash_of(data: Mapping[str, Any]) -> str | None:
    if isinstance(data.get("id"), str):
        return str(data["id"])
    persisted = (data.get("extensions") or {}).get("persistedQuery") if isinstance(data.get("extensions"),
                                                                                    dict) else None
    if isinstance(persisted, dict) and persisted.get("version") == 1 and isinstance(persisted.get("sha256Hash"), str):
        return str(persisted["sha256Hash"])
    return None


class TrustedDocumentView(GraphQLView):
    """The GraphQL view that runs documents of the manifest only."""

    def __init__(self, schema: Any, *, documents: Mapping[str, str], **kwargs: Any) -> None:
        super().__init__(schema, graphql_ide=None, allow_queries_via_get=False, **kwargs)
        self.documents = dict(documents)

    async def parse_http_body(self, request: AsyncHTTPRequestAdapter) -> GraphQLRequestData:
        if "application/json" not in (request.content_type or ""):
            raise Refused("BAD_REQUEST", "请求须为 application/json")
        try:
            data = json.loads(await request.get_body())
        except ValueError:
            raise Refused("BAD_REQUEST", "请求体不是有效的 JSON") from None
        if not isinstance(data, dict):
            raise Refused("BAD_REQUEST", "不支持批量请求")
        if data.get("query") is not None:
            raise Refused("PERSISTED_QUERY_ONLY", "此接口只接受已登记的操作（按哈希发送），不接受查询文本")
        digest = _hash_of(data)
        if digest is None:
            raise Refused("PERSISTED_QUERY_ONLY", "请按已登记操作的哈希发送请求（id 或 persistedQuery）")
        document = self.documents.get(digest)
        if document is None:
            raise Refused("PERSISTED_QUERY_NOT_FOUND", "未登记的操作，请更新小程序")
        variables = data.get("variables")
        if not isinstance(variables, dict | type(None)):
            raise Refused("BAD_REQUEST", "variables 须为对象")
        return GraphQLRequestData(query=document, variables=variables, operation_name=data.get("operationName"),
                                  extensions=None)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return  # no WebSocket here: the connection is refused
        if scope["method"] != "POST":  # a document id in a URL would end up in logs and caches
            await JSONResponse({"errors": [{"message": "只接受 POST", "extensions": {"code": "METHOD_NOT_ALLOWED"}}]},
                               status_code=405, headers={"Allow": "POST"})(scope, receive, send)
            return
        try:
            await super().__call__(scope, receive, send)
        except Refused as refused:
            await JSONResponse(refused.body, status_code=400)(scope, receive, send)


def trusted_view(settings: Settings, **kwargs: Any) -> TrustedDocumentView:
    return TrustedDocumentView(build_schema(mp_settings(settings), public=True), documents=load_manifest(),
                               **kwargs)
