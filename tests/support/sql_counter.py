"""Counts SQL statements sent by every engine in the process."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine


class StatementCounter:
    def __init__(self) -> None:
        self.statements: list[str] = []

    @property
    def count(self) -> int:
        return len(self.statements)

    def _record(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if not statement.lstrip().upper().startswith(("SAVEPOINT", "RELEASE", "ROLLBACK", "BEGIN", "COMMIT")):
            self.statements.append(statement)

    @contextmanager
    def counting(self) -> Iterator[StatementCounter]:
        self.statements.clear()
        event.listen(Engine, "before_cursor_execute", self._record)
        try:
            yield self
        finally:
            event.remove(Engine, "before_cursor_execute", self._record)
