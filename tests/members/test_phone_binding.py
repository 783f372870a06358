"""Binding a phone from the mini-program: the WeChat phone-number component, or an SMS code (hashed, 5 minutes,
5 tries, one per phone per minute); a guest becomes a member, or merges into the member the POS registered."""

from __future__ import annotations

from redis.asyncio import Redis
from sqlalchemy import func, select

from api.core.audit import AuditLog
from api.core.db import Database
from api.core.personal_data import lookup_index
from api.members.fakes.sms import FakeSms
from api.members.fakes.wechat_api import FakeWeChatApi
from api.members.models import Member, MemberStatus
from api.settings import Settings
from tests.fixtures.members import MemberClientFactory, Program, make_member, new_phone
from tests.support.graphql import GraphQLClient

SEND = 'mutation($p: String!) { memberSmsCodeSend(input: {phone: $p}) { sent errors { field code message } } }'
BIND = """mutation($p: String, $c: String, $w: String) { memberPhoneBind(input: {phone: $p, smsCode: $c, wechatCode: $w})
  { member { number status phone channel registeredAt } errors { field code } } }"""
LOGIN = """mutation($app: String!, $code: String!) { memberWechatLogin(input: {appId: $app, code: $code}) {
  token member { number } errors { code } } }"""


async def _redis(settings: Settings) -> Redis:
    assert settings.redis_url is not None
    return Redis.from_url(settings.redis_url)


async def test_an_sms_code_registers_the_guest(member_client: MemberClientFactory, sms_outbox: FakeSms,
                                               settings: Settings, database: Database) -> None:
    guest = await member_client(registered=False)
    phone = new_phone()
    assert (await guest.execute(SEND, {"p": phone})).data["memberSmsCodeSend"] == {"sent": True, "errors": []}
    code = sms_outbox.last_code(phone)
    assert code is not None
    redis = await _redis(settings)
    try:
        stored = await redis.hgetall(f"forecourt:sms:code:{lookup_index(settings.data_key, phone)}")
        assert code.encode() not in b"".join(stored.values())  # only its HMAC is kept
        ttl = await redis.ttl(f"forecourt:sms:code:{lookup_index(settings.data_key, phone)}")
        assert 290 <= ttl <= 300
    finally:
        await redis.aclose()
    bound = (await guest.execute(BIND, {"p": phone, "c": code})).data["memberPhoneBind"]
    assert bound["errors"] == []
    assert bound["member"]["status"] == "REGISTERED" and bound["member"]["channel"] == "MINI_PROGRAM"
    assert bound["member"]["phone"] == phone[:3] + "****" + phone[-4:]
    again = (await guest.execute(BIND, {"p": phone, "c": code})).data["memberPhoneBind"]
    assert again["errors"] == [{"field": "smsCode", "code": "CODE_EXPIRED"}]  # used once
    async with database.session() as session:
        audits = (await session.scalars(select(AuditLog).where(AuditLog.object_id == str(guest.member.id),  # type: ignore[attr-defined]
                                                               AuditLog.action == "member.register"))).all()
    assert len(audits) == 1 and phone not in str(audits[0].after) and audits[0].after["phone"].count("*") == 4


async def test_five_wrong_codes_void_the_code(member_client: MemberClientFactory, sms_outbox: FakeSms,
                                              database: Database) -> None:
    guest = await member_client(registered=False)
    phone = new_phone()
    await guest.execute(SEND, {"p": phone})
    code = sms_outbox.last_code(phone)
    assert code is not None
    wrong = "000000" if code != "000000" else "111111"
    codes = [(await guest.execute(BIND, {"p": phone, "c": wrong})).data["memberPhoneBind"]["errors"][0]["code"]
             for _ in range(5)]
    assert codes == ["INVALID_CODE"] * 4 + ["TOO_MANY_TRIES"]
    late = (await guest.execute(BIND, {"p": phone, "c": code})).data["memberPhoneBind"]
    assert late["errors"] == [{"field": "smsCode", "code": "CODE_EXPIRED"}]
    async with database.session() as session:
        member = await session.get(Member, guest.member.id)  # type: ignore[attr-defined]
    assert member is not None and member.status is MemberStatus.GUEST and member.phone_index is None


async def test_an_expired_code_is_refused(member_client: MemberClientFactory, sms_outbox: FakeSms,
                                          settings: Settings) -> None:
    guest = await member_client(registered=False)
    phone = new_phone()
    await guest.execute(SEND, {"p": phone})
    code = sms_outbox.last_code(phone)
    redis = await _redis(settings)
    try:  # five minutes pass
        await redis.delete(f"forecourt:sms:code:{lookup_index(settings.data_key, phone)}")
    finally:
        await redis.aclose()
    late = (await guest.execute(BIND, {"p": phone, "c": code})).data["memberPhoneBind"]
    assert late["errors"] == [{"field": "smsCode", "code": "CODE_EXPIRED"}]


async def test_one_code_per_phone_per_minute(member_client: MemberClientFactory, sms_outbox: FakeSms) -> None:
    guest = await member_client(registered=False)
    other = await member_client(registered=False)
    phone = new_phone()
    assert (await guest.execute(SEND, {"p": phone})).data["memberSmsCodeSend"]["sent"] is True
    second = (await other.execute(SEND, {"p": phone})).data["memberSmsCodeSend"]
    assert second["sent"] is False and second["errors"][0]["code"] == "RATE_LIMITED"
    assert sms_outbox.sent_to(phone) == 1
    bad = (await guest.execute(SEND, {"p": "12345"})).data["memberSmsCodeSend"]
    assert bad["errors"] == [{"field": "phone", "code": "INVALID", "message": "手机号格式不正确"}]


async def test_the_wechat_phone_component_merges_the_guest_into_the_pos_member(
        client: GraphQLClient, mini_program: Program, wechat_api: FakeWeChatApi, settings: Settings,
        database: Database) -> None:
    phone = new_phone()
    registered = await make_member(database, settings, mini_program.org, phone=phone, plates=["京A12345"])
    login = (await client.execute(LOGIN, {"app": mini_program.app_id,
                                          "code": wechat_api.login_code("oMerge")})).data["memberWechatLogin"]
    guest = client.with_token(login["token"])
    bad = (await guest.execute(BIND, {"w": "nope"})).data["memberPhoneBind"]
    assert bad["errors"] == [{"field": "wechatCode", "code": "INVALID_CODE"}]
    bound = (await guest.execute(BIND, {"w": wechat_api.phone_code(phone)})).data["memberPhoneBind"]
    assert bound["errors"] == []
    assert bound["member"]["number"] == registered.number  # the same person: the POS member
    me = (await guest.execute("{ memberViewer { number status vehicles { plate } } }")).data["memberViewer"]
    assert me == {"number": registered.number, "status": "REGISTERED", "vehicles": [{"plate": "京A12345"}]}
    async with database.session() as session:
        rows = (await session.execute(select(Member.number, Member.openid).where(
            Member.company_id == mini_program.org.company.id))).all()
    assert rows == [(registered.number, "oMerge")]
    # signing in again finds the registered member
    again = (await client.execute(LOGIN, {"app": mini_program.app_id,
                                          "code": wechat_api.login_code("oMerge")})).data["memberWechatLogin"]
    assert again["member"]["number"] == registered.number


async def test_a_phone_of_another_wechat_member_is_refused(member_client: MemberClientFactory, sms_outbox: FakeSms,
                                                           database: Database, settings: Settings) -> None:
    phone = new_phone()
    owner = await member_client(phone=phone, openid="oOwner")
    guest = await member_client(registered=False, in_org=None)
    await guest.execute(SEND, {"p": phone})
    refused = (await guest.execute(BIND, {"p": phone, "c": sms_outbox.last_code(phone)})).data["memberPhoneBind"]
    assert refused["errors"] == [{"field": "phone", "code": "PHONE_TAKEN"}]
    async with database.session() as session:
        count = await session.scalar(select(func.count()).select_from(Member).where(
            Member.phone_index == lookup_index(settings.data_key, phone)))
    assert count == 1 and owner.member.openid == "oOwner"  # type: ignore[attr-defined]
