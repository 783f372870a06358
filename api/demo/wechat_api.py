"""The demo's WeChat server API for mini-programs: the local fake (`api.members.fakes.wechat_api`) on a loopback
port, the demo company's mini-program registered with it (appid `wechat_sandbox.MINI_PROGRAM_APP_ID`, a
secret renewed at every start), and the platform pointed at it. Two sandbox routes stand in for the phone:

    POST /sandbox/login-code   {"openid": optional}  -> {"code": ...}   what wx.login gives the mini-program
    POST /sandbox/phone-code   {"phone": "139..."}    -> {"code": ...}   what the phone-number button gives
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import uvicorn
from sqlalchemy import select
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from api.core.db import Database
from api.core.personal_data import encrypt, is_mobile
from api.demo.seed import DemoStation
from api.demo.wechat_sandbox import MINI_PROGRAM_APP_ID, free_port
from api.members.fakes.wechat_api import FakeWeChatApi
from api.members.models import MiniProgram

PROGRAM_NAME = "示范石油车主小程序"


@dataclass(frozen=True)
class WeChatApi:
    url: str  # base address, ending in /
    stop: Callable[[], None]


async def _body(request: Request) -> dict[str, object]:
    try:
        data = json.loads(await request.body() or b"{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def demo_app(fake: FakeWeChatApi) -> Starlette:
    async def login_code(request: Request) -> JSONResponse:
        openid = (await _body(request)).get("openid")
        return JSONResponse({"code": fake.login_code(openid if isinstance(openid, str) and openid else None)})

    async def phone_code(request: Request) -> JSONResponse:
        phone = str((await _body(request)).get("phone") or "")
        if not is_mobile(phone):
            return JSONResponse({"message": "手机号格式不正确"}, status_code=400)
        return JSONResponse({"code": fake.phone_code(phone)})

    return Starlette(routes=[*fake.app().routes, Route("/sandbox/login-code", login_code, methods=["POST"]),
                             Route("/sandbox/phone-code", phone_code, methods=["POST"])])


def start(database: Database, station: DemoStation, data_key: str) -> WeChatApi:
    """Serve the fake and register the demo company's mini-program with it."""
    secret = secrets.token_hex(16)
    fake = FakeWeChatApi(apps={MINI_PROGRAM_APP_ID: secret})
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(demo_app(fake), host="127.0.0.1", port=port, log_config=None,
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, name="demo-wechat-api", daemon=True)
    thread.start()
    while not server.started and thread.is_alive():
        time.sleep(0.02)
    with database.sync_transaction() as session:
        program = session.scalar(select(MiniProgram).where(MiniProgram.company_id == station.company_id))
        if program is None:
            program = MiniProgram(company_id=station.company_id, app_id=MINI_PROGRAM_APP_ID, name=PROGRAM_NAME)
            session.add(program)
        program.app_id, program.app_secret_encrypted = MINI_PROGRAM_APP_ID, encrypt(data_key, secret)

    def stop() -> None:
        server.should_exit = True
        thread.join(timeout=5)

    return WeChatApi(f"http://127.0.0.1:{port}/", stop)
