"""Members and access: phones masked without VIEW_PHONE_NUMBERS, companies never see each other's members,
members reach only themselves, staff phone changes audited with masked values, and the list without N+1."""

from __future__ import annotations

from sqlalchemy import select

from api.core.audit import AuditLog
from api.core.db import Database
from api.core.ids import to_global_id
from api.core.permissions import Permission as P
from api.settings import Settings
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.members import MemberClientFactory, make_member, new_phone
from tests.fixtures.org import Org, make_org
from tests.support.sql_counter import StatementCounter

LIST = """query($n: Int!, $f: MemberFilter) { members(first: $n, filter: $f) { totalCount edges { node {
  number phone name tags channel referrer { name } vehicles { plate vehicleType } } } } }"""
ONE = "query($id: ID!) { member(id: $id) { number phone vehicles { plate } } }"
UPDATE = """mutation($i: MemberUpdateInput!) { memberUpdate(input: $i) { member { number phone name tags }
  errors { field code } } }"""
ADD = """mutation($m: ID!, $p: String!) { memberVehicleAdd(input: {memberId: $m, plate: $p}) {
  vehicle { id plate } errors { field code } } }"""


def masked(phone: str) -> str:
    return phone[:3] + "****" + phone[-4:]


async def test_phones_are_masked_unless_permitted(staff_client: StaffClientFactory, database: Database,
                                                  settings: Settings, org: Org) -> None:
    phone = new_phone()
    member = await make_member(database, settings, org, phone=phone)
    viewer = await staff_client(permissions=[P.VIEW_MEMBERS])
    revealer = await staff_client(permissions=[P.VIEW_MEMBERS, P.VIEW_PHONE_NUMBERS])
    gid = to_global_id("Member", member.id)
    assert (await viewer.execute(ONE, {"id": gid})).data["member"]["phone"] == masked(phone)
    assert (await revealer.execute(ONE, {"id": gid})).data["member"]["phone"] == phone
    listed = (await viewer.execute(LIST, {"n": 5})).data["members"]["edges"]
    assert [e["node"]["phone"] for e in listed] == [masked(phone)]
    lookup = await viewer.execute("query($p: String) { memberLookup(phone: $p) { members { phone } } }", {"p": phone})
    assert lookup.data["memberLookup"]["members"] == [{"phone": masked(phone)}]
    node = await viewer.execute("query($id: ID!) { node(id: $id) { ... on Member { phone } } }", {"id": gid})
    assert node.data["node"] == {"phone": masked(phone)}


async def test_companies_never_see_each_others_members(staff_client: StaffClientFactory,
                                                       member_client: MemberClientFactory, database: Database,
                                                       settings: Settings, org: Org) -> None:
    other = await make_org(database)
    phone = new_phone()
    theirs = await make_member(database, settings, other, phone=phone, plates=["京B54321"], name="别家会员")
    ours = await staff_client(permissions=list(P))
    gid = to_global_id("Member", theirs.id)
    assert (await ours.execute(ONE, {"id": gid})).data["member"] is None
    assert (await ours.execute(LIST, {"n": 10})).data["members"]["totalCount"] == 0
    for search in (phone, "京B54321", theirs.number, "别家"):
        assert (await ours.execute(LIST, {"n": 10, "f": {"search": search}})).data["members"]["totalCount"] == 0
    found = await ours.execute("query($p: String) { memberLookup(phone: $p) { members { number } } }", {"p": phone})
    assert found.data["memberLookup"]["members"] == []
    update = (await ours.execute(UPDATE, {"i": {"id": gid, "name": "改名"}})).data["memberUpdate"]
    assert update == {"member": None, "errors": [{"field": "id", "code": "NOT_FOUND"}]}
    assert (await ours.execute(ADD, {"m": gid, "p": "京A11111"})).data["memberVehicleAdd"]["errors"] == [
        {"field": "memberId", "code": "NOT_FOUND"}]
    # a member of our company cannot touch them either, nor another member of its own company
    driver = await member_client()
    neighbour = await make_member(database, settings, org)
    for target in (gid, to_global_id("Member", neighbour.id)):
        response = await driver.execute(UPDATE, {"i": {"id": target, "name": "改名"}})
        assert response.error_codes == ["FORBIDDEN"] or response.data["memberUpdate"]["errors"], response.body
    async with database.session() as session:
        names = (await session.execute(select(AuditLog.action).where(AuditLog.object_id.in_(
            [str(theirs.id), str(neighbour.id)])))).all()
    assert names == []


async def test_a_member_edits_itself_but_not_its_tags_or_phone(member_client: MemberClientFactory) -> None:
    driver = await member_client()
    gid = to_global_id("Member", driver.member.id)  # type: ignore[attr-defined]
    ok = (await driver.execute(UPDATE, {"i": {"id": gid, "name": "张三"}})).data["memberUpdate"]
    assert ok["errors"] == [] and ok["member"]["name"] == "张三"
    assert (await driver.execute(UPDATE, {"i": {"id": gid, "tags": ["VIP"]}})).error_codes == ["FORBIDDEN"]
    assert (await driver.execute(UPDATE, {"i": {"id": gid, "phone": new_phone()}})).error_codes == ["FORBIDDEN"]
    added = (await driver.execute(ADD, {"m": gid, "p": "浙A88888"})).data["memberVehicleAdd"]
    assert added["errors"] == [] and added["vehicle"]["plate"] == "浙A88888"
    removed = await driver.execute("mutation($v: ID!) { memberVehicleRemove(input: {id: $v}) { member { vehicles "
                                   "{ plate } } errors { code } } }", {"v": added["vehicle"]["id"]})
    assert removed.data["memberVehicleRemove"] == {"member": {"vehicles": []}, "errors": []}


async def test_a_staff_phone_change_is_audited_masked(staff_client: StaffClientFactory, database: Database,
                                                      settings: Settings, org: Org) -> None:
    old, new = new_phone(), new_phone()
    member = await make_member(database, settings, org, phone=old)
    manager = await staff_client(permissions=[P.MANAGE_MEMBERS, P.VIEW_PHONE_NUMBERS])
    changed = (await manager.execute(UPDATE, {"i": {"id": to_global_id("Member", member.id), "phone": new,
                                                    "tags": ["车队", "VIP", "VIP"]}})).data["memberUpdate"]
    assert changed["errors"] == [] and changed["member"]["phone"] == new
    assert changed["member"]["tags"] == ["车队", "VIP"]
    async with database.session() as session:
        rows = (await session.scalars(select(AuditLog).where(AuditLog.object_id == str(member.id))
                                      .order_by(AuditLog.seq))).all()
    assert [r.action for r in rows] == ["member.phone_change", "member.update"]
    assert rows[0].before == {"phone": masked(old)} and rows[0].after == {"phone": masked(new)}
    assert all(old not in str(r.before) + str(r.after) and new not in str(r.before) + str(r.after) for r in rows)


async def test_filters(staff_client: StaffClientFactory, database: Database, settings: Settings, org: Org) -> None:
    from api.members.models import MemberChannel

    await make_member(database, settings, org, name="王五", tags=["VIP"], plates=["川A12345"])
    await make_member(database, settings, org, name="赵六", channel=MemberChannel.REFERRAL)
    viewer = await staff_client(permissions=[P.VIEW_MEMBERS])

    async def names(f: dict[str, object]) -> list[str]:
        edges = (await viewer.execute(LIST, {"n": 10, "f": f})).data["members"]["edges"]
        return sorted(e["node"]["name"] for e in edges)

    assert await names({"search": "王"}) == ["王五"]
    assert await names({"search": "川A12345"}) == ["王五"]
    assert await names({"tag": "VIP"}) == ["王五"]
    assert await names({"channel": "REFERRAL"}) == ["赵六"]
    assert await names({"registeredFrom": "2000-01-01", "registeredTo": "2000-12-31"}) == []


async def test_the_list_costs_the_same_for_1_and_20(staff_client: StaffClientFactory, database: Database,
                                                    settings: Settings, sql: StatementCounter) -> None:
    big = await make_org(database)
    from api.identity.models import StaffUser

    async with database.transaction() as session:
        referrer = StaffUser(company_id=big.company.id, username=f"r{big.company.code}", name="推荐人",
                             password_hash="x", employee_code="E1")
        session.add(referrer)
    for i in range(20):
        member = await make_member(database, settings, big, plates=[f"京A{i:05d}"], tags=["VIP"])
        if i % 2:
            async with database.transaction() as session:
                from api.members.models import Member

                row = await session.get(Member, member.id)
                assert row is not None
                row.referrer_id = referrer.id
    admin = await staff_client(permissions=list(P), in_org=big)

    async def count(n: int) -> int:
        with sql.counting():
            response = await admin.execute(LIST, {"n": n})
        assert len(response.data["members"]["edges"]) == n
        return sql.count

    assert await count(1) == await count(20)
