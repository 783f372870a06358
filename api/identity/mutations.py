"""Mutations of identity: signing in and out, staff users, roles, API keys and devices."""

from __future__ import annotations

from collections.abc import Awaitable
from enum import Enum
from typing import Any

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.actors import ActorKind
from api.core.errors import DomainError, Forbidden
from api.core.guards import Info, needs, require, viewer
from api.core.node import decode_input_id
from api.core.permissions import Permission
from api.core.user_errors import error_type, payload_errors, run_mutation
from api.identity import credentials, login, role_service, staff
from api.identity.errors import (
    ApiKeyErrorCode,
    DeviceErrorCode,
    PasswordChangeErrorCode,
    RoleErrorCode,
    StaffUserErrorCode,
    TokenCreateErrorCode,
    TokenRefreshErrorCode,
    TokenRevokeErrorCode,
)
from api.identity.inputs import (
    ApiKeyCreateInput,
    ApiKeyRevokeInput,
    DeviceCreateInput,
    DeviceRevokeInput,
    GrantInput,
    PasswordChangeInput,
    RoleCreateInput,
    RoleDeleteInput,
    RoleUpdateInput,
    StaffUserActiveSetInput,
    StaffUserCreateInput,
    StaffUserGrantsSetInput,
    StaffUserPasswordResetInput,
    StaffUserUpdateInput,
    TokenCreateInput,
    TokenRefreshInput,
    TokenRevokeInput,
)
from api.identity.models import ApiKey, Device
from api.identity.types import ApiKeyType, DeviceType, RoleType, StaffUserType

TokenCreateError = error_type("TokenCreate", TokenCreateErrorCode, "sign-in")
TokenRefreshError = error_type("TokenRefresh", TokenRefreshErrorCode, "a token refresh")
TokenRevokeError = error_type("TokenRevoke", TokenRevokeErrorCode, "signing out")
PasswordChangeError = error_type("PasswordChange", PasswordChangeErrorCode, "a password change")
StaffUserError = error_type("StaffUser", StaffUserErrorCode, "a staff user mutation")
RoleError = error_type("Role", RoleErrorCode, "a role mutation")
ApiKeyError = error_type("ApiKey", ApiKeyErrorCode, "an API key mutation")
DeviceError = error_type("Device", DeviceErrorCode, "a device mutation")


@strawberry.type(description="Tokens of a new sign-in.")
class TokenCreatePayload:
    token: str | None = strawberry.field(default=None, description="Access token (Bearer), valid 15 minutes.")
    refresh_token: str | None = strawberry.field(default=None, description="Refresh token: use once with "
                                                                           "tokenRefresh.")
    user: StaffUserType | None = strawberry.field(default=None, description="The signed-in user.")
    errors: list[TokenCreateError] = strawberry.field(description="Why sign-in failed.")  # type: ignore[valid-type]


@strawberry.type(description="Fresh tokens; the refresh token given is now used up.")
class TokenRefreshPayload:
    token: str | None = strawberry.field(default=None, description="New access token.")
    refresh_token: str | None = strawberry.field(default=None, description="New refresh token.")
    errors: list[TokenRefreshError] = strawberry.field(description="Why refresh failed.")  # type: ignore[valid-type]


@strawberry.type(description="Result of signing out.")
class TokenRevokePayload:
    errors: list[TokenRevokeError] = strawberry.field(description="Why it failed.")  # type: ignore[valid-type]


@strawberry.type(description="Result of a password change (your other sessions are signed out).")
class PasswordChangePayload:
    errors: list[PasswordChangeError] = strawberry.field(description="Why it failed.")  # type: ignore[valid-type]


@strawberry.type(description="Result of a staff user mutation.")
class StaffUserPayload:
    staff_user: StaffUserType | None = strawberry.field(default=None, description="The user after the change.")
    errors: list[StaffUserError] = strawberry.field(description="Why nothing changed.")  # type: ignore[valid-type]


@strawberry.type(description="Result of a role mutation.")
class RolePayload:
    role: RoleType | None = strawberry.field(default=None, description="The role (as it was, when deleted).")
    errors: list[RoleError] = strawberry.field(description="Why nothing changed.")  # type: ignore[valid-type]


@strawberry.type(description="Result of an API key mutation.")
class ApiKeyPayload:
    api_key: ApiKeyType | None = strawberry.field(default=None, description="The key.")
    secret: str | None = strawberry.field(default=None, description="The full key, shown only once at creation.")
    errors: list[ApiKeyError] = strawberry.field(description="Why nothing changed.")  # type: ignore[valid-type]


@strawberry.type(description="Result of a device mutation.")
class DevicePayload:
    device: DeviceType | None = strawberry.field(default=None, description="The device.")
    token: str | None = strawberry.field(default=None, description="The device token, shown only once.")
    errors: list[DeviceError] = strawberry.field(description="Why nothing changed.")  # type: ignore[valid-type]


async def _service_call(call: Awaitable[Any], payload: Any, error_cls: Any, codes: type[Enum],
                        **values: Any) -> Any:
    try:
        result = await call
    except DomainError as error:
        return payload(errors=payload_errors(error, error_cls, codes))
    return payload(errors=[], **{k: (v(result) if callable(v) else v) for k, v in values.items()})


def _grants(grants: list[GrantInput] | None) -> list[staff.GrantSpec]:
    return [staff.GrantSpec(
        role_id=decode_input_id(g.role_id, "Role", f"grants.{i}.roleId"), scope=g.scope,
        region_ids=[decode_input_id(r, "Region", f"grants.{i}.regionIds") for r in g.region_ids or []],
        station_ids=[decode_input_id(s, "Station", f"grants.{i}.stationIds") for s in g.station_ids or []],
    ) for i, g in enumerate(grants or [])]


@strawberry.type
class AuthMutation:
    @strawberry.mutation(description="Sign in with username and password. Public. Repeated failures lock the "
                                     "username (and the client's IP) for a while.")
    async def token_create(self, info: Info, input: TokenCreateInput) -> TokenCreatePayload:
        ctx = info.context
        return await _service_call(
            login.create_token(ctx.db, ctx.redis, ctx.settings, username=input.username, password=input.password,
                               ip=ctx.client_ip, request_id=ctx.request_id,
                               user_agent=ctx.request.headers.get("user-agent")),
            TokenCreatePayload, TokenCreateError, TokenCreateErrorCode,
            token=lambda r: r.access_token, refresh_token=lambda r: r.refresh_token,
            user=lambda r: StaffUserType.of(r.user))

    @strawberry.mutation(description="Trade a refresh token for new tokens (rotation). Public. Reusing a used "
                                     "refresh token signs that session out everywhere.")
    async def token_refresh(self, info: Info, input: TokenRefreshInput) -> TokenRefreshPayload:
        ctx = info.context
        return await _service_call(
            login.refresh_token(ctx.db, ctx.settings, token=input.refresh_token),
            TokenRefreshPayload, TokenRefreshError, TokenRefreshErrorCode,
            token=lambda r: r.access_token, refresh_token=lambda r: r.refresh_token)

    @strawberry.mutation(description="Sign out: ends the session of the refresh token. Public (the token proves it).")
    async def token_revoke(self, info: Info, input: TokenRevokeInput) -> TokenRevokePayload:
        ctx = info.context
        return await _service_call(
            login.revoke_token(ctx.db, token=input.refresh_token, ip=ctx.client_ip, request_id=ctx.request_id),
            TokenRevokePayload, TokenRevokeError, TokenRevokeErrorCode)

    @strawberry.mutation(description=needs("Change your own password; your other sessions are signed out."))
    async def password_change(self, info: Info, input: PasswordChangeInput) -> PasswordChangePayload:
        actor = viewer(info)
        if actor.kind is not ActorKind.STAFF:
            raise Forbidden("仅员工账号可用")

        async def work(session: AsyncSession) -> dict[str, Any]:
            await staff.change_own_password(session, actor, input.current_password, input.new_password)
            return {}

        return await run_mutation(info.context, work, PasswordChangePayload, PasswordChangeError,
                                  PasswordChangeErrorCode)


@strawberry.type
class StaffMutation:
    @strawberry.mutation(description=needs("Create a staff user with grants (never beyond your own); audited.",
                                           Permission.MANAGE_STAFF))
    async def staff_user_create(self, info: Info, input: StaffUserCreateInput) -> StaffUserPayload:
        actor = require(info, Permission.MANAGE_STAFF)
        key = info.context.settings.data_key

        async def work(session: AsyncSession) -> dict[str, Any]:
            fields = staff.StaffFields(username=input.username, name=input.name, mobile=input.mobile,
                                       employee_code=input.employee_code, password=input.password)
            user = await staff.create_user(session, actor, fields, _grants(input.grants), data_key=key)
            return {"staff_user": StaffUserType.of(user)}

        return await run_mutation(info.context, work, StaffUserPayload, StaffUserError, StaffUserErrorCode)

    @strawberry.mutation(description=needs("Edit a staff user's name, mobile or employee code; audited.",
                                           Permission.MANAGE_STAFF))
    async def staff_user_update(self, info: Info, input: StaffUserUpdateInput) -> StaffUserPayload:
        actor = require(info, Permission.MANAGE_STAFF)
        key = info.context.settings.data_key

        async def work(session: AsyncSession) -> dict[str, Any]:
            fields = staff.StaffFields(name=input.name, mobile=input.mobile, employee_code=input.employee_code)
            user = await staff.update_user(session, actor, decode_input_id(input.id, "StaffUser", "id"), fields,
                                           data_key=key)
            return {"staff_user": StaffUserType.of(user)}

        return await run_mutation(info.context, work, StaffUserPayload, StaffUserError, StaffUserErrorCode)

    @strawberry.mutation(description=needs("Enable or disable a staff user; audited.", Permission.MANAGE_STAFF))
    async def staff_user_active_set(self, info: Info, input: StaffUserActiveSetInput) -> StaffUserPayload:
        actor = require(info, Permission.MANAGE_STAFF)

        async def work(session: AsyncSession) -> dict[str, Any]:
            user = await staff.set_user_active(session, actor, decode_input_id(input.id, "StaffUser", "id"),
                                               input.is_active)
            return {"staff_user": StaffUserType.of(user)}

        return await run_mutation(info.context, work, StaffUserPayload, StaffUserError, StaffUserErrorCode)

    @strawberry.mutation(description=needs("Set a staff user's password (admin reset); audited.",
                                           Permission.MANAGE_STAFF))
    async def staff_user_password_reset(self, info: Info, input: StaffUserPasswordResetInput) -> StaffUserPayload:
        actor = require(info, Permission.MANAGE_STAFF)

        async def work(session: AsyncSession) -> dict[str, Any]:
            user = await staff.reset_password(session, actor, decode_input_id(input.id, "StaffUser", "id"),
                                              input.new_password)
            return {"staff_user": StaffUserType.of(user)}

        return await run_mutation(info.context, work, StaffUserPayload, StaffUserError, StaffUserErrorCode)

    @strawberry.mutation(description=needs("Replace a staff user's grants; audited with before and after.",
                                           Permission.MANAGE_STAFF))
    async def staff_user_grants_set(self, info: Info, input: StaffUserGrantsSetInput) -> StaffUserPayload:
        actor = require(info, Permission.MANAGE_STAFF)

        async def work(session: AsyncSession) -> dict[str, Any]:
            user = await staff.set_grants(session, actor, decode_input_id(input.id, "StaffUser", "id"),
                                          _grants(input.grants))
            return {"staff_user": StaffUserType.of(user)}

        return await run_mutation(info.context, work, StaffUserPayload, StaffUserError, StaffUserErrorCode)


@strawberry.type
class RoleMutation:
    @strawberry.mutation(description=needs("Create a custom role; audited.", Permission.MANAGE_ROLES))
    async def role_create(self, info: Info, input: RoleCreateInput) -> RolePayload:
        actor = require(info, Permission.MANAGE_ROLES)

        async def work(session: AsyncSession) -> dict[str, Any]:
            role = await role_service.create_role(session, actor, name=input.name, description=input.description,
                                                  permissions=list(input.permissions))
            return {"role": RoleType.of(role)}

        return await run_mutation(info.context, work, RolePayload, RoleError, RoleErrorCode)

    @strawberry.mutation(description=needs("Edit a custom role; audited with before and after.",
                                           Permission.MANAGE_ROLES))
    async def role_update(self, info: Info, input: RoleUpdateInput) -> RolePayload:
        actor = require(info, Permission.MANAGE_ROLES)

        async def work(session: AsyncSession) -> dict[str, Any]:
            role = await role_service.update_role(
                session, actor, decode_input_id(input.id, "Role", "id"), name=input.name,
                description=input.description,
                permissions=None if input.permissions is None else list(input.permissions))
            return {"role": RoleType.of(role)}

        return await run_mutation(info.context, work, RolePayload, RoleError, RoleErrorCode)

    @strawberry.mutation(description=needs("Delete a custom role nobody holds; audited.", Permission.MANAGE_ROLES))
    async def role_delete(self, info: Info, input: RoleDeleteInput) -> RolePayload:
        actor = require(info, Permission.MANAGE_ROLES)

        async def work(session: AsyncSession) -> dict[str, Any]:
            role = await role_service.delete_role(session, actor, decode_input_id(input.id, "Role", "id"))
            return {"role": RoleType.of(role)}

        return await run_mutation(info.context, work, RolePayload, RoleError, RoleErrorCode)


@strawberry.type
class CredentialMutation:
    @strawberry.mutation(description=needs("Create a partner API key (never beyond your own permissions); the "
                                           "secret is returned once; audited.", Permission.MANAGE_API_KEYS))
    async def api_key_create(self, info: Info, input: ApiKeyCreateInput) -> ApiKeyPayload:
        actor = require(info, Permission.MANAGE_API_KEYS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            stations = None if input.station_ids is None else [
                decode_input_id(s, "Station", "stationIds") for s in input.station_ids]
            issued = await credentials.create_api_key(
                session, actor, name=input.name, permissions=list(input.permissions), station_ids=stations,
                rate_limit_per_minute=input.rate_limit_per_minute)
            assert isinstance(issued.row, ApiKey)
            return {"api_key": ApiKeyType.of(issued.row), "secret": issued.secret}

        return await run_mutation(info.context, work, ApiKeyPayload, ApiKeyError, ApiKeyErrorCode)

    @strawberry.mutation(description=needs("Revoke a partner API key; audited.", Permission.MANAGE_API_KEYS))
    async def api_key_revoke(self, info: Info, input: ApiKeyRevokeInput) -> ApiKeyPayload:
        actor = require(info, Permission.MANAGE_API_KEYS)

        async def work(session: AsyncSession) -> dict[str, Any]:
            key = await credentials.revoke_api_key(session, actor, decode_input_id(input.id, "ApiKey", "id"))
            return {"api_key": ApiKeyType.of(key)}

        return await run_mutation(info.context, work, ApiKeyPayload, ApiKeyError, ApiKeyErrorCode)

    @strawberry.mutation(description=needs("Register a pump_link box at a station; its token is returned once; "
                                           "audited.", Permission.MANAGE_DEVICES))
    async def device_create(self, info: Info, input: DeviceCreateInput) -> DevicePayload:
        actor = require(info, Permission.MANAGE_DEVICES)

        async def work(session: AsyncSession) -> dict[str, Any]:
            issued = await credentials.create_device(
                session, actor, station_id=decode_input_id(input.station_id, "Station", "stationId"),
                name=input.name)
            assert isinstance(issued.row, Device)
            return {"device": DeviceType.of(issued.row), "token": issued.secret}

        return await run_mutation(info.context, work, DevicePayload, DeviceError, DeviceErrorCode)

    @strawberry.mutation(description=needs("Revoke a device token; audited.", Permission.MANAGE_DEVICES))
    async def device_revoke(self, info: Info, input: DeviceRevokeInput) -> DevicePayload:
        actor = require(info, Permission.MANAGE_DEVICES)

        async def work(session: AsyncSession) -> dict[str, Any]:
            device = await credentials.revoke_device(session, actor, decode_input_id(input.id, "Device", "id"))
            return {"device": DeviceType.of(device)}

        return await run_mutation(info.context, work, DevicePayload, DeviceError, DeviceErrorCode)
