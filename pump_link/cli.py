"""`forecourt pump-link ...`: the station technician's tools."""

from __future__ import annotations

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
