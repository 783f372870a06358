"""The Alipay face-to-face adapter against the local gateway: RSA2 both ways, WAIT_BUYER_PAY then a query,
lost answers, invalid codes, forged answers, cancel, and refunds by out_request_no."""

from __future__ import annotations

from api.payments.alipay import AlipayMerchant, AlipayPaymentCode
from api.payments.channels import ChannelState, RefundState
from api.payments.fakes.alipay import FakeAlipay

CODE = "28763443825664"  # + four digits choosing the payer's behaviour


async def test_paid_refunded_and_queried(alipay: tuple[FakeAlipay, AlipayMerchant]) -> None:
    fake, merchant = alipay
    channel = AlipayPaymentCode(merchant)
    paid = await channel.pay("a1", 15_002, CODE + "1234", "加油 92#")
    assert (paid.state, paid.amount_fen) == (ChannelState.SUCCESS, 15_002) and paid.transaction_id
    refund = await channel.refund("a1", "r1", 15_002, 2_000)
    assert refund.state is RefundState.SUCCESS
    assert (await channel.refund("a1", "r1", 15_002, 2_000)).state is RefundState.SUCCESS  # the same request no
    assert fake.trades["a1"].refunds == {"r1": 2_000}
    assert (await channel.refund_query("a1", "r1")).state is RefundState.SUCCESS


async def test_waiting_lost_invalid_and_cancelled(alipay: tuple[FakeAlipay, AlipayMerchant]) -> None:
    fake, merchant = alipay
    channel = AlipayPaymentCode(merchant)
    assert (await channel.pay("a2", 100, CODE + "0000", "x")).state is ChannelState.USERPAYING
    assert (await channel.query("a2")).state is ChannelState.USERPAYING
    assert (await channel.query("a2")).state is ChannelState.SUCCESS
    lost = await channel.pay("a3", 100, CODE + "7777", "x")
    assert lost.state is ChannelState.UNKNOWN and (await channel.query("a3")).state is ChannelState.SUCCESS
    invalid = await channel.pay("a4", 100, CODE + "9999", "x")
    assert (invalid.state, invalid.code) == (ChannelState.FAILED, "ACQ.PAYMENT_AUTH_CODE_INVALID")
    assert (await channel.query("nothing")).state is ChannelState.NOTPAY
    fake.confirm_after = 100
    await channel.pay("a5", 100, CODE + "0000", "x")
    assert (await channel.reverse("a5")).state is ChannelState.CLOSED
    assert (await channel.query("a5")).state is ChannelState.CLOSED


async def test_forged_answers_and_requests_are_refused(alipay: tuple[FakeAlipay, AlipayMerchant]) -> None:
    fake, merchant = alipay
    impostor = FakeAlipay(app_public_keys={})
    forged = AlipayPaymentCode(AlipayMerchant(merchant.app_id, merchant.app_private_key_pem, impostor.public_key_pem,
                                              gateway=merchant.gateway))
    assert (await forged.pay("a6", 100, CODE + "1234", "x")).state is ChannelState.UNKNOWN  # answer not believed
    _, other_pem = FakeAlipay.new_app()
    wrong_key = AlipayPaymentCode(AlipayMerchant(merchant.app_id, other_pem, merchant.alipay_public_key_pem,
                                                 gateway=merchant.gateway))
    refused = await wrong_key.pay("a7", 100, CODE + "1234", "x")
    assert (refused.state, refused.code) == (ChannelState.FAILED, "isv.invalid-signature")
    assert "a7" not in fake.trades
