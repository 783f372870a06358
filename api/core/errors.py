"""Domain errors and their GraphQL shape.

Services raise `DomainError(code, message, field=...)` with a zh-CN message safe to show to a cashier or a
driver. Resolvers never build error lists by hand: `payload_errors` turns a `DomainError` into the
payload's `errors` list. Authentication and authorisation failures are not payload errors: they are
top-level GraphQL errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

from graphql import GraphQLError


@dataclass(frozen=True)
class FieldProblem:
    code: str
    message: str
    field: str | None = None


class DomainError(Exception):
    """A business rule refused the operation; nothing was written."""

    def __init__(self, code: str | Enum, message: str, *, field: str | None = None,
                 more: Sequence[FieldProblem] = ()) -> None:
        super().__init__(message)
        code_value = code.value if isinstance(code, Enum) else code
        self.problems: list[FieldProblem] = [FieldProblem(str(code_value), message, field), *more]

    @property
    def code(self) -> str:
        return self.problems[0].code

    @property
    def field(self) -> str | None:
        return self.problems[0].field


@dataclass
class ValidationErrors:
    """Collects field problems, then raises them together as one `DomainError`."""

    problems: list[FieldProblem] = field(default_factory=list)

    def add(self, code: str | Enum, message: str, field: str | None = None) -> None:
        code_value = code.value if isinstance(code, Enum) else code
        self.problems.append(FieldProblem(str(code_value), message, field))

    def raise_if_any(self) -> None:
        if self.problems:
            first, *rest = self.problems
            raise DomainError(first.code, first.message, field=first.field, more=rest)


class AuthError(GraphQLError):
    """Base of the top-level access errors."""

    code = "FORBIDDEN"

    def __init__(self, message: str) -> None:
        super().__init__(message, extensions={"code": self.code})


class Unauthenticated(AuthError):
    code = "UNAUTHENTICATED"

    def __init__(self, message: str = "请先登录") -> None:
        super().__init__(message)


class Forbidden(AuthError):
    code = "FORBIDDEN"

    def __init__(self, message: str = "没有权限执行此操作") -> None:
        super().__init__(message)


class LimitExceeded(GraphQLError):
    """A request refused by a query limit before execution."""

    def __init__(self, message: str) -> None:
        super().__init__(message, extensions={"code": "QUERY_LIMIT"})
