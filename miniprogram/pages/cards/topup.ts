// Topping up a card by WeChat Pay (充值): the amounts offered within the product's range, the bonus its tiers
// give (shown before paying; the platform's answer is what the card receives), the payment sheet, and the
// top-up followed until final. One attempt keeps its key while it is retried (a retry gets the same payment
// sheet back, never a second payment); another amount is another attempt.
import { PayloadError } from "../../lib/auth";
import type { Money } from "../../lib/fueling";
import { requestPayment } from "../../lib/fueling";
import { execute } from "../../lib/graphql";
import { newKey } from "../../lib/keys";

export interface BonusTier { min: Money; bonus: Money }
export interface TopUpOptions {
  id: string; number: string; allows: string[];
  product: { name: string; topUpMin: Money; topUpMax: Money; bonusTiers: BonusTier[] };
}
export interface TopUpState {
  id: string; status: string; final: boolean; message?: string | null; amount: Money; bonus: Money;
  card?: { id: string; balance: { total: Money; principal: Money; bonus: Money } } | null;
}
export interface TopUpAttempt { key: string; cardId: string; amountFen: number }

/** What the sheet offers before the member types an amount (those within the product's range). */
export const PRESETS_FEN = [10000, 20000, 50000, 100000, 200000, 500000];

export const TOP_UP_STATUS: Record<string, string> = {
  PENDING: "等待微信支付确认", SUCCEEDED: "充值成功", FAILED: "充值失败", CLOSED: "已关闭（未支付）",
};

/** The bonus the product's tiers give a top-up of `amountFen` (the highest tier reached). */
export function bonusFor(tiers: BonusTier[], amountFen: number): number {
  return tiers.filter((t) => amountFen >= Number(t.min.fen)).reduce((best, t) => Math.max(best, Number(t.bonus.fen)), 0);
}

/** The preset amounts within the range, each tier's threshold among them (充500送50), lowest first. */
export function presets(options: TopUpOptions): number[] {
  const min = Number(options.product.topUpMin.fen);
  const max = Number(options.product.topUpMax.fen);
  const all = new Set([...PRESETS_FEN, ...options.product.bonusTiers.map((t) => Number(t.min.fen))]);
  return [...all].filter((fen) => fen >= min && fen <= max).sort((a, b) => a - b).slice(0, 6);
}

/** An amount typed in yuan (at most two decimals) in fen; null when it is not one. */
export function parseYuan(text: string): number | null {
  const value = String(text || "").trim();
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(value)) return null;
  const [whole, part = ""] = value.split(".");
  return Number(whole) * 100 + Number(part.padEnd(2, "0"));
}

/** Why the amount cannot be paid ("" when it can): the product's range, as the platform will check it. */
export function amountProblem(options: TopUpOptions, fen: number | null): string {
  if (fen === null || fen <= 0) return "请输入充值金额";
  const min = Number(options.product.topUpMin.fen);
  const max = Number(options.product.topUpMax.fen);
  if (fen < min || fen > max) return `单次充值须在 ${(min / 100).toFixed(2)} 至 ${(max / 100).toFixed(2)} 元之间`;
  return "";
}

/** The bonus line shown under the amounts: the tier reached, or the next one within reach. */
export function bonusText(options: TopUpOptions, fen: number | null): string {
  const tiers = options.product.bonusTiers;
  const bonus = fen ? bonusFor(tiers, fen) : 0;
  if (bonus > 0) return `充${(fen! / 100).toFixed(0)}送${(bonus / 100).toFixed(bonus % 100 ? 2 : 0)}`;
  const next = tiers.map((t) => Number(t.min.fen)).filter((m) => !fen || m > fen).sort((a, b) => a - b)[0];
  if (next === undefined) return "";
  const tier = tiers.find((t) => Number(t.min.fen) === next)!;
  return `充满${next / 100}元送${Number(tier.bonus.fen) / 100}元`;
}

export async function topUpOptions(cardId: string): Promise<TopUpOptions> {
  const card = (await execute("TopUpOptions", { id: cardId })).card;
  if (!card) throw new Error("储值卡不存在");
  return card as TopUpOptions;
}

export function newTopUp(cardId: string, amountFen: number): TopUpAttempt {
  return { key: newKey("topup"), cardId, amountFen };
}

/** The pending top-up and its payment sheet (the same on every retry of the attempt). */
export async function startTopUp(attempt: TopUpAttempt): Promise<{ topUp: TopUpState; requestPayment: any }> {
  const input = { cardId: attempt.cardId, amountFen: attempt.amountFen, idempotencyKey: attempt.key };
  const payload = (await execute("DriverCardTopUp", { input })).driverCardTopUp;
  if (payload.errors.length) throw new PayloadError(payload.errors);
  return payload;
}

export async function topUpState(id: string): Promise<TopUpState | null> {
  return (await execute("DriverTopUp", { id })).driverTopUp;
}

/** Ask the platform until the top-up is final (WeChat Pay's notification or the platform's query settles it). */
export async function followTopUp(id: string, { intervalMs = 1000, timeoutMs = 60000 } = {}): Promise<TopUpState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await topUpState(id);
    if (!state) throw new Error("充值记录不存在");
    if (state.final || Date.now() > deadline) return state;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Start (or retry) the attempt, open the payment sheet, and follow the top-up until final. */
export async function payTopUp(attempt: TopUpAttempt, follow = { intervalMs: 1000, timeoutMs: 60000 }): Promise<TopUpState> {
  const started = await startTopUp(attempt);
  if (started.topUp.final) return started.topUp;
  await requestPayment(started.requestPayment);
  return followTopUp(started.topUp.id, follow);
}
