"""Permissions: one enum covering every area of the platform.

Names are `VERB_OBJECT`, values `"area.verb"`. Roles are named sets of these; grants give a role over a
scope (the whole company, some regions, or a list of stations). Each value has a zh-CN label and group
used by the console's role editor.
"""

from __future__ import annotations

from enum import StrEnum


class Permission(StrEnum):
    VIEW_STATIONS = "stations.view"
    MANAGE_STATIONS = "stations.manage"
    VIEW_STAFF = "staff.view"
    MANAGE_STAFF = "staff.manage"
    MANAGE_ROLES = "roles.manage"
    MANAGE_API_KEYS = "api_keys.manage"
    MANAGE_DEVICES = "devices.manage"
    VIEW_AUDIT_LOG = "audit.view"
    VIEW_PHONE_NUMBERS = "personal_data.view_phone"
    VIEW_FORECOURT = "forecourt.view"
    MANAGE_PUMPS = "pumps.manage"
    CHANGE_PRICES = "prices.change"
    APPROVE_PRICES = "prices.approve"
    OPERATE_POS = "pos.operate"
    VIEW_ORDERS = "orders.view"
    MANAGE_ORDERS = "orders.manage"
    MAKE_UP_ORDERS = "orders.make_up"
    REFUND_PAYMENTS = "payments.refund"
    MANAGE_SHIFTS = "shifts.manage"
    VIEW_MEMBERS = "members.view"
    MANAGE_MEMBERS = "members.manage"
    REGISTER_MEMBERS = "members.register"
    MANAGE_CARDS = "cards.manage"
    MANAGE_CARD_PRODUCTS = "card_products.manage"
    TOP_UP_CARDS = "cards.top_up"
    ADJUST_BALANCES = "balances.adjust"
    VIEW_FLEETS = "fleets.view"
    MANAGE_FLEETS = "fleets.manage"
    MANAGE_LOYALTY = "loyalty.manage"
    REVIEW_CERTIFICATIONS = "certifications.review"
    MANAGE_MARKETING = "marketing.manage"
    MANAGE_INVENTORY = "inventory.manage"
    VIEW_REPORTS = "reports.view"
    EXPORT_DATA = "exports.create"
    MANAGE_INSPECTIONS = "inspections.manage"
    MANAGE_SETTINGS = "settings.manage"


LABELS: dict[Permission, tuple[str, str]] = {
    Permission.VIEW_STATIONS: ("查看站点", "组织"),
    Permission.MANAGE_STATIONS: ("管理站点", "组织"),
    Permission.VIEW_STAFF: ("查看员工", "组织"),
    Permission.MANAGE_STAFF: ("管理员工", "组织"),
    Permission.MANAGE_ROLES: ("管理角色", "组织"),
    Permission.MANAGE_API_KEYS: ("管理开放平台密钥", "系统"),
    Permission.MANAGE_DEVICES: ("管理站级设备", "系统"),
    Permission.VIEW_AUDIT_LOG: ("查看操作日志", "系统"),
    Permission.VIEW_PHONE_NUMBERS: ("查看完整手机号", "系统"),
    Permission.VIEW_FORECOURT: ("查看油站设备与油枪状态", "油站"),
    Permission.MANAGE_PUMPS: ("管理油品、油罐、油机与油枪", "油站"),
    Permission.CHANGE_PRICES: ("调价", "油站"),
    Permission.APPROVE_PRICES: ("审批调价", "油站"),
    Permission.OPERATE_POS: ("收银台操作", "收银"),
    Permission.VIEW_ORDERS: ("查看订单", "收银"),
    Permission.MANAGE_ORDERS: ("管理订单（作废、逃单）", "收银"),
    Permission.MAKE_UP_ORDERS: ("补单", "收银"),
    Permission.REFUND_PAYMENTS: ("退款", "收银"),
    Permission.MANAGE_SHIFTS: ("班结与日结", "收银"),
    Permission.VIEW_MEMBERS: ("查看会员", "会员"),
    Permission.MANAGE_MEMBERS: ("管理会员", "会员"),
    Permission.REGISTER_MEMBERS: ("登记会员（收银台）", "会员"),
    Permission.MANAGE_CARDS: ("管理储值卡", "会员"),
    Permission.MANAGE_CARD_PRODUCTS: ("管理制卡规则", "会员"),
    Permission.TOP_UP_CARDS: ("储值卡售卡与充值（收银台）", "会员"),
    Permission.ADJUST_BALANCES: ("调整余额", "会员"),
    Permission.VIEW_FLEETS: ("查看车队（大客户）", "会员"),
    Permission.MANAGE_FLEETS: ("管理车队（大客户）", "会员"),
    Permission.MANAGE_LOYALTY: ("管理会员等级与积分规则", "会员"),
    Permission.REVIEW_CERTIFICATIONS: ("审核网约车司机认证", "会员"),
    Permission.MANAGE_MARKETING: ("管理营销活动", "营销"),
    Permission.MANAGE_INVENTORY: ("管理进销存", "零管"),
    Permission.VIEW_REPORTS: ("查看报表", "报表"),
    Permission.EXPORT_DATA: ("导出数据", "报表"),
    Permission.MANAGE_INSPECTIONS: ("管理巡检", "安全"),
    Permission.MANAGE_SETTINGS: ("管理系统设置", "系统"),
}

assert set(LABELS) == set(Permission), "every permission needs a label"
