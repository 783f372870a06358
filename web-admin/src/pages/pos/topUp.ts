// 储值卡充值 at the POS: what stops the dialog from sending, and the API's refusals by the field they name.
import { CARD_STATE_LABELS, cardProblem, type CardLookup } from "./cards";
import { yuanToFen } from "./money";

export interface FieldErrors {
  /** `cardId` and `amountFen`: shown under their fields. */
  fields: Map<string, string[]>;
  general: string[];
}

const PLACED = new Set(["cardId", "amountFen"]);

export function fieldErrors(errors: readonly { field?: string | null; message: string }[]): FieldErrors {
  const placed: FieldErrors = { fields: new Map(), general: [] };
  for (const error of errors) {
    const field = error.field ?? "";
    if (PLACED.has(field)) placed.fields.set(field, [...(placed.fields.get(field) ?? []), error.message]);
    else placed.general.push(error.message);
  }
  return placed;
}

/** Why the top-up cannot be sent yet: the card must be found and, by the API's `allows`, take top-ups; the amount
 * must be money. The product's range and bonus are the API's to apply. */
export function topUpProblem(lookup: CardLookup | null, amount: string): string | null {
  if (lookup === null) return "请刷卡或输入卡号";
  if (lookup.status !== "found") return cardProblem(lookup, lookup.number);
  if (!lookup.card.allows.includes("TOP_UP")) return `该卡${CARD_STATE_LABELS[lookup.card.state]}，不能充值`;
  if (!amount.trim()) return "请输入充值金额";
  const fen = yuanToFen(amount);
  if (fen === null) return "金额格式不正确";
  if (fen <= 0) return "金额须大于 0";
  return null;
}
