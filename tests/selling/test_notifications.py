"""The WeChat Pay v3 notification inbox over real HTTP: duplicates (10 at once, and again later) change the
state once and post once; forged or mismatched notifications get a non-2xx answer and change nothing."""

from __future__ import annotations

import asyncio
import json
import secrets
import time
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from api.core.db import Database
from api.core.ids import from_global_id, to_global_id
from api.core.permissions import Permission as P
from api.ledger.models import LedgerTransfer
from api.payments.fakes.wechat_v2 import FakeWeChatPay
from api.payments.fakes.wechat_v3 import FakeWeChatNotifier
from api.payments.wechat_v2 import WeChatMerchant
from api.selling.models import Payment
from tests.fixtures.identity import StaffClientFactory
from tests.fixtures.pumps import Forecourt
from tests.selling.pos import Pos
from tests.selling.test_payment_code import SET_MERCHANT, code_tender
from tests.support.live_server import LiveServer

CONFIRMING = "134567890123450000"


@pytest.fixture
async def v3(wechat: tuple[FakeWeChatPay, WeChatMerchant], forecourt: Forecourt,
             staff_client: StaffClientFactory) -> tuple[FakeWeChatNotifier, WeChatMerchant]:
    fake, account = wechat
    fake.confirm_after = 1000  # the payer never confirms at the POS: the notification decides
    notifier = FakeWeChatNotifier(api_v3_key=secrets.token_hex(16).encode())
    admin = await staff_client(permissions=[P.MANAGE_SETTINGS])
    result = await admin.execute(SET_MERCHANT, {"input": {
        "stationId": to_global_id("Station", forecourt.org.stations[0].id), "mchId": account.mch_id,
        "appId": account.app_id, "apiKey": account.api_key, "payeeName": "石桥辅加油站",
        "apiBaseUrl": account.api_base_url, "apiV3Key": notifier.api_v3_key.decode(),
        "platformKeys": [{"serial": notifier.serial, "pem": notifier.public_key_pem}]}})
    assert result.data["paymentMerchantSet"]["errors"] == []
    return notifier, account


async def _pending(pos: Pos) -> tuple[str, int]:
    await pos.open()
    fueling, amount = await pos.fueling(10_000)
    order = (await pos.checkout([fueling], [code_tender(amount, CONFIRMING)]))["order"]
    assert order["payments"][0]["status"] == "PENDING"
    return from_global_id(order["payments"][0]["id"])[1].hex, amount


async def _post(server: LiveServer, station: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
    async with httpx.AsyncClient(base_url=server.url) as client:
        return await client.post(f"/notify/wechatpay/v3/{station}", content=body, headers=headers)


async def _state(database: Database, payment_hex: str) -> tuple[str, int]:
    async with database.session() as session:
        status = await session.scalar(select(Payment.status).where(Payment.id == uuid.UUID(hex=payment_hex)))
        postings = await session.scalar(select(func.count()).select_from(LedgerTransfer).where(
            LedgerTransfer.idempotency_key.like("wechat:%"),
            LedgerTransfer.reference == str(uuid.UUID(hex=payment_hex))))
    return str(status.value if status else None), int(postings or 0)


async def test_duplicate_notifications_settle_once(pos: Pos, v3: tuple[FakeWeChatNotifier, WeChatMerchant],
                                                   live_server: LiveServer, forecourt: Forecourt,
                                                   database: Database) -> None:
    notifier, account = v3
    payment, amount = await _pending(pos)
    station = str(forecourt.org.stations[0].id)
    resource = notifier.transaction(mch_id=account.mch_id, app_id=account.app_id, out_trade_no=payment,
                                    total_fen=amount)
    body = notifier.body(resource)
    answers = await asyncio.gather(*(_post(live_server, station, body, notifier.headers(body)) for _ in range(10)))
    assert {a.status_code for a in answers} == {204} and all(a.content == b"" for a in answers)
    assert await _state(database, payment) == ("succeeded", 1)
    other_id = notifier.body(resource)  # WeChat re-sends later, even under another notification id
    later = await _post(live_server, station, other_id, notifier.headers(other_id))
    assert later.status_code == 204
    assert await _state(database, payment) == ("succeeded", 1)


def _forgeries(notifier: FakeWeChatNotifier, account: WeChatMerchant, payment: str,
               amount: int) -> dict[str, tuple[bytes, dict[str, str]]]:
    good = notifier.transaction(mch_id=account.mch_id, app_id=account.app_id, out_trade_no=payment, total_fen=amount)
    body = notifier.body(good)
    headers = notifier.headers(body)
    reserialised = json.dumps(json.loads(body), indent=2).encode()
    tampered = json.loads(body)
    cipher = bytearray(tampered["resource"]["ciphertext"].encode())
    cipher[10] = ord("A") if cipher[10] != ord("A") else ord("B")
    tampered["resource"]["ciphertext"] = cipher.decode()
    tampered_body = json.dumps(tampered, separators=(",", ":")).encode()
    stranger = FakeWeChatNotifier(api_v3_key=notifier.api_v3_key, serial=notifier.serial)

    def signed(resource: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
        raw = notifier.body(resource)
        return raw, notifier.headers(raw)

    return {
        "bad signature": (body, stranger.headers(body)),
        "re-serialised body": (reserialised, headers),
        "six minutes late": (body, notifier.headers(body, at=time.time() - 360)),
        "six minutes early": (body, notifier.headers(body, at=time.time() + 360)),
        "unknown serial": (body, notifier.headers(body, serial="PUB_KEY_ID_9999")),
        "tampered ciphertext": (tampered_body, notifier.headers(tampered_body)),
        "wrong amount": signed({**good, "amount": {**good["amount"], "total": amount - 1}}),
        "wrong mchid": signed({**good, "mchid": "1900000999"}),
        "wrong appid": signed({**good, "appid": "wx0000000000000000"}),
    }


async def test_forged_and_mismatched_notifications_change_nothing(
        pos: Pos, v3: tuple[FakeWeChatNotifier, WeChatMerchant], live_server: LiveServer, forecourt: Forecourt,
        database: Database) -> None:
    notifier, account = v3
    payment, amount = await _pending(pos)
    station = str(forecourt.org.stations[0].id)
    for name, (body, headers) in _forgeries(notifier, account, payment, amount).items():
        answer = await _post(live_server, station, body, headers)
        assert answer.status_code >= 400, name
        assert answer.json()["code"] == "FAIL", name
        assert await _state(database, payment) == ("pending", 0), name
