"""`forecourt pump-link ...`: the station technician's tools."""

from __future__ import annotations

import contextlib
from pathlib import Path

import click

from pump_link.capture import decode_capture


@click.group()
def cli() -> None:
    """The dispenser link: decode line captures."""


@cli.command()
@click.option("--protocol", type=click.Choice(["kajilian"]), default="kajilian", show_default=True)
@click.argument("capture", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def decode(protocol: str, capture: Path) -> None:
    """Print one JSON object per frame line of CAPTURE (the oildata.log format)."""
    with capture.open(encoding="utf-8", errors="replace") as lines:
        for line in decode_capture(lines):
            click.echo(line)


@cli.command()
@click.option("--dispensers", type=int, default=4, show_default=True)
@click.option("--nozzles", type=int, default=2, show_default=True, help="Nozzles per dispenser.")
@click.option("--tick", type=float, default=0.5, show_default=True, help="Seconds between frames.")
def simulate(dispensers: int, nozzles: int, tick: float) -> None:
    """Simulated 卡机联动 dispensers on a pseudo-terminal: prints its path, sells until Ctrl-C."""
    import random

    from pump_link.simulator.dispenser import SimulatedDispenser, SimulatedNozzle
    from pump_link.simulator.pty_link import PtyLine, run

    line = PtyLine()
    sims = [SimulatedDispenser(address=d, nozzles={
        (d - 1) * nozzles + n: SimulatedNozzle((d - 1) * nozzles + n, "1402", 730, random.randint(10**6, 10**8))
        for n in range(1, nozzles + 1)}) for d in range(1, dispensers + 1)]
    click.echo(f"dispensers on {line.path} (Ctrl-C to stop)")
    rng = random.Random()

    def keep_going() -> bool:
        for sim in sims:
            idle = [n for n in sim.nozzles.values() if not n.pumping]
            if idle and rng.random() < 0.02:
                sim.start_sale(rng.choice(idle).number, rng.choice([20_000, 30_000, 41_100]))
        return True

    try:
        run(line, sims, tick_s=tick, keep_going=keep_going)
    except KeyboardInterrupt:
        pass
    finally:
        line.close()


@cli.command("run")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True,
              help="The station's TOML configuration (see infra/station.example.toml).")
def run_service(config_path: Path) -> None:
    """Run the station service: read the dispensers, keep sales durable, feed the platform."""
    import asyncio
    import logging

    from pump_link.service.config import ConfigError, load_config
    from pump_link.service.outbox import Outbox
    from pump_link.service.station import StationService
    from pump_link.service.uplink import Uplink

    try:
        config = load_config(config_path)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")

    async def main() -> None:
        uplink, outbox = Uplink(config.platform, config.device_token), Outbox(config.outbox)
        stop = asyncio.Event()
        try:
            await StationService(config.ports, uplink, outbox, time_zone=config.time_zone).run(stop)
        finally:
            await uplink.close()
            outbox.close()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())
