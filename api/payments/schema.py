"""Merchant accounts over GraphQL: set per station and channel; the key is write-only."""

from __future__ import annotations

import uuid
from typing import Any

import strawberry
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.guards import Info, needs, require
from api.core.node import Node, decode_id, decode_input_id
from api.core.permissions import Permission
from api.core.user_errors import error_type, run_mutation
from api.payments.merchants import JsapiKeys, MerchantErrorCode, jsapi_configured, set_merchant
from api.payments.models import PaymentMerchant

PaymentMerchantError = error_type("PaymentMerchant", MerchantErrorCode, "a merchant account change")


@strawberry.type(name="PaymentMerchant", description="A station's merchant account with a payment channel "
                                                     "(the key is never shown). Requires MANAGE_SETTINGS.")
class PaymentMerchantType(Node):
    pk: strawberry.Private[uuid.UUID]
    channel: str = strawberry.field(description="wechat.")
    mch_id: str = strawberry.field(description="Merchant number (商户号).")
    app_id: str = strawberry.field(description="AppID bound to the merchant.")
    payee_name: str = strawberry.field(description="Payee name shown to drivers.")
    api_base_url: str = strawberry.field(description="The channel's API address.")
    platform_key_serials: list[str] = strawberry.field(description="Serials of the WeChat Pay keys held.")
    notifications_enabled: bool = strawberry.field(description="True when v3 notifications can be verified.")
    fee_rate_bp: int = strawberry.field(description="The channel's fee in basis points.")
    jsapi_configured: bool = strawberry.field(description="True when the drivers' mini-program can pay (JSAPI, v3): "
                                                          "the merchant API key and serial, a WeChat Pay public "
                                                          "key and the APIv3 key are all held.")
    mini_program_app_id: str | None = strawberry.field(description="The mini-program's AppID JSAPI payments use "
                                                                   "(null: the account's AppID).")
    merchant_serial: str | None = strawberry.field(description="Serial of the merchant API certificate whose key "
                                                               "signs JSAPI requests (the key is never shown).")

    @classmethod
    def of(cls, m: PaymentMerchant) -> PaymentMerchantType:
        return cls(pk=m.id, channel=m.channel, mch_id=m.mch_id, app_id=m.app_id, payee_name=m.payee_name,
                   api_base_url=m.api_base_url, platform_key_serials=sorted(m.platform_keys or {}),
                   notifications_enabled=m.api_v3_key_encrypted is not None and bool(m.platform_keys),
                   fee_rate_bp=m.fee_rate_bp, jsapi_configured=jsapi_configured(m),
                   mini_program_app_id=m.mini_program_app_id, merchant_serial=m.merchant_serial)


@strawberry.input(description="A WeChat Pay public key by its serial.")
class PlatformKeyInput:
    serial: str = strawberry.field(description="PUB_KEY_ID_... or a platform certificate's serial.")
    pem: str = strawberry.field(description="The RSA public key, PEM.")


@strawberry.input(description="Set a station's merchant account for a channel.")
class PaymentMerchantSetInput:
    station_id: strawberry.ID = strawberry.field(description="The station.")
    channel: str = strawberry.field(default="wechat", description="wechat.")
    mch_id: str = strawberry.field(description="Merchant number (商户号).")
    app_id: str = strawberry.field(description="AppID bound to the merchant.")
    api_key: str | None = strawberry.field(default=None, description="The 32-character API key (omit to keep it).")
    payee_name: str = strawberry.field(description="Payee name shown to drivers.")
    api_base_url: str | None = strawberry.field(default=None, description="The channel's API address (default: "
                                                                           "the real one).")
    api_v3_key: str | None = strawberry.field(default=None, description="The APIv3 key that decrypts notifications "
                                                                       "(omit to keep it).")
    platform_keys: list[PlatformKeyInput] | None = strawberry.field(
        default=None, description="WeChat Pay public keys by serial (PUB_KEY_ID_... or platform certificates).")
    fee_rate_bp: int | None = strawberry.field(default=None, description="The channel's fee in basis points "
                                                                        "(38 = 0.38%).")
    mini_program_app_id: str | None = strawberry.field(default=None, description="JSAPI (WeChat only): the drivers' "
                                                                               "mini-program AppID (omit to keep it).")
    merchant_serial: str | None = strawberry.field(default=None, description="JSAPI: the merchant API "
                                                                           "certificate's serial (hex; omit to keep "
                                                                           "it).")
    merchant_private_key: str | None = strawberry.field(
        default=None, description="JSAPI: the merchant API certificate's RSA private key, PEM (apiclient_key.pem); "
                                  "write-only, stored encrypted; omit or leave empty to keep it.")


def _jsapi(input: PaymentMerchantSetInput) -> JsapiKeys | None:
    """The JSAPI fields given (an empty one keeps what is held), or None when none is."""
    keys = JsapiKeys(mini_program_app_id=(input.mini_program_app_id or "").strip() or None,
                     merchant_serial=(input.merchant_serial or "").strip() or None,
                     merchant_private_key=(input.merchant_private_key or "").strip() or None)
    return None if keys == JsapiKeys() else keys


@strawberry.type(description="Result of setting a merchant account.")
class PaymentMerchantPayload:
    merchant: PaymentMerchantType | None = strawberry.field(default=None, description="The account.")
    errors: list[PaymentMerchantError] = strawberry.field(  # type: ignore[valid-type]
        description="Why nothing changed.")


@strawberry.type
class PaymentQuery:
    @strawberry.field(description=needs("A station's merchant accounts.", Permission.MANAGE_SETTINGS))
    async def payment_merchants(self, info: Info, station_id: strawberry.ID) -> list[PaymentMerchantType]:
        actor = require(info, Permission.MANAGE_SETTINGS)
        station = decode_id(station_id, "Station", "stationId")
        actor.require_station(station, Permission.MANAGE_SETTINGS)
        async with info.context.session() as session:
            rows = (await session.scalars(select(PaymentMerchant).where(PaymentMerchant.station_id == station)
                                          .order_by(PaymentMerchant.channel))).all()
        return [PaymentMerchantType.of(m) for m in rows]


@strawberry.type
class PaymentMutation:
    @strawberry.mutation(description=needs("Set a station's merchant account for a payment channel (with JSAPI for "
                                           "WeChat); audited (the keys are stored encrypted and never returned).",
                                           Permission.MANAGE_SETTINGS))
    async def payment_merchant_set(self, info: Info, input: PaymentMerchantSetInput) -> PaymentMerchantPayload:
        actor = require(info, Permission.MANAGE_SETTINGS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            merchant = await set_merchant(
                session, actor, decode_input_id(input.station_id, "Station", "stationId"), channel=input.channel,
                mch_id=input.mch_id, app_id=input.app_id, api_key=input.api_key, payee_name=input.payee_name,
                api_base_url=input.api_base_url, data_key=info.context.settings.data_key, api_v3_key=input.api_v3_key,
                platform_keys=None if input.platform_keys is None else {k.serial: k.pem for k in input.platform_keys},
                fee_rate_bp=input.fee_rate_bp, jsapi=_jsapi(input))
            return {"merchant": PaymentMerchantType.of(merchant)}

        return await run_mutation(info.context, work, PaymentMerchantPayload, PaymentMerchantError, MerchantErrorCode)
