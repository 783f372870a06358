// Shift states and the cash over/short shown in the back office.
import { formatYuan } from "../../lib/format";

export const SHIFT_STATUS: Record<string, { text: string; status: "Success" | "Processing" }> = {
  OPEN: { text: "进行中", status: "Processing" },
  CLOSED: { text: "已交班", status: "Success" },
};

export type OverShortKind = "over" | "short" | "even" | "none";

/** 长款 (more cash than expected), 短款 (less), 平 (even); none while the shift is open. */
export function overShort(fen: number | null | undefined): { kind: OverShortKind; text: string } {
  if (fen === null || fen === undefined) return { kind: "none", text: "—" };
  if (fen > 0) return { kind: "over", text: `长款 ${formatYuan(fen)}` };
  if (fen < 0) return { kind: "short", text: `短款 ${formatYuan(-fen)}` };
  return { kind: "even", text: formatYuan(0) };
}

export function formatLitres(ml: number): string {
  return `${(ml / 1000).toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })} L`;
}

/** The date (YYYY-MM-DD) in the stations' time zone, Beijing time, whatever the browser's zone. */
export function businessToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(now);
}

export type MeterKind = "flagged" | "ok" | "none";

/** A nozzle's metered volume less its fuelings' volume: more on the meter means a sale the link never
 * delivered, more in the records a sale counted twice; the API decides what is beyond its tolerance. */
export function meterDifference(ml: number | null | undefined, flagged: boolean): { kind: MeterKind; text: string } {
  if (ml === null || ml === undefined) return { kind: "none", text: "—" };
  if (!flagged) return { kind: "ok", text: ml === 0 ? "相符" : `相符（${ml > 0 ? "+" : "−"}${formatLitres(Math.abs(ml))}）` };
  return { kind: "flagged", text: ml > 0 ? `泵码多 ${formatLitres(ml)}` : `记录多 ${formatLitres(-ml)}` };
}
