"""Loaders of members' vehicles, referrers, cards, certifications and tier standing (one query per batch)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from strawberry.dataloader import DataLoader

from api.cards.models import Card
from api.core.clock import utcnow
from api.core.loading import SessionOpener, by_key_loader, grouped_loader
from api.identity.models import StaffUser
from api.loyalty.models import Certification, MemberTier, Tier
from api.loyalty.programme import programme, tiers
from api.loyalty.tiers import Figures, figures_query
from api.members.models import MemberVehicle
from api.selling.models import Order

MemberKey = tuple[uuid.UUID, uuid.UUID]  # (company, member)


def VehiclesByMemberIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return grouped_loader(opener, lambda keys: select(MemberVehicle).where(MemberVehicle.member_id.in_(keys))
                          .order_by(MemberVehicle.created_at, MemberVehicle.id), lambda v: v.member_id)


def StaffUserByIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return by_key_loader(opener, lambda keys: select(StaffUser).where(StaffUser.id.in_(keys)), lambda u: u.id)


def CardsByMemberIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    """The cards each member holds, oldest first."""
    return grouped_loader(opener, lambda keys: select(Card).where(Card.member_id.in_(keys))
                          .order_by(Card.created_at, Card.id), lambda c: c.member_id)


def CertificationsByMemberIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    """Each member's certification requests, newest first."""
    return grouped_loader(opener, lambda keys: select(Certification).where(Certification.member_id.in_(keys))
                          .order_by(Certification.created_at.desc(), Certification.id.desc()),
                          lambda c: c.member_id)


@dataclass(frozen=True)
class TierStanding:
    """Where a member stands on its company's ladder: the tier held (the base tier until placed), the next one
    up, and the programme's rolling window the tiers are decided on."""

    tier: Tier | None
    next_tier: Tier | None
    window_days: int


def standing_on(ladder: list[Tier], held: uuid.UUID | None, window_days: int) -> TierStanding:
    """The tier `held` on `ladder` (lowest first; the base tier when none is held) and the one above it."""
    tier = next((t for t in ladder if t.id == held), ladder[0] if ladder else None)
    above = next((t for t in ladder if tier is not None and t.rank > tier.rank), None)
    return TierStanding(tier, above, window_days)


def _by_company(keys: Sequence[MemberKey]) -> dict[uuid.UUID, list[uuid.UUID]]:
    members: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for company, member in keys:
        members[company].append(member)
    return members


def TierStandingByMemberLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    """The `TierStanding` of each (company, member): three statements per company in the batch."""

    async def load(keys: Sequence[MemberKey]) -> list[TierStanding]:
        found: dict[MemberKey, TierStanding] = {}
        async with opener() as session:
            for company, members in _by_company(keys).items():
                window = (await programme(session, company)).tier_window_days
                ladder = await tiers(session, company)
                held: dict[uuid.UUID, uuid.UUID] = {member: tier for member, tier in (await session.execute(
                    select(MemberTier.member_id, MemberTier.tier_id).where(MemberTier.member_id.in_(members)))).all()}
                for member in members:
                    found[(company, member)] = standing_on(ladder, held.get(member), window)
        return [found[k] for k in keys]

    return DataLoader(load_fn=load)


def TierFiguresByMemberLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    """Each (company, member)'s spend and litres in the programme's window ending now, as tiers count them
    (only the orders the session may see: ask it with a company-wide scope)."""

    async def load(keys: Sequence[MemberKey]) -> list[Figures]:
        found: dict[MemberKey, Figures] = {}
        now = utcnow()
        async with opener() as session:
            for company, members in _by_company(keys).items():
                window = (await programme(session, company)).tier_window_days
                rows = (await session.execute(figures_query(company, now - timedelta(days=window), now)
                                              .where(Order.member_id.in_(members)))).all()
                for member, spend, volume in rows:
                    found[(company, member)] = Figures(int(spend), int(volume))
        return [found.get(k, Figures(0, 0)) for k in keys]

    return DataLoader(load_fn=load)
