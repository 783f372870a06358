from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pump_link.cli import cli
from pump_link.service.config import ConfigError, load_config

EXAMPLE = Path(__file__).resolve().parents[2] / "infra" / "station.example.toml"


def test_the_example_configuration_loads() -> None:
    config = load_config(EXAMPLE)
    assert config.ports[0].url == "/dev/ttyS0" and config.ports[0].parity == "E"
    assert config.ports[0].dispensers[1].number == 1 and config.ports[0].dispensers[1].nozzles == {1: 1, 2: 2}


def test_errors_name_the_key(tmp_path: Path) -> None:
    path = tmp_path / "station.toml"
    path.write_text('platform = "http://x"\ndevice_token = "t"\n[[ports]]\nurl = "/dev/ttyS0"\nparity = "X"\n'
                    "[[ports.dispensers]]\naddress = 1\nnozzles = {}\n")
    with pytest.raises(ConfigError, match=r"ports\[0\]\.dispensers\[0\]\.number is missing"):
        load_config(path)
    result = CliRunner().invoke(cli, ["run", "--config", str(path)])
    assert result.exit_code == 1 and "number is missing" in result.output


def test_the_totalizer_poll_is_configured_in_seconds_and_must_be_positive(tmp_path: Path) -> None:
    assert load_config(EXAMPLE).totalizer_poll_s == 300.0
    path = tmp_path / "station.toml"
    path.write_text('platform = "http://x"\ndevice_token = "t"\ntotalizer_poll_s = 0\nports = []\n')
    with pytest.raises(ConfigError, match="totalizer_poll_s must be a positive number of seconds"):
        load_config(path)
