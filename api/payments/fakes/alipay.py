"""A local Alipay OpenAPI gateway for face-to-face payments, following the real contract: every request's
RSA2 signature is checked with the app's public key, every answer's `<method>_response` object is signed
with "Alipay's" private key (whose public key the merchant configures). The payer's behaviour is chosen by
the payment code's last four digits (a real code is 16-24 digits starting 25-30):

    ...0000  the payer confirms with a password: 10003 WAIT_BUYER_PAY, paid after `confirm_after` queries
    ...7777  the answer is lost (20000 unknown) although the payment went through
    ...9999  the code is invalid (40004 ACQ.PAYMENT_AUTH_CODE_INVALID)
    other    paid at once
"""

from __future__ import annotations

import json
import re
import secrets
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from api.payments.alipay import rsa2_sign, rsa2_verify, sign_content

AUTH_CODE = re.compile(r"^(2[5-9]|30)\d{14,22}$")


def _pem(key: rsa.RSAPrivateKey) -> tuple[str, str]:
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    public = key.public_key().public_bytes(serialization.Encoding.PEM,
                                           serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    return private, public


@dataclass
class FakeTrade:
    out_trade_no: str
    total_fen: int
    auth_code: str
    status: str  # TRADE_SUCCESS, WAIT_BUYER_PAY, TRADE_CLOSED
    trade_no: str
    queries: int = 0
    refunds: dict[str, int] = field(default_factory=dict)  # out_request_no -> fen


@dataclass
class FakeAlipay:
    app_public_keys: dict[str, rsa.RSAPublicKey]  # app_id -> the app's public key
    confirm_after: int = 2
    key: rsa.RSAPrivateKey = field(default_factory=lambda: rsa.generate_private_key(65537, 2048))
    trades: dict[str, FakeTrade] = field(default_factory=dict)
    calls: Counter[str] = field(default_factory=Counter)

    @property
    def public_key_pem(self) -> str:
        return _pem(self.key)[1]

    @staticmethod
    def new_app() -> tuple[rsa.RSAPrivateKey, str]:
        """An app key pair for tests and the demo: (the key, its private PEM)."""
        key = rsa.generate_private_key(65537, 2048)
        return key, _pem(key)[0]

    def app(self) -> Starlette:
        return Starlette(routes=[Route("/gateway.do", self._gateway, methods=["POST"])])

    def _answer(self, method: str, fields: dict[str, Any]) -> Response:
        body = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
        signature = rsa2_sign(self.key, body.encode())
        name = method.replace(".", "_") + "_response"
        return Response(f'{{"{name}":{body},"sign":"{signature}"}}', media_type="application/json")

    def _error(self, method: str, sub_code: str, sub_msg: str, code: str = "40004") -> Response:
        return self._answer(method, {"code": code, "msg": "Business Failed", "sub_code": sub_code, "sub_msg": sub_msg})

    async def _gateway(self, request: Request) -> Response:
        form = {k: str(v) for k, v in (await request.form()).items()}
        method = form.get("method", "")
        key = self.app_public_keys.get(form.get("app_id", ""))
        if key is None or not rsa2_verify(key, sign_content(form), form.get("sign", "")):
            return self._error(method, "isv.invalid-signature", "验签出错", code="40002")
        biz = json.loads(form.get("biz_content") or "{}")
        handler = {"alipay.trade.pay": self._pay, "alipay.trade.query": self._query,
                   "alipay.trade.cancel": self._cancel, "alipay.trade.refund": self._refund,
                   "alipay.trade.fastpay.refund.query": self._refund_query}.get(method)
        if handler is None:
            return self._error(method, "isv.invalid-method", "不存在的方法名", code="40002")
        self.calls[f"{method}:{biz.get('out_trade_no')}"] += 1
        return handler(method, biz)

    def _paid(self, trade: FakeTrade) -> dict[str, Any]:
        return {"code": "10000", "msg": "Success", "trade_no": trade.trade_no, "out_trade_no": trade.out_trade_no,
                "buyer_logon_id": "159****5620", "total_amount": f"{trade.total_fen / 100:.2f}",
                "trade_status": trade.status}

    def _pay(self, method: str, biz: dict[str, Any]) -> Response:
        code, out_trade_no = str(biz.get("auth_code", "")), str(biz.get("out_trade_no", ""))
        if not AUTH_CODE.match(code) or code.endswith("9999"):
            return self._error(method, "ACQ.PAYMENT_AUTH_CODE_INVALID", "支付失败，获取顾客账户信息失败")
        trade = self.trades.get(out_trade_no)
        if trade is None:
            status = "WAIT_BUYER_PAY" if code.endswith("0000") else "TRADE_SUCCESS"
            trade = FakeTrade(out_trade_no, round(float(biz["total_amount"]) * 100), code, status,
                              f"2026112222001{secrets.randbelow(10**15):015d}")
            self.trades[out_trade_no] = trade
            if code.endswith("7777"):
                return self._answer(method, {"code": "20000", "msg": "Service Currently Unavailable",
                                             "sub_code": "aop.ACQ.SYSTEM_ERROR", "sub_msg": "系统繁忙"})
        if trade.status == "WAIT_BUYER_PAY":
            return self._answer(method, {**self._paid(trade), "code": "10003", "msg": "等待用户付款"})
        return self._answer(method, self._paid(trade))

    def _query(self, method: str, biz: dict[str, Any]) -> Response:
        trade = self.trades.get(str(biz.get("out_trade_no")))
        if trade is None:
            return self._error(method, "ACQ.TRADE_NOT_EXIST", "交易不存在")
        trade.queries += 1
        if trade.status == "WAIT_BUYER_PAY" and trade.queries >= self.confirm_after:
            trade.status = "TRADE_SUCCESS"
        return self._answer(method, self._paid(trade))

    def _cancel(self, method: str, biz: dict[str, Any]) -> Response:
        trade = self.trades.get(str(biz.get("out_trade_no")))
        if trade is not None:
            trade.status = "TRADE_CLOSED"
        return self._answer(method, {"code": "10000", "msg": "Success", "retry_flag": "N", "action": "close"})

    def _refund(self, method: str, biz: dict[str, Any]) -> Response:
        trade = self.trades.get(str(biz.get("out_trade_no")))
        if trade is None or trade.status != "TRADE_SUCCESS":
            return self._error(method, "ACQ.TRADE_STATUS_ERROR", "交易状态不合法")
        request_no, fen = str(biz.get("out_request_no")), round(float(biz["refund_amount"]) * 100)
        if request_no not in trade.refunds:
            if sum(trade.refunds.values()) + fen > trade.total_fen:
                return self._error(method, "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL", "退款金额超限")
            trade.refunds[request_no] = fen
        return self._answer(method, {"code": "10000", "msg": "Success", "trade_no": trade.trade_no,
                                     "out_trade_no": trade.out_trade_no, "fund_change": "Y",
                                     "refund_fee": f"{sum(trade.refunds.values()) / 100:.2f}"})

    def _refund_query(self, method: str, biz: dict[str, Any]) -> Response:
        trade = self.trades.get(str(biz.get("out_trade_no")))
        fen = trade.refunds.get(str(biz.get("out_request_no"))) if trade else None
        if trade is None or fen is None:
            return self._answer(method, {"code": "10000", "msg": "Success"})  # no such refund: nothing to say
        return self._answer(method, {"code": "10000", "msg": "Success", "trade_no": trade.trade_no,
                                     "out_request_no": biz.get("out_request_no"), "refund_amount": f"{fen / 100:.2f}",
                                     "refund_status": "REFUND_SUCCESS"})
