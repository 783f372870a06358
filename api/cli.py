"""The `forecourt` command.

Heavy imports happen inside commands, so that a station box with only `forecourt[pump-link]`
installed can run `forecourt pump-link ...`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from api.runtime import Services
    from api.settings import Settings


def _settings(**overrides: Any) -> Settings:
    from pydantic import ValidationError

    from api.settings import Settings

    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'settings'}: {e['msg']}" for e in exc.errors())
        raise click.ClickException(f"bad configuration: {problems}") from None


def _services(settings: Settings) -> Services:
    from api.runtime import ConfigurationError, resolve

    try:
        return resolve(settings)
    except ConfigurationError as exc:
        raise click.ClickException(str(exc)) from None


def _logging(settings: Settings, *, json: bool | None = None) -> None:
    from api.core.logging import configure_logging

    configure_logging(settings.log_level, json=settings.log_json if json is None else json)


@click.group()
@click.version_option(package_name="forecourt")
def cli() -> None:
    """Forecourt: the platform that runs fuel stations."""


@cli.command()
@click.option("--host", default=None, help="Interface to listen on (FORECOURT_HOST).")
@click.option("--port", type=int, default=None, help="Port (FORECOURT_PORT).")
@click.option("--workers", type=int, default=1, show_default=True, help="uvicorn worker processes.")
def serve(host: str | None, port: int | None, workers: int) -> None:
    """Serve the API (GraphQL over HTTP and WebSocket, health, metrics, the console)."""
    import uvicorn

    settings = _settings(host=host, port=port)
    services = _services(settings)
    _export_urls(services.settings)
    _logging(services.settings)
    try:
        uvicorn.run("api.asgi:app", host=services.settings.host, port=services.settings.port,
                    workers=workers, log_config=None, ws_per_message_deflate=False,
                    proxy_headers=True, lifespan="on")
    finally:
        services.stop()


@cli.command()
@click.option("--processes", type=int, default=2, show_default=True)
@click.option("--threads", type=int, default=4, show_default=True)
@click.option("--queues", multiple=True, help="Only these queues (default: all).")
def worker(processes: int, threads: int, queues: tuple[str, ...]) -> None:
    """Run Dramatiq worker processes for every actor."""
    settings = _settings()
    services = _services(settings)
    _export_urls(services.settings)
    args = [sys.executable, "-m", "dramatiq", "workers.entry", "--processes", str(processes),
            "--threads", str(threads)]
    if queues:
        args += ["--queues", *queues]
    import subprocess

    try:
        code = subprocess.call(args)
    except KeyboardInterrupt:
        code = 0
    finally:
        services.stop()
    sys.exit(code)


@cli.command()
def scheduler() -> None:
    """Enqueue periodic jobs (one slot per job across every scheduler instance)."""
    import threading

    from workers.broker import configure
    from workers.scheduler import run_scheduler

    settings = _settings()
    services = _services(settings)
    _logging(services.settings)
    assert services.settings.redis_url is not None
    configure(services.settings.redis_url)
    stop = threading.Event()
    try:
        run_scheduler(services.settings.redis_url, stop)
    except KeyboardInterrupt:
        stop.set()
    finally:
        services.stop()


@cli.command()
def services() -> None:
    """Start the embedded PostgreSQL and Redis under the data folder and keep them up until Ctrl-C."""
    import signal

    settings = _settings()
    running = _services(settings)
    click.echo("Embedded services are up. In another shell:")
    click.echo(f"  export FORECOURT_DATABASE_URL='{running.settings.database_url}'")
    click.echo(f"  export FORECOURT_REDIS_URL='{running.settings.redis_url}'")
    click.echo("  forecourt migrate && forecourt serve   # and: forecourt worker")
    try:
        signal.pause()
    except KeyboardInterrupt:
        pass
    finally:
        running.stop()


@cli.command()
def migrate() -> None:
    """Apply every database migration."""
    from api.core.migrate import upgrade

    settings = _settings()
    running = _services(settings)
    try:
        assert running.settings.database_url is not None
        upgrade(running.settings.database_url)
        click.echo("database is at the latest migration")
    finally:
        running.stop()


@cli.command("make-migration")
@click.argument("message")
def make_migration(message: str) -> None:
    """Write a new migration from the difference between the models and the database."""
    from api.core.migrate import revision, upgrade

    running = _services(_settings())
    try:
        assert running.settings.database_url is not None
        upgrade(running.settings.database_url)
        revision(running.settings.database_url, message)
    finally:
        running.stop()


@cli.group()
def ledger() -> None:
    """The ledger: check its invariants on a live database."""


@ledger.command("verify")
def ledger_verify() -> None:
    """Check every transfer balances, every balance equals its entries, every entry continues the last."""
    import asyncio

    from api.core.db import Database
    from api.ledger.service import verify

    running = _services(_settings())

    async def check() -> list[str]:
        assert running.settings.database_url is not None
        database = Database(running.settings.database_url, pool_size=1)
        try:
            async with database.session() as session:
                return await verify(session)
        finally:
            await database.dispose()

    try:
        problems = asyncio.run(check())
    finally:
        running.stop()
    for problem in problems:
        click.echo(problem, err=True)
    if problems:
        raise SystemExit(1)
    click.echo("ledger verified: every invariant holds")


@cli.command("export-schema")
def export_schema() -> None:
    """Print the GraphQL schema (SDL): the published contract in `schema.graphql`."""
    from api.schema import export_sdl

    click.echo(export_sdl(), nl=False)


@cli.command("create-company")
@click.argument("code")
@click.argument("name")
def create_company_command(code: str, name: str) -> None:
    """Create a company (tenant) with its built-in roles."""
    from api.identity.provisioning import create_company

    with _system_session() as session:
        company = create_company(session, code, name)
        click.echo(f"company {company.code} created")


@cli.command("create-user")
@click.argument("username")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
@click.option("--role", required=True, help="Built-in role code (company_admin, cashier...) or a role name.")
@click.option("--station", "stations", multiple=True, help="Station code; repeat; none = the whole company.")
@click.option("--company", default=None, help="Company code (needed when there are several).")
@click.option("--name", default=None, help="Full name (default: the username).")
def create_user_command(username: str, password: str, role: str, stations: tuple[str, ...],
                        company: str | None, name: str | None) -> None:
    """Create a staff user with one role (the first company admin included)."""
    from api.identity.provisioning import UserSpec, create_user

    with _system_session() as session:
        user = create_user(session, UserSpec(username=username, password=password, role=role, name=name,
                                             stations=stations, company=company))
        click.echo(f"user {user.username} created")


@cli.command()
@click.argument("username")
@click.option("--minutes", type=int, default=60, show_default=True, help="Token lifetime.")
def token(username: str, minutes: int) -> None:
    """Print an access token for USERNAME (for scripts and benchmarks)."""
    from api.identity.provisioning import token_for

    settings = _settings()
    with _system_session(settings) as session:
        click.echo(token_for(session, username, secret=settings.secret_key, minutes=minutes, days=1))


@contextmanager
def _system_session(settings: Settings | None = None) -> Iterator[Session]:
    from api.core.db import Database
    from api.identity.provisioning import ProvisioningError

    running = _services(settings or _settings())
    assert running.settings.database_url is not None
    database = Database(running.settings.database_url, pool_size=1)
    try:
        with database.sync_transaction() as session:
            yield session
    except ProvisioningError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        database.sync_engine.dispose()
        running.stop()


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--data-dir", type=click.Path(path_type=Path), default=None,
              help="Where the embedded services keep data (FORECOURT_DATA_DIR, default .data).")
def demo(host: str, port: int, data_dir: Path | None) -> None:
    """Everything in one process on embedded services: API, worker, scheduler, demo data."""
    from api.demo.runner import run_demo

    settings = _settings(host=host, port=port, data_dir=data_dir, log_json=False)
    _logging(settings)
    run_demo(_services(settings))


def _export_urls(settings: Settings) -> None:
    """Child processes (uvicorn workers, dramatiq) read the resolved URLs from the environment."""
    os.environ["FORECOURT_DATABASE_URL"] = str(settings.database_url)
    os.environ["FORECOURT_REDIS_URL"] = str(settings.redis_url)


def _mount_pump_link() -> None:
    try:
        from pump_link.cli import cli as pump_link_cli
    except ImportError:
        return
    cli.add_command(pump_link_cli, "pump-link")
    simulate = pump_link_cli.commands["simulate"]
    cli.add_command(simulate, "simulate")  # `forecourt simulate`: the dispenser simulator, at the top for short


_mount_pump_link()


def main() -> None:
    cli(prog_name="forecourt")
