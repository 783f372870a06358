"""WeChat Pay JSAPI (API v3), as the drivers' mini-program pays: a prepay made here, the payment sheet opened
in WeChat with `wx.requestPayment`, the result told by a notification (or found by a query).

Requests are signed as the v3 rules say (`WECHATPAY2-SHA256-RSA2048`: `METHOD\\nURL\\ntimestamp\\nnonce\\nbody\\n`
with the merchant's API certificate key, through `wechatpayv3.utils`). Its client is not used: it checks
answers over re-decoded text, skips error answers, and fetches certificates inline for an unknown serial.
Here every answer, error answers included, is verified over its exact bytes with a WeChat Pay key we
already hold (`wechat_v3.check_signature`, no network call); one that does not verify is UNKNOWN, never a
success nor a refusal. Out-of-band states are mapped into `ChannelResult` / `RefundResult`:

    trade_state SUCCESS, REFUND -> SUCCESS     NOTPAY -> NOTPAY      USERPAYING -> USERPAYING
    CLOSED, REVOKED -> CLOSED                  PAYERROR -> FAILED    ORDER_NOT_EXIST (404) -> NOTPAY
    refund SUCCESS -> SUCCESS    PROCESSING, ABNORMAL -> PROCESSING    CLOSED -> FAILED

A refusal (a verified 4xx) is FAILED except the codes that say "try again or query" (system errors,
rate limits, ORDERPAID on a close), which are UNKNOWN. Secrets are never logged or shown.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import quote

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from wechatpayv3.utils import build_authorization, rsa_sign

from api.payments.channels import ChannelResult, ChannelState, RefundResult, RefundState
from api.payments.wechat_v2 import WECHAT_API
from api.payments.wechat_v3 import UnverifiedMessage, check_signature, load_public_key

TRADE_STATES = {"SUCCESS": ChannelState.SUCCESS, "REFUND": ChannelState.SUCCESS, "NOTPAY": ChannelState.NOTPAY,
                "USERPAYING": ChannelState.USERPAYING, "CLOSED": ChannelState.CLOSED, "REVOKED": ChannelState.CLOSED,
                "PAYERROR": ChannelState.FAILED}
REFUND_STATES = {"SUCCESS": RefundState.SUCCESS, "PROCESSING": RefundState.PROCESSING,
                 "ABNORMAL": RefundState.PROCESSING, "CLOSED": RefundState.FAILED}
RETRY_CODES = {"SYSTEM_ERROR", "SYSTEMERROR", "FREQUENCY_LIMITED", "BANK_ERROR", "BANKERROR", "USERPAYING",
               "USER_PAYING", "ORDERPAID", "ORDER_PAID"}
NOT_FOUND_CODES = {"ORDER_NOT_EXIST", "ORDERNOTEXIST", "RESOURCE_NOT_EXISTS"}
USER_AGENT = "forecourt (+wechatpay-apiv3)"
CHINA = timezone(timedelta(hours=8), "Asia/Shanghai")


def load_private_key(pem: str) -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(pem.encode(), password=None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ValueError("the merchant API key must be an RSA private key")
    return key


@dataclass(frozen=True)
class JsapiMerchant:
    """What a station's merchant account holds for JSAPI: the mini-program's appid, the merchant's API
    certificate key and its serial (signing our requests and paySign), and WeChat Pay's public keys by
    serial (verifying the answers)."""

    mch_id: str
    app_id: str
    merchant_serial: str
    private_key_pem: str = field(repr=False)
    platform_keys: Mapping[str, str] = field(repr=False)
    api_base_url: str = WECHAT_API

    def __repr__(self) -> str:  # never print the key
        return f"JsapiMerchant(mch_id={self.mch_id!r}, app_id={self.app_id!r})"


@dataclass(frozen=True)
class Prepay:
    state: ChannelState  # SUCCESS with a prepay_id, FAILED (refused), or UNKNOWN (send the same again)
    prepay_id: str | None = None
    code: str | None = None
    message: str | None = None


@dataclass(frozen=True)
class RequestPayment:
    """The parameters of `wx.requestPayment`; paySign is RSA SHA-256 with the merchant's key over
    `appId\\ntimeStamp\\nnonceStr\\npackage\\n` (the v3 "JSAPI调起支付" rule)."""

    app_id: str
    time_stamp: str
    nonce_str: str
    package: str
    pay_sign: str
    sign_type: str = "RSA"

    def as_dict(self) -> dict[str, str]:
        return {"appId": self.app_id, "timeStamp": self.time_stamp, "nonceStr": self.nonce_str,
                "package": self.package, "signType": self.sign_type, "paySign": self.pay_sign}


@dataclass(frozen=True)
class _Answer:
    status: int
    data: dict[str, Any]


class _Unverified(Exception):
    pass


def new_nonce() -> str:
    return secrets.token_hex(16)


def rfc3339(value: datetime) -> str:
    """WeChat's time format: RFC 3339 with the offset (China time), whole seconds."""
    return value.astimezone(CHINA).replace(microsecond=0).isoformat()


class WeChatJsapi:
    name = "wechat"

    def __init__(self, merchant: JsapiMerchant, *, notify_url: str | None = None, timeout_s: float = 10.0,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.merchant = merchant
        self.notify_url = notify_url
        self._key = load_private_key(merchant.private_key_pem)
        self._platform = {serial: load_public_key(pem) for serial, pem in merchant.platform_keys.items()}
        self._timeout = timeout_s
        self._clock = clock

    async def _call(self, method: str, path: str, payload: dict[str, Any] | None = None) -> _Answer:
        body = "" if payload is None else json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        headers = {"Accept": "application/json", "Content-Type": "application/json", "User-Agent": USER_AGENT,
                   "Authorization": build_authorization(path, method, self.merchant.mch_id,
                                                        self.merchant.merchant_serial, self._key, data=body)}
        public_key_ids = sorted(s for s in self._platform if s.startswith("PUB_KEY_ID_"))
        if public_key_ids:  # answer with the WeChat Pay public key we hold
            headers["Wechatpay-Serial"] = public_key_ids[-1]
        async with httpx.AsyncClient(base_url=self.merchant.api_base_url.rstrip("/"), timeout=self._timeout) as client:
            response = await client.request(method, path, content=body.encode(), headers=headers)
        try:
            check_signature(self._platform, response.headers, response.content, self._clock())
        except UnverifiedMessage as exc:
            raise _Unverified(f"answer not verified: {exc}") from None
        try:
            data = json.loads(response.content) if response.content else {}
        except ValueError:
            raise _Unverified("unreadable answer") from None
        return _Answer(response.status_code, data if isinstance(data, dict) else {})

    async def _ask(self, method: str, path: str, payload: dict[str, Any] | None = None) -> _Answer | str:
        """The verified answer, or why there is none (a timeout, no trustworthy signature)."""
        try:
            return await self._call(method, path, payload)
        except _Unverified as exc:
            return str(exc)
        except httpx.HTTPError as exc:
            return f"channel unreachable: {type(exc).__name__}"

    @staticmethod
    def _refusal(answer: _Answer) -> tuple[str, str, bool]:
        """(code, message, retry?) of an answer that is not a 2xx."""
        code, message = str(answer.data.get("code", "")), str(answer.data.get("message", ""))[:200]
        return code, message, answer.status >= 500 or code in RETRY_CODES

    async def prepay(self, out_trade_no: str, amount_fen: int, openid: str, description: str,
                     time_expire: datetime, notify_url: str | None = None) -> Prepay:
        """`/v3/pay/transactions/jsapi`; the same out_trade_no with the same fields gets the same prepay_id."""
        answer = await self._ask("POST", "/v3/pay/transactions/jsapi", {
            "appid": self.merchant.app_id, "mchid": self.merchant.mch_id, "description": description,
            "out_trade_no": out_trade_no, "time_expire": rfc3339(time_expire),
            "notify_url": notify_url or self.notify_url, "amount": {"total": amount_fen, "currency": "CNY"},
            "payer": {"openid": openid}})
        if isinstance(answer, str):
            return Prepay(ChannelState.UNKNOWN, message=answer)
        if answer.status == 200 and answer.data.get("prepay_id"):
            return Prepay(ChannelState.SUCCESS, prepay_id=str(answer.data["prepay_id"]))
        code, message, retry = self._refusal(answer)
        return Prepay(ChannelState.UNKNOWN if retry else ChannelState.FAILED, code=code, message=message)

    def request_payment(self, prepay_id: str, *, time_stamp: str | None = None,
                        nonce_str: str | None = None) -> RequestPayment:
        """Sign the payment sheet's parameters (deterministic for a given timestamp and nonce)."""
        time_stamp = time_stamp or str(int(time.time()))
        nonce_str = nonce_str or new_nonce()
        package = f"prepay_id={prepay_id}"
        pay_sign = rsa_sign(self._key, f"{self.merchant.app_id}\n{time_stamp}\n{nonce_str}\n{package}\n")
        return RequestPayment(self.merchant.app_id, time_stamp, nonce_str, package, pay_sign)

    def _trade(self, out_trade_no: str, answer: _Answer | str) -> ChannelResult:
        if isinstance(answer, str):
            return ChannelResult(ChannelState.UNKNOWN, message=answer)
        if answer.status != 200:
            code, message, _ = self._refusal(answer)
            if code in NOT_FOUND_CODES:  # the channel never had it
                return ChannelResult(ChannelState.NOTPAY, code=code, message=message)
            return ChannelResult(ChannelState.UNKNOWN, code=code, message=message)
        data = answer.data
        if data.get("out_trade_no") != out_trade_no or data.get("mchid") != self.merchant.mch_id \
                or data.get("appid") != self.merchant.app_id:
            return ChannelResult(ChannelState.UNKNOWN, message="the answer speaks of another order")
        trade_state = str(data.get("trade_state", ""))
        total = (data.get("amount") or {}).get("total")
        return ChannelResult(TRADE_STATES.get(trade_state, ChannelState.UNKNOWN),
                             transaction_id=data.get("transaction_id"),
                             amount_fen=int(total) if total is not None else None, code=trade_state,
                             message=data.get("trade_state_desc"))

    async def query(self, out_trade_no: str) -> ChannelResult:
        path = f"/v3/pay/transactions/out-trade-no/{quote(out_trade_no)}?mchid={quote(self.merchant.mch_id)}"
        return self._trade(out_trade_no, await self._ask("GET", path))

    async def close(self, out_trade_no: str) -> ChannelResult:
        """Close an unpaid order (never within 5 minutes of the prepay: the caller's rule). CLOSED only when
        the channel says so; ORDERPAID is UNKNOWN (the query tells)."""
        answer = await self._ask("POST", f"/v3/pay/transactions/out-trade-no/{quote(out_trade_no)}/close",
                                 {"mchid": self.merchant.mch_id})
        if isinstance(answer, str):
            return ChannelResult(ChannelState.UNKNOWN, message=answer)
        if answer.status == 204:
            return ChannelResult(ChannelState.CLOSED, code="CLOSED")
        code, message, _ = self._refusal(answer)
        if code in NOT_FOUND_CODES:
            return ChannelResult(ChannelState.NOTPAY, code=code, message=message)
        if code == "ORDER_CLOSED":
            return ChannelResult(ChannelState.CLOSED, code=code, message=message)
        return ChannelResult(ChannelState.UNKNOWN, code=code, message=message)

    def _refund(self, out_refund_no: str, answer: _Answer | str, *, applying: bool) -> RefundResult:
        if isinstance(answer, str):
            return RefundResult(RefundState.UNKNOWN, message=answer)
        if answer.status != 200:
            code, message, retry = self._refusal(answer)
            if code in NOT_FOUND_CODES and not applying:  # never reached the channel: nothing was refunded
                return RefundResult(RefundState.FAILED, code=code, message=message)
            return RefundResult(RefundState.UNKNOWN if retry else RefundState.FAILED, code=code, message=message)
        data = answer.data
        if data.get("out_refund_no") != out_refund_no:
            return RefundResult(RefundState.UNKNOWN, message="the answer speaks of another refund")
        status = str(data.get("status", ""))
        return RefundResult(REFUND_STATES.get(status, RefundState.UNKNOWN), refund_id=data.get("refund_id"),
                            code=status)

    async def refund(self, out_trade_no: str, out_refund_no: str, total_fen: int, refund_fen: int) -> RefundResult:
        """`/v3/refund/domestic/refunds`; a retry reuses `out_refund_no` (the channel's idempotency key)."""
        payload: dict[str, Any] = {"out_trade_no": out_trade_no, "out_refund_no": out_refund_no,
                                   "amount": {"refund": refund_fen, "total": total_fen, "currency": "CNY"}}
        if self.notify_url:
            payload["notify_url"] = self.notify_url
        answer = await self._ask("POST", "/v3/refund/domestic/refunds", payload)
        return self._refund(out_refund_no, answer, applying=True)

    async def refund_query(self, out_trade_no: str, out_refund_no: str) -> RefundResult:
        answer = await self._ask("GET", f"/v3/refund/domestic/refunds/{quote(out_refund_no)}")
        return self._refund(out_refund_no, answer, applying=False)
