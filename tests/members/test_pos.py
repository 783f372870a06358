"""At the POS: registering a driver by phone (with consent, referral by employee code), and finding a member by
phone, plate or the rotating member code (used once, refused once expired)."""

from __future__ import annotations

from redis.asyncio import Redis
from sqlalchemy import func, select

from api.core.audit import AuditLog
from api.core.db import Database
from api.core.permissions import Permission as P
from api.identity.models import StaffUser
from api.members.models import Member
from api.settings import Settings
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.members import MemberClientFactory, make_member, new_phone
from tests.fixtures.org import Org

REGISTER = """mutation($i: MemberRegisterInput!) { memberRegister(input: $i) {
  member { id number status channel phone referrer { name employeeCode } vehicles { plate vehicleType newEnergy } }
  errors { field code } } }"""
LOOKUP = """query($phone: String, $plate: String, $code: String) {
  memberLookup(phone: $phone, plate: $plate, memberCode: $code) { members { number phone } errors { field code } } }"""
CODE = "mutation { memberCodeCreate { code expiresAt errors { code } } }"


async def test_a_cashier_registers_a_driver_with_consent(staff_client: StaffClientFactory, database: Database,
                                                         org: Org) -> None:
    cashier = await staff_client(role_code="cashier", stations=[org.stations[0].id])
    async with database.transaction() as session:
        referrer = StaffUser(company_id=org.company.id, username=f"ref{org.company.code}", name="推荐人",
                             employee_code="E007", password_hash="x")
        session.add(referrer)
    phone = new_phone()
    refused = (await cashier.execute(REGISTER, {"i": {"phone": phone, "consent": False}})).data["memberRegister"]
    assert refused == {"member": None, "errors": [{"field": "consent", "code": "CONSENT_REQUIRED"}]}
    bad = (await cashier.execute(REGISTER, {"i": {"phone": phone, "consent": True, "vehicles": [
        {"plate": "京A1234"}]}})).data["memberRegister"]
    assert bad["errors"] == [{"field": "vehicles.0.plate", "code": "PLATE_INVALID"}]
    made = (await cashier.execute(REGISTER, {"i": {"phone": phone, "consent": True, "referrerCode": "E007",
                                                  "vehicles": [{"plate": "粤b·d12345", "vehicleType": "SUV"},
                                                               {"plate": "京A12345"}]}})).data["memberRegister"]
    assert made["errors"] == []
    member = made["member"]
    assert member["status"] == "REGISTERED" and member["channel"] == "REFERRAL"
    assert member["referrer"] == {"name": "推荐人", "employeeCode": "E007"}
    assert member["phone"] == phone[:3] + "****" + phone[-4:]
    assert member["vehicles"] == [{"plate": "粤BD12345", "vehicleType": "SUV", "newEnergy": True},
                                  {"plate": "京A12345", "vehicleType": "CAR", "newEnergy": False}]
    twice = (await cashier.execute(REGISTER, {"i": {"phone": phone, "consent": True}})).data["memberRegister"]
    assert twice["errors"] == [{"field": "phone", "code": "PHONE_TAKEN"}]
    async with database.session() as session:
        count = await session.scalar(select(func.count()).select_from(Member).where(Member.company_id == org.company.id))
        audit = (await session.scalars(select(AuditLog).where(AuditLog.company_id == org.company.id,
                                                              AuditLog.action == "member.register"))).one()
    assert count == 1 and phone not in str(audit.after)


async def test_lookup_by_phone_and_plate(staff_client: StaffClientFactory, database: Database, settings: Settings,
                                         org: Org) -> None:
    phone = new_phone()
    member = await make_member(database, settings, org, phone=phone, plates=["沪A12345D"])
    await make_member(database, settings, org, plates=["沪A12345D"])
    cashier = await staff_client(role_code="cashier", stations=[org.stations[0].id])
    by_phone = (await cashier.execute(LOOKUP, {"phone": phone})).data["memberLookup"]
    assert by_phone == {"members": [{"number": member.number, "phone": phone[:3] + "****" + phone[-4:]}],
                        "errors": []}
    by_plate = (await cashier.execute(LOOKUP, {"plate": "沪a12345d"})).data["memberLookup"]
    assert len(by_plate["members"]) == 2
    none = (await cashier.execute(LOOKUP, {"phone": new_phone()})).data["memberLookup"]
    assert none == {"members": [], "errors": []}
    two = (await cashier.execute(LOOKUP, {"phone": phone, "plate": "沪A12345D"})).data["memberLookup"]
    assert two["errors"] == [{"field": "plate", "code": "REQUIRED"}]


async def test_a_member_code_works_once_and_not_after_it_expired(
        member_client: MemberClientFactory, staff_client: StaffClientFactory, settings: Settings) -> None:
    driver = await member_client()
    cashier = await staff_client(permissions=[P.VIEW_MEMBERS])
    made = (await driver.execute(CODE)).data["memberCodeCreate"]
    assert made["errors"] == [] and len(made["code"]) == 18
    found = (await cashier.execute(LOOKUP, {"code": made["code"]})).data["memberLookup"]
    assert [m["number"] for m in found["members"]] == [driver.member.number]  # type: ignore[attr-defined]
    used = (await cashier.execute(LOOKUP, {"code": made["code"]})).data["memberLookup"]
    assert used == {"members": [], "errors": [{"field": "memberCode", "code": "CODE_INVALID"}]}
    stale = (await driver.execute(CODE)).data["memberCodeCreate"]["code"]
    assert settings.redis_url is not None
    redis = Redis.from_url(settings.redis_url)
    try:  # 60 seconds pass
        import hashlib
        key = f"forecourt:member_code:{hashlib.sha256(stale.encode()).hexdigest()}"
        assert 55 <= await redis.ttl(key) <= 60
        await redis.delete(key)
    finally:
        await redis.aclose()
    expired = (await cashier.execute(LOOKUP, {"code": stale})).data["memberLookup"]
    assert expired["errors"] == [{"field": "memberCode", "code": "CODE_INVALID"}]


async def test_a_guest_gets_no_member_code(member_client: MemberClientFactory) -> None:
    guest = await member_client(registered=False)
    assert (await guest.execute(CODE)).data["memberCodeCreate"] == {
        "code": None, "expiresAt": None, "errors": [{"code": "NOT_REGISTERED"}]}
