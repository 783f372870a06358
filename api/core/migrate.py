"""Alembic, driven from code: the migrations live in `api/migrations/`."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

from api.core.db import sync_url

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", sync_url(database_url).render_as_string(hide_password=False)
                           .replace("%", "%%"))
    config.set_main_option("file_template", "%%(year)d%%(month).2d%%(day).2d_%%(rev)s_%%(slug)s")
    return config


def upgrade(database_url: str, revision: str = "heads") -> None:
    """Apply the migrations up to `revision`: every head, so that a working tree holding two new migrations
    that both follow the last one still builds (the committed history has one head: a test checks it)."""
    command.upgrade(alembic_config(database_url), revision)


def heads(database_url: str | None = None) -> list[str]:
    """The head revisions of the migration scripts."""
    from alembic.script import ScriptDirectory

    return list(ScriptDirectory.from_config(alembic_config(database_url or "postgresql://")).get_heads())


def check(database_url: str) -> None:
    """Raise when the models hold changes no migration has yet."""
    command.check(alembic_config(database_url))


def revision(database_url: str, message: str) -> None:
    command.revision(alembic_config(database_url), message=message, autogenerate=True)
