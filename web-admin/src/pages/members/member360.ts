// The member page's rules of display: which sections a user may see, an order's tenders in one line, the tier
// progress as a sentence, and tags as they are edited. Every figure comes from the API as it is.
import type { MemberTierProgress, Permission } from "../../gql/graphql";
import { formatLitres } from "../loyalty/labels";
import { formatYuan } from "../../lib/format";
import { TENDER } from "../orders/labels";

export type Section = "profile" | "vehicles" | "loyalty" | "cards" | "orders" | "certification" | "coupons";

/** Each section with the permission it needs (VIEW_MEMBERS also opens the page). */
export const SECTION_NEEDS: Record<Section, Permission> = {
  profile: "VIEW_MEMBERS",
  vehicles: "VIEW_MEMBERS",
  loyalty: "VIEW_MEMBERS",
  cards: "VIEW_MEMBERS",
  orders: "VIEW_ORDERS",
  certification: "VIEW_MEMBERS",
  coupons: "VIEW_MEMBERS",
};

export function sectionsFor(can: (permission: Permission) => boolean): Set<Section> {
  return new Set((Object.keys(SECTION_NEEDS) as Section[]).filter((s) => can(SECTION_NEEDS[s])));
}

/** "现金 + 微信支付": the tenders that paid, in the order they were taken. */
export function tendersPaid(payments: readonly { tender: string; status: string }[]): string {
  const paid = payments.filter((p) => p.status === "SUCCEEDED").map((p) => TENDER[p.tender] ?? p.tender);
  return paid.length ? [...new Set(paid)].join(" + ") : "—";
}

type Progress = Pick<MemberTierProgress, "progressPct"> & {
  nextTier?: { name: string } | null;
  spendToNext?: { fen: number } | null;
  volumeToNext?: { ml: number } | null;
};

/** "再消费 ¥150.00 或加油 80.00 L 可升级为 银卡"; null when there is nothing to say. */
export function nextTierHint(progress: Progress): string | null {
  const next = progress.nextTier;
  if (!next) return "已是最高等级";
  if (progress.progressPct === null || progress.progressPct === undefined) return `下一等级：${next.name}`;
  if (progress.progressPct >= 100) return `已达到 ${next.name} 的条件，将在下次消费后升级`;
  const needs = [
    progress.spendToNext ? `消费 ${formatYuan(progress.spendToNext.fen)}` : null,
    progress.volumeToNext ? `加油 ${formatLitres(progress.volumeToNext.ml)}` : null,
  ].filter(Boolean);
  return needs.length ? `再${needs.join(" 或")} 可升级为 ${next.name}` : `下一等级：${next.name}`;
}

/** Tags as typed: trimmed, blanks dropped, each once, in the order given. */
export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
}
