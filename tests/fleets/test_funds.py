"""A fleet's money: top-ups and payments received, idempotent on their key; adjustments requested by one
person and approved or rejected by another (the same person refused; approval moves money once, also when
asked five times at once; rejection moves nothing), every step audited with the values before and after."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import func, select

from api.core.db import Database
from api.core.ids import from_global_id
from api.core.permissions import Permission as P
from api.fleets import accounts
from api.ledger import service as ledger
from api.ledger.models import LedgerTransfer
from api.ledger.service import Leg
from tests.fleets.conftest import APPROVE, PAYMENT, REJECT, REQUEST, TOP_UP, Fleets, key

HISTORY = "query($id: ID!) { fleet(id: $id) { history { action before after } } }"
PENDING = """query { fleetAdjustments(filter: {status: PENDING}) { totalCount edges { node { id kind status
  amount { fen } requestedBy fleet { name } } } } }"""


def receipt(fleet: str, fen: int, idempotency_key: str, reference: str = "B20261201001") -> dict[str, Any]:
    return {"input": {"fleetId": fleet, "amountFen": fen, "bankReference": reference, "receivedOn": "2026-12-01",
                      "idempotencyKey": idempotency_key}}


async def _transfers(database: Database, fleets: Fleets) -> int:
    async with database.session() as session:
        return int(await session.scalar(select(func.count()).select_from(LedgerTransfer).where(
            LedgerTransfer.company_id == fleets.org.company.id)) or 0)


async def test_a_top_up_is_idempotent_on_its_key(fleets: Fleets, database: Database) -> None:
    fleet = await fleets.create()
    once = key()
    answers = await asyncio.gather(*(fleets.manager.execute(TOP_UP, receipt(fleet["id"], 50_000, once))
                                     for _ in range(5)))
    payloads = [a.data["fleetTopUp"] for a in answers]
    assert all(p["errors"] == [] for p in payloads)
    assert len({p["receipt"]["id"] for p in payloads}) == 1
    assert (await fleets.balances(fleet["id"]))["prepaid"] == 50_000
    assert await _transfers(database, fleets) == 1
    changed = (await fleets.manager.execute(TOP_UP, receipt(fleet["id"], 60_000, once))).data["fleetTopUp"]
    assert [(e["field"], e["code"]) for e in changed["errors"]] == [("idempotencyKey", "IDEMPOTENCY_CONFLICT")]
    assert (await fleets.balances(fleet["id"]))["prepaid"] == 50_000
    invalid = (await fleets.manager.execute(TOP_UP, receipt(fleet["id"], 0, "short", ""))).data["fleetTopUp"]
    assert [(e["field"], e["code"]) for e in invalid["errors"]] == [
        ("idempotencyKey", "INVALID"), ("amountFen", "INVALID"), ("bankReference", "INVALID")]


async def test_a_payment_restores_credit_up_to_what_is_used(fleets: Fleets, database: Database) -> None:
    fleet = await fleets.create()
    await fleets.adjust(fleet["id"], "CREDIT_LIMIT", 100_000)
    nothing_used = (await fleets.manager.execute(PAYMENT, receipt(fleet["id"], 1_000, key()))).data
    assert [(e["field"], e["code"]) for e in nothing_used["fleetPaymentRecord"]["errors"]] == [
        ("amountFen", "OVERPAID")]
    company = fleets.org.company.id
    pk = from_global_id(fleet["id"], "Fleet")[1]
    async with database.transaction() as session:  # ¥300 spent on account
        await ledger.post(session, company, key=key(), kind="sale",
                          legs=[Leg(accounts.credit(pk), 30_000), Leg("receivable:test", -30_000)])
    paid = (await fleets.manager.execute(PAYMENT, receipt(fleet["id"], 20_000, key()))).data["fleetPaymentRecord"]
    assert paid["errors"] == []
    assert paid["fleet"]["balances"] == {"creditUsed": {"fen": 10_000}, "creditAvailable": {"fen": 90_000}}


async def test_the_requester_cannot_approve_and_approval_moves_money_once(fleets: Fleets, database: Database) -> None:
    fleet = await fleets.create()
    asked = (await fleets.manager.execute(REQUEST, {"input": {
        "fleetId": fleet["id"], "kind": "CREDIT_LIMIT", "amountFen": 500_000, "reason": "年度授信",
        "idempotencyKey": (request_key := key())}})).data["fleetAdjustmentRequest"]
    assert asked["errors"] == [] and asked["adjustment"]["status"] == "PENDING"
    replay = (await fleets.manager.execute(REQUEST, {"input": {
        "fleetId": fleet["id"], "kind": "CREDIT_LIMIT", "amountFen": 500_000, "reason": "年度授信",
        "idempotencyKey": request_key}})).data["fleetAdjustmentRequest"]
    assert replay["replay"] is True and replay["adjustment"]["id"] == asked["adjustment"]["id"]
    adjustment = asked["adjustment"]["id"]
    before = await _transfers(database, fleets)
    assert (await fleets.balances(fleet["id"]))["creditLimit"] == 0  # nothing moves before approval
    pending = (await fleets.approver.execute(PENDING)).data["fleetAdjustments"]
    assert pending["totalCount"] == 1 and pending["edges"][0]["node"]["fleet"]["name"] == "顺达物流有限公司"
    own = (await fleets.manager.execute(APPROVE, {"id": adjustment})).data["fleetAdjustmentApprove"]
    assert [(e["field"], e["code"]) for e in own["errors"]] == [("id", "SAME_PERSON")]
    answers = await asyncio.gather(*(fleets.approver.execute(APPROVE, {"id": adjustment, "note": "同意"})
                                     for _ in range(5)))
    payloads = [a.data["fleetAdjustmentApprove"] for a in answers]
    assert sorted(str([e["code"] for e in p["errors"]]) for p in payloads) == ["['NOT_PENDING']"] * 4 + ["[]"]
    approved = next(p for p in payloads if not p["errors"])
    assert approved["adjustment"]["before"] == {"fen": 0} and approved["adjustment"]["after"] == {"fen": 500_000}
    assert approved["adjustment"]["requestedBy"] == approved["adjustment"]["decidedBy"] == "测试员工"
    assert await _transfers(database, fleets) == before + 1
    assert (await fleets.balances(fleet["id"]))["creditAvailable"] == 500_000
    history = (await fleets.manager.execute(HISTORY, {"id": fleet["id"]})).data["fleet"]["history"]
    assert [(h["action"], h["before"]["value_fen"], h["after"]["value_fen"]) for h in history[:2]] == [
        ("fleet.adjustment_approve", 0, 500_000), ("fleet.adjustment_request", 0, 500_000)]


async def test_a_rejection_moves_nothing(fleets: Fleets, database: Database) -> None:
    fleet = await fleets.create()
    await fleets.top_up(fleet["id"], 10_000)
    asked = (await fleets.manager.execute(REQUEST, {"input": {
        "fleetId": fleet["id"], "kind": "PREPAID", "amountFen": -3_000, "reason": "银行退票冲正",
        "idempotencyKey": key()}})).data["fleetAdjustmentRequest"]
    before = await _transfers(database, fleets)
    no_note = (await fleets.approver.execute(REJECT, {"id": asked["adjustment"]["id"]})).data
    assert [e["field"] for e in no_note["fleetAdjustmentReject"]["errors"]] == ["note"]
    rejected = (await fleets.approver.execute(REJECT, {"id": asked["adjustment"]["id"], "note": "流水不符"})).data
    assert rejected["fleetAdjustmentReject"]["adjustment"]["status"] == "REJECTED"
    late = (await fleets.approver.execute(APPROVE, {"id": asked["adjustment"]["id"]})).data["fleetAdjustmentApprove"]
    assert [e["code"] for e in late["errors"]] == ["NOT_PENDING"]
    assert await _transfers(database, fleets) == before
    assert (await fleets.balances(fleet["id"]))["prepaid"] == 10_000


async def test_an_approval_may_not_overdraw(fleets: Fleets) -> None:
    fleet = await fleets.create()
    await fleets.top_up(fleet["id"], 1_000)
    asked = (await fleets.manager.execute(REQUEST, {"input": {
        "fleetId": fleet["id"], "kind": "PREPAID", "amountFen": -2_000, "reason": "冲正",
        "idempotencyKey": key()}})).data["fleetAdjustmentRequest"]
    refused = (await fleets.approver.execute(APPROVE, {"id": asked["adjustment"]["id"]})).data
    assert [e["code"] for e in refused["fleetAdjustmentApprove"]["errors"]] == ["INSUFFICIENT_FUNDS"]
    assert (await fleets.balances(fleet["id"]))["prepaid"] == 1_000


async def test_money_mutations_need_the_permission_and_the_station(fleets: Fleets, client: Any, staff_client: Any,
                                                                   database: Database) -> None:
    fleet_b = await fleets.create("乙站车队", station=1)
    await fleets.top_up(fleet_b["id"], 1_000)
    asked = (await fleets.manager.execute(REQUEST, {"input": {
        "fleetId": fleet_b["id"], "kind": "GRANTED", "amountFen": 500, "reason": "返利",
        "idempotencyKey": key()}})).data["fleetAdjustmentRequest"]
    a_only = await staff_client(permissions=list(P), stations=[fleets.org.stations[0].id])
    viewer = await staff_client(permissions=[P.VIEW_FLEETS, P.MANAGE_FLEETS])  # may not approve
    cases = [(TOP_UP, receipt(fleet_b["id"], 100, key())), (PAYMENT, receipt(fleet_b["id"], 100, key())),
             (REQUEST, {"input": {"fleetId": fleet_b["id"], "kind": "GRANTED", "amountFen": 1, "reason": "返利",
                                  "idempotencyKey": key()}}),
             (APPROVE, {"id": asked["adjustment"]["id"]}), (REJECT, {"id": asked["adjustment"]["id"], "note": "不"})]
    before = (await _transfers(database, fleets), await fleets.balances(fleet_b["id"]))
    for doc, variables in cases:
        for who, expected in ((client, "UNAUTHENTICATED"), (a_only, "FORBIDDEN")):
            assert (await who.execute(doc, variables)).error_codes == [expected], doc
    for doc, variables in cases[3:]:
        assert (await viewer.execute(doc, variables)).error_codes == ["FORBIDDEN"]
    assert (await _transfers(database, fleets), await fleets.balances(fleet_b["id"])) == before
