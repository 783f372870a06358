"""卡机联动 messages: 31H live nozzle records, 32H completed transactions, and the PC's 3CH confirmation.

31H: count N, then N sub-records. St=1 (card inserted): NZN, LEN (0x10), ASN (10 bytes BCD), card state (2),
balance (4, fen). St=2 (lifted or fueling): NZN, P_UNIT (1), amount (3, fen), volume (3, centilitres),
price (2, fen per litre). A nozzle absent from 31H is idle.

32H: the 95-byte transaction record (offsets after the command byte): TTC 0-3, T_TYPE 4, TIME 5-11 (BCD
yyyymmddhhmmss), ASN 12-21, BAL 22-25, AMN 26-28, CTC 29-30, TAC 31-34, GMAC 35-38, PSAM_TAC 39-42,
PSAM_ASN 43-52, TID 53-58, PSAM_TTC 59-62, DS 63, UNIT 64, C_TYPE 65, VER 66, NZN 67, G_CODE 68-69 (BCD),
VOL 70-72 (cL), PRC 73-74 (fen/L), EMP 75, V_TOT 76-79 (cL), RFU 80-90, T_MAC 91-94. Security fields are kept
opaque, never computed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pump_link.protocol.errors import ProtocolError
from pump_link.protocol.kajilian.framing import Frame, bcd_decode

LIVE = 0x31
TRANSACTION = 0x32
CONFIRM = 0x3C
RECORD_LENGTH = 95
T_TYPE_NAMES = {0: "normal", 1: "escape_card", 2: "bad_card", 3: "make_up_debit", 4: "supplement",
                5: "staff_logon", 6: "staff_logoff", 7: "non_card", 8: "price_received", 9: "card_error"}


@dataclass(frozen=True)
class CardInserted:
    nozzle: int
    card_no: str
    card_state: int
    balance_fen: int


@dataclass(frozen=True)
class NozzleActive:
    nozzle: int
    amount_fen: int
    volume_ml: int
    price_fen: int

    @property
    def fueling(self) -> bool:
        return self.amount_fen > 0 or self.volume_ml > 0


@dataclass(frozen=True)
class LiveRecords:
    records: tuple[CardInserted | NozzleActive, ...]


@dataclass(frozen=True)
class Transaction:
    ttc: int
    t_type: int
    time: datetime
    card_no: str
    balance_fen: int
    amount_fen: int
    nozzle: int
    grade_code: str
    volume_ml: int
    price_fen: int
    volume_total_ml: int
    security: bytes  # CTC, TAC, GMAC, PSAM fields, TID: stored, never interpreted

    @property
    def kind(self) -> str:
        return T_TYPE_NAMES.get(self.t_type & 0x0F, "unknown")


def _int(data: bytes) -> int:
    return int.from_bytes(data, "big")


def parse_live(data: bytes) -> LiveRecords:
    if not data or data[0] != LIVE or len(data) < 2:
        raise ProtocolError("not a 31H frame")
    count, position = data[1], 2
    records: list[CardInserted | NozzleActive] = []
    for _ in range(count):
        if position + 2 > len(data):
            raise ProtocolError("31H record cut short")
        status, nozzle = data[position], data[position + 1]
        if status == 1:
            length = data[position + 2] if position + 2 < len(data) else -1
            body = data[position + 3:position + 3 + length]
            if length != 0x10 or len(body) != length:
                raise ProtocolError("31H card record of the wrong length")
            records.append(CardInserted(nozzle, body[:10].hex(), _int(body[10:12]), _int(body[12:16])))
            position += 3 + length
        elif status == 2:
            body = data[position + 2:position + 11]
            if len(body) != 9:
                raise ProtocolError("31H nozzle record cut short")
            records.append(NozzleActive(nozzle, _int(body[1:4]), _int(body[4:7]) * 10, _int(body[7:9])))
            position += 11
        else:
            raise ProtocolError(f"31H record with unknown status {status}")
    if position != len(data):
        raise ProtocolError("31H frame longer than its records")
    return LiveRecords(tuple(records))


def parse_transaction(data: bytes) -> Transaction:
    if not data or data[0] != TRANSACTION:
        raise ProtocolError("not a 32H frame")
    record = data[1:]
    if len(record) != RECORD_LENGTH:
        raise ProtocolError(f"32H record of {len(record)} bytes, expected {RECORD_LENGTH}")
    try:
        time = datetime.strptime(record[5:12].hex(), "%Y%m%d%H%M%S")
    except ValueError as exc:
        raise ProtocolError("32H time is not a BCD date") from exc
    return Transaction(
        ttc=_int(record[0:4]), t_type=record[4], time=time, card_no=record[12:22].hex(),
        balance_fen=_int(record[22:26]), amount_fen=_int(record[26:29]), nozzle=record[67],
        grade_code=f"{bcd_decode(record[68:70]):04d}", volume_ml=_int(record[70:73]) * 10,
        price_fen=_int(record[73:75]), volume_total_ml=_int(record[76:80]) * 10,
        security=record[29:63],
    )


def confirmation(frame: Frame, *, accepted: bool = True) -> Frame:
    """The PC's 3CH receipt confirmation of `frame` (derived from the layout, not captured)."""
    return Frame(dest=frame.src, src=frame.dest, ctrl=frame.ctrl & 0x3F,
                 data=bytes([CONFIRM, frame.command, 0 if accepted else 1]))


def encode_live(records: tuple[CardInserted | NozzleActive, ...]) -> bytes:
    """31H data (the dispenser side; the simulator speaks it)."""
    out = bytearray([LIVE, len(records)])
    for record in records:
        if isinstance(record, CardInserted):
            out += bytes([1, record.nozzle, 0x10]) + bytes.fromhex(record.card_no)
            out += record.card_state.to_bytes(2, "big") + record.balance_fen.to_bytes(4, "big")
        else:
            out += bytes([2, record.nozzle, 0]) + record.amount_fen.to_bytes(3, "big")
            out += (record.volume_ml // 10).to_bytes(3, "big") + record.price_fen.to_bytes(2, "big")
    return bytes(out)


def encode_transaction(sale: Transaction) -> bytes:
    """32H data: the 95-byte record (security fields from `sale.security`, zeros when absent)."""
    record = bytearray(RECORD_LENGTH)
    record[0:4] = sale.ttc.to_bytes(4, "big")
    record[4] = sale.t_type
    record[5:12] = bytes.fromhex(sale.time.strftime("%Y%m%d%H%M%S"))
    record[12:22] = bytes.fromhex(sale.card_no)
    record[22:26] = sale.balance_fen.to_bytes(4, "big")
    record[26:29] = sale.amount_fen.to_bytes(3, "big")
    record[29:63] = sale.security.ljust(34, b"\x00")[:34]
    record[67] = sale.nozzle
    record[68:70] = bytes.fromhex(sale.grade_code)
    record[70:73] = (sale.volume_ml // 10).to_bytes(3, "big")
    record[73:75] = sale.price_fen.to_bytes(2, "big")
    record[76:80] = (sale.volume_total_ml // 10).to_bytes(4, "big")
    return bytes([TRANSACTION]) + bytes(record)
