"""Fleets for tests: valid tax numbers, two finance staff (one requests, the other approves), and helpers
that create fleets and vehicles and fund them through the API."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from typing import Any

import pytest
from stdnum.cn import uscc

from api.core.ids import to_global_id
from api.core.permissions import Permission as P
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.org import Org
from tests.fixtures.pumps import Forecourt
from tests.selling.pos import Pos
from tests.support.graphql import GraphQLClient

FLEET = """fleet { id number name taxNumber status station { code } contacts { name title phone }
  balances { prepaid { fen } granted { fen } creditLimit { fen } creditAvailable { fen } creditUsed { fen }
  spendable { fen } } }"""
SAVE = f"""mutation($input: FleetSaveInput!) {{ fleetSave(input: $input) {{ {FLEET}
  errors {{ field code message }} }} }}"""
VEHICLE_SAVE = """mutation($input: FleetVehicleSaveInput!) { fleetVehicleSave(input: $input) {
  vehicle { id plate status gradeCodes dailyAmount { fen } dailyVolume { ml } dailyCount }
  errors { field code message } } }"""
TOP_UP = """mutation($input: FleetReceiptInput!) { fleetTopUp(input: $input) {
  receipt { id kind amount { fen } bankReference } fleet { balances { prepaid { fen } } }
  errors { field code message } } }"""
PAYMENT = """mutation($input: FleetReceiptInput!) { fleetPaymentRecord(input: $input) {
  receipt { id kind amount { fen } } fleet { balances { creditUsed { fen } creditAvailable { fen } } }
  errors { field code message } } }"""
REQUEST = """mutation($input: FleetAdjustmentRequestInput!) { fleetAdjustmentRequest(input: $input) {
  adjustment { id kind status amount { fen } } replay errors { field code message } } }"""
APPROVE = """mutation($id: ID!, $note: String) { fleetAdjustmentApprove(input: {id: $id, note: $note}) {
  adjustment { id status before { fen } after { fen } requestedBy decidedBy }
  fleet { balances { prepaid { fen } granted { fen } creditLimit { fen } creditAvailable { fen } } }
  errors { field code message } } }"""
REJECT = """mutation($id: ID!, $note: String) { fleetAdjustmentReject(input: {id: $id, note: $note}) {
  adjustment { id status } errors { field code message } } }"""
BALANCES = """query($id: ID!) { fleet(id: $id) { balances { prepaid { fen } granted { fen } creditLimit { fen }
  creditAvailable { fen } creditUsed { fen } spendable { fen } } } }"""
FINANCE = [P.VIEW_FLEETS, P.MANAGE_FLEETS, P.ADJUST_BALANCES, P.VIEW_STATIONS, P.VIEW_PHONE_NUMBERS]


def tax_number() -> str:
    base = "91" + "".join(secrets.choice("0123456789") for _ in range(6)) + "".join(
        secrets.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
    return base + str(uscc.calc_check_digit(base))


def plate() -> str:
    return "京A" + "".join(secrets.choice("0123456789") for _ in range(5))


def key() -> str:
    return uuid.uuid4().hex


@dataclass
class Fleets:
    org: Org
    manager: GraphQLClient  # requests
    approver: GraphQLClient  # approves

    def station(self, i: int = 0) -> str:
        return to_global_id("Station", self.org.stations[i].id)

    async def create(self, name: str = "顺达物流有限公司", station: int = 0, **extra: Any) -> dict[str, Any]:
        result = (await self.manager.execute(SAVE, {"input": {
            "name": name, "taxNumber": tax_number(), "stationId": self.station(station), **extra}})).data["fleetSave"]
        assert result["errors"] == [], result
        return result["fleet"]  # type: ignore[no-any-return]

    async def vehicle(self, fleet: str, plate_number: str, **limits: Any) -> dict[str, Any]:
        result = (await self.manager.execute(VEHICLE_SAVE, {"input": {
            "fleetId": fleet, "plate": plate_number, **limits}})).data["fleetVehicleSave"]
        assert result["errors"] == [], result
        return result["vehicle"]  # type: ignore[no-any-return]

    async def top_up(self, fleet: str, fen: int) -> dict[str, Any]:
        result = (await self.manager.execute(TOP_UP, {"input": {
            "fleetId": fleet, "amountFen": fen, "bankReference": f"B{key()[:12]}", "receivedOn": "2026-12-01",
            "idempotencyKey": key()}})).data["fleetTopUp"]
        assert result["errors"] == [], result
        return result  # type: ignore[no-any-return]

    async def adjust(self, fleet: str, kind: str, fen: int) -> dict[str, Any]:
        asked = (await self.manager.execute(REQUEST, {"input": {
            "fleetId": fleet, "kind": kind, "amountFen": fen, "reason": "测试调账", "idempotencyKey": key()}})
                 ).data["fleetAdjustmentRequest"]
        assert asked["errors"] == [], asked
        approved = (await self.approver.execute(APPROVE, {"id": asked["adjustment"]["id"]})
                    ).data["fleetAdjustmentApprove"]
        assert approved["errors"] == [], approved
        return approved  # type: ignore[no-any-return]

    async def balances(self, fleet: str) -> dict[str, int]:
        got = (await self.manager.execute(BALANCES, {"id": fleet})).data["fleet"]["balances"]
        return {name: int(value["fen"]) for name, value in got.items()}


@pytest.fixture
async def pos(client: GraphQLClient, forecourt: Forecourt, staff_client: StaffClientFactory) -> Pos:
    """A cashier of the forecourt's first station, with its pump."""
    station = forecourt.org.stations[0].id
    cashier = await staff_client(role_code="cashier", stations=[station])
    return Pos(cashier, client.with_token(forecourt.device_token), to_global_id("Station", station))


@pytest.fixture
async def fleets(org: Org, staff_client: StaffClientFactory) -> Fleets:
    return Fleets(org, await staff_client(permissions=FINANCE), await staff_client(permissions=FINANCE))
