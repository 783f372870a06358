// The growth chart's series: one per channel, one value per month of the range (months without members are 0).
import type { MemberChannel } from "../../gql/graphql";

export const CHANNEL_LABELS: Record<MemberChannel, string> = {
  MINI_PROGRAM: "小程序",
  POS: "收银台",
  REFERRAL: "员工推荐",
};

export interface GrowthRow {
  month: string;
  channel?: MemberChannel | null;
  count: number;
}

/** Every month from `from` to `to` (YYYY-MM), both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split("-").map(Number);
  const [endYear, endMonth] = to.split("-").map(Number);
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, "0")}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

export function growthSeries(rows: GrowthRow[], months: string[]): { channel: MemberChannel; counts: number[] }[] {
  return (Object.keys(CHANNEL_LABELS) as MemberChannel[]).map((channel) => ({
    channel,
    counts: months.map((m) => rows.find((r) => r.month === m && r.channel === channel)?.count ?? 0),
  }));
}

/** 138****1234, as the API masks a phone. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : "****";
}
