"""Shared subscription streams: one execution per distinct document, the same bytes to every subscriber.

Strawberry executes a subscription's document once per subscriber per event; with many POS screens
watching the same station that is the bottleneck of live fan-out. For root fields registered here (their
result may depend on the arguments but never on who is asking), subscribers of the same document and
variables share one stream:

1. the subscriber joins the stream's members, buffering what it would receive;
2. it runs the subscription itself in SNAPSHOT mode, with its own context: permission and scope are
   checked for it, and it receives the current state (or its error);
3. it goes live: the buffer is flushed, then every event of the shared stream, executed once and encoded
   once, is sent to it as text with its own operation id.

The shared stream itself starts like any subscription (its own snapshot, then changes), so the members
present when it starts also receive its snapshot: nothing between a member's snapshot and the stream's
first change can be lost. Events may thus repeat a state already sent; they carry versions and clients
keep the newest. The stream stops when its last member leaves.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

import structlog
from graphql import OperationDefinitionNode, OperationType, parse
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import BaseGraphQLTransportWSHandler, Operation
from strawberry.types import ExecutionResult
from strawberry.types.execution import PreExecutionError

log = structlog.get_logger(__name__)

SHAREABLE_FIELDS: set[str] = set()  # filled by domains: root subscription fields that may be shared
SEND_TIMEOUT_S = 2.0


class LiveMode(StrEnum):
    FULL = "full"  # snapshot, then changes
    SNAPSHOT = "snapshot"  # the snapshot only, then the generator ends


def shareable(name: str) -> str:
    """Register a root subscription field as shareable; returns the name for use as a decorator argument."""
    SHAREABLE_FIELDS.add(name)
    return name


def share_key(query: str, variables: dict[str, object] | None, operation_name: str | None) -> str | None:
    """The key of the shared stream for this operation, or None when it cannot be shared."""
    try:
        document = parse(query)
    except Exception:
        return None
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if len(operations) != 1 or operations[0].operation is not OperationType.SUBSCRIPTION:
        return None
    selections = operations[0].selection_set.selections
    names = {getattr(s, "name", None) and s.name.value for s in selections}  # type: ignore[attr-defined]
    if len(selections) != 1 or not names <= SHAREABLE_FIELDS:
        return None
    return json.dumps([query, operation_name, variables or {}], sort_keys=True, separators=(",", ":"))


@dataclass(eq=False)
class Member:
    handler: BaseGraphQLTransportWSHandler[Any, Any]
    operation: Operation[Any, Any]
    buffer: list[str] | None = field(default_factory=list)

    def frame(self, payload_json: str) -> str:
        return f'{{"id":{json.dumps(self.operation.id)},"type":"next","payload":{payload_json}}}'

    async def send(self, payload_json: str) -> None:
        if self.buffer is not None:
            self.buffer.append(payload_json)
            return
        async with asyncio.timeout(SEND_TIMEOUT_S):  # a stuck client must not hold up the others for long
            await self.handler.websocket.ws.send_text(self.frame(payload_json))  # type: ignore[attr-defined]

    async def go_live(self) -> None:
        pending, self.buffer = self.buffer or [], None
        for payload_json in pending:
            await self.send(payload_json)


@dataclass(eq=False)
class SharedStream:
    key: str
    members: set[Member] = field(default_factory=set)
    task: asyncio.Task[None] | None = None

    async def run(self, schema: Any, operation: Operation[Any, Any], context: Any) -> None:
        source = await schema.stream(operation.query, variable_values=operation.variables, context_value=context,
                                     operation_name=operation.operation_name)
        async with contextlib.aclosing(source):
            async for result in source:
                if not isinstance(result, ExecutionResult):
                    continue
                payload: dict[str, Any] = {"data": result.data}
                if result.errors:
                    payload["errors"] = [e.formatted for e in result.errors]
                encoded = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
                for member in list(self.members):
                    try:
                        await member.send(encoded)
                    except Exception:  # a gone or stuck client: drop it, keep the others
                        self.members.discard(member)
                        log.info("shared_stream_member_dropped", operation=member.operation.id)


class Broadcasts:
    """The shared streams of one API process."""

    def __init__(self) -> None:
        self.streams: dict[str, SharedStream] = {}

    def join(self, key: str, member: Member, schema: Any, context: Any) -> SharedStream:
        stream = self.streams.get(key)
        if stream is None:
            stream = self.streams[key] = SharedStream(key)
        stream.members.add(member)
        if stream.task is None or stream.task.done():
            shared = replace(context, live_mode=LiveMode.FULL, loaders={})
            stream.task = asyncio.create_task(stream.run(schema, member.operation, shared))
        return stream

    def leave(self, stream: SharedStream, member: Member) -> None:
        stream.members.discard(member)
        if not stream.members:
            if stream.task is not None:
                stream.task.cancel()
            self.streams.pop(stream.key, None)


class SharedStreamHandler(BaseGraphQLTransportWSHandler[Any, Any]):
    """graphql-transport-ws with shared streams for the registered subscription fields."""

    async def run_operation(self, operation: Operation[Any, Any]) -> None:
        key = share_key(operation.query, operation.variables, operation.operation_name)
        broadcasts: Broadcasts | None = getattr(self.view, "broadcasts", None)
        if key is None or broadcasts is None:
            await super().run_operation(operation)
            return
        member = Member(self, operation)
        stream = broadcasts.join(key, member, self.schema, self.context)
        try:
            if await self._snapshot(operation):
                await member.go_live()
                await asyncio.Event().wait()  # until the client completes the operation (the task is cancelled)
        finally:
            broadcasts.leave(stream, member)

    async def _snapshot(self, operation: Operation[Any, Any]) -> bool:
        """Send this subscriber's snapshot with its own context; False when it got an error instead."""
        context = replace(self.context, live_mode=LiveMode.SNAPSHOT, loaders={})
        source = await self.schema.stream(operation.query, variable_values=operation.variables,
                                          context_value=context, operation_name=operation.operation_name)
        async with contextlib.aclosing(source):
            async for result in source:
                if isinstance(result, PreExecutionError):
                    await self._handle_pre_execution_error(operation, result)
                    return False
                if not isinstance(result, ExecutionResult):
                    return False
                await operation.send_next(result)
                if result.errors and result.data is None:
                    await operation.send_operation_message({"id": operation.id, "type": "complete"})
                    return False
        return True
