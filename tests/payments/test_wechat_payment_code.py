"""The WeChat payment-code adapter against the local server that follows the v2 contract: signed XML both
ways, USERPAYING then a query, lost answers, refusals, forged answers, reversal."""

from __future__ import annotations

from api.payments.channels import ChannelState
from api.payments.fakes.wechat_v2 import FakeWeChatPay
from api.payments.wechat_v2 import WeChatMerchant, WeChatPaymentCode

CODE = "134567890123450"  # + four digits choosing the payer's behaviour


async def test_paid_at_once_then_queried(wechat: tuple[FakeWeChatPay, WeChatMerchant]) -> None:
    fake, merchant = wechat
    assert fake.orders == {}
    channel = WeChatPaymentCode(merchant)
    paid = await channel.pay("p1", 15_002, CODE + "123", "加油 92#")
    assert paid.state is ChannelState.SUCCESS and paid.amount_fen == 15_002 and paid.transaction_id
    queried = await channel.query("p1")
    assert (queried.state, queried.transaction_id) == (ChannelState.SUCCESS, paid.transaction_id)


async def test_userpaying_resolves_by_query(wechat: tuple[FakeWeChatPay, WeChatMerchant]) -> None:
    fake, merchant = wechat
    fake.confirm_after = 2
    channel = WeChatPaymentCode(merchant)
    assert (await channel.pay("p2", 100, "134567890123450000", "x")).state \
        is ChannelState.USERPAYING
    assert (await channel.query("p2")).state is ChannelState.USERPAYING
    assert (await channel.query("p2")).state is ChannelState.SUCCESS  # the payer entered the password


async def test_a_lost_answer_is_unknown_and_the_query_finds_the_payment(
        wechat: tuple[FakeWeChatPay, WeChatMerchant]) -> None:
    fake, merchant = wechat
    channel = WeChatPaymentCode(merchant)
    lost = await channel.pay("p3", 100, "134567890123457777", "x")
    assert (lost.state, lost.code) == (ChannelState.UNKNOWN, "SYSTEMERROR")
    assert (await channel.query("p3")).state is ChannelState.SUCCESS
    assert fake.calls["micropay:p3"] == 1  # never paid twice


async def test_refusals_and_forged_answers(wechat: tuple[FakeWeChatPay, WeChatMerchant]) -> None:
    fake, merchant = wechat
    channel = WeChatPaymentCode(merchant)
    expired = await channel.pay("p4", 100, "134567890123459999", "x")
    assert (expired.state, expired.code) == (ChannelState.FAILED, "AUTHCODEEXPIRE")
    broke = await channel.pay("p5", 100, "134567890123458888", "x")
    assert (broke.state, broke.code) == (ChannelState.FAILED, "NOTENOUGH")
    wrong_key = WeChatPaymentCode(WeChatMerchant(merchant.mch_id, merchant.app_id, "0" * 32,
                                                 api_base_url=merchant.api_base_url))
    refused = await wrong_key.pay("p6", 100, CODE + "123", "x")
    assert refused.state is ChannelState.UNKNOWN and refused.message == "签名错误"
    fake.sign_with = "f" * 32  # someone else answers
    forged = await channel.pay("p7", 100, CODE + "123", "x")
    assert (forged.state, forged.message) == (ChannelState.UNKNOWN, "bad signature on the answer")


async def test_reverse_closes_the_payment(wechat: tuple[FakeWeChatPay, WeChatMerchant]) -> None:
    fake, merchant = wechat
    channel = WeChatPaymentCode(merchant)
    await channel.pay("p8", 100, "134567890123450000", "x")
    assert (await channel.reverse("p8")).state is ChannelState.CLOSED
    assert (await channel.query("p8")).state is ChannelState.CLOSED
    assert fake.calls["reverse:p8"] == 1
