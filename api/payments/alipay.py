"""Alipay face-to-face payment (当面付) with the code the cashier scans, over the OpenAPI gateway.

Requests are form posts signed RSA2 (SHA256withRSA over the sorted `key=value` pairs with the app's
private key); answers are JSON whose `<method>_response` object is signed by Alipay: the signature is
checked over that object's exact text with Alipay's public key before anything in it is believed (an
unsigned or badly signed answer is UNKNOWN: query again). Amounts travel in yuan with two decimals.
Result codes: 10000 done, 10003 the payer is confirming (query), 20000 unknown (query), 40004 refused.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from api.payments.channels import ChannelResult, ChannelState, RefundResult, RefundState

ALIPAY_GATEWAY = "https://openapi.alipay.com/gateway.do"


def sign_content(params: dict[str, str]) -> bytes:
    return "&".join(f"{k}={v}" for k, v in sorted(params.items()) if v not in ("", None) and k != "sign").encode()


def rsa2_sign(private_key: rsa.RSAPrivateKey, content: bytes) -> str:
    return base64.b64encode(private_key.sign(content, padding.PKCS1v15(), hashes.SHA256())).decode()


def rsa2_verify(public_key: rsa.RSAPublicKey, content: bytes, signature: str) -> bool:
    try:
        public_key.verify(base64.b64decode(signature), content, padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, ValueError):
        return False
    return True


def response_text(raw: str, method: str) -> tuple[str, str | None]:
    """The exact text of the `<method>_response` object (what Alipay signed) and the signature."""
    key = f'"{method.replace(".", "_")}_response"'
    at = raw.find(key)
    if at < 0:
        raise ValueError("no response object")
    start = raw.index(":", at + len(key)) + 1
    while raw[start] in " \n\r\t":
        start += 1
    _, end = json.JSONDecoder().raw_decode(raw, start)
    return raw[start:end], json.loads(raw).get("sign")


def yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


@dataclass(frozen=True)
class AlipayMerchant:
    app_id: str
    app_private_key_pem: str
    alipay_public_key_pem: str
    gateway: str = ALIPAY_GATEWAY

    def __repr__(self) -> str:  # never print the key
        return f"AlipayMerchant(app_id={self.app_id!r})"


class AlipayPaymentCode:
    name = "alipay"

    def __init__(self, merchant: AlipayMerchant, *, timeout_s: float = 10.0) -> None:
        self.merchant = merchant
        key = serialization.load_pem_private_key(merchant.app_private_key_pem.encode(), password=None)
        public = serialization.load_pem_public_key(merchant.alipay_public_key_pem.encode())
        assert isinstance(key, rsa.RSAPrivateKey) and isinstance(public, rsa.RSAPublicKey)
        self._key, self._alipay, self._timeout = key, public, timeout_s

    async def _call(self, method: str, biz: dict[str, Any]) -> dict[str, Any] | None:
        """The verified response object, or None when there is no trustworthy answer."""
        params = {"app_id": self.merchant.app_id, "method": method, "format": "JSON", "charset": "utf-8",
                  "sign_type": "RSA2", "version": "1.0",
                  "timestamp": datetime.now(ZoneInfo("Asia/Shanghai")).strftime("%Y-%m-%d %H:%M:%S"),
                  "biz_content": json.dumps(biz, ensure_ascii=False, separators=(",", ":"))}
        params["sign"] = rsa2_sign(self._key, sign_content(params))
        try:
            async with httpx.AsyncClient(timeout=self._timeout) as client:
                response = await client.post(self.merchant.gateway, data=params)
            text, signature = response_text(response.text, method)
        except (httpx.HTTPError, ValueError):
            return None
        if signature is None or not rsa2_verify(self._alipay, text.encode(), signature):
            return None
        answer: dict[str, Any] = json.loads(text)
        return answer

    @staticmethod
    def _trade(answer: dict[str, Any] | None) -> ChannelResult:
        if answer is None:
            return ChannelResult(ChannelState.UNKNOWN, message="no trustworthy answer")
        code, sub = answer.get("code"), answer.get("sub_code")
        if code == "10003":
            return ChannelResult(ChannelState.USERPAYING, code=code, message=answer.get("msg"))
        if code == "20000":
            return ChannelResult(ChannelState.UNKNOWN, code=sub or code, message=answer.get("sub_msg"))
        if code != "10000":
            if sub == "ACQ.TRADE_NOT_EXIST":
                return ChannelResult(ChannelState.NOTPAY, code=sub, message=answer.get("sub_msg"))
            return ChannelResult(ChannelState.FAILED, code=sub or code, message=answer.get("sub_msg"))
        status = answer.get("trade_status", "TRADE_SUCCESS")
        state = {"TRADE_SUCCESS": ChannelState.SUCCESS, "TRADE_FINISHED": ChannelState.SUCCESS,
                 "WAIT_BUYER_PAY": ChannelState.USERPAYING, "TRADE_CLOSED": ChannelState.CLOSED}.get(
                     status, ChannelState.UNKNOWN)
        total = answer.get("total_amount")
        return ChannelResult(state, transaction_id=answer.get("trade_no"), code=status,
                             amount_fen=round(float(total) * 100) if total else None)

    async def pay(self, out_trade_no: str, amount_fen: int, auth_code: str, description: str) -> ChannelResult:
        return self._trade(await self._call("alipay.trade.pay", {
            "out_trade_no": out_trade_no, "scene": "bar_code", "auth_code": auth_code, "subject": description,
            "total_amount": yuan(amount_fen)}))

    async def query(self, out_trade_no: str) -> ChannelResult:
        return self._trade(await self._call("alipay.trade.query", {"out_trade_no": out_trade_no}))

    async def reverse(self, out_trade_no: str) -> ChannelResult:
        answer = await self._call("alipay.trade.cancel", {"out_trade_no": out_trade_no})
        if answer is not None and answer.get("code") == "10000":
            return ChannelResult(ChannelState.CLOSED, code="CANCELLED")
        return self._trade(answer)

    async def refund(self, out_trade_no: str, out_refund_no: str, total_fen: int, refund_fen: int) -> RefundResult:
        answer = await self._call("alipay.trade.refund", {"out_trade_no": out_trade_no,
                                                           "out_request_no": out_refund_no,
                                                           "refund_amount": yuan(refund_fen)})
        return self._refund(answer, success_when=lambda a: a.get("fund_change") == "Y")

    async def refund_query(self, out_trade_no: str, out_refund_no: str) -> RefundResult:
        answer = await self._call("alipay.trade.fastpay.refund.query", {"out_trade_no": out_trade_no,
                                                                         "out_request_no": out_refund_no})
        return self._refund(answer, success_when=lambda a: a.get("refund_status") == "REFUND_SUCCESS")

    @staticmethod
    def _refund(answer: dict[str, Any] | None, *, success_when: Any) -> RefundResult:
        if answer is None:
            return RefundResult(RefundState.UNKNOWN, message="no trustworthy answer")
        if answer.get("code") == "10000":
            return RefundResult(RefundState.SUCCESS if success_when(answer) else RefundState.PROCESSING,
                                refund_id=answer.get("trade_no"))
        if answer.get("code") == "20000":
            return RefundResult(RefundState.UNKNOWN, code=answer.get("sub_code"))
        return RefundResult(RefundState.FAILED, code=answer.get("sub_code"), message=answer.get("sub_msg"))

