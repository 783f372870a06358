"""`forecourt demo` / `make run`: the whole platform in one process on the embedded services."""

from __future__ import annotations

import threading
import time

import click
import dramatiq
import uvicorn

from api.app import create_app
from api.core.migrate import upgrade
from api.demo.certification_seed import seed_certification
from api.demo.seed import (
    DEMO_ADMIN,
    DEMO_CARD_HOLDER,
    DEMO_CASHIER,
    DEMO_STATION_CODE,
    demo_password,
    demo_station,
    seed_demo,
)
from api.demo.wechat_sandbox import MINI_PROGRAM_APP_ID
from api.runtime import Services
from api.settings import Settings
from workers import runtime
from workers.broker import configure
from workers.scheduler import run_scheduler

DEFAULT_WECHAT_API = Settings.model_fields["wechat_api_base_url"].default


def run_demo(services: Services) -> None:
    settings = services.settings
    assert settings.database_url is not None and settings.redis_url is not None
    try:
        upgrade(settings.database_url)
        database = runtime.init(settings.database_url)
        password = demo_password(settings.demo_password, settings.data_dir)
        with database.sync_transaction() as session:
            seeded = seed_demo(session, password)
            seed_certification(session, seeded.company.id, DEMO_CARD_HOLDER[0], settings.data_dir)
        from api.demo import station_box, wechat_api, wechat_sandbox  # pump_link is only needed by the demo

        local = "127.0.0.1" if settings.host in ("0.0.0.0", "::") else settings.host  # noqa: S104 (a comparison)
        platform = f"http://{local}:{settings.port}"
        station = demo_station(database)
        wechat = wechat_sandbox.start(database, station, settings.data_key)
        mini_program = wechat_api.start(database, station, settings.data_key)
        if settings.wechat_api_base_url == DEFAULT_WECHAT_API:  # unless pointed at a WeChat server of one's own
            settings.wechat_api_base_url = mini_program.url
        stop_station = station_box.start(database, station, platform, settings.data_dir)
        broker = configure(settings.redis_url)
        worker = dramatiq.Worker(broker, worker_threads=2)
        worker.start()
        stop = threading.Event()
        scheduler = threading.Thread(target=run_scheduler, args=(settings.redis_url, stop),
                                     name="scheduler", daemon=True)
        scheduler.start()
        server = uvicorn.Server(uvicorn.Config(
            create_app(settings, broker=broker), host=settings.host, port=settings.port,
            log_config=None, ws_per_message_deflate=False, lifespan="on",
        ))
        threading.Thread(target=_announce, args=(server, settings.host, settings.port, seeded.created,
                                                 password, wechat.url, settings.wechat_api_base_url),
                         daemon=True).start()
        try:
            server.run()
        finally:
            stop.set()
            stop_station()
            wechat.stop()
            mini_program.stop()
            worker.stop()
            broker.close()
            database.sync_engine.dispose()
    finally:
        services.stop()


def _announce(server: uvicorn.Server, host: str, port: int, first_run: bool, password: str,
              wechat_url: str, wechat_api_url: str) -> None:
    while not server.started:
        if server.should_exit:
            return
        time.sleep(0.05)
    url = f"http://{host}:{port}"
    click.echo("")
    click.echo(f"Forecourt is running at {url}")
    click.echo(f"  admin console  {url}/")
    click.echo(f"  GraphQL        {url}/graphql")
    click.echo("  demo data      " + ("created" if first_run else "kept from the last run"))
    click.echo(f"  sign in        {DEMO_ADMIN} / {password}   (company admin)")
    click.echo(f"                 {DEMO_CASHIER} / {password}   (cashier of station {DEMO_STATION_CODE})")
    click.echo(f"  WeChat Pay     {wechat_url}   (local sandbox: payment codes, JSAPI; "
               "POST sandbox/pay/{prepay_id} pays a prepay)")
    click.echo(f"  mini-program   {url}/mp/graphql   (appid {MINI_PROGRAM_APP_ID}; trusted documents only)")
    click.echo(f"  WeChat API     {wechat_api_url}   (local code2Session; POST sandbox/login-code gives a "
               "wx.login code)")
    click.echo("Press Ctrl-C to stop.")
