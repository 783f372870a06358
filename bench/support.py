"""Shared pieces of the benchmarks: a platform in a separate process, and a closed-loop HTTP load."""

from __future__ import annotations

import asyncio
import os
import platform
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


async def closed_loop(url: str, name: str, body: dict[str, object], *, token: str | None = None,
                      concurrency: int = 16, seconds: float = 8.0) -> LoadResult:
    """`concurrency` clients each sending the next request when the last one answered, for `seconds`."""
    headers = {"authorization": f"Bearer {token}"} if token else {}
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30) as http:
        for _ in range(50):  # warm up
            await http.post("/graphql", json=body, headers=headers)
        stop_at = time.perf_counter() + seconds

        async def client() -> None:
            nonlocal errors
            while time.perf_counter() < stop_at:
                started = time.perf_counter()
                response = await http.post("/graphql", json=body, headers=headers)
                latencies.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200 or "errors" in response.json():
                    errors += 1

        began = time.perf_counter()
        await asyncio.gather(*(client() for _ in range(concurrency)))
        elapsed = time.perf_counter() - began
    return LoadResult(name, len(latencies), elapsed, latencies, errors)
