"""A local WeChat Pay v2 payment-code server that follows the real contract, for tests and the demo.

It serves `pay/micropay`, `pay/orderquery` and `secapi/pay/reverse`: XML in and out, every request's
signature checked with the merchant's API key (MD5 over the sorted non-empty fields, as the v2 rules say)
and every answer signed the same way. How the payer behaves is chosen by the payment code's last four
digits (a real code is 18 digits starting 10-15):

    ...0000  the payer confirms with a password: USERPAYING, paid after `confirm_after` queries
    ...7777  the answer to micropay is lost (SYSTEMERROR) although the payment went through
    ...8888  insufficient balance (NOTENOUGH)
    ...9999  the code expired (AUTHCODEEXPIRE)
    other    paid at once

A second micropay with the same `out_trade_no` answers like the first (the real API refuses to pay an
order twice).
"""

from __future__ import annotations

import re
import secrets
from collections import Counter
from dataclasses import dataclass, field

import xmltodict
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from wechatpy.pay.utils import calculate_signature

AUTH_CODE = re.compile(r"^1[0-5]\d{16}$")


@dataclass
class FakeOrder:
    out_trade_no: str
    total_fee: int
    auth_code: str
    state: str  # SUCCESS, USERPAYING, PAYERROR, REVOKED
    transaction_id: str
    queries: int = 0


@dataclass
class FakeRefund:
    out_refund_no: str
    out_trade_no: str
    refund_fee: int
    refund_id: str
    state: str = "PROCESSING"  # SUCCESS after the first query


@dataclass
class FakeWeChatPay:
    keys: dict[str, str]  # mch_id -> API key
    app_ids: dict[str, str]  # mch_id -> appid
    confirm_after: int = 2
    orders: dict[str, FakeOrder] = field(default_factory=dict)
    refunds: dict[str, FakeRefund] = field(default_factory=dict)
    calls: Counter[str] = field(default_factory=Counter)
    sign_with: str | None = None  # answer with this key instead (a forged server, for tests)

    def app(self) -> Starlette:
        return Starlette(routes=[Route("/pay/micropay", self._micropay, methods=["POST"]),
                                 Route("/pay/orderquery", self._query, methods=["POST"]),
                                 Route("/secapi/pay/reverse", self._reverse, methods=["POST"]),
                                 Route("/secapi/pay/refund", self._refund, methods=["POST"]),
                                 Route("/pay/refundquery", self._refund_query, methods=["POST"])])

    def _answer(self, mch_id: str, fields: dict[str, str]) -> Response:
        data = {"return_code": "SUCCESS", "return_msg": "OK", "mch_id": mch_id, "appid": self.app_ids.get(mch_id, ""),
                "nonce_str": secrets.token_hex(16), **fields}
        key = self.sign_with or self.keys.get(mch_id, "")
        data["sign"] = calculate_signature(data, key)
        return Response(xmltodict.unparse({"xml": data}), media_type="text/xml")

    @staticmethod
    def _fail_return(message: str) -> Response:
        return Response(xmltodict.unparse({"xml": {"return_code": "FAIL", "return_msg": message}}),
                        media_type="text/xml")

    async def _read(self, request: Request) -> tuple[dict[str, str], Response | None]:
        try:
            data = dict(xmltodict.parse(await request.body())["xml"])
        except Exception:
            return {}, self._fail_return("XML格式错误")
        mch_id = data.get("mch_id", "")
        key = self.keys.get(mch_id)
        if key is None:
            return data, self._fail_return("mch_id参数格式错误")
        fields = {k: v for k, v in data.items() if k != "sign" and v not in (None, "")}
        if data.get("sign") != calculate_signature(fields, key):
            return data, self._fail_return("签名错误")
        if data.get("appid") != self.app_ids.get(mch_id):
            return data, self._fail_return("appid和mch_id不匹配")
        return data, None

    def _error(self, mch_id: str, code: str, description: str) -> Response:
        return self._answer(mch_id, {"result_code": "FAIL", "err_code": code, "err_code_des": description})

    def _paid_fields(self, order: FakeOrder) -> dict[str, str]:
        return {"result_code": "SUCCESS", "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o", "trade_type": "MICROPAY",
                "bank_type": "CMC", "total_fee": str(order.total_fee), "fee_type": "CNY",
                "transaction_id": order.transaction_id, "out_trade_no": order.out_trade_no,
                "time_end": "20261122083000"}

    async def _micropay(self, request: Request) -> Response:
        data, refused = await self._read(request)
        if refused:
            return refused
        mch_id, out_trade_no = data["mch_id"], data.get("out_trade_no", "")
        self.calls[f"micropay:{out_trade_no}"] += 1
        auth_code, total = data.get("auth_code", ""), int(data.get("total_fee") or 0)
        if not AUTH_CODE.match(auth_code):
            return self._error(mch_id, "AUTH_CODE_INVALID", "付款码参数错误，请重新刷新")
        if total <= 0:
            return self._error(mch_id, "PARAM_ERROR", "total_fee 参数错误")
        order = self.orders.get(out_trade_no)
        if order is None:
            tail = auth_code[-4:]
            state = {"0000": "USERPAYING", "8888": "PAYERROR", "9999": "PAYERROR"}.get(tail, "SUCCESS")
            order = FakeOrder(out_trade_no, total, auth_code, state, f"4200{secrets.randbelow(10**24):024d}")
            self.orders[out_trade_no] = order
        tail = order.auth_code[-4:]
        if order.state == "USERPAYING":
            return self._error(mch_id, "USERPAYING", "需要用户输入支付密码")
        if tail == "8888":
            return self._error(mch_id, "NOTENOUGH", "余额不足")
        if tail == "9999":
            return self._error(mch_id, "AUTHCODEEXPIRE", "二维码已过期，请用户在微信上刷新后再试")
        if tail == "7777" and self.calls[f"micropay:{out_trade_no}"] == 1:
            return self._error(mch_id, "SYSTEMERROR", "系统超时")
        if order.state == "REVOKED":
            return self._error(mch_id, "ORDERREVERSED", "订单已撤销")
        return self._answer(mch_id, self._paid_fields(order))

    async def _query(self, request: Request) -> Response:
        data, refused = await self._read(request)
        if refused:
            return refused
        mch_id = data["mch_id"]
        order = self.orders.get(data.get("out_trade_no", ""))
        self.calls[f"query:{data.get('out_trade_no')}"] += 1
        if order is None:
            return self._error(mch_id, "ORDERNOTEXIST", "此交易订单号不存在")
        order.queries += 1
        if order.state == "USERPAYING" and order.queries >= self.confirm_after:
            order.state = "SUCCESS"
        fields = self._paid_fields(order) if order.state == "SUCCESS" else {
            "result_code": "SUCCESS", "out_trade_no": order.out_trade_no, "total_fee": str(order.total_fee)}
        return self._answer(mch_id, {**fields, "trade_state": order.state,
                                     "trade_state_desc": {"SUCCESS": "支付成功", "USERPAYING": "用户支付中",
                                                          "REVOKED": "已撤销", "PAYERROR": "支付失败"}[order.state]})

    async def _reverse(self, request: Request) -> Response:
        data, refused = await self._read(request)
        if refused:
            return refused
        order = self.orders.get(data.get("out_trade_no", ""))
        self.calls[f"reverse:{data.get('out_trade_no')}"] += 1
        if order is not None:
            order.state = "REVOKED"  # a paid order is refunded to the payer by the reversal
        return self._answer(data["mch_id"], {"result_code": "SUCCESS", "recall": "N"})

    async def _refund(self, request: Request) -> Response:
        data, refused = await self._read(request)
        if refused:
            return refused
        mch_id, out_refund_no = data["mch_id"], data.get("out_refund_no", "")
        self.calls[f"refund:{out_refund_no}"] += 1
        order = self.orders.get(data.get("out_trade_no", ""))
        if order is None or order.state != "SUCCESS":
            return self._error(mch_id, "ORDERNOTEXIST", "订单不存在或未支付")
        if int(data.get("total_fee") or 0) != order.total_fee:
            return self._error(mch_id, "INVALID_REQUEST", "订单金额与原订单不符")
        refund = self.refunds.get(out_refund_no)
        if refund is None:  # a new out_refund_no: a new refund, within what is left
            fee = int(data.get("refund_fee") or 0)
            refunded = sum(r.refund_fee for r in self.refunds.values() if r.out_trade_no == order.out_trade_no)
            if fee <= 0 or refunded + fee > order.total_fee:
                return self._error(mch_id, "NOTENOUGH", "退款金额大于可退金额")
            refund = FakeRefund(out_refund_no, order.out_trade_no, fee, f"5030{secrets.randbelow(10**24):024d}")
            self.refunds[out_refund_no] = refund
        return self._answer(mch_id, {"result_code": "SUCCESS", "out_trade_no": order.out_trade_no,
                                     "out_refund_no": out_refund_no, "refund_id": refund.refund_id,
                                     "refund_fee": str(refund.refund_fee), "total_fee": str(order.total_fee)})

    async def _refund_query(self, request: Request) -> Response:
        data, refused = await self._read(request)
        if refused:
            return refused
        mch_id = data["mch_id"]
        refund = self.refunds.get(data.get("out_refund_no", ""))
        self.calls[f"refundquery:{data.get('out_refund_no')}"] += 1
        if refund is None:
            return self._error(mch_id, "REFUNDNOTEXIST", "退款订单查询失败")
        refund.state = "SUCCESS"  # the money reached the payer's wallet
        return self._answer(mch_id, {"result_code": "SUCCESS", "out_trade_no": refund.out_trade_no,
                                     "refund_count": "1", "out_refund_no_0": refund.out_refund_no,
                                     "refund_id_0": refund.refund_id, "refund_fee_0": str(refund.refund_fee),
                                     "refund_status_0": refund.state})
