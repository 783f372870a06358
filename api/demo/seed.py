"""Seed the demo company once: a company, its first station, two users, a few goods and a stored-value card
(later domains add theirs)."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.cards.models import Card, CardKind, CardProduct
from api.core.clock import utcnow
from api.core.db import Database
from api.identity.passwords import hash_password
from api.identity.provisioning import UserSpec, create_company, create_user
from api.members.models import Member, MemberChannel, MemberStatus
from api.pricing.models import StationPrice
from api.pumps.models import Dispenser, DispenserProtocol, FuelGrade, GradeKind, Nozzle, Tank
from api.selling.models import GoodsItem
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
        station = session.scalar(select(Station).where(Station.company_id == company.id,
                                                       Station.code == DEMO_STATION_CODE))
        if station is not None and session.scalar(select(Nozzle.id).where(Nozzle.station_id == station.id)) is None:
            seed_forecourt(session, company.id, station.id)  # data of an earlier release: add the forecourt
        if session.scalar(select(GoodsItem.id).where(GoodsItem.company_id == company.id)) is None:
            seed_goods(session, company.id)  # nor had it goods
        if station is not None and session.scalar(
                select(CardProduct.id).where(CardProduct.company_id == company.id)) is None:
            seed_cards(session, company.id, station.id)  # nor cards
        return SeedResult(created=False, company=company)
    company = create_company(session, DEMO_COMPANY_CODE, "示范石油有限公司")
    region = Region(company_id=company.id, code="R01", name="城区片区")
    session.add(region)
    session.flush()
    station = Station(
        company_id=company.id, region_id=region.id, code=DEMO_STATION_CODE, name="石桥辅加油站",
        address="四川省成都市金牛区石桥辅路 1 号", latitude=Decimal("30.700000"),
        longitude=Decimal("104.050000"), phone="028-80000001", opening_hours="00:00-24:00",
    )
    session.add(station)
    session.flush()
    seed_forecourt(session, company.id, station.id)
    seed_goods(session, company.id)
    seed_cards(session, company.id, station.id)
    create_user(session, UserSpec(username=DEMO_ADMIN, password=password, role="company_admin", name="系统管理员",
                                  company=DEMO_COMPANY_CODE))
    create_user(session, UserSpec(username=DEMO_CASHIER, password=password, role="cashier", name="收银员小李",
                                  stations=(DEMO_STATION_CODE,), company=DEMO_COMPANY_CODE))
    return SeedResult(created=True, company=company)


# (name, national code, kind, density g/L, demo price fen/L); the captured dispenser reports 1402 for 92#
DEMO_GRADES = [("92#", "1402", GradeKind.GASOLINE, 725, 730), ("95#", "1405", GradeKind.GASOLINE, 737, 781),
               ("0#", "2001", GradeKind.DIESEL, 840, 706)]
# dispenser number -> grades of its two nozzles
DEMO_DISPENSERS = {1: ("92#", "95#"), 2: ("92#", "95#"), 3: ("92#", "0#"), 4: ("92#", "0#")}


def seed_forecourt(session: Session, company_id: uuid.UUID, station_id: uuid.UUID) -> None:
    """Grades (shared by the company), one tank per grade, the opening prices, and 4 dispensers with 2 nozzles
    each (numbered 1-8 across the station)."""
    grades = {}
    for number, (name, code, kind, density, price) in enumerate(DEMO_GRADES, start=1):
        grade = session.scalar(select(FuelGrade).where(FuelGrade.company_id == company_id, FuelGrade.code == code))
        if grade is None:
            grade = FuelGrade(company_id=company_id, code=code, name=name, kind=kind, density_g_per_l=density)
            session.add(grade)
            session.flush()
        session.add(StationPrice(company_id=company_id, station_id=station_id, grade_id=grade.id, price_fen=price,
                                 effective_at=utcnow()))
        tank = Tank(company_id=company_id, station_id=station_id, number=number, grade_id=grade.id,
                    capacity_ml=30_000_000, gauge_id=f"T{number}")
        session.add(tank)
        session.flush()
        grades[name] = (grade, tank)
    nozzle_number = 0
    for number, (side_a, side_b) in DEMO_DISPENSERS.items():
        dispenser = Dispenser(company_id=company_id, station_id=station_id, number=number, name=f"{number}号油机",
                              hub_port=number, protocol=DispenserProtocol.KAJILIAN, address=number)
        session.add(dispenser)
        session.flush()
        for side, grade_name in (("A", side_a), ("B", side_b)):
            nozzle_number += 1
            grade, tank = grades[grade_name]
            session.add(Nozzle(company_id=company_id, station_id=station_id, dispenser_id=dispenser.id,
                               number=nozzle_number, side=side, grade_id=grade.id, tank_id=tank.id))
    session.flush()


# (barcode, name, category, unit, price fen) sold at the POS
DEMO_GOODS = [("6921168509256", "农夫山泉饮用天然水 550ml", "饮料", "瓶", 200),
              ("6902538005141", "脉动维生素饮料 600ml", "饮料", "瓶", 550),
              ("6970413590017", "汽车玻璃水 2L", "汽车用品", "桶", 1500)]


def seed_goods(session: Session, company_id: uuid.UUID) -> None:
    session.add_all(GoodsItem(company_id=company_id, barcode=barcode, name=name, category=category, unit=unit,
                              price_fen=price) for barcode, name, category, unit, price in DEMO_GOODS)
    session.flush()


# a physical card sold at the demo station, held by a demo member, empty until topped up
DEMO_CARD_NUMBER = "8800100000000018"
DEMO_CARD_PASSWORD = "135790"  # the demo card's published payment password
DEMO_CARD_HOLDER = ("M100000001", "王师傅")


def seed_cards(session: Session, company_id: uuid.UUID, station_id: uuid.UUID) -> None:
    """A physical named card product (bonus from ¥500, a password for payments above ¥50, valid everywhere) and
    one card of it, with its payment password set."""
    product = CardProduct(company_id=company_id, name="示范加油卡", kind=CardKind.PHYSICAL, named=True,
                          grade_codes=[], allows_goods=True, goods_categories=[], station_ids=[], top_up_min_fen=100,
                          top_up_max_fen=5_000_000, bonus_tiers=[{"min_fen": 50_000, "bonus_fen": 5_000},
                                                                 {"min_fen": 100_000, "bonus_fen": 15_000}],
                          password_above_fen=5_000, active=True)
    number, name = DEMO_CARD_HOLDER
    holder = Member(company_id=company_id, number=number, status=MemberStatus.REGISTERED, name=name,
                    channel=MemberChannel.POS, registered_at=utcnow())
    session.add_all([product, holder])
    session.flush()
    session.add(Card(company_id=company_id, number=DEMO_CARD_NUMBER, product_id=product.id, kind=CardKind.PHYSICAL,
                     member_id=holder.id, station_id=station_id, password_hash=hash_password(DEMO_CARD_PASSWORD)))
    session.flush()


@dataclass(frozen=True)
class DemoNozzle:
    number: int
    dispenser_number: int
    grade_code: str
    price_fen: int


@dataclass(frozen=True)
class DemoStation:
    company_id: uuid.UUID
    station_id: uuid.UUID
    nozzles: list[DemoNozzle]


def demo_station(database: Database) -> DemoStation:
    """The demo station's layout and prices, for its simulated dispensers."""
    with database.sync_transaction() as session:
        station = session.scalar(select(Station).join(Company).where(
            Company.code == DEMO_COMPANY_CODE, Station.code == DEMO_STATION_CODE))
        assert station is not None
        rows = session.execute(
            select(Nozzle.number, Dispenser.number, FuelGrade.code, StationPrice.price_fen)
            .join(Dispenser, Dispenser.id == Nozzle.dispenser_id).join(FuelGrade, FuelGrade.id == Nozzle.grade_id)
            .join(StationPrice, (StationPrice.grade_id == Nozzle.grade_id) & (StationPrice.station_id == station.id))
            .where(Nozzle.station_id == station.id).order_by(Nozzle.number)).all()
        return DemoStation(station.company_id, station.id, [DemoNozzle(*row) for row in rows])
