import { describe, expect, it } from "vitest";
import { nextTier, tierInput, tierRows } from "./tiers";

describe("bonus tier rows", () => {
  it("shows the product's tiers in yuan and sends them back in fen", () => {
    const rows = tierRows([
      { min: { fen: 50000 }, bonus: { fen: 5000 } },
      { min: { fen: 100050 }, bonus: { fen: 12000 } },
    ]);
    expect(rows).toEqual([{ minFen: "500", bonusFen: "50" }, { minFen: "1000.50", bonusFen: "120" }]);
    expect(tierInput(rows)).toEqual([{ minFen: 50000, bonusFen: 5000 }, { minFen: 100050, bonusFen: 12000 }]);
  });

  it("keeps rows in the order typed, so the API's errors by position land on them", () => {
    expect(tierInput([{ minFen: "1,000", bonusFen: "150" }, { minFen: "500", bonusFen: "50" }])).toEqual([
      { minFen: 100000, bonusFen: 15000 },
      { minFen: 50000, bonusFen: 5000 },
    ]);
    expect(tierInput(undefined)).toEqual([]);
  });

  it("starts a new row above the highest top-up", () => {
    expect(nextTier([])).toEqual({ minFen: "500", bonusFen: "" });
    expect(nextTier([{ minFen: "1000", bonusFen: "100" }, { minFen: "500", bonusFen: "30" }])).toEqual({ minFen: "2000", bonusFen: "" });
  });
});
