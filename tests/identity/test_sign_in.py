"""Signing in and out over real HTTP: passwords, lockout, rotation, reuse, expiry and tampering."""

from __future__ import annotations

import jwt
import pytest

from api.core.db import Database
from api.settings import Settings
from tests.fixtures.identity import PASSWORD, make_user, sign_in
from tests.fixtures.org import Org
from tests.support.graphql import GraphQLClient

LOGIN = """mutation($u: String!, $p: String!) { tokenCreate(input: {username: $u, password: $p}) {
  token refreshToken user { username } errors { field message code } } }"""
REFRESH = """mutation($t: String!) { tokenRefresh(input: {refreshToken: $t}) {
  token refreshToken errors { field message code } } }"""
REVOKE = """mutation($t: String!) { tokenRevoke(input: {refreshToken: $t}) { errors { code } } }"""
VIEWER = "{ viewer { username permissions stations { code } } }"


async def test_sign_in_then_viewer(client: GraphQLClient, database: Database, org: Org) -> None:
    user = await make_user(database, org, role_code="cashier", stations=[org.stations[0].id])
    result = (await client.execute(LOGIN, {"u": user.username, "p": PASSWORD})).data["tokenCreate"]
    assert result["errors"] == [] and result["user"] == {"username": user.username}
    viewer = (await client.with_token(result["token"]).execute(VIEWER)).data["viewer"]
    assert viewer["username"] == user.username
    assert viewer["stations"] == [{"code": "S001"}]
    assert "OPERATE_POS" in viewer["permissions"] and "MANAGE_STAFF" not in viewer["permissions"]


async def test_wrong_password_does_not_say_which_part_was_wrong(
    client: GraphQLClient, database: Database, org: Org
) -> None:
    user = await make_user(database, org, role_code="cashier")
    wrong = (await client.execute(LOGIN, {"u": user.username, "p": "nope12345"})).data["tokenCreate"]
    unknown = (await client.execute(LOGIN, {"u": "nobody-here", "p": "nope12345"})).data["tokenCreate"]
    assert (
        wrong
        == unknown
        == {
            "token": None,
            "refreshToken": None,
            "user": None,
            "errors": [{"field": None, "message": "用户名或密码错误", "code": "INVALID_CREDENTIALS"}],
        }
    )


async def test_missing_fields_name_the_field(client: GraphQLClient) -> None:
    result = (await client.execute(LOGIN, {"u": "someone", "p": ""})).data["tokenCreate"]
    assert result["errors"] == [{"field": "password", "message": "请输入用户名和密码", "code": "REQUIRED"}]


async def test_brute_force_locks_the_username(
    client: GraphQLClient, database: Database, org: Org, settings: Settings
) -> None:
    user = await make_user(database, org, role_code="cashier")
    for _ in range(settings.login_max_failures):
        codes = (await client.execute(LOGIN, {"u": user.username, "p": "wrong-pass1"})).data["tokenCreate"]
        assert codes["errors"][0]["code"] == "INVALID_CREDENTIALS"
    # now even the right password is refused until the lockout ends
    locked = (await client.execute(LOGIN, {"u": user.username, "p": PASSWORD})).data["tokenCreate"]
    assert locked["token"] is None
    assert locked["errors"][0]["code"] == "LOCKED_OUT"
    assert locked["errors"][0]["message"] == "登录失败次数过多，账号已临时锁定，请 15 分钟后再试"


async def test_refresh_rotates_and_reuse_revokes_the_family(
    client: GraphQLClient, database: Database, org: Org
) -> None:
    user = await make_user(database, org, role_code="cashier")
    first = (await client.execute(LOGIN, {"u": user.username, "p": PASSWORD})).data["tokenCreate"]
    second = (await client.execute(REFRESH, {"t": first["refreshToken"]})).data["tokenRefresh"]
    assert second["errors"] == [] and second["refreshToken"] != first["refreshToken"]
    assert (await client.with_token(second["token"]).execute(VIEWER)).data["viewer"]["username"] == user.username

    # the first refresh token is presented again: someone copied it
    reuse = (await client.execute(REFRESH, {"t": first["refreshToken"]})).data["tokenRefresh"]
    assert reuse["token"] is None and reuse["errors"][0]["code"] == "TOKEN_REUSED"
    # the whole family is revoked: the newest refresh token and the access tokens die too
    later = (await client.execute(REFRESH, {"t": second["refreshToken"]})).data["tokenRefresh"]
    assert later["errors"][0]["code"] == "INVALID_TOKEN"
    assert (await client.with_token(second["token"]).execute(VIEWER)).error_codes == ["UNAUTHENTICATED"]


async def test_sign_out_ends_the_session(client: GraphQLClient, database: Database, org: Org) -> None:
    user = await make_user(database, org, role_code="cashier")
    tokens = (await client.execute(LOGIN, {"u": user.username, "p": PASSWORD})).data["tokenCreate"]
    assert (await client.execute(REVOKE, {"t": tokens["refreshToken"]})).data["tokenRevoke"]["errors"] == []
    assert (await client.with_token(tokens["token"]).execute(VIEWER)).error_codes == ["UNAUTHENTICATED"]
    refreshed = (await client.execute(REFRESH, {"t": tokens["refreshToken"]})).data["tokenRefresh"]
    assert refreshed["errors"][0]["code"] == "INVALID_TOKEN"


@pytest.mark.parametrize("bad", ["fcr_nothex_secret", "garbage", "fcr_" + "0" * 32 + "_secret"])
async def test_bad_refresh_tokens(client: GraphQLClient, bad: str) -> None:
    result = (await client.execute(REFRESH, {"t": bad})).data["tokenRefresh"]
    assert result["errors"] == [{"field": "refreshToken", "message": "登录已过期，请重新登录", "code": "INVALID_TOKEN"}]


async def test_expired_and_tampered_access_tokens(
    client: GraphQLClient, database: Database, org: Org, settings: Settings
) -> None:
    user = await make_user(database, org, role_code="company_admin")
    expired = await sign_in(database, settings, user, minutes=-1)
    assert (await client.with_token(expired).execute(VIEWER)).error_codes == ["UNAUTHENTICATED"]

    valid = await sign_in(database, settings, user)
    claims = jwt.decode(valid, options={"verify_signature": False})
    forged = jwt.encode(
        {**claims, "sub": str(user.id)}, "another-secret-of-sufficient-length-0123456789", algorithm="HS256"
    )
    assert (await client.with_token(forged).execute(VIEWER)).error_codes == ["UNAUTHENTICATED"]
    header, payload, signature = valid.split(".")
    assert (await client.with_token(f"{header}.{payload}x.{signature}").execute(VIEWER)).error_codes == [
        "UNAUTHENTICATED"
    ]
    assert (await client.with_token(valid).execute(VIEWER)).data["viewer"]["username"] == user.username


async def test_a_disabled_user_is_signed_out_at_once(
    staff_client: object, database: Database, org: Org, settings: Settings, client: GraphQLClient
) -> None:
    from api.core.permissions import Permission

    user = await make_user(database, org, role_code="cashier", stations=[org.stations[0].id])
    token = await sign_in(database, settings, user)
    admin = await staff_client(permissions=[Permission.MANAGE_STAFF, Permission.VIEW_STAFF])  # type: ignore[operator]
    from api.core.ids import to_global_id

    disable = """mutation($id: ID!) { staffUserActiveSet(input: {id: $id, isActive: false}) {
      staffUser { isActive } errors { code } } }"""
    result = (await admin.execute(disable, {"id": to_global_id("StaffUser", user.id)})).data["staffUserActiveSet"]
    assert result == {"staffUser": {"isActive": False}, "errors": []}
    assert (await client.with_token(token).execute(VIEWER)).error_codes == ["UNAUTHENTICATED"]
    login = (await client.execute(LOGIN, {"u": user.username, "p": PASSWORD})).data["tokenCreate"]
    assert login["errors"][0]["code"] == "INVALID_CREDENTIALS"


async def test_websocket_authenticates_in_connection_init(
    live_server: object, database: Database, org: Org, settings: Settings
) -> None:
    from tests.support.graphql import websocket_session
    from tests.support.live_server import LiveServer

    assert isinstance(live_server, LiveServer)
    user = await make_user(database, org, role_code="cashier", stations=[org.stations[0].id])
    token = await sign_in(database, settings, user)
    async with websocket_session(live_server.ws_url, token=token, origin="http://127.0.0.1:8000") as ws:
        await ws.subscribe("{ viewer { username } }")
        assert (await ws.receive())["payload"] == {"data": {"viewer": {"username": user.username}}}
    import websockets

    with pytest.raises(websockets.ConnectionClosedError) as refused:
        async with websocket_session(live_server.ws_url, token="not-a-token"):
            pass
    assert refused.value.rcvd is not None and refused.value.rcvd.code == 4403


async def test_many_usernames_from_one_ip_lock_the_ip(client: GraphQLClient, database: Database, org: Org,
                                                      settings: Settings) -> None:
    from redis.asyncio import Redis

    from api.identity.login import IP_FACTOR

    user = await make_user(database, org, role_code="cashier")
    async with Redis.from_url(str(settings.redis_url)) as redis:
        await redis.delete("forecourt:login:fail:ip:127.0.0.1")
        try:
            for i in range(settings.login_max_failures * IP_FACTOR):
                await client.execute(LOGIN, {"u": f"guess{i}", "p": "wrong-pass1"})
            locked = (await client.execute(LOGIN, {"u": user.username, "p": PASSWORD})).data["tokenCreate"]
            assert locked["errors"][0]["code"] == "LOCKED_OUT"
        finally:
            await redis.delete("forecourt:login:fail:ip:127.0.0.1")
