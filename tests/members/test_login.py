"""Mini-program sign-in: a `wx.login` code exchanged with the (local) WeChat server over HTTP; session_key never
leaves the platform; member tokens, refresh rotation and what a member token may do."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import func, select

from api.core.db import Database
from api.members.fakes.wechat_api import FakeWeChatApi
from api.members.models import Member, MemberStatus
from tests.fixtures.members import Program
from tests.support.graphql import GraphQLClient

LOGIN = """mutation($app: String!, $code: String!) { memberWechatLogin(input: {appId: $app, code: $code}) {
  token refreshToken member { id number status phone hasWechat } errors { field code message } } }"""
REFRESH = """mutation($t: String!) { memberTokenRefresh(input: {refreshToken: $t}) {
  token refreshToken member { number } errors { field code } } }"""
VIEWER = "{ memberViewer { number status } }"


async def test_a_first_sign_in_makes_a_guest_and_the_same_openid_finds_it_again(
        client: GraphQLClient, mini_program: Program, wechat_api: FakeWeChatApi, database: Database) -> None:
    first = (await client.execute(LOGIN, {"app": mini_program.app_id,
                                          "code": wechat_api.login_code("oDriver1", "uUnion1")})).data
    payload = first["memberWechatLogin"]
    assert payload["errors"] == []
    assert payload["member"]["status"] == "GUEST" and payload["member"]["hasWechat"] is True
    assert payload["member"]["phone"] is None
    again = (await client.execute(LOGIN, {"app": mini_program.app_id,
                                          "code": wechat_api.login_code("oDriver1")})).data["memberWechatLogin"]
    assert again["member"]["number"] == payload["member"]["number"]
    async with database.session() as session:
        rows = (await session.execute(select(Member.openid, Member.unionid, Member.status).where(
            Member.company_id == mini_program.org.company.id))).all()
    assert rows == [("oDriver1", "uUnion1", MemberStatus.GUEST)]
    me = await client.with_token(payload["token"]).execute(VIEWER)
    assert me.data["memberViewer"] == {"number": payload["member"]["number"], "status": "GUEST"}


async def test_a_bad_or_used_code_is_refused_with_the_field_named(
        client: GraphQLClient, mini_program: Program, wechat_api: FakeWeChatApi, database: Database) -> None:
    bad = (await client.execute(LOGIN, {"app": mini_program.app_id, "code": "not-a-real-code"})).data
    assert bad["memberWechatLogin"]["errors"] == [
        {"field": "code", "code": "INVALID_CODE", "message": "登录凭证无效或已使用，请重新登录"}]
    assert bad["memberWechatLogin"]["token"] is None
    code = wechat_api.login_code()
    assert (await client.execute(LOGIN, {"app": mini_program.app_id, "code": code})).data[
        "memberWechatLogin"]["errors"] == []
    used = (await client.execute(LOGIN, {"app": mini_program.app_id, "code": code})).data
    assert [e["code"] for e in used["memberWechatLogin"]["errors"]] == ["INVALID_CODE"]
    unknown = (await client.execute(LOGIN, {"app": "wx0000000000000000", "code": wechat_api.login_code()})).data
    assert unknown["memberWechatLogin"]["errors"][0]["field"] == "appId"
    async with database.session() as session:
        count = await session.scalar(select(func.count()).select_from(Member).where(
            Member.company_id == mini_program.org.company.id))
    assert count == 1


async def test_session_key_is_never_answered_nor_logged(
        client: GraphQLClient, mini_program: Program, wechat_api: FakeWeChatApi, caplog: pytest.LogCaptureFixture,
        capsys: pytest.CaptureFixture[str]) -> None:
    caplog.set_level(logging.DEBUG)
    before = len(wechat_api.session_keys)
    response = await client.execute(LOGIN, {"app": mini_program.app_id, "code": wechat_api.login_code()})
    member_client = client.with_token(response.data["memberWechatLogin"]["token"])
    me = await member_client.execute("{ memberViewer { number status name phone tags registeredAt } }")
    keys = wechat_api.session_keys[before:]
    assert len(keys) == 1
    captured = capsys.readouterr()
    everything = response.body.__repr__() + me.body.__repr__() + str(dict(response.headers)) + caplog.text + \
        captured.out + captured.err
    assert keys[0] not in everything
    assert "session_key" not in everything and "sessionKey" not in everything


async def test_refresh_rotates_and_a_replayed_token_ends_the_session(
        client: GraphQLClient, mini_program: Program, wechat_api: FakeWeChatApi) -> None:
    login = (await client.execute(LOGIN, {"app": mini_program.app_id,
                                          "code": wechat_api.login_code()})).data["memberWechatLogin"]
    first = (await client.execute(REFRESH, {"t": login["refreshToken"]})).data["memberTokenRefresh"]
    assert first["errors"] == [] and first["refreshToken"] != login["refreshToken"]
    assert (await client.with_token(first["token"]).execute(VIEWER)).data["memberViewer"]["number"] == \
        login["member"]["number"]
    replay = (await client.execute(REFRESH, {"t": login["refreshToken"]})).data["memberTokenRefresh"]
    assert replay["errors"] == [{"field": "refreshToken", "code": "TOKEN_REUSED"}]
    after = await client.with_token(first["token"]).execute(VIEWER)
    assert after.error_codes == ["UNAUTHENTICATED"]
    assert (await client.execute(REFRESH, {"t": first["refreshToken"]})).data["memberTokenRefresh"]["errors"] == [
        {"field": "refreshToken", "code": "INVALID_TOKEN"}]


async def test_a_member_token_opens_no_staff_operation(member_client: object) -> None:
    member = await member_client()  # type: ignore[operator]
    for query in ("{ members(first: 5) { totalCount } }", "{ stations(first: 5) { totalCount } }",
                  "{ memberGrowth(registeredFrom: \"2026-01-01\", registeredTo: \"2026-12-31\") { count } }",
                  "mutation { memberRegister(input: {phone: \"13912345678\", consent: true}) { errors { code } } }"):
        assert (await member.execute(query)).error_codes == ["FORBIDDEN"], query


async def test_a_staff_token_is_not_a_member(staff_client: object) -> None:
    from api.core.permissions import Permission

    staff = await staff_client(permissions=list(Permission))  # type: ignore[operator]
    for query in ("{ memberViewer { number } }", "mutation { memberCodeCreate { code } }",
                  'mutation { memberSmsCodeSend(input: {phone: "13912345678"}) { sent } }'):
        assert (await staff.execute(query)).error_codes == ["FORBIDDEN"], query
