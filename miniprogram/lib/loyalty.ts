// The member's tier, its benefits and progress, and points: every figure is the platform's (memberPoints,
// Tier.progress); this module only names grades and turns figures into what the pages show.
import { viewer } from "./auth";
import { nearbyStations, type Money } from "./fueling";
import { litres, time, yuan } from "./format";
import { execute } from "./graphql";

export interface Volume { ml: string | number }
export interface Tier {
  id: string; name: string; rank: number; minSpend?: Money | null; minVolume?: Volume | null;
  pointsMultiplierPct: number; gradeDiscounts: { gradeCode: string; perLitre: Money }[];
}
export interface Progress {
  windowDays: number; spend: Money; volume: Volume; keeps: boolean; nextTier?: Tier | null;
  spendToNext?: Money | null; volumeToNext?: Volume | null;
}
export interface TierChange { fromTier?: string | null; toTier: string; reason: string; changedAt: string }
export interface Movement { id: string; kind: string; points: number | string; balanceAfter: number | string; description: string; occurredAt: string }

export const MOVEMENT_KINDS: Record<string, string> = {
  EARN: "消费获得", REDEEM: "积分抵扣", GIFT: "兑换礼品", EXPIRE: "积分过期", REFUND: "退款退回", REVOKE: "退款扣回",
};
export const TIER_REASONS: Record<string, string> = { ORDER: "消费升级", SCHEDULE: "定期评估" };

async function member(): Promise<string> {
  return (await viewer()).id;
}

/** Grade code -> name (92#…) from the company's stations; codes stay as they are when none is found. */
export async function gradeNames(): Promise<Record<string, string>> {
  try {
    const names: Record<string, string> = {};
    for (const s of await nearbyStations()) for (const g of s.grades) names[g.code] = g.name;
    return names;
  } catch {
    return {};
  }
}

export async function tier(): Promise<{ balance: number; tier: (Tier & { progress?: Progress | null }) | null; history: TierChange[] }> {
  const points = (await execute("MemberTier", { memberId: await member() })).memberPoints;
  if (!points) throw new Error("会员信息不存在");
  return { balance: Number(points.balance), tier: points.tier, history: points.tierHistory };
}

export async function statement(after?: string | null): Promise<{
  balance: number; value: string; tierName: string; expiring: string; movements: (Movement & { cursor: string })[];
  hasNextPage: boolean; endCursor: string | null;
}> {
  const points = (await execute("MemberPointsStatement", { memberId: await member(), after: after || null })).memberPoints;
  if (!points) throw new Error("会员信息不存在");
  const page = points.statement;
  return {
    balance: Number(points.balance), tierName: points.tier?.name || "",
    value: Number(points.redeemableValue?.fen || 0) > 0 ? yuan(points.redeemableValue.fen) : "",  // what they pay now
    expiring: expiringText(points.expiring, points.expiringBy),
    movements: page.edges.map((e: any) => ({ ...e.node, cursor: e.cursor })),
    hasNextPage: page.pageInfo.hasNextPage, endCursor: page.pageInfo.endCursor,
  };
}

/** "300 积分将于 12月31日前过期" when points lapse within the month unless spent; "" when none do. */
export function expiringText(points: number | string | null | undefined, by: string | null | undefined): string {
  if (!Number(points) || !by) return "";
  const day = new Date(by);
  const local = new Date(day.getTime() + 8 * 3600 * 1000);  // China time
  return `${Number(points)} 积分将于 ${local.getUTCMonth() + 1}月${local.getUTCDate()}日前过期`;
}

/** "1.5 倍" from 150. */
export function multiplier(pct: number): string {
  return `${Number((pct / 100).toFixed(2))} 倍`;
}

/** What a tier gives: its points multiplier and member prices (so much off a litre, by grade). */
export function benefits(t: Tier, names: Record<string, string>) {
  return {
    name: t.name, multiplier: multiplier(t.pointsMultiplierPct), boosted: t.pointsMultiplierPct > 100,
    prices: t.gradeDiscounts.map((d) => ({ grade: names[d.gradeCode] || d.gradeCode, off: `${yuan(d.perLitre.fen)}/L` })),
    reach: [t.minSpend ? `消费满 ${yuan(t.minSpend.fen)}` : "", t.minVolume ? `加油满 ${litres(t.minVolume.ml)}` : ""]
      .filter(Boolean).join(" 或 "),
  };
}

/** Progress to the next tier: the window's figures, what is left, and 0-100 by the threshold nearest. */
export function progress(p: Progress) {
  const next = p.nextTier;
  const shares: number[] = [];
  if (next?.minSpend && Number(next.minSpend.fen) > 0) shares.push(Number(p.spend.fen) / Number(next.minSpend.fen));
  if (next?.minVolume && Number(next.minVolume.ml) > 0) shares.push(Number(p.volume.ml) / Number(next.minVolume.ml));
  const pct = next ? Math.min(100, Math.floor(100 * Math.max(0, ...shares))) : 100;
  const reached = [p.spendToNext, p.volumeToNext].some((v: any) => v && Number(v.fen ?? v.ml) === 0);
  const spend = p.spendToNext ? `消费 ${yuan(p.spendToNext.fen)}` : "";
  const volume = p.volumeToNext ? `加油 ${litres(p.volumeToNext.ml)}` : "";
  const left = `再${[spend, volume].filter(Boolean).join(" 或")}`;
  return {
    windowDays: p.windowDays, spend: yuan(p.spend.fen), volume: litres(p.volume.ml), keeps: p.keeps,
    nextName: next?.name || "", pct,
    left: !next ? "" : reached ? `已达到${next.name}标准，下次消费后升级` : `${left}，即可升级为${next.name}`,
  };
}

/** One line of the points statement as the list shows it. */
export function movement(m: Movement) {
  const points = Number(m.points);
  return {
    id: m.id, kind: m.kind, label: MOVEMENT_KINDS[m.kind] || (points < 0 ? "积分支出" : "积分收入"),
    description: m.description, at: time(m.occurredAt), points: `${points > 0 ? "+" : ""}${points}`, gain: points > 0,
    after: String(m.balanceAfter),
  };
}

export function change(c: TierChange) {
  return { text: c.fromTier ? `${c.fromTier} → ${c.toTier}` : `成为${c.toTier}`, reason: TIER_REASONS[c.reason] || c.reason, at: time(c.changedAt) };
}
