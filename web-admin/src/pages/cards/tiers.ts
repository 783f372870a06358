// Bonus tiers (充500送50) in the product form: one row per tier, typed in yuan, sent to the API in fen. Rows keep
// their order so that an error the API names by position (`bonusTiers.1.bonusFen`) lands on the right row; the
// API checks and sorts them.
import { yuanToFen } from "../fleets/labels";

/** A tier row of the form, in yuan (field names as the API's input, so its errors map onto them). */
export interface TierRow {
  minFen?: string;
  bonusFen?: string;
}

export interface TierInput {
  minFen: number;
  bonusFen: number;
}

export const yuanText = (fen: number): string => (fen / 100).toFixed(2).replace(/\.00$/, "");

/** The product's tiers as form rows. */
export function tierRows(tiers: readonly { min: { fen: unknown }; bonus: { fen: unknown } }[]): TierRow[] {
  return tiers.map((t) => ({ minFen: yuanText(Number(t.min.fen)), bonusFen: yuanText(Number(t.bonus.fen)) }));
}

/** The rows as the API's input, row for row. */
export function tierInput(rows: readonly (TierRow | undefined)[] | undefined): TierInput[] {
  return (rows ?? []).map((r) => ({ minFen: yuanToFen(r?.minFen ?? "") ?? 0, bonusFen: yuanToFen(r?.bonusFen ?? "") ?? 0 }));
}

/** A new row below the others: twice the highest top-up so far (500 for the first), bonus left to type. */
export function nextTier(rows: readonly (TierRow | undefined)[] | undefined): TierRow {
  const highest = Math.max(0, ...tierInput(rows).map((t) => t.minFen));
  return { minFen: highest > 0 ? yuanText(highest * 2) : "500", bonusFen: "" };
}
