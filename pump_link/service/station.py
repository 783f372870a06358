"""The station service: one task per serial port, a drainer for the outbox, a sender of live states, a
watcher of the platform's price table, and a reader of the dispensers' totalizers.

Per port: bytes -> `KajilianSession` -> events and replies. A completed sale goes to the local outbox
(synced to disk) and only then is confirmed to the dispenser; the drainer delivers the outbox to the
platform in order and removes what the platform acknowledged (a replay is harmless: the platform
deduplicates by TTC). A port that cannot be opened or fails is reopened every `retry_s`; a dispenser that
falls silent is reported down and its nozzles OFFLINE; on every link up the service reads the dispenser's
totalizers and reports its nozzles idle until its live records say otherwise (after a restart or an
outage the platform holds no stale state).

Live states are coalesced per nozzle: a change is sent at once when no report is in flight, and changes
made meanwhile go in the next batch (best effort: the next state supersedes a lost one). Sequences are
microseconds since the epoch, so they keep increasing across restarts.

Prices: every `price_poll_s` the service fetches the table the platform wants; when it changed, the
service raises its price version (kept in the outbox file across restarts) and offers each dispenser its
table in the 30H replies. When a dispenser reports the table received, the prices go to the outbox and on
to the platform as a confirmation.

Totalizers: the service reads every linked dispenser's electronic totalizers (38H) on its link up, every
`totalizer_poll_s` (5 minutes by default), and whenever the platform asks. The ask is a request the
platform marks on the station (when a shift opens or closes) and the service sees in `totalizersWanted`,
polled with the price table: a standing request makes it read at once; its next report answers it.
Each answer goes to the outbox as a report of the dispenser's nozzles with the station's time of the
reading, and on to the platform like a sale (a replayed reading is stored once there).

Numbers: the dispenser's port address and nozzle number are mapped to the station's dispenser and nozzle
numbers by the configuration.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
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
    PriceApplied,
    TotalizersRead,
)
from pump_link.protocol.kajilian.control import PriceRecord, PriceTable
from pump_link.protocol.kajilian.session import KajilianSession
from pump_link.service.outbox import Outbox
from pump_link.service.uplink import Uplink, UplinkError

log = logging.getLogger(__name__)
HOUSEKEEPING_S = 0.5


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
    retry_s: float = 1.0
    price_poll_s: float = 10.0
    totalizer_poll_s: float = 300.0
    link_timeout_s: float = 3.0
    latest: dict[int, dict[str, Any]] = field(default_factory=dict)
    links: dict[int, bool] = field(default_factory=dict)
    totalizers: dict[tuple[int, int], int] = field(default_factory=dict)  # (dispenser, nozzle) -> ml
    sessions: dict[str, KajilianSession] = field(default_factory=dict)
    _last_sequence: int = 0
    _wake: asyncio.Event = field(default_factory=asyncio.Event)
    _dirty: asyncio.Event = field(default_factory=asyncio.Event)
    _read_now: asyncio.Event = field(default_factory=asyncio.Event)

    def __post_init__(self) -> None:
        for port in self.ports:
            session = KajilianSession(link_timeout_s=self.link_timeout_s, clock=self._local_now)
            version, prices = self.outbox.get("price_version") or 0, self.outbox.get("prices")
            if version and prices:
                known = {int(k): (int(v[0]), str(v[1])) for k, v in prices.items()}
                session.offer_prices(version, self._tables(port, version, known))
            self.sessions[port.url] = session

    async def run(self, stop: asyncio.Event) -> None:
        tasks = [asyncio.create_task(self._port(port, stop)) for port in self.ports]
        tasks += [asyncio.create_task(self._drain(stop)), asyncio.create_task(self._send_states(stop)),
                  asyncio.create_task(self._watch_prices(stop)), asyncio.create_task(self._read_totalizers(stop))]
        try:
            await stop.wait()
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    def _local_now(self) -> datetime:
        """The station's wall clock, as dispensers keep it (no zone)."""
        return datetime.now(ZoneInfo(self.time_zone)).replace(tzinfo=None)

    def _sequence(self) -> int:
        self._last_sequence = max(self._last_sequence + 1, time.time_ns() // 1000)
        return self._last_sequence

    # -- ports --------------------------------------------------------------------------------------
    async def _port(self, port: PortConfig, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self._serve_port(port, stop)
            except (OSError, ValueError) as exc:
                log.warning("port %s: %s; reopening in %.1f s", port.url, exc, self.retry_s)
            self._handle_all(port, self.sessions[port.url].check_links(float("inf")))
            await asyncio.sleep(self.retry_s)

    async def _serve_port(self, port: PortConfig, stop: asyncio.Event) -> None:
        import serial_asyncio_fast

        reader, writer = await serial_asyncio_fast.open_serial_connection(
            url=port.url, baudrate=port.baud, parity=port.parity, bytesize=port.data_bits, stopbits=port.stop_bits)
        session = self.sessions[port.url]
        try:
            while not stop.is_set():
                try:
                    data = await asyncio.wait_for(reader.read(4096), HOUSEKEEPING_S)
                except TimeoutError:
                    data = None
                if data == b"":
                    raise OSError("the port closed")
                events = session.receive(data) if data else []
                events += session.check_links()
                for event in events:
                    reply = self._handle(port, session, event)
                    if reply:
                        writer.write(reply)
                for reply in session.outgoing:
                    writer.write(reply)
                session.outgoing.clear()
        finally:
            writer.close()

    def _handle_all(self, port: PortConfig, events: list[Event]) -> None:
        session = self.sessions[port.url]
        for event in events:
            self._handle(port, session, event)

    def _handle(self, port: PortConfig, session: KajilianSession, event: Event) -> bytes:
        mapping = port.dispensers.get(event.dispenser)
        if mapping is None:
            return b""
        if isinstance(event, FuelingCompleted):
            self._fueling(mapping, event)
            return session.confirm_bytes(event)  # confirmed only now that the sale is on disk
        if isinstance(event, NozzleStateChanged | FuelingProgress):
            self._live(mapping, event)
        elif isinstance(event, LinkUp | LinkDown):
            self.links[mapping.number] = isinstance(event, LinkUp)
            if isinstance(event, LinkUp):
                session.read_totalizers(event.dispenser)
                self._resync(mapping)
            self._dirty.set()
        elif isinstance(event, TotalizersRead):
            self._totalizers(mapping, event)
        elif isinstance(event, PriceApplied):
            self.outbox.put("prices", {"nozzles": [
                {"nozzleNumber": mapping.nozzles.get(event.nozzle, event.nozzle), "unitPriceFen": event.price_fen}]})
            self._wake.set()
        return b""

    def _fueling(self, mapping: DispenserMap, event: FuelingCompleted) -> None:
        ended = event.ended_at.replace(tzinfo=ZoneInfo(self.time_zone))
        self.outbox.put("fueling", {
            "dispenserNumber": mapping.number, "nozzleNumber": mapping.nozzles.get(event.nozzle, event.nozzle),
            "ttc": event.ttc, "gradeCode": event.grade_code, "volumeMl": event.volume_ml,
            "unitPriceFen": event.price_fen, "amountFen": event.amount_fen, "totalizerMl": event.totalizer_ml,
            "endedAt": ended.isoformat(), "cardNo": event.card_no, "rawFrame": event.raw_frame})
        self._wake.set()

    def _totalizers(self, mapping: DispenserMap, event: TotalizersRead) -> None:
        read_at = datetime.now(ZoneInfo(self.time_zone)).isoformat()
        readings = []
        for nozzle, volume in sorted(event.volume_ml_by_nozzle.items()):
            number = mapping.nozzles.get(nozzle, nozzle)
            self.totalizers[(mapping.number, number)] = volume
            readings.append({"nozzleNumber": number, "totalizerMl": volume, "readAt": read_at})
        log.info("dispenser %d totalizers: %s", mapping.number, event.volume_ml_by_nozzle)
        if readings:
            self.outbox.put("totalizers", {"readings": readings})
            self._wake.set()

    def read_totalizers(self) -> None:
        """Read every linked dispenser's totalizers now (the answers arrive as `TotalizersRead`)."""
        self._read_now.set()

    async def _read_totalizers(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._read_now.wait(), self.totalizer_poll_s)
            self._read_now.clear()
            for port in self.ports:
                session = self.sessions[port.url]
                for address in sorted(session.linked & set(port.dispensers)):
                    session.read_totalizers(address)

    def _resync(self, mapping: DispenserMap) -> None:
        """A dispenser (re)appears: each of its nozzles is idle until its live records say otherwise, so the
        platform never keeps a state from before a restart or an outage."""
        now = datetime.now(ZoneInfo(self.time_zone)).isoformat()
        for nozzle in mapping.nozzles.values():
            self.latest[nozzle] = {"nozzleNumber": nozzle, "state": "IDLE", "amountFen": 0, "volumeMl": 0,
                                   "unitPriceFen": self.latest.get(nozzle, {}).get("unitPriceFen", 0),
                                   "sequence": self._sequence(), "deviceTime": now}

    def _live(self, mapping: DispenserMap, event: NozzleStateChanged | FuelingProgress) -> None:
        nozzle = mapping.nozzles.get(event.nozzle, event.nozzle)
        current = self.latest.get(nozzle, {"nozzleNumber": nozzle, "state": "IDLE", "amountFen": 0, "volumeMl": 0,
                                            "unitPriceFen": 0})
        if isinstance(event, NozzleStateChanged):
            current["state"] = event.state.name
            if event.state in (NozzleState.IDLE, NozzleState.CALLING, NozzleState.CARD_INSERTED):
                current.update(amountFen=0, volumeMl=0)
        else:
            current.update(amountFen=event.amount_fen, volumeMl=event.volume_ml, unitPriceFen=event.price_fen)
        current["sequence"] = self._sequence()
        current["deviceTime"] = datetime.now(ZoneInfo(self.time_zone)).isoformat()
        self.latest[nozzle] = current
        self._dirty.set()

    # -- the platform -------------------------------------------------------------------------------
    async def _deliver(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        if kind == "prices":
            return await self.uplink.confirm_prices(payload["nozzles"])
        if kind == "totalizers":
            return await self.uplink.report_totalizers(payload["readings"])
        return await self.uplink.record_fueling(payload)

    async def _drain(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            for entry in self.outbox.pending():
                try:
                    result = await self._deliver(entry.kind, entry.payload)
                except UplinkError as exc:
                    log.warning("uplink down, %d reports waiting: %s", len(self.outbox), exc)
                    await asyncio.sleep(self.retry_s)
                    break
                if result.get("errors"):
                    log.error("platform refused %s %s: %s", entry.kind, entry.payload.get("ttc"), result["errors"])
                self.outbox.done(entry.id)
            else:
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self.retry_s)

    async def _send_states(self, stop: asyncio.Event) -> None:
        sent: dict[int, int] = {}
        while not stop.is_set():
            await self._dirty.wait()
            self._dirty.clear()
            batch = [dict(s) for n, s in self.latest.items() if sent.get(n) != s["sequence"]]
            links = [{"dispenserNumber": n, "up": up, "sequence": self._sequence()} for n, up in self.links.items()]
            try:
                if links:
                    await self.uplink.report_links(links)
                    for link in links:
                        if self.links.get(link["dispenserNumber"]) == link["up"]:
                            del self.links[link["dispenserNumber"]]
                if batch:
                    result = await self.uplink.report_states(batch)
                    if result.get("errors"):
                        log.error("platform refused live states: %s", result["errors"])
                    sent.update({s["nozzleNumber"]: s["sequence"] for s in batch})
            except UplinkError as exc:
                log.warning("live states not sent: %s", exc)
                await asyncio.sleep(self.retry_s)
                self._dirty.set()  # live state is best effort, but the newest one is sent once the link is back

    async def _watch_prices(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                wanted = await self.uplink.fetch_prices()
            except UplinkError as exc:
                log.warning("price table not fetched: %s", exc)
            else:
                self.offer_prices(wanted)
            try:
                if await self.uplink.totalizers_wanted():
                    self.read_totalizers()
            except UplinkError as exc:
                log.warning("totalizer request not polled: %s", exc)
            await asyncio.sleep(self.price_poll_s)

    def offer_prices(self, wanted: dict[int, tuple[int, str]]) -> None:
        """Offer the dispensers `wanted` (station nozzle number -> (price, grade code)) under a new version
        when it differs from what was offered last."""
        known = self.outbox.get("prices")
        if known is not None and {int(k): (int(v[0]), str(v[1])) for k, v in known.items()} == wanted:
            return
        version = (self.outbox.get("price_version") or 0) % 255 + 1  # 1..255; 0 means "no table"
        self.outbox.set("prices", {str(k): list(v) for k, v in wanted.items()})
        self.outbox.set("price_version", version)
        log.info("price table version %d: %s", version, wanted)
        for port in self.ports:
            self.sessions[port.url].offer_prices(version, self._tables(port, version, wanted))

    def _tables(self, port: PortConfig, version: int, wanted: dict[int, tuple[int, str]]) -> dict[int, PriceTable]:
        tables: dict[int, PriceTable] = {}
        now = self._local_now().replace(second=0, microsecond=0)
        for address, mapping in port.dispensers.items():
            records = tuple(PriceRecord(nzn, wanted[number][1], wanted[number][0])
                            for nzn, number in sorted(mapping.nozzles.items()) if number in wanted)
            if records:
                tables[address] = PriceTable(version=version, valid_from=now, current=records, new=records)
        return tables
