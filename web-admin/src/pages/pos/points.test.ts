import { describe, expect, it } from "vitest";
import { pointsRulesText } from "./points";

const programme = { redeemPointsPerYuan: 100, redeemMinPoints: 500, redeemMaxSharePct: 50 };

describe("points at the checkout", () => {
  it("say the programme's rules", () => {
    expect(pointsRulesText({ ...programme, redeemPointsPerYuan: 1000 })).toBe("1,000 分抵 ¥1，每笔最少 500 分，最多抵扣应付的 50%");
  });
});
