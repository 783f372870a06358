"""Unexpected errors: logged with the request id, and masked in production."""

from __future__ import annotations

from graphql import GraphQLError
from strawberry.extensions import MaskErrors

INTERNAL_MESSAGE = "服务器内部错误，请稍后重试；如仍失败请提供请求号联系管理员"


def is_unexpected(error: GraphQLError) -> bool:
    """An error not raised on purpose (auth, limits, bad input) but by a bug or an outage."""
    return error.original_error is not None and not isinstance(error.original_error, GraphQLError)


class MaskUnexpectedErrors(MaskErrors):
    """Replace unexpected errors by a safe message carrying the request id."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=is_unexpected, error_message=INTERNAL_MESSAGE)

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        context = self.execution_context.context
        request_id = getattr(context, "request_id", "")
        return GraphQLError(
            message=f"{INTERNAL_MESSAGE}（请求号 {request_id}）",
            nodes=error.nodes, source=error.source, positions=error.positions, path=error.path,
            extensions={"code": "INTERNAL", "requestId": request_id},
        )
