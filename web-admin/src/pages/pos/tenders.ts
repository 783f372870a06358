// Split tender: the rows the cashier fills in, checked against the payable of the API's quote before anything is
// sent. The API decides what is due and whether the payment holds; this only tells the cashier what is missing.
import type { TenderInput } from "../../gql/graphql";
import { formatYuan } from "../../lib/format";
import { cardNumber, cardProblem, passwordNeeded, type CardLookup } from "./cards";
import { codeTender, yuanToFen } from "./money";

/** CODE: a payment code scanned from the payer's phone; its digits tell WeChat from Alipay. CARD: a stored-value
 * card by its number; POINTS: the identified member's points; ON_ACCOUNT: a fleet's vehicle (挂账). */
export type TenderRowKind = "CASH" | "UNIONPAY" | "CODE" | "CARD" | "POINTS" | "ON_ACCOUNT";

export interface TenderRow {
  key: string;
  kind: TenderRowKind;
  /** Yuan as typed; blank: whatever is left of the payable. */
  amount: string;
  /** Cash handed over, yuan as typed; blank: exactly the amount. */
  given: string;
  /** A bank card's terminal reference, a stored-value card's number, or an on-account vehicle's plate. */
  reference: string;
  authCode: string;
  /** A stored-value card's payment password (kept only while this checkout is on screen). */
  password: string;
  /** What the API said of the card `reference` names (CARD rows). */
  card: CardLookup | null;
  /** The checkout answered that this card's password is needed or wrong. */
  passwordAsked: boolean;
}

/** What the checkout knows beyond the rows: the identified member and the order's plate. */
export interface TenderSituation {
  memberId: string | null;
  orderPlate: string | null;
}

export interface RowCheck {
  amountFen: number | null;
  changeFen: number | null;
  problem: string | null;
  /** A card row shows its password field. */
  passwordNeeded: boolean;
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
  return { key, kind, amount: "", given: "", reference: "", authCode: "", password: "", card: null, passwordAsked: false };
}

const WALK_IN: TenderSituation = { memberId: null, orderPlate: null };

function cardPasswordNeeded(row: TenderRow, amountFen: number | null): boolean {
  return row.kind === "CARD" && passwordNeeded(row.card, amountFen, row.passwordAsked);
}

function problemOf(row: TenderRow, amountFen: number | null, situation: TenderSituation): string | null {
  if (amountFen === null) return "金额格式不正确";
  if (amountFen <= 0) return "金额须大于 0";
  if (row.kind === "CASH") {
    const given = row.given.trim() === "" ? amountFen : yuanToFen(row.given);
    if (given === null) return "实收格式不正确";
    if (given < amountFen) return "实收不足";
  }
  if (row.kind === "UNIONPAY" && !row.reference.trim()) return "请填写参考号";
  if (row.kind === "CODE" && codeTender(row.authCode) === null) return "请扫描顾客的付款码";
  if (row.kind === "CARD") {
    const problem = cardProblem(row.card, cardNumber(row.reference));
    if (problem) return problem;
    const hasPassword = row.card?.status === "found" && row.card.card.hasPassword;
    if (cardPasswordNeeded(row, amountFen) && (hasPassword || row.passwordAsked) && !row.password) return "请输入支付密码";
  }
  if (row.kind === "POINTS" && !situation.memberId) return "积分支付须先识别会员";
  if (row.kind === "ON_ACCOUNT" && !row.reference.trim() && !situation.orderPlate) return "请填写车队车辆的车牌号";
  return null;
}

function check(row: TenderRow, amountFen: number | null, situation: TenderSituation): RowCheck {
  const problem = problemOf(row, amountFen, situation);
  const given = row.given.trim() === "" ? amountFen : yuanToFen(row.given);
  const changeFen = row.kind === "CASH" && problem === null && amountFen !== null && given !== null ? given - amountFen : null;
  return { amountFen, changeFen, problem, passwordNeeded: cardPasswordNeeded(row, amountFen) };
}

function input(row: TenderRow, amountFen: number): TenderInput {
  if (row.kind === "CASH") {
    return { tender: "CASH", amountFen, givenFen: row.given.trim() === "" ? amountFen : yuanToFen(row.given) };
  }
  if (row.kind === "UNIONPAY") return { tender: "UNIONPAY", amountFen, reference: row.reference.trim() };
  if (row.kind === "CARD") {
    const password = cardPasswordNeeded(row, amountFen) && row.password ? { password: row.password } : {};
    return { tender: "CARD", amountFen, reference: cardNumber(row.reference), ...password };
  }
  if (row.kind === "POINTS") return { tender: "POINTS", amountFen };
  if (row.kind === "ON_ACCOUNT") {
    const plate = row.reference.trim().toUpperCase();
    return plate ? { tender: "ON_ACCOUNT", amountFen, reference: plate } : { tender: "ON_ACCOUNT", amountFen };
  }
  return { tender: codeTender(row.authCode) ?? "WECHAT", amountFen, authCode: row.authCode };
}

/** Each row's amount (the first blank one takes what is left of the quote's payable), its change (cash given
 * minus its amount) or problem, and what is left. */
export function allocate(payableFen: number, rows: readonly TenderRow[], situation: TenderSituation = WALK_IN): Allocation {
  const typed = rows.map((r) => (r.amount.trim() === "" ? undefined : yuanToFen(r.amount)));
  const explicit = typed.reduce<number>((sum, fen) => sum + (fen ?? 0), 0);
  const rest = typed.indexOf(undefined);
  const amounts = typed.map((fen, i) => (i === rest ? payableFen - explicit : fen));
  const checks = rows.map((row, i) => {
    if (amounts[i] === undefined) {
      return { amountFen: null, changeFen: null, problem: "只能有一种方式留空（自动取余额）", passwordNeeded: row.passwordAsked };
    }
    return check(row, amounts[i] ?? null, situation);
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
