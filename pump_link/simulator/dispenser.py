"""One simulated dispenser, sans-I/O: `tick()` gives the frames it sends, `receive()` takes the PC's replies.

It behaves like the captured one, in dispenser-active mode: while a nozzle is lifted or pumping it sends a
31H every tick (amount, volume, price); when the nozzle hangs up it uploads the sale as 32H and re-sends it
every `resend_ticks` until the PC confirms it with 3CH. Its ledger lists every sale it made, to compare with
what the platform recorded. Faults: `double_billing` adds the previous sale's volume to the totalizer of the
next one (the fault that bills drivers twice); `duplicate_upload` sends each upload twice.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime

from pump_link.protocol.kajilian.framing import Frame, FrameDecoder, encode_frame
from pump_link.protocol.kajilian.messages import (
    CONFIRM,
    NozzleActive,
    Transaction,
    encode_live,
    encode_transaction,
)

PC = 0xE0


@dataclass
class SimulatedNozzle:
    number: int
    grade_code: str
    price_fen: int
    totalizer_ml: int
    volume_ml: int = 0
    target_ml: int = 0
    pumping: bool = False


@dataclass
class Sale:
    ttc: int
    nozzle: int
    volume_ml: int
    amount_fen: int
    totalizer_ml: int


@dataclass
class SimulatedDispenser:
    address: int
    nozzles: dict[int, SimulatedNozzle]
    ttc: int = 40_000
    flow_ml_per_tick: int = 500
    resend_ticks: int = 4
    double_billing: bool = False
    duplicate_upload: bool = False
    rng: random.Random = field(default_factory=random.Random)
    ledger: list[Sale] = field(default_factory=list)
    unconfirmed: dict[int, tuple[bytes, int]] = field(default_factory=dict)  # TTC -> (wire bytes, ticks left)
    frame_number: int = 0
    _decoder: FrameDecoder = field(default_factory=FrameDecoder)
    _last_volume: int = 0

    def start_sale(self, nozzle: int, volume_ml: int) -> None:
        state = self.nozzles[nozzle]
        state.pumping, state.volume_ml, state.target_ml = True, 0, volume_ml

    def _frame(self, data: bytes) -> bytes:
        self.frame_number = (self.frame_number + 1) % 64
        return encode_frame(Frame(dest=PC, src=self.address, ctrl=self.frame_number, data=data))

    def tick(self, now: datetime) -> list[bytes]:
        out: list[bytes] = []
        active = []
        for nozzle in self.nozzles.values():
            if not nozzle.pumping:
                continue
            nozzle.volume_ml = min(nozzle.target_ml, nozzle.volume_ml + self.flow_ml_per_tick)
            amount = (nozzle.volume_ml * nozzle.price_fen + 500) // 1000
            active.append(NozzleActive(nozzle.number, amount, nozzle.volume_ml, nozzle.price_fen))
            if nozzle.volume_ml >= nozzle.target_ml:
                nozzle.pumping = False
                out.append(self._upload(nozzle, amount, now))
        if active:
            out.insert(0, self._frame(encode_live(tuple(a for a in active if a.volume_ml < self.nozzles[
                a.nozzle].target_ml))))
        for ttc, (wire, left) in list(self.unconfirmed.items()):
            if left <= 0:
                out.append(wire)  # not confirmed yet: send it again
                self.unconfirmed[ttc] = (wire, self.resend_ticks)
            else:
                self.unconfirmed[ttc] = (wire, left - 1)
        return out

    def _upload(self, nozzle: SimulatedNozzle, amount: int, now: datetime) -> bytes:
        self.ttc += 1
        extra = self._last_volume if self.double_billing else 0
        nozzle.totalizer_ml += nozzle.volume_ml + extra
        self._last_volume = nozzle.volume_ml
        sale = Transaction(ttc=self.ttc, t_type=0x07, time=now.replace(microsecond=0), card_no="0" * 20,
                           balance_fen=0, amount_fen=amount, nozzle=nozzle.number, grade_code=nozzle.grade_code,
                           volume_ml=nozzle.volume_ml, price_fen=nozzle.price_fen,
                           volume_total_ml=nozzle.totalizer_ml, security=b"")
        self.ledger.append(Sale(self.ttc, nozzle.number, nozzle.volume_ml, amount, nozzle.totalizer_ml))
        wire = self._frame(encode_transaction(sale))
        self.unconfirmed[self.ttc] = (wire, self.resend_ticks)
        return wire + wire if self.duplicate_upload else wire

    def receive(self, data: bytes) -> None:
        """Take the PC's bytes: a 3CH confirming a 32H ends its re-sending."""
        for frame in self._decoder.feed(data):
            if isinstance(frame, Frame) and frame.command == CONFIRM and len(frame.data) >= 3 and frame.data[2] == 0:
                confirmed = [ttc for ttc, (wire, _) in self.unconfirmed.items()
                             if FrameDecoder().feed(wire)[0].ctrl & 0x3F == frame.ctrl & 0x3F]  # type: ignore[union-attr]
                for ttc in confirmed:
                    del self.unconfirmed[ttc]
