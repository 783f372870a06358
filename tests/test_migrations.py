"""The migrations build the whole schema from an empty database, and match the models."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect

from api.core.db import sync_url
from api.core.migrate import check, heads
from api.models import metadata
from tests.support.services import TestServices


def test_upgrade_head_builds_every_table(services: TestServices) -> None:
    # the session database was empty and built by `alembic upgrade head` in the harness
    engine = create_engine(sync_url(services.database_url))
    try:
        tables = set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    assert set(metadata.tables) <= tables
    assert "alembic_version" in tables


def test_models_hold_no_change_without_a_migration(services: TestServices) -> None:
    check(services.database_url)  # raises when autogenerate would write a new migration


def test_the_migrations_form_one_line() -> None:
    assert len(heads()) == 1, f"several heads: {heads()}; make the newer migration follow the other"
