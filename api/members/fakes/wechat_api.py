"""A local WeChat server API for mini-programs that follows the real JSON contract, for tests and the demo.

    GET  /cgi-bin/token?grant_type=client_credential&appid=&secret=      -> access_token, expires_in
    GET  /sns/jscode2session?appid=&secret=&js_code=&grant_type=authorization_code
                                                                          -> openid, session_key[, unionid]
    POST /wxa/business/getuserphonenumber?access_token=  {"code": ...}   -> phone_info

Codes are made by the test (or the demo) with `login_code()` / `phone_code()`, as `wx.login` and the
phone-number button would give them to the mini-program: each is valid once, for five minutes. Errors are
WeChat's: 40029 invalid code, 40163 code been used, 40013 invalid appid, 40125 invalid appsecret,
40001 invalid access token. Every session_key handed out is kept in `session_keys` so that a test can
check it never leaves the platform.
"""

from __future__ import annotations

import base64
import json
import secrets
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

CODE_SECONDS = 300


@dataclass
class _Code:
    value: str
    expires: float
    used: bool = False


@dataclass
class FakeWeChatApi:
    apps: dict[str, str]  # appid -> secret
    login_codes: dict[str, tuple[_Code, str, str | None]] = field(default_factory=dict)
    phone_codes: dict[str, tuple[_Code, str]] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)  # access token -> appid
    session_keys: list[str] = field(default_factory=list)
    calls: Counter[str] = field(default_factory=Counter)

    def app(self) -> Starlette:
        return Starlette(routes=[Route("/cgi-bin/token", self._token),
                                 Route("/sns/jscode2session", self._code2session),
                                 Route("/wxa/business/getuserphonenumber", self._phone, methods=["POST"])])

    def login_code(self, openid: str | None = None, unionid: str | None = None) -> str:
        """A `wx.login` code for the driver `openid` (a new driver when omitted)."""
        code = secrets.token_urlsafe(24)
        who = openid or "o" + secrets.token_urlsafe(20)
        self.login_codes[code] = (_Code(code, time.monotonic() + CODE_SECONDS), who, unionid)
        return code

    def phone_code(self, phone: str) -> str:
        """A phone-number component code for `phone`."""
        code = secrets.token_hex(32)
        self.phone_codes[code] = (_Code(code, time.monotonic() + CODE_SECONDS), phone)
        return code

    @staticmethod
    def _json(data: dict[str, Any]) -> Response:
        return Response(json.dumps(data, ensure_ascii=False), media_type="application/json")

    def _error(self, errcode: int, errmsg: str) -> Response:
        return self._json({"errcode": errcode, "errmsg": f"{errmsg} rid: {secrets.token_hex(4)}"})

    def _app_problem(self, appid: str | None, secret: str | None) -> Response | None:
        if appid not in self.apps:
            return self._error(40013, "invalid appid")
        if secret != self.apps[appid]:
            return self._error(40125, "invalid appsecret")
        return None

    async def _token(self, request: Request) -> Response:
        self.calls["token"] += 1
        q = request.query_params
        if problem := self._app_problem(q.get("appid"), q.get("secret")):
            return problem
        token = secrets.token_urlsafe(32)
        self.tokens[token] = str(q.get("appid"))
        return self._json({"access_token": token, "expires_in": 7200})

    async def _code2session(self, request: Request) -> Response:
        self.calls["jscode2session"] += 1
        q = request.query_params
        if problem := self._app_problem(q.get("appid"), q.get("secret")):
            return problem
        found = self.login_codes.get(q.get("js_code") or "")
        if found is None or found[0].expires < time.monotonic():
            return self._error(40029, "invalid code")
        code, openid, unionid = found
        if code.used:
            return self._error(40163, "code been used")
        code.used = True
        session_key = base64.b64encode(secrets.token_bytes(16)).decode()
        self.session_keys.append(session_key)
        answer = {"openid": openid, "session_key": session_key}
        if unionid:
            answer["unionid"] = unionid
        return self._json(answer)

    async def _phone(self, request: Request) -> Response:
        self.calls["getuserphonenumber"] += 1
        appid = self.tokens.get(request.query_params.get("access_token") or "")
        if appid is None:
            return self._error(40001, "invalid credential, access_token is invalid or not latest")
        try:
            body = json.loads(await request.body())
        except ValueError:
            return self._error(47001, "data format error")
        found = self.phone_codes.get(str(body.get("code") or ""))
        if found is None or found[0].expires < time.monotonic() or found[0].used:
            return self._error(40029, "invalid code")
        found[0].used = True
        phone = found[1]
        return self._json({"errcode": 0, "errmsg": "ok", "phone_info": {
            "phoneNumber": phone, "purePhoneNumber": phone, "countryCode": "86",
            "watermark": {"timestamp": int(time.time()), "appid": appid}}})
