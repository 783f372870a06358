import { describe, expect, it } from "vitest";
import { growthSeries, maskPhone, monthsBetween } from "./growth";

describe("member growth", () => {
  it("lists every month of the range across a year end", () => {
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });

  it("fills months without members with zero, per channel", () => {
    const series = growthSeries([{ month: "2026-02", channel: "POS", count: 3 }], ["2026-01", "2026-02"]);
    expect(series.find((s) => s.channel === "POS")?.counts).toEqual([0, 3]);
    expect(series.find((s) => s.channel === "MINI_PROGRAM")?.counts).toEqual([0, 0]);
  });

  it("masks a phone like the API", () => {
    expect(maskPhone("13812341234")).toBe("138****1234");
  });
});
