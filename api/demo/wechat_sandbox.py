"""The demo's WeChat Pay: the local server that follows the v2 payment-code contract, on a loopback port,
and the demo station's merchant account pointing at it (its key renewed at every start). At the demo POS
any 18-digit code starting 13 pays; ending 0000 the payer confirms with a password first (USERPAYING);
ending 9999 the code has expired."""

from __future__ import annotations

import secrets
import socket
import threading
import time
from collections.abc import Callable

import uvicorn
from sqlalchemy import select

from api.core.db import Database
from api.core.personal_data import encrypt
from api.demo.seed import DemoStation
from api.payments.fakes.wechat_v2 import FakeWeChatPay
from api.payments.models import PaymentMerchant

MCH_ID, APP_ID, PAYEE = "1900000109", "wxd930ea5d5a258f4f", "石桥辅加油站（演示）"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start(database: Database, station: DemoStation, data_key: str) -> Callable[[], None]:
    key = secrets.token_hex(16)
    fake = FakeWeChatPay(keys={MCH_ID: key}, app_ids={MCH_ID: APP_ID})
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(fake.app(), host="127.0.0.1", port=port, log_config=None,
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, name="demo-wechatpay", daemon=True)
    thread.start()
    while not server.started and thread.is_alive():
        time.sleep(0.02)
    with database.sync_transaction() as session:
        merchant = session.scalar(select(PaymentMerchant).where(PaymentMerchant.station_id == station.station_id,
                                                                PaymentMerchant.channel == "wechat"))
        if merchant is None:
            merchant = PaymentMerchant(company_id=station.company_id, station_id=station.station_id, channel="wechat")
            session.add(merchant)
        merchant.mch_id, merchant.app_id, merchant.payee_name = MCH_ID, APP_ID, PAYEE
        merchant.api_base_url, merchant.api_key_encrypted = f"http://127.0.0.1:{port}/", encrypt(data_key, key)

    def stop() -> None:
        server.should_exit = True
        thread.join(timeout=5)

    return stop
