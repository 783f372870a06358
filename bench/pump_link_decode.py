"""Decode throughput of the 卡机联动 protocol package: the real capture's frames re-encoded as they are sent
on the wire (FA doubled) and streamed through one decoder in 64-byte chunks, parsed to 31H/32H messages."""

from __future__ import annotations

import time
from pathlib import Path

from bench.support import machine
from pump_link.capture import frame_lines, read_frame
from pump_link.protocol.errors import ProtocolError
from pump_link.protocol.kajilian.framing import Frame, FrameDecoder, encode_frame
from pump_link.protocol.kajilian.messages import LIVE, TRANSACTION, parse_live, parse_transaction

CAPTURE = Path(__file__).resolve().parents[1] / "tests" / "pump_link" / "fixtures" / "kajilian_capture.log"
ROUNDS = 300


def main() -> None:
    print(f"pump_link_decode on {machine()}")
    frames = []
    with CAPTURE.open(encoding="utf-8") as lines:
        for _, raw in frame_lines(lines):
            try:
                frames.append(encode_frame(read_frame(raw)))
            except ProtocolError:
                continue
    stream = b"".join(frames) * ROUNDS
    decoder = FrameDecoder()
    started = time.perf_counter()
    decoded = 0
    for i in range(0, len(stream), 64):
        for event in decoder.feed(stream[i:i + 64]):
            if isinstance(event, Frame):
                decoded += 1
                if event.command == LIVE:
                    parse_live(event.data)
                elif event.command == TRANSACTION:
                    parse_transaction(event.data)
    elapsed = time.perf_counter() - started
    print(f"{decoded} frames ({len(stream) / 1e6:.1f} MB) in {elapsed:.2f} s: {decoded / elapsed:,.0f} frames/s, "
          f"{len(stream) / elapsed / 1e6:.2f} MB/s; errors {decoder.errors}")


if __name__ == "__main__":
    main()
