"""Queries of stored-value cards: card products, the card list (search by number, member phone or number),
one card, and a member's own cards. Importing this module registers the CARD tender with checkout."""

from __future__ import annotations

import uuid

import strawberry
from sqlalchemy import or_, select

from api.cards import tender as _tender  # noqa: F401  (registers Tender.CARD with checkout)
from api.cards.models import Card, CardProduct, CardState
from api.cards.types import CardProductType, CardStateType, CardType
from api.core.actors import ActorKind
from api.core.errors import Forbidden
from api.core.guards import Info, needs, require, viewer
from api.core.node import decode_id, node_resolver
from api.core.pagination import DEFAULT_PAGE, Connection, OrderKey, paginate
from api.core.permissions import Permission
from api.core.personal_data import is_mobile, lookup_index
from api.members.models import Member


@strawberry.input(description="Filters of the card list.")
class CardFilter:
    search: str | None = strawberry.field(default=None, description="A card number, or the holder's whole mobile "
                                                                    "number or member number.")
    state: CardStateType | None = strawberry.field(default=None, description="Only cards in this state.")  # type: ignore[valid-type]
    product_id: strawberry.ID | None = strawberry.field(default=None, description="Only cards of this product.")
    parent_id: strawberry.ID | None = strawberry.field(default=None, description="Only the children of this card.")


@node_resolver("Card")
async def _card_node(info: Info, pk: uuid.UUID) -> CardType | None:
    actor = viewer(info)
    if actor.kind is not ActorKind.MEMBER:
        actor.require(Permission.VIEW_MEMBERS)
    async with info.context.session() as session:
        card = await session.get(Card, pk)
        if card is None or card.company_id != actor.company_id:
            return None
        if actor.kind is ActorKind.MEMBER:
            holder = card if card.parent_id is None else await session.get(Card, card.parent_id)
            if holder is None or holder.member_id != actor.id:
                return None
    return CardType.of(card)


def _search(data_key: str, term: str) -> object:
    term = term.strip()
    if is_mobile(term):
        return or_(Card.phone_index == lookup_index(data_key, term), Card.member_id.in_(
            select(Member.id).where(Member.phone_index == lookup_index(data_key, term))))
    return or_(Card.number == term, Card.member_id.in_(select(Member.id).where(Member.number == term.upper())))


@strawberry.type
class CardQuery:
    @strawberry.field(description=needs("The company's card products (制卡规则).", Permission.VIEW_MEMBERS))
    async def card_products(self, info: Info) -> list[CardProductType]:
        actor = require(info, Permission.VIEW_MEMBERS)
        async with info.context.session() as session:
            rows = (await session.scalars(select(CardProduct).where(CardProduct.company_id == actor.company_id)
                                          .order_by(CardProduct.name))).all()
        return [CardProductType.of(p) for p in rows]

    @strawberry.field(description=needs("The company's cards, newest first.", Permission.VIEW_MEMBERS))
    async def cards(self, info: Info, first: int = DEFAULT_PAGE, after: str | None = None,
                    filter: CardFilter | None = None) -> Connection[CardType]:
        actor = require(info, Permission.VIEW_MEMBERS)
        f = filter or CardFilter()
        stmt = select(Card).where(Card.company_id == actor.company_id)
        if f.search and f.search.strip():
            stmt = stmt.where(_search(info.context.settings.data_key, f.search))  # type: ignore[arg-type]
        if f.state:
            stmt = stmt.where(Card.state == CardState(f.state))
        if f.product_id:
            stmt = stmt.where(Card.product_id == decode_id(f.product_id, "CardProduct", "productId"))
        if f.parent_id:
            stmt = stmt.where(Card.parent_id == decode_id(f.parent_id, "Card", "parentId"))
        return await paginate(info.context.session, stmt, order=OrderKey([Card.created_at, Card.id]),
                              first=first, after=after, to_node=CardType.of)

    @strawberry.field(description=needs("One card; null when there is none or it is not yours.",
                                        Permission.VIEW_MEMBERS))
    async def card(self, info: Info, id: strawberry.ID) -> CardType | None:
        actor = viewer(info)
        if actor.kind is not ActorKind.MEMBER:
            actor.require(Permission.VIEW_MEMBERS)
        return await _card_node(info, decode_id(id, "Card"))

    @strawberry.field(description="The signed-in member's own cards and their children. Requires a member token.")
    async def viewer_cards(self, info: Info) -> list[CardType]:
        actor = viewer(info)
        if actor.kind is not ActorKind.MEMBER:
            raise Forbidden("仅会员可用")
        async with info.context.session() as session:
            rows = (await session.scalars(select(Card).where(Card.company_id == actor.company_id,
                                                             Card.member_id == actor.id)
                                          .order_by(Card.created_at))).all()
        return [CardType.of(c) for c in rows]
