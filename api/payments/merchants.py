"""Merchant accounts per station and channel; the channel client made from one."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import urlparse

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.actors import Actor
from api.core.errors import DomainError, ValidationErrors
from api.core.permissions import Permission
from api.core.personal_data import decrypt, encrypt
from api.payments.alipay import ALIPAY_GATEWAY, AlipayMerchant, AlipayPaymentCode
from api.payments.channels import PaymentCodeChannel
from api.payments.models import PaymentMerchant
from api.payments.wechat_jsapi import JsapiMerchant, WeChatJsapi, load_private_key
from api.payments.wechat_v2 import WECHAT_API, WeChatMerchant, WeChatPaymentCode
from api.payments.wechat_v3 import load_public_key
from api.stations.service import require_stations_in_scope

CHANNELS = ("wechat", "alipay")
SERIAL = re.compile(r"^[0-9A-Fa-f]{8,64}$")  # a merchant API certificate's serial number
DEFAULT_GATEWAYS = {"wechat": WECHAT_API, "alipay": ALIPAY_GATEWAY}


class MerchantErrorCode(StrEnum):
    INVALID = "INVALID"
    NO_MERCHANT = "NO_MERCHANT"


def _check_wechat(problems: ValidationErrors, mch_id: str, app_id: str, api_key: str | None) -> None:
    if not mch_id.isdigit() or not 8 <= len(mch_id) <= 32:
        problems.add(MerchantErrorCode.INVALID, "商户号须为 8 到 32 位数字", "mchId")
    if not app_id.startswith("wx") or len(app_id) > 32:
        problems.add(MerchantErrorCode.INVALID, "AppID 须以 wx 开头", "appId")
    if api_key is not None and len(api_key) != 32:
        problems.add(MerchantErrorCode.INVALID, "API 密钥须为 32 个字符", "apiKey")


def _check_alipay(problems: ValidationErrors, mch_id: str, app_id: str, api_key: str | None,
                  platform_keys: dict[str, str] | None) -> None:
    if not (mch_id.startswith("2088") and mch_id.isdigit() and len(mch_id) == 16):
        problems.add(MerchantErrorCode.INVALID, "支付宝 PID 须为 2088 开头的 16 位数字", "mchId")
    if not app_id.isdigit() or not 8 <= len(app_id) <= 32:
        problems.add(MerchantErrorCode.INVALID, "支付宝 AppID 须为数字", "appId")
    if api_key is not None:
        try:
            serialization.load_pem_private_key(api_key.encode(), password=None)
        except (ValueError, TypeError):
            problems.add(MerchantErrorCode.INVALID, "应用私钥须为 PEM 格式的 RSA 私钥", "apiKey")
    if platform_keys is not None and "alipay" not in platform_keys:
        problems.add(MerchantErrorCode.INVALID, "请提供支付宝公钥（serial 为 alipay）", "platformKeys")


def _check_v3(problems: ValidationErrors, api_v3_key: str | None, platform_keys: dict[str, str] | None) -> None:
    if api_v3_key is not None and len(api_v3_key.encode()) != 32:
        problems.add(MerchantErrorCode.INVALID, "APIv3 密钥须为 32 个字符", "apiV3Key")
    for serial, pem in (platform_keys or {}).items():
        try:
            load_public_key(pem)
        except ValueError:
            problems.add(MerchantErrorCode.INVALID, f"{serial[:40]} 不是有效的 RSA 公钥（PEM）", "platformKeys")


def _check_jsapi(problems: ValidationErrors, channel: str, jsapi: JsapiKeys | None,
                 merchant: PaymentMerchant | None) -> None:
    if jsapi is None:
        return
    if channel != "wechat":
        for given, name in ((jsapi.mini_program_app_id, "miniProgramAppId"), (jsapi.merchant_serial, "merchantSerial"),
                            (jsapi.merchant_private_key, "merchantPrivateKey")):
            if given is not None:
                problems.add(MerchantErrorCode.INVALID, "小程序支付（JSAPI）仅用于微信支付商户号", name)
        return
    if jsapi.mini_program_app_id is not None and (not jsapi.mini_program_app_id.startswith("wx")
                                                  or len(jsapi.mini_program_app_id) > 32):
        problems.add(MerchantErrorCode.INVALID, "小程序 AppID 须以 wx 开头", "miniProgramAppId")
    if jsapi.merchant_serial is not None and not SERIAL.match(jsapi.merchant_serial):
        problems.add(MerchantErrorCode.INVALID, "商户 API 证书序列号须为十六进制", "merchantSerial")
    if jsapi.merchant_private_key is not None:
        try:
            load_private_key(jsapi.merchant_private_key)
        except (ValueError, TypeError, UnsupportedAlgorithm):
            problems.add(MerchantErrorCode.INVALID, "商户 API 私钥须为 PEM 格式的 RSA 私钥", "merchantPrivateKey")
    has_key = jsapi.merchant_private_key is not None or (merchant is not None
                                                         and merchant.merchant_private_key_encrypted is not None)
    has_serial = jsapi.merchant_serial is not None or (merchant is not None and merchant.merchant_serial is not None)
    if has_key != has_serial:
        problems.add(MerchantErrorCode.INVALID, "商户 API 私钥与证书序列号须一起提供", "merchantSerial")


def _store_jsapi(merchant: PaymentMerchant, jsapi: JsapiKeys | None, data_key: str) -> None:
    if jsapi is None or merchant.channel != "wechat":
        return
    merchant.mini_program_app_id = jsapi.mini_program_app_id or merchant.mini_program_app_id
    merchant.merchant_serial = (jsapi.merchant_serial or merchant.merchant_serial or "").upper() or None
    if jsapi.merchant_private_key is not None:
        merchant.merchant_private_key_encrypted = encrypt(data_key, jsapi.merchant_private_key)


@dataclass(frozen=True)
class JsapiKeys:
    """JSAPI (v3) settings of a WeChat merchant account; None keeps what is held."""

    mini_program_app_id: str | None = None
    merchant_serial: str | None = None
    merchant_private_key: str | None = field(default=None, repr=False)


async def set_merchant(session: AsyncSession, actor: Actor, station_id: uuid.UUID, *, channel: str, mch_id: str,
                       app_id: str, api_key: str | None, payee_name: str, data_key: str,
                       api_base_url: str | None = None, api_v3_key: str | None = None,
                       platform_keys: dict[str, str] | None = None, fee_rate_bp: int | None = None,
                       jsapi: JsapiKeys | None = None) -> PaymentMerchant:
    """Create or change the station's merchant account for `channel` (a key of None keeps the old one)."""
    await require_stations_in_scope(session, actor, [station_id], Permission.MANAGE_SETTINGS, field="stationId")
    problems = ValidationErrors()
    if channel not in CHANNELS:
        problems.add(MerchantErrorCode.INVALID, "不支持的支付渠道", "channel")
    if channel == "alipay":
        _check_alipay(problems, mch_id, app_id, api_key, platform_keys)
    else:
        _check_wechat(problems, mch_id, app_id, api_key)
    if not 1 <= len(payee_name.strip()) <= 64:
        problems.add(MerchantErrorCode.INVALID, "请填写收款方名称（最多 64 个字）", "payeeName")
    url = api_base_url or DEFAULT_GATEWAYS.get(channel, WECHAT_API)
    if urlparse(url).scheme not in ("https", "http") or (channel == "wechat" and not url.endswith("/")):
        problems.add(MerchantErrorCode.INVALID, "接口地址须为 http(s) 地址（微信以 / 结尾）", "apiBaseUrl")
    _check_v3(problems, api_v3_key, platform_keys)
    if fee_rate_bp is not None and not 0 <= fee_rate_bp <= 1000:
        problems.add(MerchantErrorCode.INVALID, "费率须在 0 到 10% 之间（以万分之一计）", "feeRateBp")
    merchant = await session.scalar(select(PaymentMerchant).where(PaymentMerchant.station_id == station_id,
                                                                  PaymentMerchant.channel == channel))
    if merchant is None and api_key is None:
        problems.add(MerchantErrorCode.INVALID, "请填写 API 密钥", "apiKey")
    _check_jsapi(problems, channel, jsapi, merchant)
    problems.raise_if_any()
    before = None if merchant is None else _audited(merchant)
    if merchant is None:
        merchant = PaymentMerchant(company_id=actor.company_id, station_id=station_id, channel=channel)
        session.add(merchant)
    merchant.mch_id, merchant.app_id, merchant.api_base_url = mch_id, app_id, url
    merchant.payee_name = payee_name.strip()
    if api_key is not None:
        merchant.api_key_encrypted = encrypt(data_key, api_key)
    if api_v3_key is not None:
        merchant.api_v3_key_encrypted = encrypt(data_key, api_v3_key)
    if platform_keys is not None:
        merchant.platform_keys = dict(platform_keys)
    if fee_rate_bp is not None:
        merchant.fee_rate_bp = fee_rate_bp
    _store_jsapi(merchant, jsapi, data_key)
    await session.flush()
    await audit.record(session, actor, action="payment_merchant.set", object_type="PaymentMerchant",
                       object_id=merchant.id, company_id=merchant.company_id, station_id=station_id, before=before,
                       after={**_audited(merchant), "api_key_changed": api_key is not None,
                              "api_v3_key_changed": api_v3_key is not None,
                              "merchant_private_key_changed": jsapi is not None
                              and jsapi.merchant_private_key is not None})
    return merchant


def _audited(merchant: PaymentMerchant) -> dict[str, object]:
    """What the audit log keeps of an account: everything but its keys (whether a key is held, at most)."""
    return {"mch_id": merchant.mch_id, "app_id": merchant.app_id, "payee_name": merchant.payee_name,
            "api_base_url": merchant.api_base_url, "platform_key_serials": sorted(merchant.platform_keys or {}),
            "fee_rate_bp": merchant.fee_rate_bp, "api_v3_key_held": merchant.api_v3_key_encrypted is not None,
            "mini_program_app_id": merchant.mini_program_app_id, "merchant_serial": merchant.merchant_serial,
            "merchant_private_key_held": merchant.merchant_private_key_encrypted is not None,
            "jsapi_configured": jsapi_configured(merchant)}


def jsapi_configured(merchant: PaymentMerchant) -> bool:
    """Every key a JSAPI payment needs is held: the merchant's API key and serial, WeChat Pay's public key
    (answers), the APIv3 key (notifications)."""
    return merchant.channel == "wechat" and merchant.merchant_private_key_encrypted is not None \
        and merchant.merchant_serial is not None and bool(merchant.platform_keys) \
        and merchant.api_v3_key_encrypted is not None


async def payment_code_channel(session: AsyncSession, station_id: uuid.UUID, channel: str,
                               data_key: str) -> PaymentCodeChannel:
    merchant = await session.scalar(select(PaymentMerchant).where(PaymentMerchant.station_id == station_id,
                                                                  PaymentMerchant.channel == channel))
    if merchant is None:
        raise DomainError(MerchantErrorCode.NO_MERCHANT, "本站未配置该支付渠道的商户号", field="tenders")
    secret = decrypt(data_key, merchant.api_key_encrypted)
    if channel == "alipay":
        return AlipayPaymentCode(AlipayMerchant(merchant.app_id, secret, merchant.platform_keys["alipay"],
                                                gateway=merchant.api_base_url))
    return WeChatPaymentCode(WeChatMerchant(merchant.mch_id, merchant.app_id, secret,
                                            api_base_url=merchant.api_base_url))


def jsapi_channel(merchant: PaymentMerchant, data_key: str, *, notify_url: str | None = None) -> WeChatJsapi:
    """The station's WeChat Pay JSAPI (v3) client; NO_MERCHANT unless every key it needs is held."""
    if merchant.channel != "wechat" or merchant.merchant_private_key_encrypted is None \
            or merchant.merchant_serial is None or not merchant.platform_keys:
        raise DomainError(MerchantErrorCode.NO_MERCHANT, "本站未开通微信小程序支付", field="orderId")
    return WeChatJsapi(JsapiMerchant(merchant.mch_id, merchant.mini_program_app_id or merchant.app_id,
                                     merchant.merchant_serial,
                                     decrypt(data_key, merchant.merchant_private_key_encrypted),
                                     dict(merchant.platform_keys), api_base_url=merchant.api_base_url),
                       notify_url=notify_url)
