"""`forecourt pump-link ...`: the station technician's tools."""

from __future__ import annotations

import contextlib
from pathlib import Path

import click

from pump_link.capture import decode_capture


@click.group(invoke_without_command=True)
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Run the station service with this configuration (same as `run --config`).")
@click.pass_context
def cli(ctx: click.Context, config_path: Path | None) -> None:
    """The dispenser link: the station service, simulated dispensers, line captures."""
    if ctx.invoked_subcommand is None:
        if config_path is None:
            click.echo(ctx.get_help())
            return
        ctx.invoke(run_service, config_path=config_path)


@cli.command()
@click.option("--protocol", type=click.Choice(["kajilian"]), default="kajilian", show_default=True)
@click.argument("capture", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def decode(protocol: str, capture: Path) -> None:
    """Print one JSON object per frame line of CAPTURE (the oildata.log format)."""
    with capture.open(encoding="utf-8", errors="replace") as lines:
        for line in decode_capture(lines):
            click.echo(line)


@cli.command()
@click.option("--dispensers", type=int, default=4, show_default=True, help="Dispensers per line.")
@click.option("--nozzles", type=int, default=2, show_default=True, help="Nozzles per dispenser.")
@click.option("--lines", type=int, default=1, show_default=True, help="Lines (pseudo-terminals or TCP ports).")
@click.option("--tcp", "tcp_port", type=int, default=None, help="Listen on TCP ports from this one instead of ptys.")
@click.option("--tick", type=float, default=0.5, show_default=True, help="Seconds between polls.")
@click.option("--baud", type=int, default=None, help="Pace the line like this baud rate.")
@click.option("--sale-rate", type=float, default=0.02, show_default=True, help="Chance per tick an idle nozzle sells.")
@click.option("--bad-crc", type=float, default=0.0, help="Share of frames with a corrupted byte.")
@click.option("--truncate", type=float, default=0.0, help="Share of frames cut short.")
@click.option("--noise", type=float, default=0.0, help="Share of frames preceded by junk bytes.")
@click.option("--duplicate-upload", is_flag=True, help="Send every transaction record twice.")
@click.option("--double-billing", is_flag=True, help="Add each sale's volume to the next sale's totalizer.")
@click.option("--link-drop", type=float, default=0.0, help="Chance per tick that a line goes silent a few ticks.")
@click.option("--power-loss", type=float, default=0.0, help="Chance per tick that a dispenser loses power a few ticks.")
@click.option("--ledger", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write every sale made, one JSON object per line, when stopped.")
def simulate(dispensers: int, nozzles: int, lines: int, tcp_port: int | None, tick: float, baud: int | None,
             sale_rate: float, bad_crc: float, truncate: float, noise: float, duplicate_upload: bool,
             double_billing: bool, link_drop: float, power_loss: float, ledger: Path | None) -> None:
    """Simulated 卡机联动 dispensers: prints each line's path, sells until Ctrl-C."""
    import dataclasses
    import json
    import threading

    from pump_link.simulator.dispenser import Faults
    from pump_link.simulator.forecourt import SalesPlan, SimulatedLine, dispensers_for
    from pump_link.simulator.line import Line, PtyLine, TcpLine

    running: list[SimulatedLine] = []
    for index in range(lines):
        line: Line = TcpLine(port=tcp_port + index, baud=baud) if tcp_port else PtyLine(baud=baud)
        sims = dispensers_for(dispensers, nozzles, first_address=index * dispensers + 1, faults=Faults(
            bad_crc=bad_crc, truncate=truncate, noise=noise, duplicate_upload=duplicate_upload,
            double_billing=double_billing, link_drop=link_drop, power_loss=power_loss))
        running.append(SimulatedLine(line, sims, tick_s=tick, plan=SalesPlan(rate=sale_rate)).start())
        addresses = ", ".join(str(s.address) for s in sims)
        click.echo(f"line {index + 1}: {line.path} (dispenser addresses {addresses}; Ctrl-C to stop)")
    with contextlib.suppress(KeyboardInterrupt):
        threading.Event().wait()
    for simulated in running:
        simulated.stop()
    if ledger is not None:
        with ledger.open("w", encoding="utf-8") as out:
            for simulated in running:
                for sim in simulated.dispensers:
                    for sale in sim.ledger:
                        out.write(json.dumps({"address": sim.address, **dataclasses.asdict(sale)}) + "\n")


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
            await StationService(config.ports, uplink, outbox, time_zone=config.time_zone,
                                 totalizer_poll_s=config.totalizer_poll_s).run(stop)
        finally:
            await uplink.close()
            outbox.close()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())
