"""卡机联动 control messages: the 30H handshake, price-table download (33H/34H), totalizers (38H) and stored
transactions by TTC (3EH/3FH).

Layouts come from the dispenser firmware's command handling (the capture holds only dispenser -> PC
frames); every PC-side frame built here is therefore *derived*, not captured.

- 30H from the dispenser is the bare command byte (a poll). The PC answers 30H + PC_TIME (7 BCD,
  ccyymmddhhmmss) + BL_VER (2) + ADD_BL_VER + DEL_BL_VER + WH_VER + PRC_VER + STA_VER + SELF_D_VER +
  SOFT_FLAG (1 each). The dispenser then sends its 31H live records. A PRC_VER different from the one the
  dispenser holds (and not 0) makes it download the price table.
- 33H from the dispenser: content (4 = price table) + BL_VER (2). The PC answers 33H + total length (4) +
  content (1).
- 34H from the dispenser: content + offset (2, in 16-byte units) + segment count (1). The PC answers 34H +
  content + offset (2) + segment count + up to 16 x count bytes of the content from that offset.
- The price table: version (1), valid time (6 BCD, ccyymmddhhmm), record count (1), then the records in
  force and the same number of *new* records, each NZN (1), grade code (2 BCD), density (4, 0.0001 kg/L),
  price count (1), prices (2 each, fen per litre). A table whose new records are valid from a later time is
  a scheduled price change, native to the protocol.
- 38H from the PC is the bare command byte; the dispenser answers 38H + count + (NZN, volume totalizer (4,
  centilitres)) per nozzle.
- 3EH from the PC: TTC (4). The dispenser answers with the stored record as a 32H, or 3FH + TTC (4) when it
  has no such record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pump_link.protocol.errors import ProtocolError
from pump_link.protocol.kajilian.framing import bcd_decode, bcd_encode

POLL = 0x30
DOWNLOAD_START = 0x33
DOWNLOAD = 0x34
TOTALIZERS = 0x38
READ_TRANSACTION = 0x3E
NO_TRANSACTION = 0x3F
PRICE_TABLE_CONTENT = 4
SEGMENT = 16
POLL_REPLY_LENGTH = 17


def _int(data: bytes) -> int:
    return int.from_bytes(data, "big")


def _expect(data: bytes, command: int, length: int | None = None, minimum: int | None = None) -> None:
    if not data or data[0] != command:
        raise ProtocolError(f"not a {command:02X}H frame")
    if length is not None and len(data) != length:
        raise ProtocolError(f"{command:02X}H of {len(data)} bytes, expected {length}")
    if minimum is not None and len(data) < minimum:
        raise ProtocolError(f"{command:02X}H cut short")


@dataclass(frozen=True)
class PollReply:
    """The PC's answer to a 30H poll: its clock and the versions of what the dispenser should hold."""

    pc_time: datetime
    price_version: int
    base_list_version: int = 0
    added_list_version: int = 0
    deleted_list_version: int = 0
    white_list_version: int = 0
    station_version: int = 0
    self_service_version: int = 0
    soft_flag: int = 0

    def encode(self) -> bytes:
        return (bytes([POLL]) + bytes.fromhex(self.pc_time.strftime("%Y%m%d%H%M%S"))
                + self.base_list_version.to_bytes(2, "big")
                + bytes([self.added_list_version, self.deleted_list_version, self.white_list_version,
                         self.price_version, self.station_version, self.self_service_version, self.soft_flag]))

    @classmethod
    def parse(cls, data: bytes) -> PollReply:
        _expect(data, POLL, POLL_REPLY_LENGTH)
        try:
            pc_time = datetime.strptime(data[1:8].hex(), "%Y%m%d%H%M%S")
        except ValueError as exc:
            raise ProtocolError("30H time is not a BCD date") from exc
        return cls(pc_time=pc_time, base_list_version=_int(data[8:10]), added_list_version=data[10],
                   deleted_list_version=data[11], white_list_version=data[12], price_version=data[13],
                   station_version=data[14], self_service_version=data[15], soft_flag=data[16])


@dataclass(frozen=True)
class PriceRecord:
    nozzle: int
    grade_code: str
    price_fen: int
    density: int = 0  # 0.0001 kg/L


@dataclass(frozen=True)
class PriceTable:
    version: int
    valid_from: datetime
    current: tuple[PriceRecord, ...]
    new: tuple[PriceRecord, ...]

    def encode(self) -> bytes:
        if len(self.current) != len(self.new):
            raise ProtocolError("a price table has as many new records as current ones")
        out = bytearray([self.version]) + bytes.fromhex(self.valid_from.strftime("%Y%m%d%H%M"))
        out.append(len(self.current))
        for record in (*self.current, *self.new):
            out += bytes([record.nozzle]) + bcd_encode(int(record.grade_code), 2)
            out += record.density.to_bytes(4, "big") + bytes([1]) + record.price_fen.to_bytes(2, "big")
        return bytes(out)

    @classmethod
    def parse(cls, data: bytes) -> PriceTable:
        if len(data) < 8:
            raise ProtocolError("price table cut short")
        try:
            valid_from = datetime.strptime(data[1:7].hex(), "%Y%m%d%H%M")
        except ValueError as exc:
            raise ProtocolError("price table time is not a BCD date") from exc
        count, position = data[7], 8
        records: list[PriceRecord] = []
        for _ in range(2 * count):
            head = data[position:position + 8]
            if len(head) != 8:
                raise ProtocolError("price record cut short")
            prices = data[position + 8:position + 8 + 2 * head[7]]
            if head[7] == 0 or len(prices) != 2 * head[7]:
                raise ProtocolError("price record without its prices")
            records.append(PriceRecord(nozzle=head[0], grade_code=f"{bcd_decode(head[1:3]):04d}",
                                       price_fen=_int(prices[0:2]), density=_int(head[3:7])))
            position += 8 + 2 * head[7]
        return cls(version=data[0], valid_from=valid_from, current=tuple(records[:count]),
                   new=tuple(records[count:]))

    def prices_at(self, when: datetime) -> dict[int, int]:
        """The price per nozzle in force at `when`."""
        records = self.new if when >= self.valid_from else self.current
        return {r.nozzle: r.price_fen for r in records}


def download_start(content: int = PRICE_TABLE_CONTENT, base_list_version: int = 0) -> bytes:
    return bytes([DOWNLOAD_START, content]) + base_list_version.to_bytes(2, "big")


def download_start_reply(request: bytes, blob: bytes) -> bytes:
    _expect(request, DOWNLOAD_START, minimum=2)
    return bytes([DOWNLOAD_START]) + len(blob).to_bytes(4, "big") + bytes([request[1]])


def parse_download_start_reply(data: bytes) -> tuple[int, int]:
    """(total length, content)."""
    _expect(data, DOWNLOAD_START, 6)
    return _int(data[1:5]), data[5]


def download(content: int, offset: int, segments: int) -> bytes:
    if offset % SEGMENT:
        raise ProtocolError("download offsets are whole 16-byte segments")
    return bytes([DOWNLOAD, content]) + (offset // SEGMENT).to_bytes(2, "big") + bytes([segments])


def download_reply(request: bytes, blob: bytes) -> bytes:
    _expect(request, DOWNLOAD, 5)
    offset = _int(request[2:4]) * SEGMENT
    return request[:5] + blob[offset:offset + request[4] * SEGMENT]


def parse_download_reply(data: bytes) -> tuple[int, int, bytes]:
    """(content, byte offset, data)."""
    _expect(data, DOWNLOAD, minimum=5)
    return data[1], _int(data[2:4]) * SEGMENT, data[5:]


def read_totalizers() -> bytes:
    return bytes([TOTALIZERS])


def totalizers_reply(volume_ml_by_nozzle: dict[int, int]) -> bytes:
    out = bytearray([TOTALIZERS, len(volume_ml_by_nozzle)])
    for nozzle, volume_ml in sorted(volume_ml_by_nozzle.items()):
        out += bytes([nozzle]) + (volume_ml // 10).to_bytes(4, "big")
    return bytes(out)


def parse_totalizers(data: bytes) -> dict[int, int]:
    _expect(data, TOTALIZERS, minimum=2)
    count = data[1]
    if len(data) != 2 + 5 * count:
        raise ProtocolError(f"38H with {count} nozzles is {2 + 5 * count} bytes, not {len(data)}")
    return {data[2 + 5 * i]: _int(data[3 + 5 * i:7 + 5 * i]) * 10 for i in range(count)}


def read_transaction(ttc: int) -> bytes:
    return bytes([READ_TRANSACTION]) + ttc.to_bytes(4, "big")


def parse_read_transaction(data: bytes) -> int:
    _expect(data, READ_TRANSACTION, 5)
    return _int(data[1:5])


def no_transaction(ttc: int) -> bytes:
    return bytes([NO_TRANSACTION]) + ttc.to_bytes(4, "big")


def parse_no_transaction(data: bytes) -> int:
    _expect(data, NO_TRANSACTION, 5)
    return _int(data[1:5])
