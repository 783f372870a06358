"""The station service: one task per serial port, a drainer for the outbox, a flusher for live states.

Per port: bytes -> `KajilianSession` -> events. A completed sale goes to the local outbox (synced to disk)
and only then is confirmed to the dispenser; the drainer delivers the outbox to the platform in order and
removes what the platform acknowledged (a replay is harmless: the platform deduplicates by TTC). Live states
are coalesced per nozzle and sent several times a second, best effort: the next state supersedes a lost one.
Numbers: the dispenser's port address and nozzle number are mapped to the station's dispenser and nozzle
numbers by the configuration.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from pump_link.protocol.events import (
    Event,
    FuelingCompleted,
    FuelingProgress,
    LinkDown,
    LinkUp,
    NozzleState,
    NozzleStateChanged,
)
from pump_link.protocol.kajilian.session import KajilianSession
from pump_link.service.outbox import Outbox
from pump_link.service.uplink import Uplink, UplinkError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DispenserMap:
    number: int  # the dispenser's number on the station
    nozzles: dict[int, int]  # the dispenser's nozzle number (NZN) -> the station's nozzle number


@dataclass(frozen=True)
class PortConfig:
    url: str  # a pyserial URL: /dev/ttyS0, socket://host:port, rfc2217://...
    dispensers: dict[int, DispenserMap]  # port address -> dispenser
    baud: int = 9600
    parity: str = "E"
    data_bits: int = 8
    stop_bits: int = 1


@dataclass
class StationService:
    ports: list[PortConfig]
    uplink: Uplink
    outbox: Outbox
    time_zone: str = "Asia/Shanghai"
    state_interval_s: float = 0.25
    retry_s: float = 1.0
    latest: dict[int, dict[str, Any]] = field(default_factory=dict)
    links: dict[int, bool] = field(default_factory=dict)
    _sequence: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _wake: asyncio.Event = field(default_factory=asyncio.Event)

    async def run(self, stop: asyncio.Event) -> None:
        tasks = [asyncio.create_task(self._port(port, stop)) for port in self.ports]
        tasks += [asyncio.create_task(self._drain(stop)), asyncio.create_task(self._flush(stop))]
        try:
            await stop.wait()
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def _port(self, port: PortConfig, stop: asyncio.Event) -> None:
        import serial_asyncio_fast

        reader, writer = await serial_asyncio_fast.open_serial_connection(
            url=port.url, baudrate=port.baud, parity=port.parity, bytesize=port.data_bits, stopbits=port.stop_bits)
        session = KajilianSession()
        try:
            while not stop.is_set():
                data = await reader.read(4096)
                if not data:
                    break
                for event in session.receive(data):
                    reply = self._handle(port, session, event)
                    if reply:
                        writer.write(reply)
                for reply in session.outgoing:
                    writer.write(reply)
                session.outgoing.clear()
        finally:
            writer.close()

    def _handle(self, port: PortConfig, session: KajilianSession, event: Event) -> bytes:
        mapping = port.dispensers.get(event.dispenser)
        if mapping is None:
            return b""
        if isinstance(event, FuelingCompleted):
            nozzle = mapping.nozzles.get(event.nozzle, event.nozzle)
            ended = event.ended_at.replace(tzinfo=ZoneInfo(self.time_zone))
            self.outbox.put("fueling", {
                "dispenserNumber": mapping.number, "nozzleNumber": nozzle, "ttc": event.ttc,
                "gradeCode": event.grade_code, "volumeMl": event.volume_ml, "unitPriceFen": event.price_fen,
                "amountFen": event.amount_fen, "totalizerMl": event.totalizer_ml, "endedAt": ended.isoformat(),
                "cardNo": event.card_no, "rawFrame": event.raw_frame})
            self._wake.set()
            return session.confirm_bytes(event)  # confirmed only now that the sale is on disk
        if isinstance(event, NozzleStateChanged | FuelingProgress):
            nozzle = mapping.nozzles.get(event.nozzle, event.nozzle)
            current = self.latest.get(nozzle, {"nozzleNumber": nozzle, "state": "IDLE", "amountFen": 0,
                                                "volumeMl": 0, "unitPriceFen": 0})
            if isinstance(event, NozzleStateChanged):
                current["state"] = event.state.name
                if event.state in (NozzleState.IDLE, NozzleState.CALLING, NozzleState.CARD_INSERTED):
                    current.update(amountFen=0, volumeMl=0)
            else:
                current.update(amountFen=event.amount_fen, volumeMl=event.volume_ml, unitPriceFen=event.price_fen)
            current["sequence"] = next(self._sequence)
            current["deviceTime"] = datetime.now(ZoneInfo(self.time_zone)).isoformat()
            self.latest[nozzle] = current
        elif isinstance(event, LinkUp | LinkDown):
            self.links[mapping.number] = isinstance(event, LinkUp)
        return b""

    async def _drain(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            for entry in self.outbox.pending():
                try:
                    result = await self.uplink.record_fueling(entry.payload)
                except UplinkError as exc:
                    log.warning("uplink down, %d sales waiting: %s", len(self.outbox), exc)
                    await asyncio.sleep(self.retry_s)
                    break
                if result.get("errors"):
                    log.error("platform refused sale %s: %s", entry.payload.get("ttc"), result["errors"])
                self.outbox.done(entry.id)
            else:
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self.retry_s)

    async def _flush(self, stop: asyncio.Event) -> None:
        sent: dict[int, int] = {}
        while not stop.is_set():
            await asyncio.sleep(self.state_interval_s)
            batch = [dict(s) for n, s in self.latest.items() if sent.get(n) != s["sequence"]]
            links = [{"dispenserNumber": n, "up": up, "sequence": next(self._sequence)} for n, up in self.links.items()]
            try:
                if links:
                    await self.uplink.report_links(links)
                    self.links.clear()
                if batch:
                    await self.uplink.report_states(batch)
                    sent.update({s["nozzleNumber"]: s["sequence"] for s in batch})
            except UplinkError:
                continue  # live state is best effort: the next batch carries the newest state
