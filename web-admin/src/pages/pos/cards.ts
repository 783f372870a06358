// A stored-value card at the POS, as the API describes it: read by its number (a card reader types the digits
// and Enter), shown with its holder, balance and state before it pays or is topped up. Whether it may pay, and
// when it asks for its password, are the API's answers (`allows`, the product's `passwordAbove`).
import type { CardState, PosCardFieldsFragment } from "../../gql/graphql";
import { formatYuan } from "../../lib/format";

export type PosCard = PosCardFieldsFragment;

/** What is known of the card a number names. */
export type CardLookup =
  | { status: "loading"; number: string }
  | { status: "missing"; number: string }
  | { status: "failed"; number: string; message: string }
  | { status: "found"; number: string; card: PosCard };

export const CARD_STATE_LABELS: Record<CardState, string> = {
  ACTIVE: "正常", FROZEN: "已冻结", REPORTED_LOST: "已挂失", DISABLED: "已停用", CLOSED: "已销户",
};

/** A card number as the API takes it (8-20 digits); only such numbers are looked up. */
export const CARD_NUMBER = /^\d{8,20}$/;

/** The number as typed or read, without the spaces a printed card groups its digits with. */
export function cardNumber(text: string): string {
  return text.replace(/[\s-]/g, "");
}

/** The card of exactly this number among what a card search answered (the search also matches holders). */
export function pickCard(nodes: readonly PosCard[], number: string): PosCard | null {
  return nodes.find((c) => c.number === number) ?? null;
}

/** Why the card cannot pay now (null: it may, as far as the API has told). */
export function cardProblem(lookup: CardLookup | null, number: string): string | null {
  if (!CARD_NUMBER.test(number)) return "请刷卡或输入卡号";
  if (lookup === null || lookup.number !== number || lookup.status === "loading") return "正在查询储值卡…";
  if (lookup.status === "missing") return "储值卡不存在，请核对卡号";
  if (lookup.status === "failed") return lookup.message;
  if (!lookup.card.allows.includes("SPEND")) return `该卡${CARD_STATE_LABELS[lookup.card.state]}，不能消费`;
  return null;
}

/** The password is asked for when the API's product says this amount needs it, or when the checkout answered
 * that it is needed or wrong. */
export function passwordNeeded(lookup: CardLookup | null, amountFen: number | null, asked: boolean): boolean {
  if (asked) return true;
  const above = lookup?.status === "found" ? lookup.card.product.passwordAbove?.fen ?? null : null;
  return above !== null && amountFen !== null && amountFen > above;
}

export function holderText(card: PosCard): string {
  if (!card.holder) return "不记名卡";
  return card.holder.name ? `${card.holder.name}（${card.holder.number}）` : card.holder.number;
}

/** The balance shown: the card's own, or its parent's for a child that spends the parent's money. */
export function balanceText(card: PosCard): string {
  if (card.parent?.mode === "SHARED") return `共享母卡 ${card.parent.number} 余额 ${formatYuan(card.parent.balance.total.fen)}`;
  const { principal, bonus, total } = card.balance;
  return `余额 ${formatYuan(total.fen)}（本金 ${formatYuan(principal.fen)} + 赠送 ${formatYuan(bonus.fen)}）`;
}

/** "充 ¥500.00 送 ¥50.00；充 ¥1,000.00 送 ¥150.00", or null when the product gives no bonus. */
export function bonusTiersText(card: PosCard): string | null {
  const tiers = card.product.bonusTiers;
  if (tiers.length === 0) return null;
  return tiers.map((t) => `充 ${formatYuan(t.min.fen)} 送 ${formatYuan(t.bonus.fen)}`).join("；");
}

/** One of the identified member's own cards, offered in a CARD row so the cashier need not type its number. */
export interface MemberCardChoice { number: string; label: string }

/** The member's cards that may pay (active), each with its product, last digits and balance. */
export function memberCardChoices(cards: readonly {
  number: string; state: CardState; product: { name: string }; balance: { total: { fen: number } };
}[]): MemberCardChoice[] {
  return cards.filter((c) => c.state === "ACTIVE").map((c) => ({
    number: c.number, label: `${c.product.name} 尾号${c.number.slice(-4)} 余额${formatYuan(Number(c.balance.total.fen))}`,
  }));
}
