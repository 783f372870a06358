// The console's menu, each entry with the permission it needs; users see only what they can use.
import type { Permission } from "../gql/graphql";

export interface MenuEntry {
  path: string;
  name: string;
  needs: Permission | null;
}

export const MENU: MenuEntry[] = [
  { path: "/", name: "首页", needs: null },
  { path: "/stations", name: "站点管理", needs: "VIEW_STATIONS" },
  { path: "/forecourt", name: "油站设备", needs: "VIEW_FORECOURT" },
  { path: "/prices", name: "油价管理", needs: "CHANGE_PRICES" },
  { path: "/fuelings", name: "加油记录", needs: "VIEW_FORECOURT" },
  { path: "/anomalies", name: "异常提醒", needs: "VIEW_FORECOURT" },
  { path: "/orders", name: "订单", needs: "VIEW_ORDERS" },
  { path: "/payments", name: "支付流水", needs: "VIEW_REPORTS" },
  { path: "/members", name: "会员", needs: "VIEW_MEMBERS" },
  { path: "/cards", name: "储值卡", needs: "MANAGE_CARDS" },
  { path: "/card-products", name: "制卡规则", needs: "MANAGE_CARD_PRODUCTS" },
  { path: "/fleets", name: "大客户（车队）", needs: "VIEW_FLEETS" },
  { path: "/loyalty", name: "会员等级与积分", needs: "MANAGE_LOYALTY" },
  { path: "/certifications", name: "网约车认证", needs: "REVIEW_CERTIFICATIONS" },
  { path: "/loyalty-report", name: "积分报表", needs: "VIEW_REPORTS" },
  { path: "/shifts", name: "班次", needs: "VIEW_REPORTS" },
  { path: "/day-close", name: "日结", needs: "VIEW_REPORTS" },
  { path: "/merchants", name: "收款商户", needs: "MANAGE_SETTINGS" },
  { path: "/staff", name: "员工管理", needs: "VIEW_STAFF" },
  { path: "/roles", name: "角色权限", needs: "MANAGE_ROLES" },
  { path: "/api-keys", name: "开放平台密钥", needs: "MANAGE_API_KEYS" },
  { path: "/audit", name: "操作日志", needs: "VIEW_AUDIT_LOG" },
  { path: "/pos", name: "收银台", needs: "OPERATE_POS" },
];

export function menuFor(permissions: readonly Permission[]): MenuEntry[] {
  const held = new Set(permissions);
  return MENU.filter((entry) => entry.needs === null || held.has(entry.needs));
}

export function routeNeeds(pathname: string): Permission | null {
  const entry = [...MENU]
    .sort((a, b) => b.path.length - a.path.length)
    .find((e) => (e.path === "/" ? pathname === "/" : pathname === e.path || pathname.startsWith(`${e.path}/`)));
  return entry?.needs ?? null;
}
