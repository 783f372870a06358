"""`forecourt simulate` as a technician runs it: dispensers on a TCP port, read through pyserial's socket://
URL; Ctrl-C writes the simulator's own ledger, which matches what the PC received."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import serial

from pump_link.protocol.events import FuelingCompleted
from pump_link.protocol.kajilian.session import KajilianSession
from tests.support.live_server import free_port

FORECOURT = str(Path(sys.executable).parent / "forecourt")


def test_simulate_on_tcp_with_a_ledger(tmp_path: Path) -> None:
    port, ledger = free_port(), tmp_path / "sales.jsonl"
    process = subprocess.Popen([FORECOURT, "simulate", "--tcp", str(port), "--dispensers", "2", "--tick", "0.05",
                                "--sale-rate", "0.5", "--noise", "0.2", "--ledger", str(ledger)],
                               stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        assert f"socket://127.0.0.1:{port}" in process.stdout.readline()
        line = serial.serial_for_url(f"socket://127.0.0.1:{port}", timeout=0.05)
        session, received = KajilianSession(), set()
        deadline = time.monotonic() + 20
        while len(received) < 4 and time.monotonic() < deadline:
            for event in session.receive(line.read(4096)):
                if isinstance(event, FuelingCompleted):
                    received.add((event.dispenser, event.ttc, event.volume_ml))
                    line.write(session.confirm_bytes(event))
            line.write(b"".join(session.outgoing))
            session.outgoing.clear()
        line.close()
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()
    made = {(s["address"], s["ttc"], s["volume_ml"]) for s in map(json.loads, ledger.read_text().splitlines())}
    assert len(received) >= 4 and received <= made
