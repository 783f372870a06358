"""A port's conversation, replayed from the real capture: states, progress, sales, confirmations."""

from __future__ import annotations

from datetime import datetime

from pump_link.capture import frame_lines, read_frame
from pump_link.protocol.errors import ProtocolError
from pump_link.protocol.events import (
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
from pump_link.protocol.kajilian.framing import Frame, FrameDecoder, encode_frame
from pump_link.protocol.kajilian.session import KajilianSession
from tests.pump_link.exchange import MORNING, dispenser, exchange
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


def test_a_poll_is_answered_with_the_clock_and_the_price_version() -> None:
    session = KajilianSession(price_version=3, clock=lambda: datetime(2026, 11, 22, 8, 0, 1))
    session.receive(encode_frame(Frame(0xE0, 1, 5, b"\x30")))
    [frame] = FrameDecoder().feed(session.outgoing[0])
    assert isinstance(frame, Frame) and (frame.dest, frame.src, frame.ctrl) == (1, 0xE0, 5)
    assert control.PollReply.parse(frame.data) == control.PollReply(datetime(2026, 11, 22, 8, 0, 1), price_version=3)


def test_a_new_price_table_is_downloaded_applied_after_the_sale_in_progress_and_reported() -> None:
    session, sim = KajilianSession(), dispenser(1, download_after=2)
    sim.start_sale(1, 40_000)  # 8 ticks of flow at 5 L: the price changes in the middle of it
    exchange(session, [sim], 3)
    table = control.PriceTable(version=4, valid_from=MORNING, current=(
        control.PriceRecord(1, "1402", 730), control.PriceRecord(2, "1405", 781)), new=(
        control.PriceRecord(1, "1402", 745), control.PriceRecord(2, "1405", 799)))
    session.offer_prices(4, {1: table})
    events = exchange(session, [sim], 12)
    assert sim.price_version == 4 and {n: z.price_fen for n, z in sim.nozzles.items()} == {1: 745, 2: 799}
    applied = [e for e in events if isinstance(e, PriceApplied)]
    assert applied == [PriceApplied(1, 1, 745), PriceApplied(1, 2, 799)]
    [sale] = [e for e in events if isinstance(e, FuelingCompleted)]
    assert sale.price_fen == 730  # the sale that was running keeps the price it started with
    sim.start_sale(1, 10_000)
    [after] = [e for e in exchange(session, [sim], 8) if isinstance(e, FuelingCompleted)]
    assert after.price_fen == 745
    assert not sim.unconfirmed  # the "price received" record was confirmed too


def test_totalizers_are_read_on_request() -> None:
    session, sim = KajilianSession(), dispenser(2)
    exchange(session, [sim], 1)
    session.read_totalizers(2)
    [read] = [e for e in exchange(session, [sim], 1) if isinstance(e, TotalizersRead)]
    assert read == TotalizersRead(2, {1: 1_000_000, 2: 2_000_000})


def test_a_lost_record_is_read_back_by_its_ttc() -> None:
    session, sim = KajilianSession(), dispenser(1, resend_ticks=1000)  # the dispenser would wait long to re-send
    sim.start_sale(2, 5_000)
    exchange(session, [sim], 4)  # TTC 40001 arrives: the session knows where the dispenser is
    sim.start_sale(1, 5_000)
    sim.start_sale(2, 5_000)
    for _ in range(3):
        sim.tick(MORNING)  # the line is cut: these sales' frames are lost
    sim.start_sale(1, 5_000)
    sales = [e for e in exchange(session, [sim], 6) if isinstance(e, FuelingCompleted)]
    assert sorted(s.ttc for s in sales) == [40_002, 40_003, 40_004]  # the gap was read with 3EH
    session.receive(encode_frame(Frame(0xE0, 1, 9, control.no_transaction(39_000))))
    assert session.missing == [(1, 39_000)]


def test_a_re_sent_record_already_confirmed_is_confirmed_again_without_a_second_sale() -> None:
    session = KajilianSession()
    first = wire()[3]  # the capture's first 32H
    [sale] = [e for e in session.receive(first) if isinstance(e, FuelingCompleted)]
    session.confirm_bytes(sale)
    assert session.receive(first) == []
    [confirm] = FrameDecoder().feed(session.outgoing[-1])
    assert isinstance(confirm, Frame) and confirm.data == b"\x3c\x32\x00"


def test_link_timeout_takes_a_silent_dispenser_offline() -> None:
    session = KajilianSession(link_timeout_s=3.0)
    sim = dispenser(1)
    sim.start_sale(1, 50_000)
    exchange(session, [sim], 4, start_s=100.0)
    assert session.check_links(now=102.0) == []
    events = session.check_links(now=105.0)
    assert events[0] == LinkDown(1)
    assert {e.state for e in events if isinstance(e, NozzleStateChanged)} == {NozzleState.OFFLINE}
    back = exchange(session, [sim], 1, start_s=106.0)
    assert back[0] == LinkUp(1)


def test_without_a_table_a_download_is_empty_and_a_price_record_applies_nothing() -> None:
    session = KajilianSession()
    session.receive(encode_frame(Frame(0xE0, 1, 1, control.download_start())))
    [reply] = FrameDecoder().feed(session.outgoing.pop())
    assert isinstance(reply, Frame) and control.parse_download_start_reply(reply.data) == (0, 4)
    sim = dispenser(1)
    sim._store(0x08, MORNING, nozzle=1, volume_ml=0, amount_fen=0, price_fen=0)  # "price received", unasked
    assert not [e for e in exchange(session, [sim], 1) if isinstance(e, PriceApplied)]


def test_confirmed_ttcs_are_remembered_within_a_bound() -> None:
    session = KajilianSession()
    for ttc in range(5000):
        session._remember((1, ttc))
    assert len(session.confirmed) == 4096 and (1, 0) not in session.confirmed and (1, 4999) in session.confirmed
