"""Inputs of the identity mutations."""

from __future__ import annotations

import strawberry

from api.identity.types import GrantScopeType, PermissionType


@strawberry.input(description="Username and password.")
class TokenCreateInput:
    username: str = strawberry.field(description="Sign-in name.")
    password: str = strawberry.field(description="Password.")


@strawberry.input(description="A refresh token to trade for new tokens.")
class TokenRefreshInput:
    refresh_token: str = strawberry.field(description="The refresh token from the last sign-in or refresh.")


@strawberry.input(description="Sign out: the refresh token of the session to end.")
class TokenRevokeInput:
    refresh_token: str = strawberry.field(description="The session's current refresh token.")


@strawberry.input(description="Change your own password.")
class PasswordChangeInput:
    current_password: str = strawberry.field(description="Your current password.")
    new_password: str = strawberry.field(description="At least 8 characters with letters and digits.")


@strawberry.input(description="A role over a scope.")
class GrantInput:
    role_id: strawberry.ID = strawberry.field(description="The role.")
    scope: GrantScopeType = strawberry.field(description="COMPANY, REGIONS or STATIONS.")  # type: ignore[valid-type]
    region_ids: list[strawberry.ID] | None = strawberry.field(default=None, description="For REGIONS.")
    station_ids: list[strawberry.ID] | None = strawberry.field(default=None, description="For STATIONS.")


@strawberry.input(description="A new staff user.")
class StaffUserCreateInput:
    username: str = strawberry.field(description="Sign-in name: 3-64 letters, digits or _ . @ -.")
    name: str = strawberry.field(description="Full name.")
    password: str = strawberry.field(description="Initial password: at least 8 characters with letters and digits.")
    mobile: str | None = strawberry.field(default=None, description="Mainland mobile number (11 digits).")
    employee_code: str | None = strawberry.field(default=None, description="Employee code (工号), unique.")
    grants: list[GrantInput] | None = strawberry.field(default=None, description="Roles and their scopes.")


@strawberry.input(description="Changes to a staff user; omitted fields stay as they are.")
class StaffUserUpdateInput:
    id: strawberry.ID = strawberry.field(description="The user.")
    name: str | None = strawberry.field(default=None, description="New full name.")
    mobile: str | None = strawberry.field(default=None, description="New mobile (empty string clears it).")
    employee_code: str | None = strawberry.field(default=None, description="New employee code.")


@strawberry.input(description="Enable or disable a staff user (disabling signs them out everywhere).")
class StaffUserActiveSetInput:
    id: strawberry.ID = strawberry.field(description="The user.")
    is_active: bool = strawberry.field(description="True to enable, false to disable.")


@strawberry.input(description="Set a new password for a staff user (signs them out everywhere).")
class StaffUserPasswordResetInput:
    id: strawberry.ID = strawberry.field(description="The user.")
    new_password: str = strawberry.field(description="At least 8 characters with letters and digits.")


@strawberry.input(description="Replace a staff user's grants.")
class StaffUserGrantsSetInput:
    id: strawberry.ID = strawberry.field(description="The user.")
    grants: list[GrantInput] = strawberry.field(description="The complete new list of grants.")


@strawberry.input(description="A new custom role.")
class RoleCreateInput:
    name: str = strawberry.field(description="Role name, unique in the company.")
    description: str | None = strawberry.field(default=None, description="What the role is for.")
    permissions: list[PermissionType] = strawberry.field(description="Its permissions.")  # type: ignore[valid-type]


@strawberry.input(description="Changes to a custom role.")
class RoleUpdateInput:
    id: strawberry.ID = strawberry.field(description="The role.")
    name: str | None = strawberry.field(default=None, description="New name.")
    description: str | None = strawberry.field(default=None, description="New description.")
    permissions: list[PermissionType] | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="The complete new permission list.")


@strawberry.input(description="Delete a custom role that nobody holds.")
class RoleDeleteInput:
    id: strawberry.ID = strawberry.field(description="The role.")


@strawberry.input(description="A new partner API key.")
class ApiKeyCreateInput:
    name: str = strawberry.field(description="What the key is for (e.g. the fleet's ERP).")
    permissions: list[PermissionType] = strawberry.field(description="What it may do.")  # type: ignore[valid-type]
    station_ids: list[strawberry.ID] | None = strawberry.field(
        default=None, description="Stations it is limited to; omit for every station.")
    rate_limit_per_minute: int | None = strawberry.field(default=None, description="Requests per minute (600).")


@strawberry.input(description="Revoke a partner API key.")
class ApiKeyRevokeInput:
    id: strawberry.ID = strawberry.field(description="The key.")


@strawberry.input(description="Register a pump_link box at a station.")
class DeviceCreateInput:
    station_id: strawberry.ID = strawberry.field(description="The station.")
    name: str = strawberry.field(description="Device name.")


@strawberry.input(description="Revoke a device's token.")
class DeviceRevokeInput:
    id: strawberry.ID = strawberry.field(description="The device.")
