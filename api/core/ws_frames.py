"""Whole WebSocket text frames written straight to a connection's transport, for live fan-out.

An ASGI `websocket.send` goes through Starlette's WebSocket, its exception wrapper and the server's
protocol, each a coroutine: several microseconds per message, most of what a shared stream spends per
subscriber. Under uvicorn's websockets (sans-I/O) protocol, the one `forecourt serve` runs, a
`FrameWriter` does what that protocol's `send` does for a text message (the frame to the transport),
synchronously: server frames are not masked, and with no extension negotiated (per-message compression
is off) a frame is a 2-10 byte header and the payload; with an extension it goes through the protocol's
own framing. Frames written in one turn of the event loop leave together: they are joined and handed to
the transport once, at the end of the turn (a report of 16 nozzles is one write per subscriber, not 16
system calls). It refuses, rather than waits, when the connection is closing or its transport is paused
(the client reads slower than it is sent to): the caller decides what a lagging subscriber gets.

`capture` (called by the request middleware) keeps the server's `send` in the scope; under another ASGI
server `FrameWriter.of` is None and callers use the ASGI send.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import MutableMapping
from typing import Any

from websockets.protocol import OPEN, Protocol

SCOPE_KEY = "forecourt.websocket_send"


def capture(scope: MutableMapping[str, Any], send: Any) -> None:
    """Keep the server's own `send` of a WebSocket connection in its scope."""
    scope[SCOPE_KEY] = send


def _header(size: int) -> bytes:
    if size < 126:
        return bytes((0x81, size))
    if size < 65536:
        return b"\x81\x7e" + size.to_bytes(2, "big")
    return b"\x81\x7f" + size.to_bytes(8, "big")


class _Flusher:
    """Writers with frames waiting, flushed once at the end of the loop's turn."""

    def __init__(self) -> None:
        self.waiting: list[FrameWriter] = []

    def add(self, writer: FrameWriter) -> None:
        if not self.waiting:
            asyncio.get_running_loop().call_soon(self.flush)
        self.waiting.append(writer)

    def flush(self) -> None:
        waiting, self.waiting = self.waiting, []
        for writer in waiting:
            writer.flush()


_flusher = _Flusher()


class FrameWriter:
    """Writes text frames to one uvicorn WebSocket connection without going through ASGI."""

    __slots__ = ("_pending", "_protocol")

    def __init__(self, protocol: Any) -> None:
        self._protocol = protocol
        self._pending: list[bytes] | None = None

    @classmethod
    def of(cls, scope: MutableMapping[str, Any]) -> FrameWriter | None:
        """The writer of the connection of `scope`, when its server is one the writer knows."""
        protocol = getattr(scope.get(SCOPE_KEY), "__self__", None)
        if (protocol is None or not isinstance(getattr(protocol, "conn", None), Protocol)
                or not isinstance(getattr(protocol, "writable", None), asyncio.Event)
                or not all(hasattr(protocol, name) for name in ("transport", "close_sent", "disconnected"))):
            return None
        return cls(protocol)

    def open(self) -> bool:
        protocol = self._protocol
        return not (protocol.close_sent or protocol.disconnected or protocol.conn.state is not OPEN
                    or protocol.transport.is_closing())

    def write_text(self, *parts: bytes) -> bool:
        """Write one text message made of `parts` (UTF-8); False, writing nothing, when the connection is
        closing or its transport paused."""
        protocol = self._protocol
        conn = protocol.conn
        if (protocol.close_sent or protocol.disconnected or conn.state is not OPEN
                or conn.expect_continuation_frame or not protocol.writable.is_set()):
            return False
        if conn.extensions:
            self.flush()
            conn.send_text(b"".join(parts))
            protocol.transport.write(b"".join(conn.data_to_send()))
            return True
        frame = b"".join((_header(sum(map(len, parts))), *parts))
        if self._pending is None:
            self._pending = [frame]
            _flusher.add(self)
        else:
            self._pending.append(frame)
        return True

    def flush(self) -> None:
        """Hand the frames written in this turn to the transport now (before anything else is sent)."""
        pending, self._pending = self._pending, None
        if pending and self.open():
            self._protocol.transport.write(b"".join(pending))

    async def drained(self, within_s: float) -> bool:
        """Wait until the transport takes writes again; False when it did not within `within_s` or the
        connection is closing."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(within_s):
                await self._protocol.writable.wait()
        return self._protocol.writable.is_set() and self.open()
