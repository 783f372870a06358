"""Loaders of the organisation."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from strawberry.dataloader import DataLoader

from api.core.loading import SessionOpener, by_key_loader, grouped_loader
from api.stations.models import Region, Station


def RegionByIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return by_key_loader(opener, lambda keys: select(Region).where(Region.id.in_(keys)), lambda r: r.id)


def StationByIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return by_key_loader(opener, lambda keys: select(Station).where(Station.id.in_(keys)), lambda s: s.id)


def StationsByCompanyIdLoader(opener: SessionOpener) -> DataLoader[Any, Any]:
    return grouped_loader(opener, lambda keys: select(Station).where(Station.company_id.in_(keys))
                          .order_by(Station.code), lambda s: s.company_id)
