"""The WeChat Pay JSAPI (v3) adapter against the local v3 server: signed requests, every answer verified over
its exact body (an unverified one is UNKNOWN), prepay repeated with the same fields, the payment sheet's
paySign, query, close, and refunds whose retries reuse out_refund_no."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from api.payments.channels import ChannelState, RefundState
from api.payments.fakes.wechat_v3 import FakeWeChatNotifier
from api.payments.wechat_jsapi import JsapiMerchant, WeChatJsapi
from tests.fixtures.wechat import WeChatV3, new_private_key

OPENID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"
NOTIFY = "https://forecourt.example.com/notify/wechatpay/v3/station"


def _expire() -> datetime:
    return datetime.now(UTC) + timedelta(minutes=5)


def _channel(v3: WeChatV3, **changes: object) -> WeChatJsapi:
    fields = {"mch_id": v3.merchant.mch_id, "app_id": v3.merchant.app_id,
              "merchant_serial": v3.merchant.merchant_serial, "private_key_pem": v3.merchant.private_key_pem,
              "platform_keys": v3.merchant.platform_keys, "api_base_url": v3.merchant.api_base_url, **changes}
    return WeChatJsapi(JsapiMerchant(**fields), notify_url=NOTIFY)  # type: ignore[arg-type]


async def test_prepay_is_repeatable_and_the_payment_sheet_is_signed_as_the_docs_say(wechat_v3: WeChatV3) -> None:
    channel = _channel(wechat_v3)
    expire = _expire()
    first = await channel.prepay("j1000001", 15_002, OPENID, "第1加油站 加油", expire)
    assert first.state is ChannelState.SUCCESS and first.prepay_id and first.prepay_id.startswith("wx")
    again = await channel.prepay("j1000001", 15_002, OPENID, "第1加油站 加油", expire)  # a retry: the same prepay
    assert again.prepay_id == first.prepay_id and len(wechat_v3.fake.orders) == 1
    other = await channel.prepay("j1000001", 15_003, OPENID, "第1加油站 加油", expire)
    assert (other.state, other.code) == (ChannelState.FAILED, "OUT_TRADE_NO_USED")
    sheet = channel.request_payment(first.prepay_id, time_stamp="1763780096", nonce_str="5K8264ILTKCH16CQ2502SI8ZNMTM67VS")
    params = sheet.as_dict()
    assert params["package"] == f"prepay_id={first.prepay_id}" and params["signType"] == "RSA"
    assert params["appId"] == wechat_v3.merchant.app_id and params["timeStamp"] == "1763780096"
    signed = f"{params['appId']}\n{params['timeStamp']}\n{params['nonceStr']}\n{params['package']}\n".encode()
    wechat_v3.fake.merchant_public_key.verify(base64.b64decode(params["paySign"]), signed, padding.PKCS1v15(),
                                              hashes.SHA256())  # raises unless signed with the merchant's key
    assert channel.request_payment(first.prepay_id, time_stamp="1763780096",
                                   nonce_str="5K8264ILTKCH16CQ2502SI8ZNMTM67VS") == sheet  # deterministic
    assert wechat_v3.merchant.private_key_pem not in repr(wechat_v3.merchant)


async def test_query_follows_the_order_until_the_driver_pays(wechat_v3: WeChatV3) -> None:
    channel = _channel(wechat_v3)
    assert (await channel.query("j2000001")).state is ChannelState.NOTPAY  # the channel never had it
    prepay = await channel.prepay("j2000001", 9_900, OPENID, "加油", _expire())
    assert (await channel.query("j2000001")).state is ChannelState.NOTPAY
    assert prepay.prepay_id is not None
    await wechat_v3.fake.pay(prepay.prepay_id, notify=False)
    paid = await channel.query("j2000001")
    assert (paid.state, paid.amount_fen) == (ChannelState.SUCCESS, 9_900) and paid.transaction_id


async def test_close_an_unpaid_order_and_never_a_paid_one(wechat_v3: WeChatV3) -> None:
    channel = _channel(wechat_v3)
    unpaid = await channel.prepay("j3000001", 100, OPENID, "加油", _expire())
    assert (await channel.close("j3000001")).state is ChannelState.CLOSED
    assert (await channel.query("j3000001")).state is ChannelState.CLOSED
    assert unpaid.prepay_id is not None
    with pytest.raises(ValueError, match="refuses"):
        await wechat_v3.fake.pay(unpaid.prepay_id, notify=False)  # the sheet cannot be paid any more
    paid = await channel.prepay("j3000002", 100, OPENID, "加油", _expire())
    assert paid.prepay_id is not None
    await wechat_v3.fake.pay(paid.prepay_id, notify=False)
    refused = await channel.close("j3000002")
    assert (refused.state, refused.code) == (ChannelState.UNKNOWN, "ORDERPAID")  # the query tells: paid
    assert (await channel.close("j3000003")).state is ChannelState.NOTPAY


async def test_forged_or_unverifiable_answers_are_unknown_never_success(wechat_v3: WeChatV3) -> None:
    channel = _channel(wechat_v3)
    prepay = await channel.prepay("j4000001", 100, OPENID, "加油", _expire())
    assert prepay.prepay_id is not None
    await wechat_v3.fake.pay(prepay.prepay_id, notify=False)
    impostor = FakeWeChatNotifier(api_v3_key=wechat_v3.fake.platform.api_v3_key, serial=wechat_v3.fake.platform.serial)
    wechat_v3.fake.answer_signer = impostor  # someone else answers, under the serial we trust
    assert (await channel.query("j4000001")).state is ChannelState.UNKNOWN
    assert (await channel.prepay("j4000002", 100, OPENID, "加油", _expire())).state is ChannelState.UNKNOWN
    assert (await channel.refund("j4000001", "r4000001", 100, 100)).state is RefundState.UNKNOWN
    assert (await channel.close("j4000002")).state is ChannelState.UNKNOWN
    wechat_v3.fake.answer_signer = FakeWeChatNotifier(api_v3_key=b"0" * 32, serial="PUB_KEY_ID_0000000000000000")
    unknown_serial = await channel.query("j4000001")
    assert unknown_serial.state is ChannelState.UNKNOWN and "unknown serial" in (unknown_serial.message or "")
    wechat_v3.fake.answer_signer = None
    stale = _channel(wechat_v3, platform_keys={})  # no key to check answers with: nothing is believed
    assert (await stale.query("j4000001")).state is ChannelState.UNKNOWN
    assert (await channel.query("j4000001")).state is ChannelState.SUCCESS


async def test_requests_not_signed_by_the_merchant_are_refused(wechat_v3: WeChatV3) -> None:
    _, other_pem = new_private_key()
    wrong_key = _channel(wechat_v3, private_key_pem=other_pem)
    refused = await wrong_key.prepay("j5000001", 100, OPENID, "加油", _expire())
    assert (refused.state, refused.code) == (ChannelState.FAILED, "SIGN_ERROR")  # a signed, believable refusal
    assert "j5000001" not in wechat_v3.fake.orders
    async with httpx.AsyncClient(base_url=wechat_v3.merchant.api_base_url) as client:  # no Authorization at all
        bare = await client.get(f"v3/pay/transactions/out-trade-no/j5000001?mchid={wechat_v3.merchant.mch_id}")
    assert bare.status_code == 401 and bare.json()["code"] == "SIGN_ERROR"


async def test_refund_retries_reuse_out_refund_no_and_never_refund_twice(wechat_v3: WeChatV3) -> None:
    channel = _channel(wechat_v3)
    prepay = await channel.prepay("j6000001", 10_000, OPENID, "加油", _expire())
    assert prepay.prepay_id is not None
    await wechat_v3.fake.pay(prepay.prepay_id, notify=False)
    wechat_v3.fake.lose_answers = 1  # the refund is made, its answer lost
    assert (await channel.refund("j6000001", "r6000001", 10_000, 3_000)).state is RefundState.UNKNOWN
    retried = await channel.refund("j6000001", "r6000001", 10_000, 3_000)
    assert retried.state is RefundState.PROCESSING and retried.refund_id
    assert list(wechat_v3.fake.refunds) == ["r6000001"] and wechat_v3.fake.calls["refund:r6000001"] == 2
    too_much = await channel.refund("j6000001", "r6000002", 10_000, 7_001)
    assert (too_much.state, too_much.code) == (RefundState.FAILED, "NOT_ENOUGH")
    assert (await channel.refund_query("j6000001", "r6000001")).state is RefundState.PROCESSING
    wechat_v3.fake.refunds["r6000001"].notify_url = None
    await wechat_v3.fake.finish_refund("r6000001")
    done = await channel.refund_query("j6000001", "r6000001")
    assert (done.state, done.refund_id) == (RefundState.SUCCESS, retried.refund_id)
    assert (await channel.refund_query("j6000001", "r6009999")).state is RefundState.FAILED  # never made
    assert (await channel.query("j6000001")).state is ChannelState.SUCCESS  # trade_state REFUND: it was paid
