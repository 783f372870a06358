// The member's stored-value cards: balance, statement, reporting one lost, and paying a fueling with one.
// Balances, limits and the password rule are the platform's: the password threshold only decides when the
// field is shown, and a refusal naming `password` shows it too.
import { PayloadError } from "./auth";
import type { Money } from "./fueling";
import { execute } from "./graphql";
import { newKey } from "./keys";

export interface Card {
  id: string; number: string; state: string; role: string; allows: string[]; hasPassword: boolean;
  expiresAt?: string | null; balance: { total: Money; principal: Money; bonus: Money };
  product: { name: string; passwordAbove?: Money | null };
}
export interface StatementEntry { at: string; kind: string; account: string; amount: Money; heldAfter: Money; cursor: string }
export interface CardPaid {
  order: { id: string; number: string; status: string; paidAt?: string | null };
  payment: { id: string; status: string; amount: Money };
  card: { id: string; balance: { total: Money } };
  replay: boolean;
}

export const CARD_STATES: Record<string, string> = {
  ACTIVE: "正常", FROZEN: "已冻结", REPORTED_LOST: "已挂失", DISABLED: "已停用", CLOSED: "已销户",
};
export const STATEMENT_KINDS: Record<string, string> = {
  card_top_up: "充值", sale: "消费", payment: "消费", refund: "退款", card_allocate: "划拨", card_take_back: "返款",
  card_close: "销户",
};

export async function viewerCards(): Promise<Card[]> {
  return (await execute("ViewerCards", {})).viewerCards;
}

/** The cards that can pay now (the API's `allows`). */
export async function payingCards(): Promise<Card[]> {
  return (await viewerCards()).filter((c) => c.allows.includes("SPEND"));
}

export async function statement(cardId: string, after?: string | null): Promise<{ entries: StatementEntry[]; hasNextPage: boolean }> {
  const card = (await execute("CardStatement", { id: cardId, after: after || null })).card;
  if (!card) throw new Error("储值卡不存在");
  return card.statement;
}

export async function reportLost(cardId: string): Promise<Card> {
  const payload = (await execute("CardReportLost", { input: { id: cardId, reason: "车主在小程序挂失" } })).cardReportLost;
  if (payload.errors.length) throw new PayloadError(payload.errors);
  return payload.card;
}

/** Whether the card's product asks for the password for this amount (the API refuses without it anyway). */
export function asksPassword(card: Pick<Card, "product"> | null | undefined, payableFen: number | string): boolean {
  const above = card?.product?.passwordAbove;
  return Boolean(above) && Number(payableFen) > Number(above!.fen);
}

/** One card payment attempt: its key is made once and sent again on every retry (a refusal charges nothing,
 * so a retry with the right password or another card keeps it). */
export interface CardAttempt { key: string; stationId: string; fuelingId: string }

export function newCardAttempt(stationId: string, fuelingId: string): CardAttempt {
  return { key: newKey("card"), stationId, fuelingId };
}

export async function payByCard(attempt: CardAttempt, cardId: string, password?: string): Promise<CardPaid> {
  const input = { cardId, idempotencyKey: attempt.key, sale: { stationId: attempt.stationId, fuelingId: attempt.fuelingId },
    ...(password ? { password } : {}) };
  const payload = (await execute("DriverCardPay", { input })).driverCardPay;
  if (payload.errors.length) throw new PayloadError(payload.errors);
  return payload as CardPaid;
}
