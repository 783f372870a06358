"""Row-level security: the backstop under the services' scope checks."""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.db import Database, RowScope, apply_scope
from api.stations.models import Station
from tests.fixtures.org import Org, make_org

STATION_KEYS = ("station_id",)


async def test_every_station_scoped_table_has_a_forced_policy(session: AsyncSession) -> None:
    rows = (await session.execute(text("""
        SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
               (SELECT count(*) FROM pg_policies p WHERE p.tablename = c.relname) AS policies
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND (
          c.relname = 'stations' OR EXISTS (SELECT 1 FROM information_schema.columns col
            WHERE col.table_name = c.relname AND col.column_name = 'station_id'))"""))).all()
    tables = {name: (rls, forced, policies) for name, rls, forced, policies in rows}
    assert {"stations", "devices", "audit_logs"} <= set(tables)
    unprotected = {name for name, (rls, forced, policies) in tables.items() if not (rls and forced and policies)}
    assert unprotected == set()


async def test_a_scoped_session_sees_only_its_stations(database: Database, org: Org) -> None:
    other = await make_org(database)
    a = org.stations[0]
    async with database.session(RowScope(company=str(org.company.id), stations=str(a.id))) as session:
        # even a query that forgets every filter sees one station
        codes = (await session.scalars(select(Station.id))).all()
    assert codes == [a.id]
    async with database.session(RowScope(company=str(org.company.id), stations="*")) as session:
        ids = set((await session.scalars(select(Station.id))).all())
    assert ids == {s.id for s in org.stations}
    assert not ids & {s.id for s in other.stations}


async def test_an_undeclared_scope_sees_nothing(database: Database, org: Org) -> None:
    async with database.session(RowScope.nothing()) as session:
        assert (await session.scalars(select(Station.id))).all() == []


async def test_a_scoped_session_cannot_write_outside(database: Database, org: Org) -> None:
    a, b = org.stations
    async with database.sessions() as session, session.begin():
        await apply_scope(session, RowScope(company=str(org.company.id), stations=str(a.id)))
        result = await session.execute(text("UPDATE stations SET name = 'x' WHERE id = :b"), {"b": b.id})
        assert result.rowcount == 0  # type: ignore[attr-defined]
        await session.rollback()
