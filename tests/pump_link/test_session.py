"""A port's conversation, replayed from the real capture: states, progress, sales, confirmations."""

from __future__ import annotations

from pump_link.capture import frame_lines, read_frame
from pump_link.protocol.errors import ProtocolError
from pump_link.protocol.events import (
    FuelingCompleted,
    FuelingProgress,
    LinkDown,
    LinkUp,
    NozzleState,
    NozzleStateChanged,
)
from pump_link.protocol.kajilian.framing import FrameDecoder, encode_frame
from pump_link.protocol.kajilian.session import KajilianSession
from tests.pump_link.test_capture import CAPTURE


def wire() -> list[bytes]:
    frames = []
    with CAPTURE.open(encoding="utf-8") as lines:
        for _, raw in frame_lines(lines):
            try:
                frames.append(encode_frame(read_frame(raw)))
            except ProtocolError:
                frames.append(raw)  # the corrupt ones, as they came
    return frames


def test_the_capture_replayed_through_a_session() -> None:
    session = KajilianSession()
    events = [e for chunk in wire() for e in session.receive(chunk)]
    assert isinstance(events[0], LinkUp)
    changes = [(e.previous, e.state) for e in events if isinstance(e, NozzleStateChanged)][:4]
    assert changes == [(NozzleState.IDLE, NozzleState.CARD_INSERTED), (NozzleState.CARD_INSERTED, NozzleState.CALLING),
                       (NozzleState.CALLING, NozzleState.FUELING), (NozzleState.FUELING, NozzleState.COMPLETED)]
    progress = [e for e in events if isinstance(e, FuelingProgress)]
    assert progress[0] == FuelingProgress(0, 3, 15000, 20550, 730)
    sales = [e for e in events if isinstance(e, FuelingCompleted)]
    assert sales[0].ttc == 32460 and sales[0].totalizer_ml == 320_206_410 and sales[0].grade_code == "1402"
    assert len({s.ttc for s in sales}) < len(sales)  # the re-sent TTCs arrive again: the platform dedupes
    assert session.decoder.errors >= 4


def test_a_sale_is_confirmed_only_when_asked_and_only_once() -> None:
    session = KajilianSession()
    sale = next(e for chunk in wire()[:4] for e in session.receive(chunk) if isinstance(e, FuelingCompleted))
    confirm = session.confirm_bytes(sale)
    [frame] = FrameDecoder().feed(confirm)
    assert frame.data == b"\x3c\x32\x00"  # type: ignore[union-attr]
    assert session.confirm_bytes(sale) == b""


def test_a_silent_dispenser_takes_its_nozzles_offline() -> None:
    session = KajilianSession()
    for chunk in wire()[:3]:
        session.receive(chunk)
    events = session.link_down(0)
    assert isinstance(events[0], LinkDown)
    assert [e.state for e in events if isinstance(e, NozzleStateChanged)] == [NozzleState.OFFLINE]
