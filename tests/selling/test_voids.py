"""Voiding an unpaid order releases its fuelings; a drive-off is written off as a loss; both need
MANAGE_ORDERS and a reason, and are audited."""

from __future__ import annotations

from sqlalchemy import select

from api.core.audit import AuditLog
from api.core.db import Database
from api.core.ids import to_global_id
from api.ledger import service as ledger
from api.payments.fakes.wechat_v2 import FakeWeChatPay
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.selling.pos import Pos
from tests.selling.test_payment_code import code_tender, merchant  # noqa: F401 (fixture)

VOID = """mutation($id: ID!, $reason: String!) { orderVoid(orderId: $id, reason: $reason) {
  order { status } errors { field code message } } }"""
DRIVE_OFF = """mutation($id: ID!, $reason: String!) { fuelingDriveOff(fuelingId: $id, reason: $reason) {
  order { number status payable { fen } } errors { field code message } } }"""
UNPAID = """query($s: [ID!]) { fuelings(first: 20, filter: {paid: false, stationIds: $s}) {
  edges { node { id } } } }"""
EXPIRED = "134567890123459999"


async def test_a_failed_payment_code_order_is_voided_and_its_fueling_paid_again(
        pos: Pos, merchant: FakeWeChatPay, staff_client: StaffClientFactory, forecourt: Forecourt,  # noqa: F811
        database: Database) -> None:
    await pos.open()
    fueling, amount = await pos.fueling(10_000)
    order = (await pos.checkout([fueling], [code_tender(amount, EXPIRED)]))["order"]
    unpaid = (await pos.cashier.execute(UNPAID, {"s": [pos.station]})).data["fuelings"]["edges"]
    assert fueling not in [e["node"]["id"] for e in unpaid]  # held by the order
    assert (await pos.cashier.execute(VOID, {"id": order["id"], "reason": "付款码过期"})).error_codes == ["FORBIDDEN"]
    manager = await staff_client(role_code="station_manager", stations=[forecourt.org.stations[0].id])
    voided = (await manager.execute(VOID, {"id": order["id"], "reason": "付款码过期"})).data["orderVoid"]
    assert voided == {"order": {"status": "VOIDED"}, "errors": []}
    unpaid = (await pos.cashier.execute(UNPAID, {"s": [pos.station]})).data["fuelings"]["edges"]
    assert fueling in [e["node"]["id"] for e in unpaid]
    paid = await pos.checkout([fueling], [{"tender": "CASH", "amountFen": amount}])
    assert paid["order"]["status"] == "PAID"
    again = (await manager.execute(VOID, {"id": paid["order"]["id"], "reason": "试试"})).data["orderVoid"]
    assert again["errors"][0]["code"] == "NOT_VOIDABLE"
    company, station = forecourt.org.company.id, forecourt.org.stations[0].id
    async with database.session() as session:
        assert await ledger.balance(session, company, f"receivable:{station}") == 0
        assert await ledger.balance(session, company, f"revenue:fuel:1402:{station}") == -amount
        assert await ledger.verify(session) == []


async def test_a_drive_off_is_written_off_once_and_audited(pos: Pos, staff_client: StaffClientFactory,
                                                          forecourt: Forecourt, database: Database) -> None:
    await pos.open()
    fueling, amount = await pos.fueling(30_000)
    manager = await staff_client(role_code="station_manager", stations=[forecourt.org.stations[0].id])
    short = (await manager.execute(DRIVE_OFF, {"id": fueling, "reason": " "})).data["fuelingDriveOff"]
    assert short["errors"] == [{"field": "reason", "code": "INVALID", "message": "请填写原因（2 到 200 个字）"}]
    done = (await manager.execute(DRIVE_OFF, {"id": fueling, "reason": "白色轿车 川A12345 未付款驶离"}))
    order = done.data["fuelingDriveOff"]["order"]
    assert order["status"] == "DRIVE_OFF" and int(order["payable"]["fen"]) == amount
    twice = (await manager.execute(DRIVE_OFF, {"id": fueling, "reason": "重复"})).data["fuelingDriveOff"]
    assert twice["errors"][0]["code"] == "ALREADY_SETTLED"
    unpaid = (await pos.cashier.execute(UNPAID, {"s": [pos.station]})).data["fuelings"]["edges"]
    assert fueling not in [e["node"]["id"] for e in unpaid]
    company, station = forecourt.org.company.id, forecourt.org.stations[0].id
    async with database.session() as session:
        assert await ledger.balance(session, company, f"loss:drive_off:{station}") == amount
        logged = (await session.scalars(select(AuditLog).where(AuditLog.company_id == company,
                                                               AuditLog.action == "fueling.drive_off"))).one()
    assert logged.reason == "白色轿车 川A12345 未付款驶离" and logged.object_id is not None
    assert to_global_id("Station", station) == pos.station
