"""Mutations of stored-value cards. Resolvers check the permission, decode the input and call one service
in one transaction; a member token reaches only the member's own cards (the services check it)."""

from __future__ import annotations

import uuid
from typing import Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from api.cards import cards as service
from api.cards import closing, passwords, top_ups, transfers
from api.cards.errors import CardErrorCode
from api.cards.models import CardKind, CardMode, CardProduct, TopUpMethod
from api.cards.states import CardEvent
from api.cards.types import CardModeType, CardType, CloseSplitType, TopUpMethodType, TopUpType
from api.core.actors import Actor, ActorKind
from api.core.errors import DomainError
from api.core.guards import Info, needs, require, viewer
from api.core.node import decode_input_id
from api.core.permissions import Permission
from api.core.user_errors import error_type, run_mutation

CardError = error_type("Card", CardErrorCode, "a card operation")


def _member_or(info: Info, permission: Permission) -> Actor:
    actor = viewer(info)
    if actor.kind is not ActorKind.MEMBER:
        actor.require(permission)
    return actor


@strawberry.type(description="Result of a card mutation.")
class CardPayload:
    card: CardType | None = strawberry.field(default=None, description="The card after the change.")
    errors: list[CardError] = strawberry.field(description="Why nothing changed.")  # type: ignore[valid-type]


@strawberry.type(description="Result of a top-up.")
class CardTopUpPayload:
    top_up: TopUpType | None = strawberry.field(default=None, description="The top-up (the first one, on replay).")
    card: CardType | None = strawberry.field(default=None, description="The card now.")
    replay: bool = strawberry.field(default=False, description="True when the key had already topped up.")
    errors: list[CardError] = strawberry.field(description="Why nothing changed.")  # type: ignore[valid-type]


@strawberry.type(description="Result of closing a card.")
class CardClosePayload:
    card: CardType | None = strawberry.field(default=None, description="The closed card.")
    split: CloseSplitType | None = strawberry.field(default=None, description="What was refunded and forfeited.")
    errors: list[CardError] = strawberry.field(description="Why nothing changed.")  # type: ignore[valid-type]


@strawberry.input(description="Claim a virtual card (member token), or issue one to a member (staff).")
class CardIssueInput:
    product_id: strawberry.ID = strawberry.field(description="A virtual card product.")
    member_id: strawberry.ID | None = strawberry.field(default=None, description="The holder (staff only).")


@strawberry.input(description="Sell and activate a physical card at the POS.")
class CardActivateInput:
    station_id: strawberry.ID = strawberry.field(description="The station selling it.")
    product_id: strawberry.ID = strawberry.field(description="A physical card product.")
    number: str = strawberry.field(description="The card's number, entered or read.")
    member_id: strawberry.ID | None = strawberry.field(default=None, description="The holder (named cards).")
    phone: str | None = strawberry.field(default=None, description="Mobile to bind (bearer cards).")


@strawberry.input(description="Add a child card under a parent.")
class CardChildAddInput:
    parent_id: strawberry.ID = strawberry.field(description="The parent card.")
    mode: CardModeType = strawberry.field(description="The parent's mode (fixed by its first child).")  # type: ignore[valid-type]
    number: str | None = strawberry.field(default=None, description="A physical child's number.")
    per_transaction_limit_fen: int | None = strawberry.field(default=None, description="The child's own limit.")
    daily_limit_fen: int | None = strawberry.field(default=None, description="The child's daily limit.")
    monthly_limit_fen: int | None = strawberry.field(default=None, description="The child's monthly limit.")
    daily_count_limit: int | None = strawberry.field(default=None, description="Payments per day.")


@strawberry.input(description="A child card's own limits, each replacing the one before; null: no limit of its "
                              "own (the product's alone count), 0: none allowed.")
class CardChildLimitsSetInput:
    child_id: strawberry.ID = strawberry.field(description="The child card.")
    per_transaction_limit_fen: int | None = strawberry.field(default=None, description="Most per payment, in fen.")
    daily_limit_fen: int | None = strawberry.field(default=None, description="Most per day (China time), in fen.")
    monthly_limit_fen: int | None = strawberry.field(default=None, description="Most per calendar month, in fen.")
    daily_count_limit: int | None = strawberry.field(default=None, description="Most payments per day.")


@strawberry.input(description="Top up a card: cash at the POS, or a bank transfer recorded by finance.")
class CardTopUpInput:
    card_id: strawberry.ID = strawberry.field(description="The card.")
    station_id: strawberry.ID = strawberry.field(description="Where the money was received.")
    amount_fen: int = strawberry.field(description="Amount in fen.")
    method: TopUpMethodType = strawberry.field(description="CASH or BANK_TRANSFER.")  # type: ignore[valid-type]
    idempotency_key: str = strawberry.field(description="8-128 characters, one per top-up; a retry reuses it.")
    reference: str | None = strawberry.field(default=None, description="The bank slip number.")


@strawberry.input(description="Money from a parent to one of its children.")
class CardAllocationInput:
    child_id: strawberry.ID = strawberry.field(description="The child.")
    amount_fen: int = strawberry.field(description="Amount in fen.")


@strawberry.input(description="Allocate money from a parent to children (划拨).")
class CardAllocateInput:
    parent_id: strawberry.ID = strawberry.field(description="The parent.")
    allocations: list[CardAllocationInput] = strawberry.field(description="One to 100 children.")
    idempotency_key: str = strawberry.field(description="8-128 characters.")


@strawberry.input(description="Take money back from a child (返款).")
class CardTakeBackInput:
    parent_id: strawberry.ID = strawberry.field(description="The parent.")
    child_id: strawberry.ID = strawberry.field(description="The child.")
    amount_fen: int | None = strawberry.field(default=None, description="Amount (all of it when omitted).")
    idempotency_key: str = strawberry.field(description="8-128 characters.")


@strawberry.input(description="A state change of a card.")
class CardStateInput:
    id: strawberry.ID = strawberry.field(description="The card.")
    reason: str | None = strawberry.field(default=None, description="Why (audited).")


@strawberry.input(description="Close a card (销户) and refund it.")
class CardCloseInput:
    id: strawberry.ID = strawberry.field(description="The card.")
    station_id: strawberry.ID = strawberry.field(description="Where the refund is paid.")
    payout: TopUpMethodType = strawberry.field(description="CASH (from the drawer) or BANK_TRANSFER.")  # type: ignore[valid-type]
    recovered: bool = strawberry.field(description="The physical card was handed back.")
    idempotency_key: str = strawberry.field(description="8-128 characters.")
    reason: str | None = strawberry.field(default=None, description="Why (audited).")


@strawberry.input(description="Send an SMS code to a card's bound mobile.")
class CardPasswordCodeSendInput:
    card_id: strawberry.ID = strawberry.field(description="The card.")


@strawberry.input(description="Set or change a card's payment password with the SMS code.")
class CardPasswordSetInput:
    card_id: strawberry.ID = strawberry.field(description="The card.")
    password: str = strawberry.field(description="Six digits.")
    sms_code: str = strawberry.field(description="The code sent to the bound mobile.")


@strawberry.input(description="Bind another mobile to a card (staff; audited).")
class CardPhoneChangeInput:
    card_id: strawberry.ID = strawberry.field(description="The card.")
    phone: str = strawberry.field(description="The new mobile.")
    reason: str = strawberry.field(description="Why.")


def _id(value: strawberry.ID | None, type_name: str, field: str) -> uuid.UUID | None:
    return None if value is None else decode_input_id(value, type_name, field)


def _req(value: strawberry.ID, type_name: str, field: str) -> uuid.UUID:
    return decode_input_id(value, type_name, field)


async def _card(info: Info, work: Any) -> CardPayload:
    return await run_mutation(info.context, work, CardPayload, CardError, CardErrorCode)


def _state_mutation(event: CardEvent, what: str, member_too: bool = False) -> Any:
    async def resolve(info: Info, input: CardStateInput) -> CardPayload:
        actor = _member_or(info, Permission.MANAGE_CARDS) if member_too else require(info, Permission.MANAGE_CARDS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            card = await service.change_state(session, actor, _req(input.id, "Card", "id"), event, input.reason)
            return {"card": CardType.of(card)}

        return await _card(info, work)

    return strawberry.mutation(resolver=resolve, description=needs(
        f"{what}; by the state table (cardStates), audited." + (" A member may do it for its own card."
                                                               if member_too else ""), Permission.MANAGE_CARDS))


@strawberry.type
class CardMutation:
    @strawberry.mutation(description=needs("Claim a virtual card (member token) or issue one to a member.",
                                           Permission.MANAGE_CARDS))
    async def card_issue(self, info: Info, input: CardIssueInput) -> CardPayload:
        actor = _member_or(info, Permission.MANAGE_CARDS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            product_id = _req(input.product_id, "CardProduct", "productId")
            product = await session.get(CardProduct, product_id)
            if product is not None and product.kind is not CardKind.VIRTUAL:
                raise DomainError(CardErrorCode.INVALID, "实体卡请在收银台售卡激活", field="productId")
            member_id = actor.id if actor.kind is ActorKind.MEMBER else _id(input.member_id, "Member", "memberId")
            card = await service.issue_card(session, actor, info.context.settings.data_key,
                                            service.IssueRequest(product_id=product_id, member_id=member_id))
            return {"card": CardType.of(card)}

        return await _card(info, work)

    @strawberry.mutation(description=needs("Sell and activate a physical card at the POS.", Permission.TOP_UP_CARDS))
    async def card_activate(self, info: Info, input: CardActivateInput) -> CardPayload:
        actor = require(info, Permission.TOP_UP_CARDS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            from api.stations.service import require_stations_in_scope

            station_id = _req(input.station_id, "Station", "stationId")
            await require_stations_in_scope(session, actor, [station_id], Permission.TOP_UP_CARDS, field="stationId")
            product_id = _req(input.product_id, "CardProduct", "productId")
            product = await session.get(CardProduct, product_id)
            if product is not None and product.kind is not CardKind.PHYSICAL:
                raise DomainError(CardErrorCode.INVALID, "电子卡由会员在小程序领取", field="productId")
            card = await service.issue_card(session, actor, info.context.settings.data_key, service.IssueRequest(
                product_id=product_id, member_id=_id(input.member_id, "Member", "memberId"), number=input.number,
                station_id=station_id, phone=input.phone))
            return {"card": CardType.of(card)}

        return await _card(info, work)

    @strawberry.mutation(description=needs("Add a child card (the parent's holder with a member token, or staff).",
                                           Permission.MANAGE_CARDS))
    async def card_child_add(self, info: Info, input: CardChildAddInput) -> CardPayload:
        actor = _member_or(info, Permission.MANAGE_CARDS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            card = await service.add_child(
                session, actor, info.context.settings.data_key, _req(input.parent_id, "Card", "parentId"),
                mode=CardMode(input.mode), number=input.number, limits=service.ChildLimits(
                    input.per_transaction_limit_fen, input.daily_limit_fen, input.monthly_limit_fen,
                    input.daily_count_limit))
            return {"card": CardType.of(card)}

        return await _card(info, work)

    @strawberry.mutation(description=needs("Set a child card's own limits (the parent's holder with a member token, "
                                           "or staff reaching the parent); audited.", Permission.MANAGE_CARDS))
    async def card_child_limits_set(self, info: Info, input: CardChildLimitsSetInput) -> CardPayload:
        actor = _member_or(info, Permission.MANAGE_CARDS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            card = await service.set_child_limits(session, actor, _req(input.child_id, "Card", "childId"),
                                                  service.ChildLimits(input.per_transaction_limit_fen,
                                                                      input.daily_limit_fen, input.monthly_limit_fen,
                                                                      input.daily_count_limit))
            return {"card": CardType.of(card)}

        return await _card(info, work)

    @strawberry.mutation(description=needs("Top up a card with its product's bonus, in one ledger transfer, "
                                           "idempotent on its key. Cash needs TOP_UP_CARDS, a bank transfer "
                                           "MANAGE_CARDS, at the station.", Permission.TOP_UP_CARDS))
    async def card_top_up(self, info: Info, input: CardTopUpInput) -> CardTopUpPayload:
        method = TopUpMethod(input.method)
        actor = require(info, top_ups.PERMISSION.get(method, Permission.MANAGE_CARDS))

        async def work(session: AsyncSession) -> dict[str, Any]:
            if method not in top_ups.PERMISSION:
                raise DomainError(CardErrorCode.INVALID, "请选择现金或银行转账", field="method")
            top_up, replay = await top_ups.top_up_card(session, actor, top_ups.TopUpRequest(
                card_id=_req(input.card_id, "Card", "cardId"), amount_fen=input.amount_fen, method=method,
                idempotency_key=input.idempotency_key, station_id=_req(input.station_id, "Station", "stationId"),
                reference=input.reference))
            return {"top_up": TopUpType.of(top_up), "replay": replay,
                    "card": CardType.of(await top_ups.card_of(session, top_up))}

        return await run_mutation(info.context, work, CardTopUpPayload, CardError, CardErrorCode)

    @strawberry.mutation(description=needs("Allocate a parent's money to children (allocated mode), one transfer.",
                                           Permission.MANAGE_CARDS))
    async def card_allocate(self, info: Info, input: CardAllocateInput) -> CardPayload:
        actor = _member_or(info, Permission.MANAGE_CARDS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            allocations = [transfers.Allocation(_req(a.child_id, "Card", f"allocations.{i}.childId"), a.amount_fen)
                           for i, a in enumerate(input.allocations)]
            card = await transfers.allocate(session, actor, _req(input.parent_id, "Card", "parentId"), allocations,
                                            idempotency_key=input.idempotency_key)
            return {"card": CardType.of(card)}

        return await _card(info, work)

    @strawberry.mutation(description=needs("Take money back from a child to its parent (返款).",
                                           Permission.MANAGE_CARDS))
    async def card_take_back(self, info: Info, input: CardTakeBackInput) -> CardPayload:
        actor = _member_or(info, Permission.MANAGE_CARDS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            card = await transfers.take_back(session, actor, _req(input.parent_id, "Card", "parentId"),
                                             _req(input.child_id, "Card", "childId"), amount_fen=input.amount_fen,
                                             idempotency_key=input.idempotency_key)
            return {"card": CardType.of(card)}

        return await _card(info, work)

    card_freeze = _state_mutation(CardEvent.FREEZE, "Freeze a card (冻结)")
    card_unfreeze = _state_mutation(CardEvent.UNFREEZE, "Unfreeze a card (解冻)")
    card_report_lost = _state_mutation(CardEvent.REPORT_LOST, "Report a card lost (挂失)", member_too=True)
    card_unreport = _state_mutation(CardEvent.UNREPORT, "Withdraw a loss report (解除挂失)")
    card_disable = _state_mutation(CardEvent.DISABLE, "Take a card out of use (停用)")
    card_enable = _state_mutation(CardEvent.ENABLE, "Put a disabled card back in use (启用)")

    @strawberry.mutation(description=needs("Close a card (销户): refund the principal not consumed (cash from the "
                                           "drawer or bank transfer), forfeit the bonus; audited.",
                                           Permission.MANAGE_CARDS))
    async def card_close(self, info: Info, input: CardCloseInput) -> CardClosePayload:
        actor = require(info, Permission.MANAGE_CARDS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            card, split = await closing.close_card(session, actor, closing.CloseRequest(
                card_id=_req(input.id, "Card", "id"), station_id=_req(input.station_id, "Station", "stationId"),
                payout=TopUpMethod(input.payout), recovered=input.recovered, idempotency_key=input.idempotency_key,
                reason=input.reason))
            return {"card": CardType.of(card), "split": CloseSplitType.of(split)}

        return await run_mutation(info.context, work, CardClosePayload, CardError, CardErrorCode)

    @strawberry.mutation(description=needs("Send an SMS code to the card's bound mobile, to set its password.",
                                           Permission.MANAGE_CARDS))
    async def card_password_code_send(self, info: Info, input: CardPasswordCodeSendInput) -> CardPayload:
        actor = _member_or(info, Permission.MANAGE_CARDS)
        ctx = info.context

        async def work(session: AsyncSession) -> dict[str, Any]:
            card_id = _req(input.card_id, "Card", "cardId")
            await passwords.send_password_code(session, ctx.redis, ctx.settings, actor, card_id)
            return {}

        return await _card(info, work)

    @strawberry.mutation(description=needs("Set or change a card's payment password (six digits) with the SMS "
                                           "code; audited.", Permission.MANAGE_CARDS))
    async def card_password_set(self, info: Info, input: CardPasswordSetInput) -> CardPayload:
        actor = _member_or(info, Permission.MANAGE_CARDS)
        ctx = info.context

        async def work(session: AsyncSession) -> dict[str, Any]:
            card = await passwords.set_password(session, ctx.redis, ctx.settings, actor,
                                                _req(input.card_id, "Card", "cardId"), password=input.password,
                                                sms_code=input.sms_code)
            return {"card": CardType.of(card)}

        return await _card(info, work)

    @strawberry.mutation(description=needs("Bind another mobile to a card; audited with masked numbers.",
                                           Permission.MANAGE_CARDS))
    async def card_phone_change(self, info: Info, input: CardPhoneChangeInput) -> CardPayload:
        actor = require(info, Permission.MANAGE_CARDS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            card = await service.change_phone(session, actor, info.context.settings.data_key,
                                              _req(input.card_id, "Card", "cardId"), input.phone, input.reason)
            return {"card": CardType.of(card)}

        return await _card(info, work)
