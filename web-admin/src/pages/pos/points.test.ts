import { describe, expect, it } from "vitest";
import { pointsRulesText, pointsValueFen } from "./points";

const programme = { redeemPointsPerYuan: 100, redeemMinPoints: 500, redeemMaxSharePct: 50 };

describe("points at the checkout", () => {
  it("are worth what the programme's rate pays, never part of a fen", () => {
    expect(pointsValueFen(12345, programme)).toBe(12345);
    expect(pointsValueFen(12345, { ...programme, redeemPointsPerYuan: 150 })).toBe(8230);
    expect(pointsValueFen(0, programme)).toBe(0);
    expect(pointsValueFen(100, { ...programme, redeemPointsPerYuan: 0 })).toBe(0);
  });

  it("say the programme's rules", () => {
    expect(pointsRulesText({ ...programme, redeemPointsPerYuan: 1000 })).toBe("1,000 分抵 ¥1，每笔最少 500 分，最多抵扣应付的 50%");
  });
});
