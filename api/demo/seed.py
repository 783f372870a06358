"""Seed the demo company once: a company and its first station (later domains add theirs)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.stations.models import Company, Region, Station

DEMO_COMPANY_CODE = "DEMO"
DEMO_STATION_CODE = "S001"


@dataclass
class SeedResult:
    created: bool
    company: Company


def seed_demo(session: Session) -> SeedResult:
    """Create the demo company if it does not exist yet; never touches existing data."""
    company = session.scalar(select(Company).where(Company.code == DEMO_COMPANY_CODE))
    if company is not None:
        return SeedResult(created=False, company=company)
    company = Company(code=DEMO_COMPANY_CODE, name="示范石油有限公司")
    session.add(company)
    session.flush()
    region = Region(company_id=company.id, code="R01", name="城区片区")
    session.add(region)
    session.flush()
    session.add(Station(
        company_id=company.id, region_id=region.id, code=DEMO_STATION_CODE, name="石桥辅加油站",
        address="四川省成都市金牛区石桥辅路 1 号", latitude=Decimal("30.700000"),
        longitude=Decimal("104.050000"), phone="028-80000001", opening_hours="00:00-24:00",
    ))
    session.flush()
    return SeedResult(created=True, company=company)
