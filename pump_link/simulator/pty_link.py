"""Simulated dispensers on a pseudo-terminal: the station's side reads the slave like a serial port."""

from __future__ import annotations

import os
import select
import time
import tty
from collections.abc import Callable
from datetime import datetime

from pump_link.simulator.dispenser import SimulatedDispenser


class PtyLine:
    """A pseudo-terminal whose master end the simulated dispensers write to."""

    def __init__(self) -> None:
        self.master, self.slave = os.openpty()
        tty.setraw(self.slave)
        self.path = os.ttyname(self.slave)

    def write(self, data: bytes) -> None:
        os.write(self.master, data)

    def read_available(self) -> bytes:
        chunks = []
        while select.select([self.master], [], [], 0)[0]:
            chunk = os.read(self.master, 4096)
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)

    def close(self) -> None:
        os.close(self.master)
        os.close(self.slave)


def run(line: PtyLine, dispensers: list[SimulatedDispenser], *, tick_s: float, keep_going: Callable[[], bool],
        now: Callable[[], datetime] = datetime.now) -> None:
    """Drive the dispensers until `keep_going()` is false: send their frames, deliver the PC's replies."""
    while keep_going():
        replies = line.read_available()
        for dispenser in dispensers:
            if replies:
                dispenser.receive(replies)
            for frame in dispenser.tick(now()):
                line.write(frame)
        time.sleep(tick_s)
