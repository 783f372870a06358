"""The station box's configuration file (TOML): the platform, the device token, the ports and their dispensers."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pump_link.service.station import DispenserMap, PortConfig


class ConfigError(ValueError):
    """The configuration file is wrong; the message names the key."""


@dataclass(frozen=True)
class StationConfig:
    platform: str
    device_token: str
    outbox: Path
    time_zone: str
    ports: list[PortConfig]
    totalizer_poll_s: float = 300.0


def _require(table: dict[str, Any], key: str, kind: type, where: str) -> Any:
    if key not in table:
        raise ConfigError(f"{where}{key} is missing")
    value = table[key]
    if not isinstance(value, kind):
        raise ConfigError(f"{where}{key} must be a {kind.__name__}")
    return value


def _seconds(table: dict[str, Any], key: str, default: float) -> float:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ConfigError(f"{key} must be a positive number of seconds")
    return float(value)


def load_config(path: Path) -> StationConfig:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from exc
    ports = []
    for i, port in enumerate(_require(data, "ports", list, "")):
        where = f"ports[{i}]."
        dispensers = {}
        for j, dispenser in enumerate(_require(port, "dispensers", list, where)):
            at = f"{where}dispensers[{j}]."
            nozzles = _require(dispenser, "nozzles", dict, at)
            try:
                mapping = {int(k): int(v) for k, v in nozzles.items()}
            except ValueError as exc:
                raise ConfigError(f"{at}nozzles maps dispenser nozzle numbers to station nozzle numbers") from exc
            dispensers[int(_require(dispenser, "address", int, at))] = DispenserMap(
                int(_require(dispenser, "number", int, at)), mapping)
        parity = port.get("parity", "E")
        if parity not in ("N", "E", "O"):
            raise ConfigError(f"{where}parity must be N, E or O")
        ports.append(PortConfig(url=_require(port, "url", str, where), dispensers=dispensers,
                                baud=int(port.get("baud", 9600)), parity=parity,
                                data_bits=int(port.get("data_bits", 8)), stop_bits=int(port.get("stop_bits", 1))))
    return StationConfig(platform=_require(data, "platform", str, ""),
                         device_token=_require(data, "device_token", str, ""),
                         outbox=Path(data.get("outbox", "pump-link-outbox.sqlite")),
                         time_zone=str(data.get("time_zone", "Asia/Shanghai")), ports=ports,
                         totalizer_poll_s=_seconds(data, "totalizer_poll_s", 300.0))
