"""Row-level security for station-scoped tables, shared by migrations (see the identity migration)."""

from alembic import op


def enable_station_rls(table: str, station_column: str = "station_id") -> None:
    """The table's rows are visible to a session only within its declared company and stations."""
    op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
    op.execute(f"CREATE POLICY {table}_scope ON {table} USING (forecourt_visible(company_id, {station_column})) "
               f"WITH CHECK (forecourt_visible(company_id, {station_column}))")
    op.execute(f"CREATE POLICY {table}_owner ON {table} TO CURRENT_USER USING (true) WITH CHECK (true)")


def disable_station_rls(table: str) -> None:
    op.execute(f"DROP POLICY IF EXISTS {table}_scope ON {table}")
    op.execute(f"DROP POLICY IF EXISTS {table}_owner ON {table}")
    op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")


def enable_company_rls(table: str) -> None:
    """The table's rows belong to a company, not a station: visible to a session of that company only."""
    enable_station_rls(table, "NULL")
