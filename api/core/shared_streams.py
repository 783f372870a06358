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

Per event, the stream's work does not grow with its members beyond writing bytes:

- its document is answered by a selection plan when it has one (`api.core.selection_plans`): no GraphQL
  execution per event; a root field may declare the fields of its events that are fixed for a stream;
- the event is encoded once; each member has its `{"id":...,"type":"next","payload":` prefix made once,
  and under uvicorn its frame goes straight to its transport (`api.core.ws_frames`), synchronously, so
  a burst of events is written within one turn of the loop and leaves in few packets;
- a member whose transport is paused (it reads slower than it is sent to) is skipped rather than waited
  for: once it drains it gets a fresh snapshot, then the changes again, like after a RESYNC; one that does
  not drain within `LAG_TIMEOUT_S` is disconnected (1013, try again later), so its client reconnects.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

import structlog
from graphql import OperationDefinitionNode, OperationType, parse
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import BaseGraphQLTransportWSHandler, Operation
from strawberry.types import ExecutionResult
from strawberry.types.execution import PreExecutionError

from api.core.selection_plans import SelectionPlan, compile_plan
from api.core.ws_frames import FrameWriter

log = structlog.get_logger(__name__)

SHAREABLE_FIELDS: set[str] = set()  # filled by domains: root subscription fields that may be shared
FIXED_FIELDS: dict[str, frozenset[str]] = {}  # root field -> fields of its events fixed for a stream
SEND_TIMEOUT_S = 2.0  # through ASGI: a stuck client must not hold up the others for long
LAG_TIMEOUT_S = 10.0  # a lagging member whose transport does not drain in this time is disconnected


class LiveMode(StrEnum):
    FULL = "full"  # snapshot, then changes
    SNAPSHOT = "snapshot"  # the snapshot only, then the generator ends


def shareable(name: str, *, fixed: Collection[str] = ()) -> str:
    """Register a root subscription field as shareable; returns the name for use as a decorator argument.

    `fixed` names fields (GraphQL names) of the field's type whose value, within one stream, depends only
    on the identity of the object the event holds: their sub-results are computed once per object (see
    `api.core.selection_plans`).
    """
    SHAREABLE_FIELDS.add(name)
    if fixed:
        FIXED_FIELDS[name] = frozenset(fixed)
    return name


@functools.lru_cache(maxsize=512)
def _shareable(query: str) -> bool:
    """Whether a document is one subscription of one shareable root field (decided once per text: parsing
    a document per operation left its tokens, a linked list, for the collector)."""
    try:
        document = parse(query)
    except Exception:
        return False
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if len(operations) != 1 or operations[0].operation is not OperationType.SUBSCRIPTION:
        return False
    selections = operations[0].selection_set.selections
    names = {getattr(s, "name", None) and s.name.value for s in selections}  # type: ignore[attr-defined]
    return len(selections) == 1 and names <= SHAREABLE_FIELDS


def share_key(query: str, variables: dict[str, object] | None, operation_name: str | None) -> str | None:
    """The key of the shared stream for this operation, or None when it cannot be shared."""
    if not _shareable(query):
        return None
    return json.dumps([query, operation_name, variables or {}], sort_keys=True, separators=(",", ":"))


def stream_plan(schema: Any, operation: Operation[Any, Any]) -> SelectionPlan | None:
    """The selection plan of a shared stream's document, or None when its events are executed."""
    graphql_schema = getattr(schema, "_schema", None)
    if graphql_schema is None:
        return None
    try:
        return compile_plan(graphql_schema, parse(operation.query), operation.operation_name, FIXED_FIELDS)
    except Exception:  # a document the plan does not understand is executed like any other
        log.warning("selection_plan_failed", exc_info=True)
        return None


@dataclass(eq=False)
class Member:
    handler: BaseGraphQLTransportWSHandler[Any, Any]
    operation: Operation[Any, Any]
    writer: FrameWriter | None = None  # None: sent through ASGI
    buffer: list[str] | None = field(default_factory=list)  # events held while the member is not live
    lagged: asyncio.Event = field(default_factory=asyncio.Event)  # skipped events; a snapshot is due
    prefix: str = field(init=False)
    prefix_bytes: bytes = field(init=False)

    def __post_init__(self) -> None:
        self.prefix = f'{{"id":{json.dumps(self.operation.id)},"type":"next","payload":'
        self.prefix_bytes = self.prefix.encode()

    def frame(self, payload_json: str) -> str:
        return f"{self.prefix}{payload_json}}}"

    def offer(self, payload_json: str, payload: bytes) -> bool:
        """Hand over one event without waiting; False when it has to go through ASGI (`send`)."""
        if self.buffer is not None:
            self.buffer.append(payload_json)
        elif self.writer is None:
            return False
        elif not self.lagged.is_set() and not self.writer.write_text(self.prefix_bytes, payload, b"}"):
            self.lagged.set()  # this event and the next are skipped until the snapshot catches it up
        return True

    async def send(self, payload_json: str) -> None:
        """Send one event through ASGI (servers the frame writer does not know)."""
        if self.writer is not None:
            self.writer.flush()
        async with asyncio.timeout(SEND_TIMEOUT_S):
            await self.handler.websocket.ws.send_text(self.frame(payload_json))  # type: ignore[attr-defined]

    async def go_live(self) -> None:
        pending, self.buffer = self.buffer or [], None
        for payload_json in pending:
            if self.writer is None:
                await self.send(payload_json)
            elif not self.writer.write_text(self.prefix_bytes, payload_json.encode(), b"}"):
                self.lagged.set()
                return


@dataclass(eq=False)
class SharedStream:
    key: str
    members: set[Member] = field(default_factory=set)
    task: asyncio.Task[None] | None = None

    async def run(self, schema: Any, operation: Operation[Any, Any], context: Any) -> None:
        context = replace(context, selection_plan=stream_plan(schema, operation))
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
                await self.fan_out(encoded)

    async def fan_out(self, encoded: str) -> None:
        """One event to every member: written at once where possible, then through ASGI for the rest."""
        payload = encoded.encode()
        waiting = [member for member in list(self.members) if not member.offer(encoded, payload)]
        for member in waiting:
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
        ws = getattr(self.websocket, "ws", None)
        member = Member(self, operation, writer=FrameWriter.of(ws.scope) if ws is not None else None)
        stream = broadcasts.join(key, member, self.schema, self.context)
        try:
            if not await self._snapshot(operation):
                return
            await member.go_live()
            while True:  # until the client completes the operation (the task is cancelled)
                await member.lagged.wait()
                if not await self._catch_up(member):
                    return
        finally:
            broadcasts.leave(stream, member)

    async def _catch_up(self, member: Member) -> bool:
        """A lagging member: once its transport drains, a fresh snapshot, then live again."""
        assert member.writer is not None
        if not await member.writer.drained(LAG_TIMEOUT_S):
            log.info("shared_stream_member_too_slow", operation=member.operation.id)
            with contextlib.suppress(Exception):
                await self.websocket.close(code=1013, reason="Too slow for the live stream")
            return False
        member.buffer, member.lagged = [], asyncio.Event()
        member.writer.flush()
        if not await self._snapshot(member.operation):
            return False
        await member.go_live()
        return True

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
