"""The audit log: one row per sensitive operation with before/after, none when rolled back, append-only,
hash-chained."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import SYSTEM
from api.core.audit import AuditLog, verify_chain
from api.core.db import Database
from api.core.ids import to_global_id
from api.core.permissions import Permission as P
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.org import Org


async def _actions(database: Database, org: Org) -> list[tuple[str, dict | None, dict | None]]:  # type: ignore[type-arg]
    async with database.session() as session:
        rows = (
            await session.execute(
                select(AuditLog.action, AuditLog.before, AuditLog.after)
                .where(AuditLog.company_id == org.company.id)
                .order_by(AuditLog.seq)
            )
        ).all()
    return [(a, b, c) for a, b, c in rows]


async def test_each_sensitive_mutation_writes_one_row(
    staff_client: StaffClientFactory, org: Org, database: Database
) -> None:
    admin = await staff_client(permissions=list(P))
    station_id = to_global_id("Station", org.stations[0].id)
    steps = [
        (
            "station.update",
            'mutation($s: ID!) { stationUpdate(input: {id: $s, phone: "028-1234567"}) { errors { code } } }',
        ),
        (
            "station.close",
            'mutation($s: ID!) { stationClose(input: {id: $s, reason: "油罐检修"}) { errors { code } } }',
        ),
        ("station.reopen", "mutation($s: ID!) { stationReopen(input: {id: $s}) { errors { code } } }"),
        (
            "role.create",
            'mutation { roleCreate(input: {name: "夜班", permissions: [OPERATE_POS]}) { errors { code } } }',
        ),
    ]
    for _, doc in steps:
        assert (await admin.execute(doc, {"s": station_id})).data  # no errors raised
    actions = await _actions(database, org)
    assert [a for a, _, _ in actions] == [s for s, _ in steps]
    update = actions[0]
    assert update[1]["phone"] is None and update[2]["phone"] == "028-1234567"  # type: ignore[index]
    assert actions[1][1:] == ({"status": "open"}, {"status": "closed"})


async def test_a_refused_mutation_writes_nothing(
    staff_client: StaffClientFactory, org: Org, database: Database
) -> None:
    admin = await staff_client(permissions=list(P))
    bad = 'mutation { stationCreate(input: {code: "S001", name: ""}) { station { id } errors { field code } } }'
    result = (await admin.execute(bad)).data["stationCreate"]
    assert result == {
        "station": None,
        "errors": [{"field": "name", "code": "REQUIRED"}, {"field": "code", "code": "DUPLICATE"}],
    }
    assert await _actions(database, org) == []


async def test_rows_of_a_rolled_back_transaction_never_exist(database: Database, org: Org) -> None:
    with pytest.raises(RuntimeError):
        async with database.transaction() as session:
            await audit.record(
                session,
                SYSTEM,
                action="station.update",
                object_type="Station",
                object_id=org.stations[0].id,
                company_id=org.company.id,
            )
            raise RuntimeError("later step failed")
    assert await _actions(database, org) == []


@pytest.mark.parametrize(
    "statement", ["UPDATE audit_logs SET reason = 'x'", "DELETE FROM audit_logs", "TRUNCATE audit_logs"]
)
async def test_the_database_refuses_changes(session: AsyncSession, org: Org, statement: str) -> None:
    await audit.record(session, SYSTEM, action="x.y", object_type="Station", object_id=None, company_id=org.company.id)
    with pytest.raises(DBAPIError, match="append-only"):
        await session.execute(text(statement))


async def test_the_chain_detects_a_change_behind_the_database(session: AsyncSession, org: Org) -> None:
    for i in range(3):
        await audit.record(
            session,
            SYSTEM,
            action="station.update",
            object_type="Station",
            object_id=org.stations[0].id,
            company_id=org.company.id,
            after={"n": i},
        )
    assert await verify_chain(session, org.company.id) is None
    # someone with superuser rights edits a row directly, bypassing the trigger
    await session.execute(text("ALTER TABLE audit_logs DISABLE TRIGGER audit_logs_append_only"))
    await session.execute(
        text("UPDATE audit_logs SET after = '{\"n\": 42}' WHERE company_id = :c AND after->>'n' = '1'"),
        {"c": org.company.id},
    )
    session.expire_all()
    assert await verify_chain(session, org.company.id) == 1
    assert (
        await session.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.company_id == org.company.id))
        == 3
    )


async def test_audit_log_query_filters_and_scope(staff_client: StaffClientFactory, org: Org) -> None:
    a, b = org.stations
    admin = await staff_client(permissions=list(P))
    for station in (a, b):
        await admin.execute(
            'mutation($s: ID!) { stationUpdate(input: {id: $s, address: "新地址"}) { errors { code } } }',
            {"s": to_global_id("Station", station.id)},
        )
    auditor = await staff_client(permissions=[P.VIEW_AUDIT_LOG], stations=[a.id])
    logs = await auditor.execute(
        '{ auditLogs(first: 10, filter: {action: "station."}) { totalCount edges { node {'
        " action station { code } before after actorLabel } } } }"
    )
    edges = logs.data["auditLogs"]["edges"]
    assert logs.data["auditLogs"]["totalCount"] == 1
    assert edges[0]["node"]["station"] == {"code": "S001"}
    assert edges[0]["node"]["before"]["address"] is None and edges[0]["node"]["after"]["address"] == "新地址"
