"""The local outbox: completed sales (and other must-deliver reports) kept in SQLite until the platform has
acknowledged them. A sale is written and synced before the dispenser gets its confirmation, so a crash or
an uplink outage loses nothing; replay is in insertion order, and the platform deduplicates by TTC. The
same file keeps the little state the service carries across restarts (`get`/`set`)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Entry:
    id: int
    kind: str
    payload: dict[str, Any]


class Outbox:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
                         " payload TEXT NOT NULL, created_at TEXT DEFAULT CURRENT_TIMESTAMP)")
        self._db.execute("CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")

    def put(self, kind: str, payload: dict[str, Any]) -> int:
        cursor = self._db.execute("INSERT INTO outbox (kind, payload) VALUES (?, ?)",
                                  (kind, json.dumps(payload, ensure_ascii=False, sort_keys=True)))
        return int(cursor.lastrowid or 0)

    def pending(self, limit: int = 100) -> list[Entry]:
        rows = self._db.execute("SELECT id, kind, payload FROM outbox ORDER BY id LIMIT ?", (limit,)).fetchall()
        return [Entry(row[0], row[1], json.loads(row[2])) for row in rows]

    def done(self, entry_id: int) -> None:
        self._db.execute("DELETE FROM outbox WHERE id = ?", (entry_id,))

    def get(self, key: str) -> Any:
        """A value the service keeps across restarts (the price version it announced...)."""
        row = self._db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def set(self, key: str, value: Any) -> None:
        self._db.execute("INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                         "excluded.value", (key, json.dumps(value, sort_keys=True)))

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM outbox").fetchone()[0])

    def close(self) -> None:
        self._db.close()
