"""Fixtures of the card tests: a POS at the test forecourt, a company admin, and helpers that make card
products and cards through the API."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import pytest

from api.core.ids import to_global_id
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.selling.pos import Pos
from tests.support.graphql import GraphQLClient

PRODUCT = """mutation($input: CardProductSaveInput!) { cardProductSave(input: $input) { product { id name }
  errors { field code message } } }"""
ACTIVATE = """mutation($input: CardActivateInput!) { cardActivate(input: $input) { card { id number state }
  errors { field code message } } }"""
TOP_UP = """mutation($input: CardTopUpInput!) { cardTopUp(input: $input) { replay topUp { id amount { fen }
  bonus { fen } } card { balance { principal { fen } bonus { fen } total { fen } } } errors { field code message } } }"""
CHILD = """mutation($input: CardChildAddInput!) { cardChildAdd(input: $input) { card { id number role }
  errors { field code message } } }"""
CARD = """query($id: ID!) { card(id: $id) { number state mode principalToppedUp { fen } bonusGranted { fen }
  spent { fen } balance { principal { fen } bonus { fen } total { fen } } closeSplit { refund { fen }
  forfeitedBonus { fen } consumedPrincipal { fen } consumedBonus { fen } } } }"""


@dataclass
class Cards:
    admin: GraphQLClient
    pos: Pos
    station: str

    async def product(self, **fields: Any) -> str:
        values = {"name": f"卡{uuid.uuid4().hex[:6]}", "kind": "PHYSICAL", "named": False,
                  "bonusTiers": [{"minFen": 50_000, "bonusFen": 5_000}], **fields}
        result = (await self.admin.execute(PRODUCT, {"input": values})).data["cardProductSave"]
        assert result["errors"] == [], result
        return str(result["product"]["id"])

    async def card(self, product: str | None = None, **product_fields: Any) -> dict[str, Any]:
        number = str(uuid.uuid4().int)[:16]
        result = (await self.pos.cashier.execute(ACTIVATE, {"input": {
            "stationId": self.station, "productId": product or await self.product(**product_fields),
            "number": number}})).data["cardActivate"]
        assert result["errors"] == [], result
        return result["card"]  # type: ignore[no-any-return]

    async def top_up(self, card: str, amount: int, key: str | None = None) -> dict[str, Any]:
        result = await self.pos.cashier.execute(TOP_UP, {"input": {
            "cardId": card, "stationId": self.station, "amountFen": amount, "method": "CASH",
            "idempotencyKey": key or uuid.uuid4().hex}})
        return result.data["cardTopUp"]  # type: ignore[no-any-return]

    async def child(self, parent: str, mode: str, **limits: Any) -> dict[str, Any]:
        result = (await self.admin.execute(CHILD, {"input": {"parentId": parent, "mode": mode,
                                                             "number": str(uuid.uuid4().int)[:16], **limits}}))
        payload = result.data["cardChildAdd"]
        assert payload["errors"] == [], payload
        return payload["card"]  # type: ignore[no-any-return]

    async def get(self, card: str) -> dict[str, Any]:
        return (await self.admin.execute(CARD, {"id": card})).data["card"]  # type: ignore[no-any-return]


@pytest.fixture
async def pos(client: GraphQLClient, forecourt: Forecourt, staff_client: StaffClientFactory) -> Pos:
    station = forecourt.org.stations[0].id
    cashier = await staff_client(role_code="cashier", stations=[station])
    return Pos(cashier, client.with_token(forecourt.device_token), to_global_id("Station", station))


@pytest.fixture
async def cards(pos: Pos, staff_client: StaffClientFactory) -> Cards:
    admin = await staff_client(role_code="company_admin")
    return Cards(admin, pos, pos.station)
