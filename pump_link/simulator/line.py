"""Where simulated dispensers are wired: a pseudo-terminal (the station's side opens the slave like a serial
port) or a TCP socket (pyserial's `socket://host:port`). `baud` paces writes like the real line would:
a byte of 8 data bits, parity and a stop bit takes 11 bit times."""

from __future__ import annotations

import os
import select
import socket
import time
import tty

BITS_PER_BYTE = 11


class Line:
    """The dispensers' end of one line."""

    path: str

    def __init__(self, baud: int | None = None) -> None:
        self.baud = baud

    def _fd(self) -> int | None:
        raise NotImplementedError

    def _write(self, data: bytes) -> None:
        raise NotImplementedError

    def _read(self) -> bytes:
        raise NotImplementedError

    def write(self, data: bytes) -> None:
        if not data:
            return
        if self.baud:  # the frame is complete at the far end only once its last byte has crossed the line
            time.sleep(len(data) * BITS_PER_BYTE / self.baud)
        self._write(data)

    def read_available(self, timeout_s: float = 0.0) -> bytes:
        fd = self._fd()
        if fd is None:
            return b""
        chunks: list[bytes] = []
        while select.select([fd], [], [], timeout_s if not chunks else 0)[0]:
            chunk = self._read()
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)

    def close(self) -> None:
        raise NotImplementedError


class PtyLine(Line):
    """A pseudo-terminal: the dispensers hold the master; `path` is the slave a station service opens."""

    def __init__(self, baud: int | None = None) -> None:
        super().__init__(baud)
        self.master, self.slave = os.openpty()
        tty.setraw(self.slave)
        self.path = os.ttyname(self.slave)

    def _fd(self) -> int:
        return self.master

    def _write(self, data: bytes) -> None:
        os.write(self.master, data)

    def _read(self) -> bytes:
        return os.read(self.master, 4096)

    def close(self) -> None:
        os.close(self.master)
        os.close(self.slave)


class TcpLine(Line):
    """A TCP port the station service connects to (`socket://host:port`); one connection at a time, and a
    new one replaces the old (a station service that restarts reconnects)."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, baud: int | None = None) -> None:
        super().__init__(baud)
        self._server = socket.create_server((host, port))
        self._server.setblocking(False)
        self.address = self._server.getsockname()
        self.path = f"socket://{self.address[0]}:{self.address[1]}"
        self._peer: socket.socket | None = None

    def _accept(self) -> None:
        try:
            peer, _ = self._server.accept()
        except BlockingIOError:
            return
        if self._peer is not None:
            self._peer.close()
        peer.setblocking(True)
        self._peer = peer

    def _fd(self) -> int | None:
        self._accept()
        return self._peer.fileno() if self._peer else None

    def _write(self, data: bytes) -> None:
        self._accept()
        if self._peer is None:
            return  # nobody listening: the bytes are lost, as on an unplugged line
        try:
            self._peer.sendall(data)
        except OSError:
            self._peer.close()
            self._peer = None

    def _read(self) -> bytes:
        assert self._peer is not None
        try:
            data = self._peer.recv(4096)
        except OSError:
            data = b""
        if not data:
            self._peer.close()
            self._peer = None
        return data

    def close(self) -> None:
        if self._peer is not None:
            self._peer.close()
        self._server.close()
