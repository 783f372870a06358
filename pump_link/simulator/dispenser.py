"""One simulated 卡机联动 dispenser, sans-I/O: `tick(now)` gives the bytes it sends, `receive(data, now)` takes
the PC's bytes and gives its immediate answers.

It behaves like the firmware in dispenser-active mode. Every tick it polls with 30H; the PC's 30H answer
makes it send its 31H live records (card inserted, lifted, fueling with amount, volume and price). A
nozzle goes card (for card sales) -> lifted -> fueling at `flow_ml_per_tick` -> hung up; the sale is then
stored (TTC, non-volatile) and uploaded as 32H, re-sent every `resend_ticks` until the PC confirms it with
3CH. A price version in the 30H answer different from its own makes it download the price table
(33H, then 34H segments); the new prices apply from the table's valid time, never to a sale in progress,
and it uploads a "price received" record. It answers 38H (totalizers) and 3EH (a stored record, or 3FH).

`ledger` lists every sale it made, to compare with what the platform recorded. Faults: `faults` (bad CRC,
truncated frames, line noise, duplicate uploads, double billing: one sale's volume added to the next
one's totalizer, random link drops and power failures), `drop_link(ticks)` (silent line; the dispenser
keeps selling), `power_loss(ticks)` (mid-sale: the sale ends where it is, survives, and is uploaded when
power returns), `unrecorded_sale(nozzle, volume_ml)` (fuel pumped that no record reports: the totalizer
moves, nothing else), totalizer rollover at `totalizer_modulus_ml`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime

from pump_link.protocol.kajilian import control
from pump_link.protocol.kajilian.framing import Frame, FrameDecoder, encode_frame
from pump_link.protocol.kajilian.messages import (
    CONFIRM,
    CardInserted,
    NozzleActive,
    Transaction,
    encode_live,
    encode_transaction,
)

PC = 0xE0
TOTALIZER_MODULUS_ML = 2**32 * 10  # a 4-byte centilitre counter wraps here
SEGMENTS_PER_REQUEST = 8
SALE, STAFF_LOGON, STAFF_LOGOFF, PRICE_RECEIVED = 0x07, 0x05, 0x06, 0x08
CARD_SALE = 0x00


@dataclass
class Faults:
    bad_crc: float = 0.0  # share of frames sent with a corrupted byte
    truncate: float = 0.0  # share of frames cut short
    noise: float = 0.0  # share of frames preceded by junk bytes
    duplicate_upload: bool = False  # every 32H sent twice
    double_billing: bool = False  # the previous sale's volume added to the next sale's totalizer
    link_drop: float = 0.0  # chance per tick that the line goes silent for a few ticks
    power_loss: float = 0.0  # chance per tick that power fails (mid-sale if one is running) for a few ticks


@dataclass
class Card:
    card_no: str  # 20 digits
    balance_fen: int


@dataclass
class SimulatedNozzle:
    number: int
    grade_code: str
    price_fen: int
    totalizer_ml: int
    phase: str = "idle"  # idle, card, lifted, fueling
    volume_ml: int = 0
    target_ml: int = 0
    sale_price_fen: int = 0
    card: Card | None = None
    phase_ticks: int = 0


@dataclass
class Sale:
    ttc: int
    nozzle: int
    volume_ml: int
    amount_fen: int
    totalizer_ml: int
    price_fen: int = 0
    card_no: str | None = None


@dataclass
class SimulatedDispenser:
    address: int
    nozzles: dict[int, SimulatedNozzle]
    ttc: int = 40_000
    flow_ml_per_tick: int = 500
    resend_ticks: int = 4
    download_after: int = 2  # polls announcing another price version before downloading (anti-flap)
    totalizer_modulus_ml: int = TOTALIZER_MODULUS_ML
    faults: Faults = field(default_factory=Faults)
    rng: random.Random = field(default_factory=random.Random)
    ledger: list[Sale] = field(default_factory=list)
    records: dict[int, bytes] = field(default_factory=dict)  # TTC -> 32H data, the non-volatile store
    unconfirmed: dict[int, int] = field(default_factory=dict)  # TTC -> ticks until re-sent
    price_version: int = 0
    price_table: control.PriceTable | None = None
    frame_number: int = 0
    silent_ticks: int = 0  # the line is dead for this many more ticks
    off_ticks: int = 0  # no power for this many more ticks
    _sent_numbers: dict[int, int] = field(default_factory=dict)  # frame number -> TTC of the 32H it carried
    _decoder: FrameDecoder = field(default_factory=FrameDecoder)
    _last_volume: int = 0
    _version_seen: int = 0
    _mismatches: int = 0
    _download: tuple[int, bytearray] | None = None  # (total length, received so far)
    _download_asked: bool = False

    # -- the forecourt ------------------------------------------------------------------------------
    def start_sale(self, nozzle: int, volume_ml: int, card: Card | None = None) -> None:
        state = self.nozzles[nozzle]
        state.phase = "card" if card else "lifted"
        state.volume_ml, state.target_ml, state.card, state.phase_ticks = 0, volume_ml, card, 0
        state.sale_price_fen = state.price_fen  # fixed for the whole sale

    def busy(self, nozzle: int) -> bool:
        return self.nozzles[nozzle].phase != "idle"

    def staff_record(self, now: datetime, *, logon: bool) -> None:
        self._store(STAFF_LOGON if logon else STAFF_LOGOFF, now, nozzle=min(self.nozzles), volume_ml=0,
                    amount_fen=0, price_fen=0)

    def unrecorded_sale(self, nozzle: int, volume_ml: int) -> None:
        """Fuel leaves the nozzle without a transaction record (a lost record, a meter tampered with): only
        the totalizer shows it."""
        state = self.nozzles[nozzle]
        state.totalizer_ml = (state.totalizer_ml + volume_ml) % self.totalizer_modulus_ml

    def drop_link(self, ticks: int) -> None:
        self.silent_ticks = ticks

    def power_loss(self, ticks: int, now: datetime) -> None:
        """Power fails: sales in progress end where they are (the firmware saves them), nothing is sent."""
        for nozzle in self.nozzles.values():
            if nozzle.phase == "fueling" and nozzle.volume_ml > 0:
                self._complete(nozzle, now)
            nozzle.phase = "idle"
        self.off_ticks = ticks
        self._download, self._download_asked = None, False

    # -- the line -----------------------------------------------------------------------------------
    def _frame(self, data: bytes) -> bytes:
        self.frame_number = (self.frame_number + 1) % 64
        wire = encode_frame(Frame(dest=PC, src=self.address, ctrl=self.frame_number, data=data))
        return self._damage(wire)

    def _answer(self, request: Frame, data: bytes) -> bytes:
        return self._damage(encode_frame(Frame(dest=request.src, src=self.address, ctrl=request.ctrl, data=data)))

    def _damage(self, wire: bytes) -> bytes:
        faults = self.faults
        if faults.noise and self.rng.random() < faults.noise:
            wire = bytes(self.rng.randrange(256) for _ in range(self.rng.randint(1, 6))).replace(b"\xfa", b"") + wire
        if faults.bad_crc and self.rng.random() < faults.bad_crc:
            damaged = bytearray(wire)
            at = self.rng.randrange(7, len(damaged))
            damaged[at] = damaged[at] ^ 0x01 if damaged[at] not in (0xFA, 0xFB) else damaged[at]
            wire = bytes(damaged)
        if faults.truncate and self.rng.random() < faults.truncate:
            wire = wire[:self.rng.randrange(1, len(wire))]
        return wire

    def tick(self, now: datetime) -> list[bytes]:
        if self.off_ticks > 0:  # no power: nothing moves
            self.off_ticks -= 1
            return []
        if self.faults.power_loss and self.rng.random() < self.faults.power_loss:
            self.power_loss(self.rng.randint(5, 20), now)
            return []
        if self.faults.link_drop and self.rng.random() < self.faults.link_drop:
            self.drop_link(self.rng.randint(5, 20))
        self._apply_due_prices(now)
        for nozzle in self.nozzles.values():
            self._advance(nozzle, now)
        if self.silent_ticks > 0:  # the line is dead: the dispenser sells on, nothing gets through
            self.silent_ticks -= 1
            return []
        out = [self._frame(bytes([control.POLL]))]
        for ttc, left in list(self.unconfirmed.items()):
            if left <= 0:
                out.append(self._upload(ttc))
            else:
                self.unconfirmed[ttc] = left - 1
        out += self._download_step()
        return out

    def _advance(self, nozzle: SimulatedNozzle, now: datetime) -> None:
        nozzle.phase_ticks += 1
        if nozzle.phase == "card" and nozzle.phase_ticks >= 2:
            nozzle.phase, nozzle.phase_ticks = "lifted", 0
        elif nozzle.phase == "lifted" and nozzle.phase_ticks >= 2:
            nozzle.phase, nozzle.phase_ticks = "fueling", 0
        elif nozzle.phase == "fueling":
            nozzle.volume_ml = min(nozzle.target_ml, nozzle.volume_ml + self.flow_ml_per_tick)
            if nozzle.volume_ml >= nozzle.target_ml:
                self._complete(nozzle, now)
                nozzle.phase = "idle"

    @staticmethod
    def _amount(nozzle: SimulatedNozzle) -> int:
        return (nozzle.volume_ml * nozzle.sale_price_fen + 500) // 1000

    def _live(self) -> bytes:
        records: list[CardInserted | NozzleActive] = []
        for nozzle in self.nozzles.values():
            if nozzle.phase == "card" and nozzle.card:
                records.append(CardInserted(nozzle.number, nozzle.card.card_no, 0x0000, nozzle.card.balance_fen))
            elif nozzle.phase in ("lifted", "fueling"):
                records.append(NozzleActive(nozzle.number, self._amount(nozzle), nozzle.volume_ml,
                                            nozzle.sale_price_fen))
        return self._frame(encode_live(tuple(records)))

    # -- records ------------------------------------------------------------------------------------
    def _complete(self, nozzle: SimulatedNozzle, now: datetime) -> None:
        amount = self._amount(nozzle)
        extra = self._last_volume if self.faults.double_billing else 0
        nozzle.totalizer_ml = (nozzle.totalizer_ml + nozzle.volume_ml + extra) % self.totalizer_modulus_ml
        self._last_volume = nozzle.volume_ml
        card = nozzle.card
        if card:
            card.balance_fen -= amount
        ttc = self._store(CARD_SALE if card else SALE, now, nozzle=nozzle.number, volume_ml=nozzle.volume_ml,
                          amount_fen=amount, price_fen=nozzle.sale_price_fen, card=card)
        self.ledger.append(Sale(ttc, nozzle.number, nozzle.volume_ml, amount, nozzle.totalizer_ml,
                                nozzle.sale_price_fen, card.card_no if card else None))
        nozzle.card = None

    def _store(self, t_type: int, now: datetime, *, nozzle: int, volume_ml: int, amount_fen: int, price_fen: int,
               card: Card | None = None) -> int:
        self.ttc += 1
        state = self.nozzles[nozzle]
        record = Transaction(
            ttc=self.ttc, t_type=t_type, time=now.replace(microsecond=0), card_no=card.card_no if card else "0" * 20,
            balance_fen=card.balance_fen if card else 0, amount_fen=amount_fen, nozzle=nozzle,
            grade_code=state.grade_code, volume_ml=volume_ml, price_fen=price_fen,
            volume_total_ml=state.totalizer_ml, security=b"")
        self.records[self.ttc] = encode_transaction(record)
        self.unconfirmed[self.ttc] = 0  # sent at the next tick
        return self.ttc

    def _upload(self, ttc: int) -> bytes:
        wire = self._frame(self.records[ttc])
        self._sent_numbers[self.frame_number] = ttc
        self.unconfirmed[ttc] = self.resend_ticks
        return wire + wire if self.faults.duplicate_upload else wire

    # -- prices -------------------------------------------------------------------------------------
    def _apply_due_prices(self, now: datetime) -> None:
        if self.price_table is None:
            return
        for number, price in self.price_table.prices_at(now).items():
            if number in self.nozzles:
                self.nozzles[number].price_fen = price  # a sale in progress keeps its own price

    def _download_step(self) -> list[bytes]:
        if self._download is None and self._mismatches >= self.download_after and not self._download_asked:
            self._download_asked = True
            return [self._frame(control.download_start())]
        if self._download is not None:
            total, received = self._download
            if len(received) < total:
                return [self._frame(control.download(control.PRICE_TABLE_CONTENT, len(received),
                                                     SEGMENTS_PER_REQUEST))]
        return []

    def _downloaded(self, blob: bytes, now: datetime) -> None:
        table = control.PriceTable.parse(blob)
        self.price_table, self.price_version = table, table.version
        self._download, self._download_asked, self._mismatches = None, False, 0
        self._apply_due_prices(now)
        self._store(PRICE_RECEIVED, now, nozzle=min(self.nozzles), volume_ml=0, amount_fen=0, price_fen=0)

    # -- the PC's bytes -----------------------------------------------------------------------------
    def receive(self, data: bytes, now: datetime) -> list[bytes]:
        """Take the PC's bytes; returns what the dispenser answers at once."""
        if self.silent_ticks > 0 or self.off_ticks > 0:
            return []  # a dead line, or no power
        out: list[bytes] = []
        for frame in self._decoder.feed(data):
            if isinstance(frame, Frame) and frame.dest == self.address:
                out += self._handle(frame, now)
        return out

    def _handle(self, frame: Frame, now: datetime) -> list[bytes]:
        command, data = frame.command, frame.data
        if command == control.POLL and len(data) == control.POLL_REPLY_LENGTH:
            announced = control.PollReply.parse(data).price_version
            if announced and announced != self.price_version:
                self._mismatches = self._mismatches + 1 if announced == self._version_seen else 1
                self._version_seen = announced
            else:
                self._mismatches = 0
            return [self._live()]
        if command == CONFIRM and len(data) >= 3 and data[2] == 0:
            ttc = self._sent_numbers.pop(frame.ctrl & 0x3F, None)
            if ttc is not None:
                self.unconfirmed.pop(ttc, None)
        elif command == control.DOWNLOAD_START and len(data) == 6:
            total, _ = control.parse_download_start_reply(data)
            self._download = (total, bytearray()) if total else None
            self._download_asked = False
            if not total:
                self._mismatches = 0
        elif command == control.DOWNLOAD and self._download is not None:
            _, offset, chunk = control.parse_download_reply(data)
            total, received = self._download
            if offset == len(received):
                received += chunk
            if len(received) >= total:
                self._downloaded(bytes(received[:total]), now)
        elif command == control.TOTALIZERS:
            return [self._answer(frame, control.totalizers_reply(
                {n.number: n.totalizer_ml for n in self.nozzles.values()}))]
        elif command == control.READ_TRANSACTION:
            ttc = control.parse_read_transaction(data)
            stored = self.records.get(ttc)
            return [self._answer(frame, stored if stored else control.no_transaction(ttc))]
        return []
