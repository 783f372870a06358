"""Seed the demo company once: a company, its first station and two users (later domains add theirs)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.identity.provisioning import UserSpec, create_company, create_user
from api.stations.models import Company, Region, Station

DEMO_COMPANY_CODE = "DEMO"
DEMO_STATION_CODE = "S001"
DEMO_ADMIN = "admin"
DEMO_CASHIER = "cashier"


@dataclass
class SeedResult:
    created: bool
    company: Company


def demo_password(settings_password: str | None, data_dir: Path) -> str:
    """`FORECOURT_DEMO_PASSWORD`, or one generated on the first run and kept under the data folder."""
    if settings_password:
        return settings_password
    stored = data_dir / "demo-password"
    if stored.exists():
        return stored.read_text().strip()
    password = "demo" + secrets.token_hex(4) + "9"
    data_dir.mkdir(parents=True, exist_ok=True)
    stored.write_text(password + "\n")
    stored.chmod(0o600)
    return password


def seed_demo(session: Session, password: str) -> SeedResult:
    """Create the demo company if it does not exist yet; never touches existing data."""
    company = session.scalar(select(Company).where(Company.code == DEMO_COMPANY_CODE))
    if company is not None:
        return SeedResult(created=False, company=company)
    company = create_company(session, DEMO_COMPANY_CODE, "示范石油有限公司")
    region = Region(company_id=company.id, code="R01", name="城区片区")
    session.add(region)
    session.flush()
    session.add(Station(
        company_id=company.id, region_id=region.id, code=DEMO_STATION_CODE, name="石桥辅加油站",
        address="四川省成都市金牛区石桥辅路 1 号", latitude=Decimal("30.700000"),
        longitude=Decimal("104.050000"), phone="028-80000001", opening_hours="00:00-24:00",
    ))
    session.flush()
    create_user(session, UserSpec(username=DEMO_ADMIN, password=password, role="company_admin", name="系统管理员",
                                  company=DEMO_COMPANY_CODE))
    create_user(session, UserSpec(username=DEMO_CASHIER, password=password, role="cashier", name="收银员小李",
                                  stations=(DEMO_STATION_CODE,), company=DEMO_COMPANY_CODE))
    return SeedResult(created=True, company=company)
