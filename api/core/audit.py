"""The audit log: append-only, hash-chained, written in the same transaction as the change it records.

Each row's `hash` is SHA-256 over the previous row's hash (per company) and the row's own canonical
content, so a row changed or removed behind the database's back breaks the chain (`verify_chain`).
UPDATE and DELETE are refused by a trigger; rows of a rolled-back transaction never exist. Writers of
one company are serialised on a transaction-scoped advisory lock so that the chain stays linear.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Identity, Index, String, func, select
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from api.core.actors import Actor
from api.core.clock import utcnow
from api.core.db import Base
from api.core.ids import uuid7
from api.core.locks import xact_lock

GENESIS = "0" * 64


class AuditLog(Base):
    """One sensitive operation: who, when, from where, what, and the values before and after."""

    __tablename__ = "audit_logs"
    __table_args__ = (
        Index("ix_audit_logs_company_time", "company_id", "occurred_at"),
        Index("ix_audit_logs_object", "object_type", "object_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid7)
    seq: Mapped[int] = mapped_column(BigInteger, Identity(), unique=True)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    company_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("companies.id"), index=True)
    station_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stations.id"), index=True)
    actor_type: Mapped[str] = mapped_column(String(16))
    actor_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    actor_label: Mapped[str | None] = mapped_column(String(100))
    ip: Mapped[str | None] = mapped_column(String(64))
    request_id: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64), index=True)
    object_type: Mapped[str] = mapped_column(String(64))
    object_id: Mapped[str | None] = mapped_column(String(64))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    reason: Mapped[str | None] = mapped_column(String(500))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_jsonable(v) for v in value]
        return sorted(items, key=str) if isinstance(value, (set, frozenset)) else items
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def row_digest(prev_hash: str, row: AuditLog) -> str:
    content = {
        "id": str(row.id), "occurred_at": row.occurred_at.isoformat(), "company_id": str(row.company_id),
        "station_id": str(row.station_id), "actor_type": row.actor_type, "actor_id": str(row.actor_id),
        "action": row.action, "object_type": row.object_type, "object_id": row.object_id,
        "before": row.before, "after": row.after, "reason": row.reason,
    }
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{prev_hash}{canonical}".encode()).hexdigest()


def snapshot(obj: Any, fields: list[str]) -> dict[str, Any]:
    """The audited values of `obj`."""
    return {name: _jsonable(getattr(obj, name)) for name in fields}


async def record(
    session: AsyncSession,
    actor: Actor,
    *,
    action: str,
    object_type: str,
    object_id: uuid.UUID | str | None,
    company_id: uuid.UUID | None,
    station_id: uuid.UUID | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str | None = None,
) -> AuditLog:
    """Append an audit row in the caller's transaction."""
    chain = str(company_id or "system")
    await xact_lock(session, f"audit:{chain}")
    # the head is read by a SECURITY DEFINER function: row-level security must not hide the latest row
    last = await session.scalar(select(func.forecourt_audit_head(company_id)))
    row = AuditLog(
        id=uuid7(), occurred_at=utcnow(), company_id=company_id, station_id=station_id,
        actor_type=actor.kind.value, actor_id=actor.id, actor_label=actor.label, ip=actor.ip,
        request_id=actor.request_id, action=action, object_type=object_type,
        object_id=str(object_id) if object_id is not None else None,
        before=_jsonable(before) if before is not None else None,
        after=_jsonable(after) if after is not None else None, reason=reason,
        prev_hash=last or GENESIS,
    )
    row.hash = row_digest(row.prev_hash, row)
    session.add(row)
    await session.flush()
    return row


async def verify_chain(session: AsyncSession, company_id: uuid.UUID) -> int | None:
    """None when the company's chain is intact, else the position of the first broken row."""
    rows = (await session.scalars(
        select(AuditLog).where(AuditLog.company_id == company_id)
        .order_by(AuditLog.seq))).all()
    prev = GENESIS
    for position, row in enumerate(rows):
        if row.prev_hash != prev or row_digest(prev, row) != row.hash:
            return position
        prev = row.hash
    return None
