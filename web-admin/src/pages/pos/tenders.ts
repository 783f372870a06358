// Split tender: the rows the cashier fills in, checked against the payable of the API's quote before anything is
// sent. The API decides what is due and whether the payment holds; this only tells the cashier what is missing.
import type { TenderInput } from "../../gql/graphql";
import { formatYuan } from "../../lib/format";
import { codeTender, yuanToFen } from "./money";

/** CODE: a payment code scanned from the payer's phone; its digits tell WeChat from Alipay. */
export type TenderRowKind = "CASH" | "UNIONPAY" | "CODE";

export interface TenderRow {
  key: string;
  kind: TenderRowKind;
  /** Yuan as typed; blank: whatever is left of the payable. */
  amount: string;
  /** Cash handed over, yuan as typed; blank: exactly the amount. */
  given: string;
  reference: string;
  authCode: string;
}

export interface RowCheck {
  amountFen: number | null;
  changeFen: number | null;
  problem: string | null;
}

export interface Allocation {
  rows: RowCheck[];
  /** Payable minus what the rows pay: above 0 still to pay, below 0 paid in excess. */
  remainingFen: number;
  /** What to send, or null while any row has a problem or the rows do not pay exactly the payable. */
  inputs: TenderInput[] | null;
}

export const MAX_TENDERS = 5;

export function tenderRow(kind: TenderRowKind, key: string): TenderRow {
  return { key, kind, amount: "", given: "", reference: "", authCode: "" };
}

function check(row: TenderRow, amountFen: number | null): RowCheck {
  if (amountFen === null) return { amountFen, changeFen: null, problem: "金额格式不正确" };
  if (amountFen <= 0) return { amountFen, changeFen: null, problem: "金额须大于 0" };
  if (row.kind === "CASH") {
    const given = row.given.trim() === "" ? amountFen : yuanToFen(row.given);
    if (given === null) return { amountFen, changeFen: null, problem: "实收格式不正确" };
    if (given < amountFen) return { amountFen, changeFen: null, problem: "实收不足" };
    return { amountFen, changeFen: given - amountFen, problem: null };
  }
  if (row.kind === "UNIONPAY" && !row.reference.trim()) return { amountFen, changeFen: null, problem: "请填写参考号" };
  if (row.kind === "CODE" && codeTender(row.authCode) === null) {
    return { amountFen, changeFen: null, problem: "请扫描顾客的付款码" };
  }
  return { amountFen, changeFen: null, problem: null };
}

function input(row: TenderRow, amountFen: number): TenderInput {
  if (row.kind === "CASH") {
    return { tender: "CASH", amountFen, givenFen: row.given.trim() === "" ? amountFen : yuanToFen(row.given) };
  }
  if (row.kind === "UNIONPAY") return { tender: "UNIONPAY", amountFen, reference: row.reference.trim() };
  return { tender: codeTender(row.authCode) ?? "WECHAT", amountFen, authCode: row.authCode };
}

/** Each row's amount (the first blank one takes what is left of the quote's payable), its change (cash given
 * minus its amount) or problem, and what is left. */
export function allocate(payableFen: number, rows: readonly TenderRow[]): Allocation {
  const typed = rows.map((r) => (r.amount.trim() === "" ? undefined : yuanToFen(r.amount)));
  const explicit = typed.reduce<number>((sum, fen) => sum + (fen ?? 0), 0);
  const rest = typed.indexOf(undefined);
  const amounts = typed.map((fen, i) => (i === rest ? payableFen - explicit : fen));
  const checks = rows.map((row, i) => {
    if (amounts[i] === undefined) return { amountFen: null, changeFen: null, problem: "只能有一种方式留空（自动取余额）" };
    return check(row, amounts[i] ?? null);
  });
  if (rows.filter((r) => r.kind === "CODE").length > 1) {
    rows.forEach((r, i) => {
      if (r.kind === "CODE" && !checks[i].problem) checks[i] = { ...checks[i], problem: "一笔结账最多使用一个付款码" };
    });
  }
  const paid = amounts.reduce<number>((sum, fen) => sum + (fen ?? 0), 0);
  const remainingFen = payableFen - paid;
  const ready = payableFen > 0 && rows.length > 0 && rows.length <= MAX_TENDERS && remainingFen === 0
    && checks.every((c) => c.problem === null);
  return { rows: checks, remainingFen, inputs: ready ? rows.map((r, i) => input(r, amounts[i] as number)) : null };
}

/** "还差 ¥12.00", "已足额" or "超出 ¥3.00": what the tenders leave of the payable. */
export function remainingText(remainingFen: number): string {
  if (remainingFen > 0) return `还差 ${formatYuan(remainingFen)}`;
  if (remainingFen < 0) return `超出 ${formatYuan(-remainingFen)}`;
  return "已足额";
}
