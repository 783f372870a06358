import { describe, expect, it } from "vitest";
import type { Permission } from "../../gql/graphql";
import { cleanTags, nextTierHint, sectionsFor, tendersPaid } from "./member360";

describe("member page", () => {
  it("shows the orders only to who may view orders", () => {
    const held = (perms: Permission[]) => (p: Permission) => perms.includes(p);
    expect(sectionsFor(held(["VIEW_MEMBERS"])).has("orders")).toBe(false);
    expect(sectionsFor(held(["VIEW_MEMBERS", "VIEW_ORDERS"])).has("orders")).toBe(true);
    expect(sectionsFor(held(["VIEW_ORDERS"])).has("cards")).toBe(false);
  });

  it("names the tenders that paid, once each", () => {
    expect(tendersPaid([
      { tender: "CASH", status: "SUCCEEDED" },
      { tender: "WECHAT", status: "FAILED" },
      { tender: "CARD", status: "SUCCEEDED" },
      { tender: "CASH", status: "SUCCEEDED" },
    ])).toBe("现金 + 储值卡");
    expect(tendersPaid([])).toBe("—");
  });

  it("says what the next tier still needs, as the API counts it", () => {
    const next = { name: "银卡" };
    expect(nextTierHint({ nextTier: next, progressPct: 50, spendToNext: { fen: 15000 }, volumeToNext: { ml: 80000 } }))
      .toBe("再消费 ¥150.00 或加油 80.00 L 可升级为 银卡");
    expect(nextTierHint({ nextTier: next, progressPct: 20, spendToNext: { fen: 100 }, volumeToNext: null }))
      .toBe("再消费 ¥1.00 可升级为 银卡");
    expect(nextTierHint({ nextTier: next, progressPct: null })).toBe("下一等级：银卡");
    expect(nextTierHint({ nextTier: null, progressPct: 100 })).toBe("已是最高等级");
  });

  it("keeps each tag once, trimmed", () => {
    expect(cleanTags([" VIP ", "", "VIP", "网约车"])).toEqual(["VIP", "网约车"]);
  });
});
