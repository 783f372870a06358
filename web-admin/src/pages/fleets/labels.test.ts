import { describe, expect, it } from "vitest";
import { yuanToFen } from "./labels";

describe("yuanToFen", () => {
  it("reads yuan with up to two decimals", () => {
    expect(yuanToFen("1,234.5")).toBe(123450);
    expect(yuanToFen("0.01")).toBe(1);
    expect(yuanToFen("-30")).toBe(-3000);
    expect(yuanToFen("12.345")).toBeNull();
    expect(yuanToFen("abc")).toBeNull();
  });
});
