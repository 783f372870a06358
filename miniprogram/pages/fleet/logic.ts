// The fleet administrator's pages, their figures and forms: balances, a vehicle's limits and today's use, the
// limits typed in yuan, litres and times, and the monthly statement. Every rule stays in the API; this only
// shows its figures and turns what was typed into its input (a refusal comes back naming the field).
import { litres, time, yuan } from "../../lib/format";

export interface Money { fen: string | number }
export interface Usage { count: number; amount: Money; volume: { ml: string | number } }
export interface Vehicle {
  id: string; plate: string; driverName?: string | null; status: string; gradeCodes: string[];
  dailyAmount?: Money | null; dailyVolume?: { ml: string | number } | null; dailyCount?: number | null; today: Usage;
}
export interface Grade { code: string; name: string }
export interface Balances {
  prepaid: Money; granted: Money; creditLimit: Money; creditUsed: Money; creditAvailable: Money; spendable: Money;
}
export interface Fleet {
  id: string; number: string; name: string; status: string; vehicleCount: number; balances: Balances; grades: Grade[];
  vehicles: Vehicle[];
}
export interface Statement {
  month: string;
  opening: { prepaid: Money; granted: Money; creditUsed: Money };
  closing: { prepaid: Money; granted: Money; creditUsed: Money };
  spent: Money; volume: { ml: string | number }; toppedUp: Money; paid: Money;
  orders: { at: string; orderNumber: string; stationName: string; plate: string; grades: string[]; volume: { ml: string | number }; amount: Money }[];
  receipts: { at: string; kind: string; amount: Money }[];
  adjustments: { at: string; kind: string; before: Money; after: Money; reason: string }[];
}

export const FLEET_STATES: Record<string, string> = { NORMAL: "正常", FROZEN: "已冻结（暂停挂账）" };
export const VEHICLE_STATES: Record<string, string> = { ACTIVE: "正常", FROZEN: "已冻结" };
const RECEIPTS: Record<string, string> = { TOP_UP: "预存充值", PAYMENT: "授信还款" };
const ADJUSTMENTS: Record<string, string> = { CREDIT_LIMIT: "授信额度", PREPAID: "预存余额", GRANTED: "赠送余额" };

export function balancesView(b: Balances) {
  return [
    { key: "prepaid", label: "预存余额", value: yuan(b.prepaid.fen) },
    { key: "granted", label: "赠送余额", value: yuan(b.granted.fen) },
    { key: "creditLimit", label: "授信额度", value: yuan(b.creditLimit.fen) },
    { key: "creditUsed", label: "已用授信", value: yuan(b.creditUsed.fen) },
    { key: "creditAvailable", label: "剩余授信", value: yuan(b.creditAvailable.fen) },
    { key: "spendable", label: "可用合计", value: yuan(b.spendable.fen) },
  ];
}

function gradeNames(codes: string[], grades: Grade[]): string {
  if (!codes.length) return "不限油品";
  return codes.map((c) => grades.find((g) => g.code === c)?.name || c).join("、");
}

/** "每日 ¥500.00 · 100.00 L · 3 次", or "每日不限". */
export function limitsText(v: Vehicle): string {
  const parts = [v.dailyAmount ? yuan(v.dailyAmount.fen) : "", v.dailyVolume ? litres(v.dailyVolume.ml) : "",
    v.dailyCount !== null && v.dailyCount !== undefined ? `${v.dailyCount} 次` : ""].filter(Boolean);
  return parts.length ? `每日 ${parts.join(" · ")}` : "每日不限";
}

/** What is left today under the amount limit, or "" when there is none. */
export function leftToday(v: Vehicle): string {
  if (!v.dailyAmount) return "";
  return `今日还可挂账 ${yuan(Math.max(Number(v.dailyAmount.fen) - Number(v.today.amount.fen), 0))}`;
}

export function vehicleView(v: Vehicle, grades: Grade[]) {
  return {
    id: v.id, plate: v.plate, driver: v.driverName || "", frozen: v.status === "FROZEN",
    state: VEHICLE_STATES[v.status] || v.status, grades: gradeNames(v.gradeCodes, grades), limits: limitsText(v),
    today: `今日 ${yuan(v.today.amount.fen)} · ${litres(v.today.volume.ml)} · ${v.today.count} 次`, left: leftToday(v),
  };
}

export function fleetView(f: Fleet) {
  return {
    id: f.id, number: f.number, name: f.name, frozen: f.status === "FROZEN", state: FLEET_STATES[f.status] || f.status,
    balances: balancesView(f.balances), vehicleCount: f.vehicleCount, vehicles: f.vehicles.map((v) => vehicleView(v, f.grades)),
  };
}

const plain = (n: number, digits: number) => {
  const text = n.toFixed(digits);
  return digits ? text.replace(/\.?0+$/, "") : text;
};

/** The limits as the form shows them: yuan, litres and times, blank when there is no limit. */
export function limitsForm(v: Vehicle, grades: Grade[]) {
  return {
    amount: v.dailyAmount ? plain(Number(v.dailyAmount.fen) / 100, 2) : "",
    volume: v.dailyVolume ? plain(Number(v.dailyVolume.ml) / 1000, 3) : "",
    count: v.dailyCount !== null && v.dailyCount !== undefined ? String(v.dailyCount) : "",
    grades: grades.map((g) => ({ code: g.code, name: g.name, checked: v.gradeCodes.includes(g.code) })),
  };
}

export interface LimitsTyped { amount: string; volume: string; count: string; gradeCodes: string[] }
export interface LimitsInput { gradeCodes: string[]; dailyAmountFen: string | null; dailyVolumeMl: string | null; dailyCount: number | null }

/** What was typed as the API's input, or the fields that are not numbers (keyed as the API names them). */
export function parseLimits(typed: LimitsTyped): { input: LimitsInput | null; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const decimal = (text: string, places: number, scale: number, field: string, label: string): string | null => {
    const cleaned = text.replace(/[,，\s]/g, "");
    if (!cleaned) return null;
    if (!new RegExp(`^\\d+(\\.\\d{1,${places}})?$`).test(cleaned)) {
      problems[field] = `${label}请填写数字（最多 ${places} 位小数），不限请留空`;
      return null;
    }
    const [whole, decimals = ""] = cleaned.split(".");
    return String(Number(whole) * scale + Number(decimals.padEnd(places, "0")));
  };
  const dailyAmountFen = decimal(typed.amount, 2, 100, "dailyAmountFen", "每日金额");
  const dailyVolumeMl = decimal(typed.volume, 3, 1000, "dailyVolumeMl", "每日升数");
  let dailyCount: number | null = null;
  const count = typed.count.trim();
  if (count) {
    if (/^\d+$/.test(count)) dailyCount = Number(count);
    else problems.dailyCount = "每日次数请填写整数，不限请留空";
  }
  if (Object.keys(problems).length) return { input: null, problems };
  return { input: { gradeCodes: [...typed.gradeCodes].sort(), dailyAmountFen, dailyVolumeMl, dailyCount }, problems };
}

/** The months a statement can be asked for, newest first: "2026-12", "2026-11", ... */
export function recentMonths(now: Date, count = 12): string[] {
  const months: string[] = [];
  for (let i = 0; i < count; i++) {
    const d = new Date(now.getFullYear(), now.getMonth() - i, 1);
    months.push(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`);
  }
  return months;
}

export function statementView(s: Statement) {
  return {
    month: s.month,
    totals: [
      { label: "挂账金额", value: yuan(s.spent.fen) },
      { label: "挂账笔数", value: `${s.orders.length} 笔` },
      { label: "加油升数", value: litres(s.volume.ml) },
      { label: "预存充值", value: yuan(s.toppedUp.fen) },
      { label: "授信还款", value: yuan(s.paid.fen) },
      { label: "期初 / 期末预存", value: `${yuan(s.opening.prepaid.fen)} / ${yuan(s.closing.prepaid.fen)}` },
      { label: "期初 / 期末欠款", value: `${yuan(s.opening.creditUsed.fen)} / ${yuan(s.closing.creditUsed.fen)}` },
    ],
    orders: s.orders.map((o) => ({ key: o.orderNumber, at: time(o.at), plate: o.plate, station: o.stationName,
      what: `${o.grades.join("、") || "非油品"} · ${litres(o.volume.ml)}`, amount: yuan(o.amount.fen) })),
    receipts: s.receipts.map((r, i) => ({ key: `r${i}`, at: time(r.at), what: RECEIPTS[r.kind] || r.kind, amount: yuan(r.amount.fen) })),
    adjustments: s.adjustments.map((a, i) => ({ key: `a${i}`, at: time(a.at), what: ADJUSTMENTS[a.kind] || a.kind,
      change: `${yuan(a.before.fen)} → ${yuan(a.after.fen)}`, reason: a.reason })),
  };
}

/** A refusal's errors by field (`null` field: the first general one under "general"). */
export function errorsByField(errors: { field: string | null; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const key = e.field ? e.field.split(".")[0] : "general";
    if (!(key in out)) out[key] = e.message;
  }
  return out;
}
