"""The built-in roles every company starts with (editable copies can be made as custom roles)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from api.core.permissions import Permission as P
from api.identity.models import Role


@dataclass(frozen=True)
class BuiltinRole:
    code: str
    name: str
    description: str
    permissions: frozenset[P]


BUILTIN_ROLES: tuple[BuiltinRole, ...] = (
    BuiltinRole("company_admin", "公司管理员", "公司的全部权限", frozenset(P)),
    BuiltinRole("station_manager", "站长", "管理本站的人员、设备、价格与收银", frozenset({
        P.VIEW_STATIONS, P.VIEW_STAFF, P.MANAGE_STAFF, P.VIEW_FORECOURT, P.MANAGE_PUMPS, P.CHANGE_PRICES,
        P.OPERATE_POS, P.VIEW_ORDERS, P.MANAGE_ORDERS, P.MAKE_UP_ORDERS, P.REFUND_PAYMENTS, P.MANAGE_SHIFTS,
        P.VIEW_MEMBERS, P.MANAGE_MEMBERS, P.REGISTER_MEMBERS, P.MANAGE_CARDS, P.MANAGE_CARD_PRODUCTS, P.TOP_UP_CARDS,
        P.MANAGE_INVENTORY, P.VIEW_REPORTS,
        P.EXPORT_DATA, P.MANAGE_INSPECTIONS, P.VIEW_AUDIT_LOG, P.MANAGE_DEVICES, P.VIEW_FLEETS, P.MANAGE_FLEETS,
        P.REVIEW_CERTIFICATIONS,
    })),
    BuiltinRole("cashier", "收银员", "收银台收款、查看油枪与订单、会员识别", frozenset({
        P.VIEW_STATIONS, P.VIEW_FORECOURT, P.OPERATE_POS, P.VIEW_ORDERS, P.VIEW_MEMBERS, P.REGISTER_MEMBERS,
        P.MANAGE_SHIFTS, P.TOP_UP_CARDS,
    })),
    BuiltinRole("fueler", "加油员", "查看油枪状态与加油记录", frozenset({P.VIEW_STATIONS, P.VIEW_FORECOURT})),
    BuiltinRole("finance", "财务", "订单、退款、对账与报表", frozenset({
        P.VIEW_STATIONS, P.VIEW_ORDERS, P.REFUND_PAYMENTS, P.VIEW_REPORTS, P.EXPORT_DATA, P.ADJUST_BALANCES,
        P.MANAGE_CARDS, P.VIEW_FLEETS, P.MANAGE_FLEETS, P.VIEW_MEMBERS, P.VIEW_AUDIT_LOG,
    })),
    BuiltinRole("marketing", "营销专员", "会员与营销活动", frozenset({
        P.VIEW_STATIONS, P.VIEW_MEMBERS, P.MANAGE_MEMBERS, P.REGISTER_MEMBERS, P.MANAGE_MARKETING, P.VIEW_REPORTS,
        P.EXPORT_DATA, P.MANAGE_LOYALTY, P.REVIEW_CERTIFICATIONS,
    })),
    BuiltinRole("inspector", "巡检员", "安全巡检与设备台账", frozenset({
        P.VIEW_STATIONS, P.VIEW_FORECOURT, P.MANAGE_INSPECTIONS,
    })),
)


def missing_builtin_roles(company_id: uuid.UUID, existing_codes: Iterable[str | None]) -> list[Role]:
    """The built-in roles a company does not have yet, as new rows."""
    have = set(existing_codes)
    return [Role(company_id=company_id, code=b.code, name=b.name, description=b.description, is_builtin=True,
                 permissions=sorted(p.value for p in b.permissions)) for b in BUILTIN_ROLES if b.code not in have]
