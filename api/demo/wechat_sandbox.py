"""The demo's WeChat Pay: one local server on a loopback port that follows both contracts the platform uses,
the v2 payment code (`pay/micropay`...) and v3 JSAPI (`/v3/pay/transactions/jsapi`..., signed requests and
signed answers, notifications sent to `FORECOURT_PUBLIC_URL`), and the demo station's merchant account
pointing at it, with JSAPI configured for the drivers' mini-program. Every key (the v2 API key, the
merchant's API certificate key, WeChat Pay's key pair, the APIv3 key) is renewed at every start.

At the demo POS any 18-digit code starting 13 pays; ending 0000 the payer confirms with a password first
(USERPAYING); ending 9999 the code has expired. A JSAPI prepay is paid as the payment sheet would pay it by
`POST {sandbox}/sandbox/pay/{prepay_id}`: the order is paid and TRANSACTION.SUCCESS is sent to the inbox.
"""

from __future__ import annotations

import secrets
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import uvicorn
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from sqlalchemy import select
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from api.core.db import Database
from api.core.personal_data import encrypt
from api.demo.seed import DemoStation
from api.payments.fakes.wechat_jsapi import FakeWeChatPayV3
from api.payments.fakes.wechat_v2 import FakeWeChatPay
from api.payments.fakes.wechat_v3 import FakeWeChatNotifier
from api.payments.models import PaymentMerchant

MCH_ID, APP_ID, PAYEE = "1900000109", "wxd930ea5d5a258f4f", "石桥辅加油站（演示）"
MINI_PROGRAM_APP_ID = "wx6c1d0b4e2f8a9357"  # the drivers' mini-program in the demo


@dataclass(frozen=True)
class Sandbox:
    url: str  # the server's base address, ending in /
    stop: Callable[[], None]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _new_key() -> tuple[rsa.RSAPrivateKey, str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key, key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()).decode()


def sandbox_app(v2: FakeWeChatPay, v3: FakeWeChatPayV3) -> Starlette:
    """Both contracts at one address, as the real api.mch.weixin.qq.com, and the payment sheet's stand-in."""

    async def pay(request: Request) -> JSONResponse:
        prepay_id = request.path_params["prepay_id"]
        if not any(order.prepay_id == prepay_id for order in v3.orders.values()):
            return JSONResponse({"code": "NOT_FOUND", "message": "没有这笔预支付"}, status_code=404)
        try:
            answers = await v3.pay(prepay_id)
        except ValueError as refused:
            return JSONResponse({"code": "REFUSED", "message": str(refused)}, status_code=409)
        return JSONResponse({"paid": True, "notification_answers": answers})

    return Starlette(routes=[*v3.app().routes, *v2.app().routes,
                             Route("/sandbox/pay/{prepay_id}", pay, methods=["POST"])])


def start(database: Database, station: DemoStation, data_key: str) -> Sandbox:
    """Serve the sandbox and point the demo station's WeChat merchant account at it."""
    api_key = secrets.token_hex(16)
    merchant_key, merchant_pem = _new_key()
    merchant_serial = secrets.token_hex(20).upper()
    platform = FakeWeChatNotifier(api_v3_key=secrets.token_hex(16).encode())
    v2 = FakeWeChatPay(keys={MCH_ID: api_key}, app_ids={MCH_ID: APP_ID})
    v3 = FakeWeChatPayV3(mch_id=MCH_ID, app_ids={MINI_PROGRAM_APP_ID}, merchant_serial=merchant_serial,
                         merchant_public_key=merchant_key.public_key(), platform=platform)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(sandbox_app(v2, v3), host="127.0.0.1", port=port, log_config=None,
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, name="demo-wechatpay", daemon=True)
    thread.start()
    while not server.started and thread.is_alive():
        time.sleep(0.02)
    url = f"http://127.0.0.1:{port}/"
    with database.sync_transaction() as session:
        merchant = session.scalar(select(PaymentMerchant).where(PaymentMerchant.station_id == station.station_id,
                                                                PaymentMerchant.channel == "wechat"))
        if merchant is None:
            merchant = PaymentMerchant(company_id=station.company_id, station_id=station.station_id, channel="wechat")
            session.add(merchant)
        merchant.mch_id, merchant.app_id, merchant.payee_name, merchant.api_base_url = MCH_ID, APP_ID, PAYEE, url
        merchant.api_key_encrypted = encrypt(data_key, api_key)
        merchant.api_v3_key_encrypted = encrypt(data_key, platform.api_v3_key.decode())
        merchant.platform_keys = {platform.serial: platform.public_key_pem}
        merchant.mini_program_app_id, merchant.merchant_serial = MINI_PROGRAM_APP_ID, merchant_serial
        merchant.merchant_private_key_encrypted = encrypt(data_key, merchant_pem)

    def stop() -> None:
        server.should_exit = True
        thread.join(timeout=5)

    return Sandbox(url, stop)
