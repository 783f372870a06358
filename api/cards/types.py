"""GraphQL types of card products and cards. A card's bound mobile is masked unless the viewer holds
VIEW_PHONE_NUMBERS; its statement reads the ledger entries of its two accounts, one query per page."""

from __future__ import annotations

import uuid
from datetime import datetime

import strawberry
from sqlalchemy import select
from strawberry.dataloader import DataLoader

from api.cards import accounts, password_tries
from api.cards.cards import transitions
from api.cards.close_split import CloseSplit
from api.cards.closing import quote_close
from api.cards.loaders import (
    CardByIdLoader,
    CardProductByIdLoader,
    CardsByParentIdLoader,
    HoldingsByCardIdLoader,
    MemberByIdLoader,
)
from api.cards.models import Card, CardKind, CardMode, CardProduct, CardState, CardTopUp, TopUpMethod
from api.cards.states import ALLOWS, EVENT_LABELS, CardAction, CardEvent, CardRole
from api.core.actors import ActorKind
from api.core.guards import Info
from api.core.node import Node
from api.core.pagination import BadInput, check_first
from api.core.scalars import Long, Money
from api.ledger.models import LedgerAccount, LedgerEntry, LedgerTransfer
from api.members.types import MemberType, shown_phone

CardKindType = strawberry.enum(CardKind, name="CardKind", description="VIRTUAL (电子卡) or PHYSICAL (实体卡).")
CardStateType = strawberry.enum(CardState, name="CardState", description="A card's state (see cardStates).")
CardModeType = strawberry.enum(CardMode, name="CardMode", description="How a parent's children are funded: "
                                                                      "ALLOCATED (划拨) or SHARED (共享扣款).")
CardRoleType = strawberry.enum(CardRole, name="CardRole", description="PARENT (a card of its own) or CHILD.")
CardActionType = strawberry.enum(CardAction, name="CardAction", description="What a card may do in its state.")
CardEventType = strawberry.enum(CardEvent, name="CardEvent", description="A change of a card's state: cardFreeze, "
                                                                        "cardUnfreeze, cardReportLost, cardUnreport, "
                                                                        "cardDisable, cardEnable, cardClose.")
TopUpMethodType = strawberry.enum(TopUpMethod, name="CardTopUpMethod", description="Where top-up money comes "
                                                                                   "from.")


def money(fen: int | None) -> Money | None:
    return None if fen is None else Money(fen=Long(fen))


@strawberry.type(name="CardBonusTier", description="A top-up of at least `min` earns `bonus` (充500送50).")
class BonusTierType:
    min: Money = strawberry.field(description="The least top-up of the tier.")
    bonus: Money = strawberry.field(description="The bonus granted.")


@strawberry.type(name="CardProduct", description="A card product (制卡规则). Requires VIEW_MEMBERS.")
class CardProductType(Node):
    pk: strawberry.Private[uuid.UUID]
    name: str = strawberry.field(description="Name.")
    kind: CardKindType = strawberry.field(description="Virtual or physical.")  # type: ignore[valid-type]
    named: bool = strawberry.field(description="记名卡: held by a member; false: a bearer card.")
    grade_codes: list[str] = strawberry.field(description="Grades it pays for (empty: every grade).")
    allows_goods: bool = strawberry.field(description="It pays for goods.")
    goods_categories: list[str] = strawberry.field(description="Goods categories it pays for (empty: all).")
    station_ids: list[strawberry.ID] = strawberry.field(description="Stations where it is used (empty: all).")
    top_up_min: Money = strawberry.field(description="Least top-up.")
    top_up_max: Money = strawberry.field(description="Most top-up.")
    bonus_tiers: list[BonusTierType] = strawberry.field(description="Bonus tiers, lowest first.")
    per_transaction_limit: Money | None = strawberry.field(description="Most per payment.")
    daily_limit: Money | None = strawberry.field(description="Most per day (China time).")
    monthly_limit: Money | None = strawberry.field(description="Most per calendar month.")
    daily_count_limit: int | None = strawberry.field(description="Most payments per day.")
    password_above: Money | None = strawberry.field(description="A payment above this needs the password.")
    valid_days: int | None = strawberry.field(description="Days a card is valid after issue (null: always).")
    active: bool = strawberry.field(description="New cards may be issued.")

    @classmethod
    def of(cls, p: CardProduct) -> CardProductType:
        from api.core.ids import to_global_id

        return cls(pk=p.id, name=p.name, kind=p.kind, named=p.named, grade_codes=list(p.grade_codes),
                   allows_goods=p.allows_goods, goods_categories=list(p.goods_categories),
                   station_ids=[strawberry.ID(to_global_id("Station", s)) for s in p.station_ids],
                   top_up_min=Money(fen=Long(p.top_up_min_fen)), top_up_max=Money(fen=Long(p.top_up_max_fen)),
                   bonus_tiers=[BonusTierType(min=Money(fen=Long(t["min_fen"])), bonus=Money(fen=Long(t["bonus_fen"])))
                                for t in p.bonus_tiers],
                   per_transaction_limit=money(p.per_transaction_limit_fen), daily_limit=money(p.daily_limit_fen),
                   monthly_limit=money(p.monthly_limit_fen), daily_count_limit=p.daily_count_limit,
                   password_above=money(p.password_above_fen), valid_days=p.valid_days, active=p.active)


@strawberry.type(name="CardBalance", description="What a card holds.")
class CardBalanceType:
    principal: Money = strawberry.field(description="Principal (本金).")
    bonus: Money = strawberry.field(description="Bonus (赠送金).")
    total: Money = strawberry.field(description="Principal + bonus.")


@strawberry.type(name="CardCloseSplit", description="How closing splits what a card was given: refund + "
                                                    "forfeited bonus + consumed principal + consumed bonus = "
                                                    "principal topped up + bonus granted.")
class CloseSplitType:
    refund: Money = strawberry.field(description="Paid back: the principal not consumed.")
    forfeited_bonus: Money = strawberry.field(description="Bonus not consumed, forfeited.")
    consumed_principal: Money = strawberry.field(description="Spending attributed to principal.")
    consumed_bonus: Money = strawberry.field(description="Spending attributed to bonus.")

    @classmethod
    def of(cls, s: CloseSplit) -> CloseSplitType:
        return cls(refund=Money(fen=Long(s.refund_fen)), forfeited_bonus=Money(fen=Long(s.forfeited_bonus_fen)),
                   consumed_principal=Money(fen=Long(s.consumed_principal_fen)),
                   consumed_bonus=Money(fen=Long(s.consumed_bonus_fen)))


@strawberry.type(name="CardStatementEntry", description="One movement on a card's principal or bonus account.")
class StatementEntryType:
    at: datetime = strawberry.field(description="When it was posted.")
    kind: str = strawberry.field(description="card_top_up, sale, card_allocate, card_take_back, card_close...")
    account: str = strawberry.field(description="PRINCIPAL or BONUS.")
    amount: Money = strawberry.field(description="Added to what the card holds (a spend is negative).")
    held_before: Money = strawberry.field(description="What the account held before.")
    held_after: Money = strawberry.field(description="What it held after.")
    reference: str | None = strawberry.field(description="What it belongs to (an order id, a card id).")
    cursor: str = strawberry.field(description="Pass as `after` for the entries that follow.")


@strawberry.type(name="CardStatement", description="A page of a card's statement, newest first.")
class StatementType:
    entries: list[StatementEntryType] = strawberry.field(description="The entries.")
    has_next_page: bool = strawberry.field(description="More entries follow.")


@strawberry.type(name="CardTransition", description="A state change the viewer may make to a card now.")
class CardTransitionType:
    event: CardEventType = strawberry.field(description="The change (each has its mutation).")  # type: ignore[valid-type]
    label: str = strawberry.field(description="Its name: 冻结, 解冻, 挂失, 解除挂失, 停用, 启用, 销户.")
    to: CardStateType = strawberry.field(description="The state it leads to.")  # type: ignore[valid-type]


@strawberry.type(name="CardTopUp", description="One top-up of a card.")
class TopUpType(Node):
    pk: strawberry.Private[uuid.UUID]
    amount: Money = strawberry.field(description="Principal added.")
    bonus: Money = strawberry.field(description="Bonus granted by the product's tiers.")
    method: TopUpMethodType = strawberry.field(description="Where the money came from.")  # type: ignore[valid-type]
    created_at: datetime = strawberry.field(description="When.")

    @classmethod
    def of(cls, t: CardTopUp) -> TopUpType:
        return cls(pk=t.id, amount=Money(fen=Long(t.amount_fen)), bonus=Money(fen=Long(t.bonus_fen)), method=t.method,
                   created_at=t.created_at)


@strawberry.type(name="Card", description="A stored-value card (储值卡). Requires VIEW_MEMBERS; a member sees its "
                                           "own cards.")
class CardType(Node):
    pk: strawberry.Private[uuid.UUID]
    row: strawberry.Private[Card]
    number: str = strawberry.field(description="Card number.")
    kind: CardKindType = strawberry.field(description="Virtual or physical.")  # type: ignore[valid-type]
    state: CardStateType = strawberry.field(description="State.")  # type: ignore[valid-type]
    role: CardRoleType = strawberry.field(description="Parent or child.")  # type: ignore[valid-type]
    mode: CardModeType | None = strawberry.field(description="A parent's mode, set by its first child.")  # type: ignore[valid-type]
    allows: list[CardActionType] = strawberry.field(description="What the card may do now.")  # type: ignore[valid-type]
    principal_topped_up: Money = strawberry.field(description="Principal received (top-ups, allocations).")
    bonus_granted: Money = strawberry.field(description="Bonus received.")
    spent: Money = strawberry.field(description="Paid from this card's accounts.")
    has_password: bool = strawberry.field(description="A payment password is set.")
    per_transaction_limit: Money | None = strawberry.field(description="A child's own limit per payment (the "
                                                                       "product's counts as well).")
    daily_limit: Money | None = strawberry.field(description="A child's own limit per day (China time).")
    monthly_limit: Money | None = strawberry.field(description="A child's own limit per calendar month.")
    daily_count_limit: int | None = strawberry.field(description="A child's own most payments per day.")
    expires_at: datetime | None = strawberry.field(description="When it stops paying.")
    recovered: bool = strawberry.field(description="A physical card handed back on closing.")
    closed_at: datetime | None = strawberry.field(description="When it was closed.")
    created_at: datetime = strawberry.field(description="When it was issued.")

    @strawberry.field(description="Bound mobile, masked unless you hold VIEW_PHONE_NUMBERS.")
    def phone(self, info: Info) -> str | None:
        return shown_phone(info, self.row.phone_encrypted)

    @strawberry.field(description="Until when the payment password is locked, after five wrong ones in a row "
                                  "(null: it is not); setting a new password with the SMS code unlocks it. Staff "
                                  "only (null for a member token).")
    async def password_locked(self, info: Info) -> datetime | None:
        actor = info.context.actor
        if actor is None or actor.kind is ActorKind.MEMBER:
            return None
        loader = info.context.loaders.get(password_tries.locked_until_many)
        if loader is None:
            redis = info.context.redis
            loader = info.context.loaders[password_tries.locked_until_many] = DataLoader(
                load_fn=lambda keys: password_tries.locked_until_many(redis, list(keys)))
        until: datetime | None = await loader.load(self.pk)
        return until

    @strawberry.field(description="The state changes you may make to the card now: what the state table accepts "
                                  "from its state for its role (parent or child), that you may do (staff: "
                                  "MANAGE_CARDS at its station; a member token: 挂失 of its own card), in the "
                                  "table's order.")
    async def transitions(self, info: Info) -> list[CardTransitionType]:
        actor = info.context.actor
        if actor is None:
            return []
        parent = None
        if self.row.parent_id is not None and actor.kind is ActorKind.MEMBER:
            parent = await info.context.loader(CardByIdLoader).load(self.row.parent_id)
        return [CardTransitionType(event=event, label=EVENT_LABELS[event], to=target)
                for event, target in transitions(actor, self.row, parent)]

    @strawberry.field(description="The card product.")
    async def product(self, info: Info) -> CardProductType:
        return CardProductType.of(await info.context.loader(CardProductByIdLoader).load(self.row.product_id))

    @strawberry.field(description="The holder (null: a bearer card).")
    async def holder(self, info: Info) -> MemberType | None:
        if self.row.member_id is None:
            return None
        member = await info.context.loader(MemberByIdLoader).load(self.row.member_id)
        return MemberType.of(member) if member else None

    @strawberry.field(description="The parent of a child card.")
    async def parent(self, info: Info) -> CardType | None:
        if self.row.parent_id is None:
            return None
        parent = await info.context.loader(CardByIdLoader).load(self.row.parent_id)
        return CardType.of(parent) if parent else None

    @strawberry.field(description="A parent's child cards.")
    async def children(self, info: Info) -> list[CardType]:
        return [CardType.of(c) for c in await info.context.loader(CardsByParentIdLoader).load(self.pk)]

    @strawberry.field(description="What the card holds (a shared-mode child holds nothing: it spends its "
                                  "parent's).")
    async def balance(self, info: Info) -> CardBalanceType:
        principal, bonus = await info.context.loader(HoldingsByCardIdLoader).load(self.pk)
        return CardBalanceType(principal=Money(fen=Long(principal)), bonus=Money(fen=Long(bonus)),
                               total=Money(fen=Long(principal + bonus)))

    @strawberry.field(description="What closing the card now would refund and forfeit (ask before confirming).")
    def close_split(self) -> CloseSplitType:
        return CloseSplitType.of(quote_close(self.row))

    @strawberry.field(description="The card's statement: entries of its principal and bonus accounts, newest "
                                  "first, with what each held before and after.")
    async def statement(self, info: Info, first: int = 20, after: str | None = None) -> StatementType:
        check_first(first)
        codes = {accounts.principal(self.pk): "PRINCIPAL", accounts.bonus(self.pk): "BONUS"}
        query = (select(LedgerEntry, LedgerAccount.code, LedgerTransfer.kind, LedgerTransfer.reference)
                 .join(LedgerAccount, LedgerAccount.id == LedgerEntry.account_id)
                 .join(LedgerTransfer, LedgerTransfer.id == LedgerEntry.transfer_id)
                 .where(LedgerAccount.company_id == self.row.company_id, LedgerAccount.code.in_(list(codes)))
                 .order_by(LedgerEntry.seq.desc()).limit(first + 1))
        if after:
            if not after.isdigit():
                raise BadInput("after 不是有效的游标", "after")
            query = query.where(LedgerEntry.seq < int(after))
        async with info.context.session() as session:
            rows = (await session.execute(query)).all()
        entries = [StatementEntryType(at=e.created_at, kind=kind, account=codes[code],
                                      amount=Money(fen=Long(-e.amount)),
                                      held_before=Money(fen=Long(-e.balance_before)),
                                      held_after=Money(fen=Long(-e.balance_after)),
                                      reference=reference if kind == "sale" or len(reference or "") <= 36 else None,
                                      cursor=str(e.seq)) for e, code, kind, reference in rows[:first]]
        return StatementType(entries=entries, has_next_page=len(rows) > first)

    @classmethod
    def of(cls, c: Card) -> CardType:
        role = CardRole.CHILD if c.parent_id else CardRole.PARENT
        return cls(pk=c.id, row=c, number=c.number, kind=c.kind, state=c.state, role=role, mode=c.mode,
                   allows=sorted(ALLOWS[(role, c.state)]), principal_topped_up=Money(fen=Long(c.principal_in_fen)),
                   bonus_granted=Money(fen=Long(c.bonus_in_fen)), spent=Money(fen=Long(c.spent_fen)),
                   has_password=c.password_hash is not None,
                   per_transaction_limit=money(c.per_transaction_limit_fen), daily_limit=money(c.daily_limit_fen),
                   monthly_limit=money(c.monthly_limit_fen), daily_count_limit=c.daily_count_limit,
                   expires_at=c.expires_at, recovered=c.recovered,
                   closed_at=c.closed_at, created_at=c.created_at)
