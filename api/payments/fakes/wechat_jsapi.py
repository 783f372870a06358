"""A local WeChat Pay v3 server for JSAPI payments that follows the real contract, for tests and the demo.

- Every request must carry `Authorization: WECHATPAY2-SHA256-RSA2048 mchid=...,nonce_str=...,signature=...,
  timestamp=...,serial_no=...`, signed over `METHOD\\nURL\\ntimestamp\\nnonce\\nbody\\n` with the merchant's API
  certificate key (checked with its public key, the serial, and a five-minute window): else 401 SIGN_ERROR.
- Every answer, errors and 204 included, is signed with the WeChat Pay key of `FakeWeChatNotifier`
  (`Wechatpay-Timestamp/-Nonce/-Signature/-Serial` over the exact body).
- It serves prepay (`/v3/pay/transactions/jsapi`: the same out_trade_no with the same fields gets the same
  prepay_id; other fields OUT_TRADE_NO_USED), query by out_trade_no, close (204; ORDERPAID once paid), refund
  (`/v3/refund/domestic/refunds`: the same out_refund_no is the same refund, never a second one; PROCESSING)
  and refund query.
- A test plays the driver and the bank: `pay()` pays a prepay as the payment sheet would and sends the signed,
  encrypted TRANSACTION.SUCCESS notification to the order's notify_url (as many copies at once as asked);
  `finish_refund()` ends a refund and sends REFUND.SUCCESS / REFUND.ABNORMAL / REFUND.CLOSED.
- `answer_signer` signs answers with a key nobody configured; `lose_answers` processes the next requests but
  loses their answers (502, unsigned), as a timeout would.
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
import secrets
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from api.payments.fakes.wechat_v3 import FakeWeChatNotifier

AUTHORIZATION = re.compile(r'(\w+)="([^"]*)"')
OUT_NO = re.compile(r"^[0-9A-Za-z_\-|*]{6,64}$")
TRADE_DESC = {"NOTPAY": "订单未支付", "SUCCESS": "支付成功", "REFUND": "转入退款", "CLOSED": "已关闭"}


@dataclass
class FakeJsapiOrder:
    out_trade_no: str
    prepay_id: str
    fields: dict[str, Any]  # what the prepay asked for (a repeat must ask the same)
    state: str = "NOTPAY"  # SUCCESS, REFUND, CLOSED
    transaction_id: str | None = None

    @property
    def total(self) -> int:
        return int(self.fields["amount"]["total"])


@dataclass
class FakeV3Refund:
    out_refund_no: str
    out_trade_no: str
    refund_id: str
    refund_fen: int
    notify_url: str | None
    status: str = "PROCESSING"  # SUCCESS, ABNORMAL, CLOSED


@dataclass
class FakeWeChatPayV3:
    mch_id: str
    app_ids: set[str]
    merchant_serial: str
    merchant_public_key: rsa.RSAPublicKey
    platform: FakeWeChatNotifier  # WeChat Pay's key, and the merchant's APIv3 key for notifications
    orders: dict[str, FakeJsapiOrder] = field(default_factory=dict)
    refunds: dict[str, FakeV3Refund] = field(default_factory=dict)
    calls: Counter[str] = field(default_factory=Counter)
    answer_signer: FakeWeChatNotifier | None = None  # sign answers with this key instead (a forged server)
    lose_answers: int = 0

    def app(self) -> Starlette:
        return Starlette(routes=[
            Route("/v3/pay/transactions/jsapi", self._serve(self._prepay), methods=["POST"]),
            Route("/v3/pay/transactions/out-trade-no/{no}", self._serve(self._query), methods=["GET"]),
            Route("/v3/pay/transactions/out-trade-no/{no}/close", self._serve(self._close), methods=["POST"]),
            Route("/v3/refund/domestic/refunds", self._serve(self._refund), methods=["POST"]),
            Route("/v3/refund/domestic/refunds/{no}", self._serve(self._refund_query), methods=["GET"])])

    # -- the contract: signed requests, signed answers ----------------------------------------------------------

    def _answer(self, status: int, data: dict[str, Any] | None = None) -> Response:
        body = b"" if data is None else json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
        headers = {**(self.answer_signer or self.platform).headers(body), "Request-ID": secrets.token_hex(16)}
        return Response(body, status_code=status, headers=headers)

    def _error(self, status: int, code: str, message: str) -> Response:
        return self._answer(status, {"code": code, "message": message})

    def _authorized(self, request: Request, body: bytes) -> bool:
        scheme, _, params = request.headers.get("authorization", "").partition(" ")
        fields = dict(AUTHORIZATION.findall(params))
        if scheme != "WECHATPAY2-SHA256-RSA2048" or fields.get("mchid") != self.mch_id \
                or fields.get("serial_no") != self.merchant_serial:
            return False
        try:
            if abs(time.time() - int(fields.get("timestamp", ""))) > 300:
                return False
            url = request.scope.get("raw_path") or request.url.path.encode()
            if request.scope.get("query_string"):
                url += b"?" + request.scope["query_string"]
            message = b"\n".join([request.method.encode(), url, fields["timestamp"].encode(),
                                  fields.get("nonce_str", "").encode(), body]) + b"\n"
            self.merchant_public_key.verify(base64.b64decode(fields.get("signature", ""), validate=True), message,
                                            padding.PKCS1v15(), hashes.SHA256())
        except (InvalidSignature, ValueError):
            return False
        return True

    def _serve(self, handler: Any) -> Any:
        async def endpoint(request: Request) -> Response:
            body = await request.body()
            if not self._authorized(request, body):
                return self._error(401, "SIGN_ERROR", "签名错误")
            try:
                payload = json.loads(body) if body else {}
            except ValueError:
                return self._error(400, "PARAM_ERROR", "请求体不是合法的JSON")
            answer: Response = await handler(request, payload)
            if self.lose_answers > 0:  # done, but the answer never reaches the merchant
                self.lose_answers -= 1
                return Response(b"bad gateway", status_code=502)
            return answer

        return endpoint

    # -- orders ---------------------------------------------------------------------------------------------------

    def _transaction(self, order: FakeJsapiOrder) -> dict[str, Any]:
        paid = order.transaction_id is not None
        data: dict[str, Any] = {
            "appid": order.fields["appid"], "mchid": self.mch_id, "out_trade_no": order.out_trade_no,
            "trade_type": "JSAPI", "trade_state": order.state, "trade_state_desc": TRADE_DESC[order.state],
            "attach": "", "payer": {"openid": order.fields["payer"]["openid"]} if paid else {},
            "amount": {"total": order.total, "currency": "CNY", "payer_currency": "CNY",
                       **({"payer_total": order.total} if paid else {})}}
        if paid:
            data.update(transaction_id=order.transaction_id, bank_type="OTHERS",
                        success_time="2026-11-22T10:34:56+08:00")
        return data

    async def _prepay(self, request: Request, payload: dict[str, Any]) -> Response:
        out_trade_no = str(payload.get("out_trade_no", ""))
        self.calls[f"prepay:{out_trade_no}"] += 1
        total = (payload.get("amount") or {}).get("total")
        if payload.get("mchid") != self.mch_id:
            return self._error(400, "PARAM_ERROR", "mchid与签名中的商户号不一致")
        if payload.get("appid") not in self.app_ids:
            return self._error(400, "APPID_MCHID_NOT_MATCH", "AppID和mch_id不匹配")
        if not OUT_NO.match(out_trade_no) or len(out_trade_no) > 32:
            return self._error(400, "PARAM_ERROR", "out_trade_no 格式错误")
        if not isinstance(total, int) or total <= 0 or not (payload.get("payer") or {}).get("openid"):
            return self._error(400, "PARAM_ERROR", "amount.total 或 payer.openid 参数错误")
        if not str(payload.get("notify_url", "")).startswith(("https://", "http://")) \
                or not 1 <= len(str(payload.get("description", "")).encode()) <= 127:
            return self._error(400, "PARAM_ERROR", "notify_url 或 description 参数错误")
        try:
            datetime.fromisoformat(str(payload.get("time_expire")))
        except ValueError:
            return self._error(400, "PARAM_ERROR", "time_expire 格式错误")
        order = self.orders.get(out_trade_no)
        if order is not None:
            if order.state in ("SUCCESS", "REFUND"):
                return self._error(400, "ORDERPAID", "该订单已支付")
            if order.state == "CLOSED":
                return self._error(400, "ORDER_CLOSED", "订单已关闭")
            if order.fields != payload:
                return self._error(403, "OUT_TRADE_NO_USED", "商户订单号重复")
            return self._answer(200, {"prepay_id": order.prepay_id})
        prepay_id = f"wx{datetime.now(UTC):%d%H%M%S}{secrets.token_hex(13)}"
        self.orders[out_trade_no] = FakeJsapiOrder(out_trade_no, prepay_id, payload)
        return self._answer(200, {"prepay_id": prepay_id})

    async def _query(self, request: Request, payload: dict[str, Any]) -> Response:
        out_trade_no = request.path_params["no"]
        self.calls[f"query:{out_trade_no}"] += 1
        if request.query_params.get("mchid") != self.mch_id:
            return self._error(400, "PARAM_ERROR", "mchid 参数错误")
        order = self.orders.get(out_trade_no)
        if order is None:
            return self._error(404, "ORDER_NOT_EXIST", "订单不存在")
        return self._answer(200, self._transaction(order))

    async def _close(self, request: Request, payload: dict[str, Any]) -> Response:
        out_trade_no = request.path_params["no"]
        self.calls[f"close:{out_trade_no}"] += 1
        order = self.orders.get(out_trade_no)
        if payload.get("mchid") != self.mch_id:
            return self._error(400, "PARAM_ERROR", "mchid 参数错误")
        if order is None:
            return self._error(404, "ORDER_NOT_EXIST", "订单不存在")
        if order.state in ("SUCCESS", "REFUND"):
            return self._error(400, "ORDERPAID", "订单已支付")
        if order.state == "CLOSED":
            return self._error(400, "ORDER_CLOSED", "订单已关闭")
        order.state = "CLOSED"
        return self._answer(204)

    # -- refunds --------------------------------------------------------------------------------------------------

    def _refund_answer(self, refund: FakeV3Refund) -> dict[str, Any]:
        order = self.orders[refund.out_trade_no]
        return {"refund_id": refund.refund_id, "out_refund_no": refund.out_refund_no,
                "transaction_id": order.transaction_id, "out_trade_no": order.out_trade_no, "channel": "ORIGINAL",
                "user_received_account": "支付用户零钱", "create_time": "2026-11-22T11:30:00+08:00",
                "status": refund.status, "funds_account": "AVAILABLE",
                **({"success_time": "2026-11-22T11:34:56+08:00"} if refund.status == "SUCCESS" else {}),
                "amount": {"total": order.total, "refund": refund.refund_fen, "payer_total": order.total,
                           "payer_refund": refund.refund_fen, "settlement_total": order.total,
                           "settlement_refund": refund.refund_fen, "discount_refund": 0, "currency": "CNY"}}

    async def _refund(self, request: Request, payload: dict[str, Any]) -> Response:
        out_refund_no = str(payload.get("out_refund_no", ""))
        self.calls[f"refund:{out_refund_no}"] += 1
        order = self.orders.get(str(payload.get("out_trade_no", "")))
        amount = payload.get("amount") or {}
        if not OUT_NO.match(out_refund_no):
            return self._error(400, "PARAM_ERROR", "out_refund_no 格式错误")
        if order is None:
            return self._error(404, "RESOURCE_NOT_EXISTS", "订单不存在")
        if order.state not in ("SUCCESS", "REFUND"):
            return self._error(400, "INVALID_REQUEST", "订单未支付，不能退款")
        if amount.get("total") != order.total or amount.get("currency", "CNY") != "CNY":
            return self._error(400, "INVALID_REQUEST", "订单金额与原订单不符")
        refund = self.refunds.get(out_refund_no)
        if refund is not None:  # the same out_refund_no: the same refund, answered again
            if refund.out_trade_no != order.out_trade_no or refund.refund_fen != amount.get("refund"):
                return self._error(400, "INVALID_REQUEST", "退款单号已用于另一笔退款")
            return self._answer(200, self._refund_answer(refund))
        fen = amount.get("refund")
        taken = sum(r.refund_fen for r in self.refunds.values()
                    if r.out_trade_no == order.out_trade_no and r.status != "CLOSED")
        if not isinstance(fen, int) or fen <= 0 or taken + fen > order.total:
            return self._error(403, "NOT_ENOUGH", "退款金额超过订单可退金额")
        refund = FakeV3Refund(out_refund_no, order.out_trade_no, f"5030{secrets.randbelow(10**24):024d}", fen,
                              payload.get("notify_url"))
        self.refunds[out_refund_no] = refund
        return self._answer(200, self._refund_answer(refund))

    async def _refund_query(self, request: Request, payload: dict[str, Any]) -> Response:
        out_refund_no = request.path_params["no"]
        self.calls[f"refundquery:{out_refund_no}"] += 1
        refund = self.refunds.get(out_refund_no)
        if refund is None:
            return self._error(404, "RESOURCE_NOT_EXISTS", "退款单不存在")
        return self._answer(200, self._refund_answer(refund))

    # -- the driver and the bank, played by a test ----------------------------------------------------------------

    def order_by_prepay(self, prepay_id: str) -> FakeJsapiOrder:
        return next(o for o in self.orders.values() if o.prepay_id == prepay_id)

    async def _deliver(self, url: str, body: bytes, copies: int) -> list[int]:
        async with httpx.AsyncClient(timeout=30) as client:
            answers = await asyncio.gather(*(client.post(url, content=body, headers=self.platform.headers(body))
                                             for _ in range(copies)))
        return [a.status_code for a in answers]

    async def pay(self, prepay_id: str, *, copies: int = 1, notify: bool = True) -> list[int]:
        """The driver confirms the payment sheet: the order is paid and its notification sent `copies` times
        at once (the same notification id, each copy signed afresh); the answers' status codes."""
        order = self.order_by_prepay(prepay_id)
        expire = datetime.fromisoformat(str(order.fields["time_expire"]))
        if order.state != "NOTPAY" or datetime.now(UTC) > expire:
            raise ValueError(f"the payment sheet refuses: order {order.state}, expires {expire.isoformat()}")
        order.state, order.transaction_id = "SUCCESS", f"4200{secrets.randbelow(10**24):024d}"
        if not notify:
            return []
        resource = self._transaction(order)
        return await self._deliver(str(order.fields["notify_url"]), self.platform.body(resource), copies)

    async def finish_refund(self, out_refund_no: str, *, status: str = "SUCCESS", copies: int = 1) -> list[int]:
        """The refund ends (SUCCESS, ABNORMAL or CLOSED) and REFUND.<status> is sent `copies` times at once."""
        refund = self.refunds[out_refund_no]
        order = self.orders[refund.out_trade_no]
        refund.status = status
        if status == "SUCCESS":
            order.state = "REFUND"
        if refund.notify_url is None:
            return []
        resource = self.platform.refund(
            mch_id=self.mch_id, out_trade_no=order.out_trade_no, transaction_id=order.transaction_id or "",
            out_refund_no=out_refund_no, refund_id=refund.refund_id, total_fen=order.total,
            refund_fen=refund.refund_fen, status=status)
        return await self._deliver(refund.notify_url, self.platform.body(resource, event_type=f"REFUND.{status}"),
                                   copies)
