// Names of fleets' states and adjustment kinds as the console shows them, and yuan typed by hand as fen.
import type { FleetAdjustmentKind, FleetAdjustmentStatus, FleetReceiptKind, FleetStatus } from "../../gql/graphql";

export const FLEET_STATUS: Record<FleetStatus, string> = { NORMAL: "正常", FROZEN: "冻结" };
export const ADJUSTMENT_KIND: Record<FleetAdjustmentKind, string> = {
  CREDIT_LIMIT: "授信额度",
  PREPAID: "预存余额",
  GRANTED: "赠送余额",
};
export const ADJUSTMENT_STATUS: Record<FleetAdjustmentStatus, string> = {
  PENDING: "待审批",
  APPROVED: "已通过",
  REJECTED: "已驳回",
};
export const RECEIPT_KIND: Record<FleetReceiptKind, string> = { TOP_UP: "预存充值", PAYMENT: "授信还款" };

/** "1,234.5" or "-12" yuan as fen; null when it is not an amount with at most two decimals. */
export function yuanToFen(text: string): number | null {
  const cleaned = text.replace(/[,，\s]/g, "");
  if (!/^-?\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const negative = cleaned.startsWith("-");
  const [whole, decimals = ""] = cleaned.replace("-", "").split(".");
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, "0"));
  return negative ? -fen : fen;
}

export function newKey(): string {
  return crypto.randomUUID();
}
