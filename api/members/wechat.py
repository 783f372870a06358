"""The mini-program's WeChat server API through wechatpy: `code2Session` (a `wx.login` code for the
driver's openid) and the phone-number component (`getuserphonenumber`, with an access token).

The WeChat API base URL comes from settings, so a local server following the contract
(`api.members.fakes.wechat_api`) stands in for tests and the demo. The `session_key` WeChat answers is
never kept, returned or logged: nothing here reads it. Calls are blocking (requests) and run in a thread;
one client per mini-program keeps its access token between calls.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from requests import RequestException
from wechatpy import WeChatClient
from wechatpy.exceptions import WeChatClientException

logging.getLogger("wechatpy").setLevel(logging.INFO)
logging.getLogger("urllib3.connectionpool").setLevel(logging.INFO)  # its DEBUG lines carry the app secret and codes
INVALID_CODE = {40029, 40163}  # invalid code; code already used
_clients: dict[tuple[str, str, str], _Client] = {}
_lock = threading.Lock()


@dataclass(frozen=True)
class MiniProgramApp:
    app_id: str
    app_secret: str = field(repr=False)
    api_base_url: str


@dataclass(frozen=True)
class WxIdentity:
    """Who signed in: the openid (per mini-program) and the unionid when the app is bound to an open account."""

    openid: str
    unionid: str | None


class WeChatError(Exception):
    """WeChat refused or did not answer; `invalid_code` when the code itself was refused."""

    def __init__(self, errcode: int | None, message: str) -> None:
        super().__init__(f"{errcode}: {message}")
        self.errcode = errcode

    @property
    def invalid_code(self) -> bool:
        return self.errcode in INVALID_CODE


class _Client(WeChatClient):
    def __init__(self, app: MiniProgramApp) -> None:
        super().__init__(app.app_id, app.app_secret, timeout=10)
        self._base = app.api_base_url
        self.API_BASE_URL = f"{app.api_base_url}cgi-bin/"
        self.wxa.API_BASE_URL = app.api_base_url

    def fetch_access_token(self) -> Any:
        return self._fetch_access_token(url=f"{self._base}cgi-bin/token", params={
            "grant_type": "client_credential", "appid": self.appid, "secret": self.secret})


def _client(app: MiniProgramApp) -> _Client:
    key = (app.app_id, app.app_secret, app.api_base_url)
    with _lock:
        if key not in _clients:
            _clients[key] = _Client(app)
        return _clients[key]


async def _call(fn: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        return await asyncio.to_thread(fn, *args, **kwargs)
    except WeChatClientException as exc:
        raise WeChatError(exc.errcode, str(exc.errmsg)) from None
    except RequestException as exc:
        raise WeChatError(None, type(exc).__name__) from None


async def code_to_session(app: MiniProgramApp, code: str) -> WxIdentity:
    """The identity behind a `wx.login` code (valid once, for five minutes)."""
    answer = await _call(_client(app).wxa.code_to_session, code)
    openid = answer.get("openid") if isinstance(answer, dict) else None
    if not openid:
        raise WeChatError(None, "no openid in the answer")
    return WxIdentity(openid=str(openid), unionid=answer.get("unionid") or None)


async def phone_number(app: MiniProgramApp, code: str) -> str:
    """The mainland phone number behind a phone-number component code (`getPhoneNumber`'s `code`)."""
    answer = await _call(_client(app).post, "wxa/business/getuserphonenumber", data={"code": code},
                         api_base_url=app.api_base_url)
    info = answer.get("phone_info") if isinstance(answer, dict) else None
    if not isinstance(info, dict) or info.get("countryCode") != "86" or not info.get("purePhoneNumber"):
        raise WeChatError(None, "no mainland phone number in the answer")
    return str(info["purePhoneNumber"])
