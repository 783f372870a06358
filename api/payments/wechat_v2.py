"""WeChat Pay payment code (付款码, API v2 `pay/micropay`) through wechatpy.

wechatpy sends signed XML but does not check the signature of the answers; this adapter does (MD5 over
the sorted fields with the merchant's API key, as the v2 rules say) and treats an unsigned or badly signed
answer as UNKNOWN: the payment is then queried, never assumed. Calls are blocking (requests) and run in a
thread. The API key is never logged (wechatpy logs requests at DEBUG: keep that logger quiet).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

import requests
import xmltodict
from wechatpy.exceptions import WeChatPayException
from wechatpy.pay import WeChatPay
from wechatpy.pay.utils import calculate_signature

from api.payments.channels import ChannelResult, ChannelState, RefundResult, RefundState

logging.getLogger("wechatpy").setLevel(logging.INFO)  # its DEBUG output carries signed requests
WECHAT_API = "https://api.mch.weixin.qq.com/"
PENDING_CODES = {"USERPAYING", "SYSTEMERROR", "BANKERROR"}  # per the micropay docs: query, do not retry pay
TRADE_STATES = {"SUCCESS": ChannelState.SUCCESS, "USERPAYING": ChannelState.USERPAYING, "NOTPAY": ChannelState.NOTPAY,
                "CLOSED": ChannelState.CLOSED, "REVOKED": ChannelState.CLOSED, "PAYERROR": ChannelState.FAILED,
                "REFUND": ChannelState.SUCCESS}


class SignatureError(Exception):
    """The answer is not signed by someone holding the merchant's key."""


@dataclass(frozen=True)
class WeChatMerchant:
    mch_id: str
    app_id: str
    api_key: str
    api_base_url: str = WECHAT_API
    client_ip: str = "127.0.0.1"

    def __repr__(self) -> str:  # never print the key
        return f"WeChatMerchant(mch_id={self.mch_id!r}, app_id={self.app_id!r})"


class _VerifyingClient(WeChatPay):
    def _handle_result(self, res: requests.Response) -> Any:
        res.encoding = "utf-8"
        try:
            data = xmltodict.parse(res.text)["xml"]
        except Exception as exc:
            raise SignatureError("unreadable answer") from exc
        if data.get("return_code") == "SUCCESS":
            fields = {k: v for k, v in data.items() if k != "sign" and v is not None}
            if data.get("sign") != calculate_signature(fields, self.api_key):
                raise SignatureError("bad signature on the answer")
        return super()._handle_result(res)


class WeChatPaymentCode:
    name = "wechat"

    def __init__(self, merchant: WeChatMerchant, *, timeout_s: float = 10.0) -> None:
        self.merchant = merchant
        self._client = _VerifyingClient(merchant.app_id, merchant.api_key, merchant.mch_id, timeout=timeout_s)
        self._client.API_BASE_URL = merchant.api_base_url

    async def _call(self, fn: Any, **kwargs: Any) -> ChannelResult:
        try:
            data = await asyncio.to_thread(fn, **kwargs)
        except SignatureError as exc:
            return ChannelResult(ChannelState.UNKNOWN, message=str(exc))
        except WeChatPayException as exc:
            code = exc.errcode or exc.return_code
            if code == "ORDERNOTEXIST":  # the channel never received it
                return ChannelResult(ChannelState.NOTPAY, code=code, message=exc.errmsg)
            state = ChannelState.USERPAYING if code == "USERPAYING" else (
                ChannelState.UNKNOWN if code in PENDING_CODES or exc.return_code != "SUCCESS" else ChannelState.FAILED)
            return ChannelResult(state, code=code, message=exc.errmsg or exc.return_msg)
        except requests.RequestException as exc:
            return ChannelResult(ChannelState.UNKNOWN, message=f"channel unreachable: {type(exc).__name__}")
        state = TRADE_STATES.get(data.get("trade_state", "SUCCESS"), ChannelState.UNKNOWN)
        total = data.get("total_fee")
        return ChannelResult(state, transaction_id=data.get("transaction_id"),
                             amount_fen=int(total) if total is not None else None,
                             code=data.get("trade_state"), message=data.get("trade_state_desc"))

    async def pay(self, out_trade_no: str, amount_fen: int, auth_code: str, description: str) -> ChannelResult:
        return await self._call(self._client.micropay.create, body=description, total_fee=amount_fen,
                                auth_code=auth_code, out_trade_no=out_trade_no, client_ip=self.merchant.client_ip)

    async def query(self, out_trade_no: str) -> ChannelResult:
        return await self._call(self._client.micropay.query, out_trade_no=out_trade_no)

    async def _refund_call(self, fn: Any, **kwargs: Any) -> RefundResult:
        try:
            data = await asyncio.to_thread(fn, **kwargs)
        except SignatureError as exc:
            return RefundResult(RefundState.UNKNOWN, message=str(exc))
        except WeChatPayException as exc:
            code = exc.errcode or exc.return_code
            unknown = code in PENDING_CODES or exc.return_code != "SUCCESS"
            return RefundResult(RefundState.UNKNOWN if unknown else RefundState.FAILED, code=code,
                                message=exc.errmsg or exc.return_msg)
        except requests.RequestException as exc:
            return RefundResult(RefundState.UNKNOWN, message=f"channel unreachable: {type(exc).__name__}")
        status = data.get("refund_status_0", "PROCESSING")  # apply answers "accepted"; the query tells the outcome
        state = {"SUCCESS": RefundState.SUCCESS, "PROCESSING": RefundState.PROCESSING,
                 "REFUNDCLOSE": RefundState.FAILED, "CHANGE": RefundState.FAILED}.get(status, RefundState.UNKNOWN)
        return RefundResult(state, refund_id=data.get("refund_id") or data.get("refund_id_0"), code=status)

    async def refund(self, out_trade_no: str, out_refund_no: str, total_fen: int, refund_fen: int) -> RefundResult:
        return await self._refund_call(self._client.refund.apply, total_fee=total_fen, refund_fee=refund_fen,
                                       out_refund_no=out_refund_no, out_trade_no=out_trade_no)

    async def refund_query(self, out_trade_no: str, out_refund_no: str) -> RefundResult:
        return await self._refund_call(self._client.refund.query, out_refund_no=out_refund_no)

    async def reverse(self, out_trade_no: str) -> ChannelResult:
        result = await self._call(self._client.order.reverse, out_trade_no=out_trade_no)
        if result.state is ChannelState.SUCCESS:
            return ChannelResult(ChannelState.CLOSED, code="REVOKED")
        return result
