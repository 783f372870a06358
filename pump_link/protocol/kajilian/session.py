"""One serial port's 卡机联动 conversation, PC side, sans-I/O: bytes in -> normalised events and replies out.

Dispenser-active mode: each dispenser polls with 30H and the session answers at once with the PC's clock
and the price-table version (`price_version`); the dispenser then pushes 31H (live records) and 32H
(transactions), and downloads the price table (33H/34H) when its version differs. Replies to write are
queued in `outgoing`.

- 31H become nozzle state changes (through the shared state table) and fueling progress.
- A 32H sale becomes `FuelingCompleted`; it is confirmed (3CH) only when the caller has stored it durably
  and asks `confirm_bytes(event)`. Until then the dispenser re-sends it. A TTC already confirmed is
  confirmed again at once and produces nothing (the confirmation was lost on the line).
- A 32H "price received" record becomes one `PriceApplied` per nozzle, from the table this session served.
  Other non-sale records (staff logon/logoff...) are confirmed at once.
- A gap in a dispenser's TTCs makes the session read the missing records (3EH); a 3FH answer counts them
  as `missing`.
- `read_totalizers(address)` asks a dispenser for its totalizers (38H -> `TotalizersRead`).
- `check_links(now)`: a dispenser silent for `link_timeout_s` is down and its nozzles OFFLINE.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from pump_link.protocol.errors import ProtocolError
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
from pump_link.protocol.kajilian import control
from pump_link.protocol.kajilian.framing import PC_INITIATED, Frame, FrameDecoder, FrameError, encode_frame
from pump_link.protocol.kajilian.messages import (
    LIVE,
    TRANSACTION,
    CardInserted,
    NozzleActive,
    Transaction,
    confirmation,
    parse_live,
    parse_transaction,
)
from pump_link.protocol.nozzle_state import Observation, next_state

PC = 0xE0
SALE_TYPES = {0, 1, 3, 4, 7}  # normal, escape card, make-up debit, supplement, non-card
PRICE_RECEIVED = 8
REMEMBERED_TTCS = 4096  # confirmed TTCs remembered to answer re-sends without a second event
MAX_GAP_READS = 32  # stored records read back at most per gap


@dataclass
class KajilianSession:
    pc_address: int = PC
    link_timeout_s: float = 3.0
    price_version: int = 0  # 0 = no table to offer
    price_tables: dict[int, control.PriceTable] = field(default_factory=dict)  # dispenser -> table
    clock: Callable[[], datetime] = datetime.now
    decoder: FrameDecoder = field(default_factory=FrameDecoder)
    states: dict[tuple[int, int], NozzleState] = field(default_factory=dict)
    linked: set[int] = field(default_factory=set)
    last_seen: dict[int, float] = field(default_factory=dict)
    last_ttc: dict[int, int] = field(default_factory=dict)
    pending: dict[tuple[int, int], Frame] = field(default_factory=dict)  # (dispenser, TTC) -> 32H to confirm
    confirmed: OrderedDict[tuple[int, int], None] = field(default_factory=OrderedDict)
    served: dict[int, control.PriceTable] = field(default_factory=dict)  # the table each dispenser downloaded
    missing: list[tuple[int, int]] = field(default_factory=list)
    outgoing: list[bytes] = field(default_factory=list)
    _frame_number: int = 0

    def receive(self, data: bytes, now: float | None = None) -> list[Event]:
        now = time.monotonic() if now is None else now
        events: list[Event] = []
        for item in self.decoder.feed(data):
            if isinstance(item, FrameError):
                continue  # counted by the decoder; the dispenser re-sends what matters
            try:
                events += self._frame(item, now)
            except ProtocolError:
                self.decoder.errors += 1
        return events

    def _send(self, dispenser: int, data: bytes, *, answering: Frame | None = None) -> None:
        if answering is not None:
            ctrl = answering.ctrl & 0x3F
        else:
            self._frame_number = (self._frame_number + 1) % 64
            ctrl = PC_INITIATED | self._frame_number
        self.outgoing.append(encode_frame(Frame(dest=dispenser, src=self.pc_address, ctrl=ctrl, data=data)))

    def _frame(self, frame: Frame, now: float) -> list[Event]:
        dispenser = frame.src
        events: list[Event] = []
        self.last_seen[dispenser] = now
        if dispenser not in self.linked:
            self.linked.add(dispenser)
            events.append(LinkUp(dispenser))
        command = frame.command
        if command == control.POLL:
            reply = control.PollReply(pc_time=self.clock(), price_version=self.price_version)
            self._send(dispenser, reply.encode(), answering=frame)
        elif command == LIVE:
            events += self._live(dispenser, parse_live(frame.data).records)
        elif command == TRANSACTION:
            events += self._transaction(dispenser, frame)
        elif command == control.DOWNLOAD_START:
            self._send(dispenser, control.download_start_reply(frame.data, self._blob(dispenser)), answering=frame)
        elif command == control.DOWNLOAD:
            self._send(dispenser, control.download_reply(frame.data, self._blob(dispenser)), answering=frame)
        elif command == control.TOTALIZERS:
            events.append(TotalizersRead(dispenser, control.parse_totalizers(frame.data)))
        elif command == control.NO_TRANSACTION:
            self.missing.append((dispenser, control.parse_no_transaction(frame.data)))
        return events

    def _blob(self, dispenser: int) -> bytes:
        table = self.price_tables.get(dispenser)
        if table is None:
            return b""
        self.served[dispenser] = table
        return table.encode()

    def _observe(self, dispenser: int, nozzle: int, observation: Observation) -> list[Event]:
        previous = self.states.get((dispenser, nozzle), NozzleState.IDLE)
        state = next_state(previous, observation)
        self.states[(dispenser, nozzle)] = state
        return [NozzleStateChanged(dispenser, nozzle, previous, state)] if state is not previous else []

    def _live(self, dispenser: int, records: tuple[CardInserted | NozzleActive, ...]) -> list[Event]:
        events: list[Event] = []
        present = set()
        for record in records:
            present.add(record.nozzle)
            if isinstance(record, CardInserted):
                events += self._observe(dispenser, record.nozzle, Observation.CARD)
            else:
                events += self._observe(dispenser, record.nozzle,
                                        Observation.FLOWING if record.fueling else Observation.LIFTED)
                if record.fueling:
                    events.append(FuelingProgress(dispenser, record.nozzle, record.amount_fen, record.volume_ml,
                                                  record.price_fen))
        for (port, nozzle), state in list(self.states.items()):
            if port == dispenser and nozzle not in present and state is not NozzleState.IDLE:
                events += self._observe(dispenser, nozzle, Observation.ABSENT)
        return events

    def _transaction(self, dispenser: int, frame: Frame) -> list[Event]:
        sale = parse_transaction(frame.data)
        self._check_gap(dispenser, sale.ttc)
        key = (dispenser, sale.ttc)
        if key in self.confirmed:
            self.outgoing.append(encode_frame(confirmation(frame)))
            return []
        kind = sale.t_type & 0x0F
        if kind == PRICE_RECEIVED:
            self._remember(key)
            self.outgoing.append(encode_frame(confirmation(frame)))
            return self._price_received(dispenser, sale)
        if kind not in SALE_TYPES or sale.volume_ml == 0:
            self._remember(key)
            self.outgoing.append(encode_frame(confirmation(frame)))
            return []
        self.pending[key] = frame
        events = self._observe(dispenser, sale.nozzle, Observation.TRANSACTION)
        card = sale.card_no if sale.card_no.strip("0") else None
        events.append(FuelingCompleted(
            dispenser=dispenser, nozzle=sale.nozzle, ttc=sale.ttc, grade_code=sale.grade_code,
            volume_ml=sale.volume_ml, price_fen=sale.price_fen, amount_fen=sale.amount_fen,
            totalizer_ml=sale.volume_total_ml, ended_at=sale.time, card_no=card,
            raw_frame=encode_frame(frame).hex(" ").upper()))
        return events

    def _price_received(self, dispenser: int, record: Transaction) -> list[Event]:
        table = self.served.get(dispenser)
        if table is None:
            return []
        prices = table.prices_at(record.time)
        return [PriceApplied(dispenser, nozzle, price) for nozzle, price in sorted(prices.items())]

    def _check_gap(self, dispenser: int, ttc: int) -> None:
        last = self.last_ttc.get(dispenser)
        if last is not None and ttc > last + 1:
            for missing in range(max(last + 1, ttc - MAX_GAP_READS), ttc):
                self._send(dispenser, control.read_transaction(missing))
        if last is None or ttc > last:
            self.last_ttc[dispenser] = ttc

    def _remember(self, key: tuple[int, int]) -> None:
        self.confirmed[key] = None
        while len(self.confirmed) > REMEMBERED_TTCS:
            self.confirmed.popitem(last=False)

    def confirm_bytes(self, sale: FuelingCompleted) -> bytes:
        """The 3CH to send once `sale` is stored durably (empty when it was already confirmed)."""
        key = (sale.dispenser, sale.ttc)
        frame = self.pending.pop(key, None)
        if frame is None:
            return b""
        self._remember(key)
        return encode_frame(confirmation(frame))

    def read_totalizers(self, dispenser: int) -> None:
        """Ask `dispenser` for its totalizers; the answer arrives as `TotalizersRead`."""
        self._send(dispenser, control.read_totalizers())

    def offer_prices(self, version: int, tables: dict[int, control.PriceTable]) -> None:
        """From now on the 30H replies announce `version`; dispensers holding another download their table."""
        self.price_version, self.price_tables = version, tables

    def check_links(self, now: float | None = None) -> list[Event]:
        """Link down for every dispenser silent for longer than the timeout."""
        now = time.monotonic() if now is None else now
        events: list[Event] = []
        for dispenser in sorted(self.linked):
            if now - self.last_seen.get(dispenser, now) > self.link_timeout_s:
                events += self.link_down(dispenser)
        return events

    def link_down(self, dispenser: int) -> list[Event]:
        self.linked.discard(dispenser)
        events: list[Event] = [LinkDown(dispenser)]
        for (port, nozzle) in list(self.states):
            if port == dispenser:
                events += self._observe(dispenser, nozzle, Observation.LINK_DOWN)
        return events
