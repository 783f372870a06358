"""Shared pieces of the benchmarks: a platform in a separate process, and a closed-loop HTTP load."""

from __future__ import annotations

import asyncio
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "bench-Passw0rd"


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def platform_process() -> Iterator[str]:
    """`forecourt demo` on a fresh data folder, in its own process group; yields its base URL."""
    port = free_port()
    data = tempfile.mkdtemp(prefix="forecourt-bench-")
    env = {**os.environ, "FORECOURT_DEMO_PASSWORD": PASSWORD, "FORECOURT_LOG_LEVEL": "WARNING"}
    command = [str(Path(sys.executable).parent / "forecourt"), "demo", "--port", str(port), "--data-dir", data]
    process = subprocess.Popen(command,
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("the platform did not start")
            time.sleep(0.2)
        yield url
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGINT)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        shutil.rmtree(data, ignore_errors=True)


def sign_in(url: str, username: str = "admin") -> str:
    query = "mutation($u: String!, $p: String!) { tokenCreate(input: {username: $u, password: $p}) { token } }"
    response = httpx.post(f"{url}/graphql", json={"query": query, "variables": {"u": username, "p": PASSWORD}})
    return str(response.json()["data"]["tokenCreate"]["token"])


@dataclass
class LoadResult:
    name: str
    requests: int
    seconds: float
    latencies_ms: list[float]
    errors: int

    def line(self) -> str:
        ordered = sorted(self.latencies_ms)
        p99 = ordered[int(len(ordered) * 0.99) - 1] if ordered else float("nan")
        return (f"{self.name:<38} {self.requests / self.seconds:8.0f} req/s   p50 {statistics.median(ordered):6.2f} ms"
                f"   p99 {p99:6.2f} ms   errors {self.errors}")


class RawConnection:
    """A minimal keep-alive HTTP/1.1 client: far cheaper per request than a full client library, so that
    on a small machine the load generator takes less of the CPU the server needs."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, url: str) -> RawConnection:
        host, port = url.removeprefix("http://").split(":")
        return cls(*await asyncio.open_connection(host, int(port)))

    async def post(self, request: bytes) -> tuple[int, bytes]:
        self.writer.write(request)
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":", 1)[1])
        return status, await self.reader.readexactly(length)

    def close(self) -> None:
        self.writer.close()


def graphql_request(url: str, body: dict[str, object], token: str | None) -> bytes:
    payload = json.dumps(body).encode()
    host = url.removeprefix("http://")
    auth = f"authorization: Bearer {token}\r\n" if token else ""
    return (f"POST /graphql HTTP/1.1\r\nhost: {host}\r\ncontent-type: application/json\r\n{auth}"
            f"content-length: {len(payload)}\r\n\r\n").encode() + payload


async def closed_loop(url: str, name: str, body: dict[str, object], *, token: str | None = None,
                      concurrency: int = 16, seconds: float = 8.0) -> LoadResult:
    """`concurrency` keep-alive clients each sending the next request when the last one answered."""
    request = graphql_request(url, body, token)
    latencies: list[float] = []
    errors = 0
    connections = [await RawConnection.open(url) for _ in range(concurrency)]

    async def warm_up(connection: RawConnection) -> None:  # all at once: an idle keep-alive connection expires
        for _ in range(20):
            await connection.post(request)

    await asyncio.gather(*(warm_up(c) for c in connections))
    stop_at = time.perf_counter() + seconds

    async def client(connection: RawConnection) -> None:
        nonlocal errors
        while time.perf_counter() < stop_at:
            started = time.perf_counter()
            status, response = await connection.post(request)
            latencies.append((time.perf_counter() - started) * 1000)
            if status != 200 or b'"errors"' in response:
                errors += 1

    began = time.perf_counter()
    await asyncio.gather(*(client(c) for c in connections))
    elapsed = time.perf_counter() - began
    for connection in connections:
        connection.close()
    return LoadResult(name, len(latencies), elapsed, latencies, errors)
