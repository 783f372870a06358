"""Alembic environment: migrations run over the sync (psycopg) driver."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from sqlalchemy import create_engine, pool

from api.core.db import UtcDateTime
from api.models import metadata

config = context.config


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    """Render our column types as plain SQLAlchemy ones, so migrations import nothing from the app."""
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run_migrations() -> None:
    url = config.get_main_option("sqlalchemy.url")
    assert url is not None
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=metadata, compare_type=True,
                          compare_server_default=False, render_item=render_item)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run_migrations()
