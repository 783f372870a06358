import { describe, expect, it } from "vitest";
import { feeRate } from "./labels";

describe("fee rate", () => {
  it("shows basis points as a percentage", () => {
    expect(feeRate(38)).toBe("0.38%");
    expect(feeRate(0)).toBe("0.00%");
    expect(feeRate(600)).toBe("6.00%");
  });
});
