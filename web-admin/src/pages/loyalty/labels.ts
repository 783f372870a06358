// What the loyalty pages show for the API's enums, and the forms' values turned into the API's inputs (and back).
import dayjs, { type Dayjs } from "dayjs";
import type {
  CertificationDocumentKind,
  CertificationStatus,
  PointsBasis,
  PointsMovementKind,
  PointsRuleFieldsFragment,
  PointsRuleKind,
  PointsRuleSaveInput,
  PointsTarget,
  TierChangeReason,
  TierFieldsFragment,
  TierSaveInput,
} from "../../gql/graphql";

export const CERTIFICATION_STATUS: Record<CertificationStatus, { text: string; color: string }> = {
  PENDING: { text: "待审核", color: "orange" },
  APPROVED: { text: "已通过", color: "green" },
  REJECTED: { text: "已驳回", color: "red" },
};
export const DOCUMENT_KIND: Record<CertificationDocumentKind, string> = {
  DRIVER_LICENCE: "驾驶证",
  VEHICLE_LICENCE: "行驶证",
  PLATFORM_CERTIFICATE: "网约车平台证明",
};
export const RULE_KIND: Record<PointsRuleKind, string> = { BASE: "基础规则", CAMPAIGN: "倍数活动" };
export const RULE_TARGET: Record<PointsTarget, string> = { FUEL: "油品", GOODS: "商品" };
export const RULE_BASIS: Record<PointsBasis, string> = { PER_YUAN: "按金额（每元）", PER_LITRE: "按升数（每升）" };
export const MOVEMENT_KIND: Record<PointsMovementKind, string> = {
  EARN: "消费获得",
  REDEEM: "抵扣消费",
  GIFT: "兑换礼品",
  EXPIRE: "过期",
  REFUND: "退款退回",
  REVOKE: "退款扣回",
};
export const TIER_CHANGE_REASON: Record<TierChangeReason, string> = { ORDER: "消费升级", SCHEDULE: "定期复核" };

/** 12.34 L from millilitres. */
export function formatLitres(ml: number): string {
  return `${(ml / 1000).toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })} L`;
}

/** 150 → "1.5 倍". */
export function formatMultiplier(pct: number): string {
  return `${Number((pct / 100).toFixed(2))} 倍`;
}

const toFen = (yuan: number | null | undefined) => (yuan === null || yuan === undefined ? null : Math.round(yuan * 100));
const toMl = (litres: number | null | undefined) =>
  litres === null || litres === undefined ? null : Math.round(litres * 1000);
const toPct = (times: number | null | undefined) => (times === null || times === undefined ? null : Math.round(times * 100));

/** One row of a by-grade discount table as the form holds it: yuan off a litre. */
export interface GradeDiscountRow {
  gradeCode?: string;
  yuanPerLitre?: number | null;
}

export function gradeDiscountRows(list: readonly { gradeCode: string; perLitre: { fen: number } }[]): GradeDiscountRow[] {
  return list.map((d) => ({ gradeCode: d.gradeCode, yuanPerLitre: d.perLitre.fen / 100 }));
}

/** The rows with a grade as the API's input; the API checks the amounts. */
export function gradeDiscountInput(rows: readonly GradeDiscountRow[] | undefined): { gradeCode: string; fenPerLitre: number }[] {
  return (rows ?? [])
    .filter((r) => r.gradeCode?.trim())
    .map((r) => ({ gradeCode: r.gradeCode!.trim(), fenPerLitre: toFen(r.yuanPerLitre) ?? 0 }));
}

export interface TierFormValues {
  name?: string;
  rank?: number;
  minSpendYuan?: number | null;
  minLitres?: number | null;
  multiplier?: number | null;
  gradeDiscounts?: GradeDiscountRow[];
}

export function tierFormValues(tier?: TierFieldsFragment | null, nextRank = 0): TierFormValues {
  if (!tier) return { rank: nextRank, multiplier: 1, gradeDiscounts: [] };
  return {
    name: tier.name,
    rank: tier.rank,
    minSpendYuan: tier.minSpend ? tier.minSpend.fen / 100 : null,
    minLitres: tier.minVolume ? tier.minVolume.ml / 1000 : null,
    multiplier: tier.pointsMultiplierPct / 100,
    gradeDiscounts: gradeDiscountRows(tier.gradeDiscounts),
  };
}

export function tierInput(id: string | null, v: TierFormValues): TierSaveInput {
  return {
    id,
    name: v.name ?? "",
    rank: v.rank ?? 0,
    minSpendFen: toFen(v.minSpendYuan),
    minVolumeMl: toMl(v.minLitres),
    pointsMultiplierPct: toPct(v.multiplier) ?? 100,
    gradeDiscounts: gradeDiscountInput(v.gradeDiscounts),
  };
}

/** The rank a new tier gets: one above the highest on the ladder. */
export function nextRank(tiers: readonly { rank: number }[]): number {
  return tiers.length ? Math.max(...tiers.map((t) => t.rank)) + 1 : 0;
}

export interface RuleFormValues {
  name?: string;
  kind?: PointsRuleKind;
  target?: PointsTarget;
  gradeCode?: string | null;
  basis?: PointsBasis | null;
  points?: number | null;
  multiplier?: number | null;
  period?: [Dayjs | string, Dayjs | string] | null;
  active?: boolean;
}

export function ruleFormValues(rule?: PointsRuleFieldsFragment | null): RuleFormValues {
  if (!rule) return { kind: "BASE", target: "FUEL", basis: "PER_YUAN", points: 1, active: true };
  return {
    name: rule.name,
    kind: rule.kind,
    target: rule.target,
    gradeCode: rule.gradeCode,
    basis: rule.basis,
    points: rule.points,
    multiplier: rule.multiplierPct ? rule.multiplierPct / 100 : null,
    period: rule.startsAt && rule.endsAt ? [dayjs(rule.startsAt), dayjs(rule.endsAt)] : null,
    active: rule.active,
  };
}

/** A base rule sends its basis and points, a campaign its multiplier and period; the other side stays empty. */
export function ruleInput(id: string | null, v: RuleFormValues): PointsRuleSaveInput {
  const campaign = v.kind === "CAMPAIGN";
  return {
    id,
    name: v.name ?? "",
    kind: v.kind ?? "BASE",
    target: v.target ?? "FUEL",
    gradeCode: v.target === "GOODS" ? null : v.gradeCode?.trim() || null,
    basis: campaign ? null : (v.basis ?? null),
    points: campaign ? null : (v.points ?? null),
    multiplierPct: campaign ? toPct(v.multiplier) : null,
    startsAt: campaign && v.period ? dayjs(v.period[0]).toISOString() : null,
    endsAt: campaign && v.period ? dayjs(v.period[1]).toISOString() : null,
    active: v.active ?? true,
  };
}

export interface PointsMonthRow {
  month: string;
  issued: number;
  redeemed: number;
  expired: number;
  refunded: number;
  revoked: number;
  shortfall: number;
}

/** One row per month of the range; months the API left out had no movements. */
export function pointsMonths(rows: readonly PointsMonthRow[], months: readonly string[]): PointsMonthRow[] {
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return months.map((month) => byMonth.get(month) ?? { month, issued: 0, redeemed: 0, expired: 0, refunded: 0, revoked: 0, shortfall: 0 });
}

/** Payload errors with the input's field names turned into the form's (e.g. minSpendFen → minSpendYuan). */
export function renameErrorFields<E extends { field?: string | null }>(
  payload: { errors: readonly E[] } | null | undefined,
  names: Record<string, string>,
): { errors: E[] } | null | undefined {
  if (!payload) return payload;
  return {
    ...payload,
    errors: payload.errors.map((e) => {
      const [head, ...rest] = (e.field ?? "").split(".");
      return head in names ? { ...e, field: [names[head], ...rest].join(".") } : e;
    }),
  };
}

export const TIER_FORM_FIELDS = { minSpendFen: "minSpendYuan", minVolumeMl: "minLitres", pointsMultiplierPct: "multiplier" };
export const RULE_FORM_FIELDS = { multiplierPct: "multiplier", startsAt: "period", endsAt: "period" };
