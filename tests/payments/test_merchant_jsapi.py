"""A WeChat merchant account's JSAPI settings over GraphQL: the mini-program appid, the merchant API certificate's
serial and private key (write-only: never in an answer, a log or the audit log; kept when left empty), the WeChat
Pay public key; refused with the field named when they do not parse; out of reach without the permission or
the station."""

from __future__ import annotations

import json
import logging
import secrets
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import func, select

from api.core.audit import AuditLog
from api.core.db import Database
from api.core.ids import to_global_id
from api.core.permissions import Permission as P
from api.core.personal_data import decrypt
from api.payments.fakes.wechat_v3 import FakeWeChatNotifier
from api.payments.merchants import jsapi_channel
from api.payments.models import PaymentMerchant
from api.settings import Settings
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.org import Org
from tests.fixtures.wechat import API_KEY, APP_ID, MCH_ID, MERCHANT_SERIAL, MINI_APP_ID, new_private_key
from tests.support.graphql import GraphQLClient

FIELDS = ("id channel mchId appId payeeName apiBaseUrl platformKeySerials notificationsEnabled feeRateBp "
          "jsapiConfigured miniProgramAppId merchantSerial")
SET = f"""mutation($input: PaymentMerchantSetInput!) {{ paymentMerchantSet(input: $input) {{
  merchant {{ {FIELDS} }} errors {{ field code message }} }} }}"""
LIST = f"query($s: ID!) {{ paymentMerchants(stationId: $s) {{ {FIELDS} }} }}"
NOTIFIER = FakeWeChatNotifier(api_v3_key=secrets.token_hex(16).encode())
KEY_PEM = new_private_key()[1]
OTHER_KEY_PEM = new_private_key()[1]


def _input(org: Org, **changes: Any) -> dict[str, Any]:
    """Every field of a WeChat account with JSAPI, for the first station."""
    return {"stationId": to_global_id("Station", org.stations[0].id), "mchId": MCH_ID, "appId": APP_ID,
            "apiKey": API_KEY, "payeeName": "石桥辅加油站", "apiV3Key": NOTIFIER.api_v3_key.decode(),
            "platformKeys": [{"serial": NOTIFIER.serial, "pem": NOTIFIER.public_key_pem}],
            "miniProgramAppId": MINI_APP_ID, "merchantSerial": MERCHANT_SERIAL.lower(),
            "merchantPrivateKey": KEY_PEM, **changes}


def _secrets_in(text: str) -> list[str]:
    """Which secret (or a line of one) appears in `text`."""
    lines = [line for pem in (KEY_PEM, OTHER_KEY_PEM) for line in pem.splitlines()[1:-1]]
    return [s for s in (API_KEY, NOTIFIER.api_v3_key.decode(), *lines) if s in text]


async def _footprint(database: Database, org: Org) -> tuple[int, int, list[tuple[Any, ...]]]:
    """(audit rows, merchant accounts, what each holds) of the company."""
    async with database.session() as session:
        audits = await session.scalar(select(func.count()).select_from(AuditLog)
                                      .where(AuditLog.company_id == org.company.id))
        rows = (await session.execute(select(
            PaymentMerchant.station_id, PaymentMerchant.mini_program_app_id, PaymentMerchant.merchant_serial,
            PaymentMerchant.merchant_private_key_encrypted, PaymentMerchant.platform_keys)
            .where(PaymentMerchant.company_id == org.company.id).order_by(PaymentMerchant.station_id))).all()
    return int(audits or 0), len(rows), [tuple(r) for r in rows]


async def _audits(database: Database, org: Org) -> list[AuditLog]:
    async with database.session() as session:
        return list((await session.scalars(select(AuditLog).where(
            AuditLog.company_id == org.company.id, AuditLog.action == "payment_merchant.set")
            .order_by(AuditLog.occurred_at))).all())


@pytest.fixture
async def admin(staff_client: StaffClientFactory) -> GraphQLClient:
    return await staff_client(permissions=[P.MANAGE_SETTINGS])


async def test_jsapi_is_configured_and_its_key_never_shown(
        admin: GraphQLClient, org: Org, database: Database, settings: Settings, caplog: pytest.LogCaptureFixture,
        capfd: pytest.CaptureFixture[str]) -> None:
    caplog.set_level(logging.DEBUG)
    result = await admin.execute(SET, {"input": _input(org)})
    answer = result.data["paymentMerchantSet"]
    assert answer["errors"] == []
    merchant = answer["merchant"]
    assert (merchant["jsapiConfigured"], merchant["miniProgramAppId"], merchant["merchantSerial"],
            merchant["notificationsEnabled"], merchant["platformKeySerials"]) == (
        True, MINI_APP_ID, MERCHANT_SERIAL, True, [NOTIFIER.serial])
    listed = await admin.execute(LIST, {"s": to_global_id("Station", org.stations[0].id)})
    assert listed.data["paymentMerchants"] == [merchant]

    async with database.session() as session:
        stored = await session.scalar(select(PaymentMerchant).where(PaymentMerchant.company_id == org.company.id))
        assert stored is not None
        assert decrypt(settings.data_key, stored.merchant_private_key_encrypted or b"") == KEY_PEM.strip()
        channel = jsapi_channel(stored, settings.data_key)  # the stored keys make a working client
        assert channel.merchant.app_id == MINI_APP_ID and channel.merchant.merchant_serial == MERCHANT_SERIAL
    [audit] = await _audits(database, org)
    assert audit.before is None and audit.after is not None
    assert {k: audit.after[k] for k in ("mini_program_app_id", "merchant_serial", "merchant_private_key_changed",
                                        "merchant_private_key_held", "jsapi_configured")} == {
        "mini_program_app_id": MINI_APP_ID, "merchant_serial": MERCHANT_SERIAL, "merchant_private_key_changed": True,
        "merchant_private_key_held": True, "jsapi_configured": True}
    out, err = capfd.readouterr()
    assert _secrets_in(json.dumps(result.body) + json.dumps(listed.body) + json.dumps(audit.after)) == []
    assert _secrets_in(out + err + caplog.text) == []


async def test_an_update_left_empty_keeps_the_stored_key(admin: GraphQLClient, org: Org, database: Database) -> None:
    assert (await admin.execute(SET, {"input": _input(org)})).data["paymentMerchantSet"]["errors"] == []
    _, _, [before] = await _footprint(database, org)
    changed = await admin.execute(SET, {"input": _input(org, apiKey=None, apiV3Key=None, platformKeys=None,
                                                        merchantPrivateKey="", miniProgramAppId="",
                                                        merchantSerial="7E1F0000AAAA0000BBBB0000CCCC0000DDDD0000")})
    merchant = changed.data["paymentMerchantSet"]["merchant"]
    assert (merchant["jsapiConfigured"], merchant["miniProgramAppId"], merchant["merchantSerial"]) == (
        True, MINI_APP_ID, "7E1F0000AAAA0000BBBB0000CCCC0000DDDD0000")
    _, _, [after] = await _footprint(database, org)
    assert after[3] == before[3] and after[4] == before[4]  # the same encrypted key, the same WeChat Pay keys
    first, second = await _audits(database, org)
    assert second.before is not None and second.after is not None
    assert (second.before["merchant_serial"], second.after["merchant_serial"]) == (
        MERCHANT_SERIAL, "7E1F0000AAAA0000BBBB0000CCCC0000DDDD0000")
    assert second.after["merchant_private_key_changed"] is False and second.after["merchant_private_key_held"]
    assert _secrets_in(json.dumps([first.after, second.before, second.after])) == []

    replaced = await admin.execute(SET, {"input": _input(org, merchantPrivateKey=OTHER_KEY_PEM)})
    assert replaced.data["paymentMerchantSet"]["errors"] == []
    _, _, [rotated] = await _footprint(database, org)
    assert rotated[3] != before[3]


def _ec_key() -> str:
    return ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode()


KEY_ERROR = {"field": "merchantPrivateKey", "code": "INVALID", "message": "商户 API 私钥须为 PEM 格式的 RSA 私钥"}


@pytest.mark.parametrize(("changes", "errors"), [
    ({"merchantPrivateKey": "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----"}, [KEY_ERROR]),
    ({"merchantPrivateKey": _ec_key()}, [KEY_ERROR]),  # a private key, but not RSA
    ({"merchantPrivateKey": NOTIFIER.public_key_pem}, [KEY_ERROR]),  # the public half
    ({"merchantSerial": "serial-no-1"},
     [{"field": "merchantSerial", "code": "INVALID", "message": "商户 API 证书序列号须为十六进制"}]),
    ({"miniProgramAppId": "8888888888"},
     [{"field": "miniProgramAppId", "code": "INVALID", "message": "小程序 AppID 须以 wx 开头"}]),
    ({"merchantSerial": None},
     [{"field": "merchantSerial", "code": "INVALID", "message": "商户 API 私钥与证书序列号须一起提供"}]),
    ({"channel": "alipay", "mchId": "2088101122136241", "appId": "2016073100131450", "apiKey": KEY_PEM,
      "platformKeys": [{"serial": "alipay", "pem": NOTIFIER.public_key_pem}], "apiV3Key": None},
     [{"field": name, "code": "INVALID", "message": "小程序支付（JSAPI）仅用于微信支付商户号"}
      for name in ("miniProgramAppId", "merchantSerial", "merchantPrivateKey")]),
], ids=["not-a-key", "ec-key", "public-key", "bad-serial", "bad-appid", "key-without-serial", "alipay"])
async def test_bad_jsapi_settings_are_refused_naming_the_field(
        changes: dict[str, Any], errors: list[dict[str, str]], admin: GraphQLClient, org: Org,
        database: Database) -> None:
    before = await _footprint(database, org)
    result = await admin.execute(SET, {"input": _input(org, **changes)})
    assert result.data["paymentMerchantSet"] == {"merchant": None, "errors": errors}
    assert _secrets_in(json.dumps(result.body)) == []
    assert await _footprint(database, org) == before


async def test_a_bad_key_on_an_update_keeps_the_account_as_it_was(admin: GraphQLClient, org: Org,
                                                                  database: Database) -> None:
    assert (await admin.execute(SET, {"input": _input(org)})).data["paymentMerchantSet"]["errors"] == []
    before = await _footprint(database, org)
    result = await admin.execute(SET, {"input": _input(org, merchantSerial="ABCDEF0123456789",
                                                       merchantPrivateKey="-----BEGIN RSA PRIVATE KEY-----")})
    assert result.data["paymentMerchantSet"]["errors"] == [KEY_ERROR]
    assert await _footprint(database, org) == before


async def test_without_a_token_nothing_changes(client: GraphQLClient, org: Org, database: Database) -> None:
    before = await _footprint(database, org)
    result = await client.execute(SET, {"input": _input(org)})
    assert result.error_codes == ["UNAUTHENTICATED"]
    listed = await client.execute(LIST, {"s": to_global_id("Station", org.stations[0].id)})
    assert listed.error_codes == ["UNAUTHENTICATED"]
    assert await _footprint(database, org) == before


async def test_without_the_permission_nothing_changes(admin: GraphQLClient, staff_client: StaffClientFactory,
                                                      org: Org, database: Database) -> None:
    assert (await admin.execute(SET, {"input": _input(org)})).data["paymentMerchantSet"]["errors"] == []
    before = await _footprint(database, org)
    cashier = await staff_client(permissions=[P.OPERATE_POS, P.VIEW_ORDERS], stations=[org.stations[0].id])
    result = await cashier.execute(SET, {"input": _input(org, merchantPrivateKey=OTHER_KEY_PEM)})
    assert result.error_codes == ["FORBIDDEN"]
    listed = await cashier.execute(LIST, {"s": to_global_id("Station", org.stations[0].id)})
    assert listed.error_codes == ["FORBIDDEN"]
    assert _secrets_in(json.dumps(result.body) + json.dumps(listed.body)) == []
    assert await _footprint(database, org) == before


async def test_another_stations_account_is_out_of_reach(admin: GraphQLClient, staff_client: StaffClientFactory,
                                                        org: Org, database: Database) -> None:
    a, b = org.stations
    other = to_global_id("Station", b.id)
    assert (await admin.execute(SET, {"input": _input(org, stationId=other)})).data["paymentMerchantSet"][
        "errors"] == []
    before = await _footprint(database, org)
    insider = await staff_client(permissions=[P.MANAGE_SETTINGS], stations=[a.id])
    result = await insider.execute(SET, {"input": _input(org, stationId=other, merchantPrivateKey=OTHER_KEY_PEM,
                                                         miniProgramAppId="wx7777777777777777")})
    assert result.error_codes == ["FORBIDDEN"]
    listed = await insider.execute(LIST, {"s": other})
    assert listed.error_codes == ["FORBIDDEN"]
    assert "wx7777777777777777" not in json.dumps(listed.body) and MINI_APP_ID not in json.dumps(listed.body)
    assert await _footprint(database, org) == before
