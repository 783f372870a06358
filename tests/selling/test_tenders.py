"""In-station tenders behind one interface: a tender with no handler is refused naming its field; once the
members domain registers one (here a stand-in stored-value card), checkout validates it, settles it in the
checkout's own transaction through the ledger, and a refusal of the tender refuses the whole checkout."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.db import Database
from api.core.errors import DomainError, ValidationErrors
from api.ledger import service as ledger
from api.ledger.service import Leg
from api.selling import accounts, tenders
from api.selling.errors import CheckoutErrorCode
from api.selling.models import Tender
from api.selling.tenders import TenderContext, TenderRequest
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.selling.pos import Pos
from tests.selling.test_refunds import refund


class StandInCard:
    """Pays from `card:<reference>` (a holding: paying debits it, and the ledger refuses more than it holds);
    refuses a card numbered 0000."""

    def validate(self, request: TenderRequest, field: str, problems: ValidationErrors) -> None:
        if not (request.reference or "").isdigit():
            problems.add(CheckoutErrorCode.INVALID, "请刷卡或输入卡号", f"{field}.reference")

    async def settle(self, session: AsyncSession, request: TenderRequest, context: TenderContext) -> list[Leg]:
        if request.reference == "0000":
            raise DomainError(CheckoutErrorCode.INVALID, "该卡已冻结", field=f"tenders.{context.index}.reference")
        return [Leg(f"card:{request.reference}", request.amount_fen),
                Leg(accounts.receivable(context.station_id), -request.amount_fen)]


@pytest.fixture
def card_tender() -> Iterator[None]:
    registered = tenders.IN_STATION.get(Tender.CARD)  # the cards domain's own, once it is imported
    tenders.register_tender(Tender.CARD, StandInCard())
    yield
    if registered is None:
        del tenders.IN_STATION[Tender.CARD]
    else:
        tenders.register_tender(Tender.CARD, registered)


async def test_a_tender_without_a_handler_is_refused(pos: Pos) -> None:
    await pos.open()
    fueling, amount = await pos.fueling(10_000)
    assert tenders.in_station(Tender.COUPON) is None
    refused = await pos.checkout([fueling], [{"tender": "COUPON", "amountFen": amount, "reference": "8001"}])
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [("tenders.0.tender", "INVALID")]


def test_a_channel_tender_cannot_be_registered_as_in_station() -> None:
    with pytest.raises(ValueError, match="channel"):
        tenders.register_tender(Tender.WECHAT, StandInCard())


async def test_a_registered_tender_is_validated_settled_and_may_refuse(
        pos: Pos, card_tender: None, forecourt: Forecourt, database: Database) -> None:
    await pos.open()
    fueling, amount = await pos.fueling(10_000)
    unread = await pos.checkout([fueling], [{"tender": "CARD", "amountFen": amount}])
    assert [(e["field"], e["code"]) for e in unread["errors"]] == [("tenders.0.reference", "INVALID")]
    frozen = await pos.checkout([fueling], [{"tender": "CASH", "amountFen": 100},
                                            {"tender": "CARD", "amountFen": amount - 100, "reference": "0000"}])
    assert [(e["field"], e["message"]) for e in frozen["errors"]] == [("tenders.1.reference", "该卡已冻结")]
    card = str(uuid.uuid4().int)[:12]
    async with database.transaction() as session:  # the card was topped up with 500 yuan
        await ledger.post(session, forecourt.org.company.id, key=f"top-up:{card}", kind="top_up",
                          legs=[Leg("clearing:bank", 50_000), Leg(f"card:{card}", -50_000)])
    paid = await pos.checkout([fueling], [{"tender": "CASH", "amountFen": 100},
                                          {"tender": "CARD", "amountFen": amount - 100, "reference": card}])
    assert paid["errors"] == [] and paid["order"]["status"] == "PAID"
    assert [(p["tender"], p["status"]) for p in paid["order"]["payments"]] == [("CASH", "SUCCEEDED"),
                                                                              ("CARD", "SUCCEEDED")]
    async with database.session() as session:
        assert await ledger.held(session, forecourt.org.company.id, f"card:{card}") == 50_000 - (amount - 100)
        assert await ledger.balance(session, forecourt.org.company.id,
                                    f"receivable:{forecourt.org.stations[0].id}") == 0


async def test_a_tender_without_a_refund_of_its_own_is_not_refunded_elsewhere(
        pos: Pos, card_tender: None, staff_client: StaffClientFactory, forecourt: Forecourt,
        database: Database) -> None:
    await pos.open()
    fueling, amount = await pos.fueling(10_000)
    card = str(uuid.uuid4().int)[:12]
    async with database.transaction() as session:
        await ledger.post(session, forecourt.org.company.id, key=f"top-up:{card}", kind="top_up",
                          legs=[Leg("clearing:bank", 50_000), Leg(f"card:{card}", -50_000)])
    paid = await pos.checkout([fueling], [{"tender": "CARD", "amountFen": amount, "reference": card}])
    supervisor = await staff_client(role_code="station_manager", stations=[forecourt.org.stations[0].id])
    refused = await refund(supervisor, paid["order"]["payments"][0]["id"], 100)
    assert [(e["field"], e["code"]) for e in refused["errors"]] == [("paymentId", "NOT_REFUNDABLE")]
    async with database.session() as session:
        assert await ledger.held(session, forecourt.org.company.id, f"card:{card}") == 50_000 - amount
