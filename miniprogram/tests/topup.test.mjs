// The top-up sheet's arithmetic (pages/cards/topup, from the compiled build): the amounts offered within the
// product's range, the bonus of its tiers shown before paying, amounts typed in yuan, and range refusals.
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const topup = require(resolve(import.meta.dirname, "..", "build", "pages", "cards", "topup.js"));
const fen = (value) => ({ fen: String(value) });
const OPTIONS = { id: "Q2FyZDox", number: "6600000000001", allows: ["TOP_UP"], product: {
  name: "加油卡", topUpMin: fen(10000), topUpMax: fen(300000),
  bonusTiers: [{ min: fen(50000), bonus: fen(5000) }, { min: fen(100000), bonus: fen(12000) }] } };

describe("top-up sheet", () => {
  it("offers the presets within the range with every tier's threshold", () => {
    expect(topup.presets(OPTIONS)).toEqual([10000, 20000, 50000, 100000, 200000]);
    const narrow = { ...OPTIONS, product: { ...OPTIONS.product, topUpMin: fen(30000), bonusTiers: [{ min: fen(80000), bonus: fen(8000) }] } };
    expect(topup.presets(narrow)).toEqual([50000, 80000, 100000, 200000]);
  });

  it("shows the bonus of the highest tier reached, or the next one to reach", () => {
    expect(topup.bonusFor(OPTIONS.product.bonusTiers, 49999)).toBe(0);
    expect(topup.bonusFor(OPTIONS.product.bonusTiers, 50000)).toBe(5000);
    expect(topup.bonusFor(OPTIONS.product.bonusTiers, 150000)).toBe(12000);
    expect(topup.bonusText(OPTIONS, 50000)).toBe("充500送50");
    expect(topup.bonusText(OPTIONS, 20000)).toBe("充满500元送50元");
    expect(topup.bonusText(OPTIONS, 100000)).toBe("充1000送120");
    expect(topup.bonusText({ ...OPTIONS, product: { ...OPTIONS.product, bonusTiers: [] } }, 50000)).toBe("");
  });

  it("reads amounts typed in yuan and refuses those out of the product's range", () => {
    expect(topup.parseYuan("500")).toBe(50000);
    expect(topup.parseYuan(" 88.8 ")).toBe(8880);
    expect(topup.parseYuan("1.234")).toBeNull();
    expect(topup.parseYuan("abc")).toBeNull();
    expect(topup.amountProblem(OPTIONS, null)).toBe("请输入充值金额");
    expect(topup.amountProblem(OPTIONS, 9999)).toBe("单次充值须在 100.00 至 3000.00 元之间");
    expect(topup.amountProblem(OPTIONS, 300001)).toMatch("单次充值须在");
    expect(topup.amountProblem(OPTIONS, 300000)).toBe("");
  });

  it("keeps one key per attempt", () => {
    const attempt = topup.newTopUp("Q2FyZDox", 50000);
    expect(attempt).toMatchObject({ cardId: "Q2FyZDox", amountFen: 50000 });
    expect(attempt.key).toMatch(/^topup-/);
    expect(topup.newTopUp("Q2FyZDox", 50000).key).not.toBe(attempt.key);
  });
});
