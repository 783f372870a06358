"""One serial port's 卡机联动 conversation, sans-I/O: bytes in -> normalised events out.

Dispenser-active mode: the dispenser pushes 31H (live records) and 32H (completed transactions). The
session keeps each nozzle's state with the shared state table, turns 31H into state changes and progress,
and 32H sales into `FuelingCompleted`. A 32H must be confirmed (3CH) only once the caller has stored the
sale durably: `confirm_bytes(event)` gives the bytes to send then; until confirmed, the dispenser re-sends
it (the platform deduplicates by TTC). Non-sale records (staff logon/logoff, price received) are confirmed
at once and produce no sale.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pump_link.protocol.errors import ProtocolError
from pump_link.protocol.events import (
    Event,
    FuelingCompleted,
    FuelingProgress,
    LinkDown,
    LinkUp,
    NozzleState,
    NozzleStateChanged,
)
from pump_link.protocol.kajilian.framing import Frame, FrameDecoder, FrameError, encode_frame
from pump_link.protocol.kajilian.messages import (
    LIVE,
    TRANSACTION,
    CardInserted,
    NozzleActive,
    confirmation,
    parse_live,
    parse_transaction,
)
from pump_link.protocol.nozzle_state import Observation, next_state

SALE_TYPES = {0, 1, 3, 4, 7}  # normal, escape card, make-up debit, supplement, non-card


@dataclass
class KajilianSession:
    decoder: FrameDecoder = field(default_factory=FrameDecoder)
    states: dict[tuple[int, int], NozzleState] = field(default_factory=dict)
    linked: set[int] = field(default_factory=set)
    pending: dict[int, Frame] = field(default_factory=dict)  # TTC -> the 32H frame awaiting confirmation
    outgoing: list[bytes] = field(default_factory=list)  # replies to write now (non-sale confirmations)

    def receive(self, data: bytes) -> list[Event]:
        events: list[Event] = []
        for item in self.decoder.feed(data):
            if isinstance(item, FrameError):
                continue  # counted by the decoder; the dispenser re-sends what matters
            try:
                events += self._frame(item)
            except ProtocolError:
                self.decoder.errors += 1
        return events

    def _frame(self, frame: Frame) -> list[Event]:
        dispenser = frame.src
        events: list[Event] = []
        if dispenser not in self.linked:
            self.linked.add(dispenser)
            events.append(LinkUp(dispenser))
        if frame.command == LIVE:
            events += self._live(dispenser, parse_live(frame.data).records)
        elif frame.command == TRANSACTION:
            events += self._transaction(dispenser, frame)
        return events

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
        if sale.t_type & 0x0F not in SALE_TYPES or sale.volume_ml == 0:
            self.outgoing.append(encode_frame(confirmation(frame)))
            return []
        self.pending[sale.ttc] = frame
        events = self._observe(dispenser, sale.nozzle, Observation.TRANSACTION)
        card = sale.card_no if sale.card_no.strip("0") else None
        events.append(FuelingCompleted(
            dispenser=dispenser, nozzle=sale.nozzle, ttc=sale.ttc, grade_code=sale.grade_code,
            volume_ml=sale.volume_ml, price_fen=sale.price_fen, amount_fen=sale.amount_fen,
            totalizer_ml=sale.volume_total_ml, ended_at=sale.time, card_no=card,
            raw_frame=encode_frame(frame).hex(" ").upper()))
        return events

    def confirm_bytes(self, sale: FuelingCompleted) -> bytes:
        """The 3CH to send once `sale` is stored durably (empty when it was already confirmed)."""
        frame = self.pending.pop(sale.ttc, None)
        return encode_frame(confirmation(frame)) if frame is not None else b""

    def link_down(self, dispenser: int) -> list[Event]:
        """The caller saw no frame from `dispenser` within its timeout."""
        self.linked.discard(dispenser)
        events: list[Event] = [LinkDown(dispenser)]
        for (port, nozzle) in list(self.states):
            if port == dispenser:
                events += self._observe(dispenser, nozzle, Observation.LINK_DOWN)
        return events
