import { describe, expect, it } from "vitest";
import { businessToday, meterDifference, overShort } from "./labels";
import { base64ToBytes, workbookName } from "./workbook";

describe("over/short", () => {
  it("names over, short and even cash", () => {
    expect(overShort(1234)).toEqual({ kind: "over", text: "长款 ¥12.34" });
    expect(overShort(-100)).toEqual({ kind: "short", text: "短款 ¥1.00" });
    expect(overShort(0)).toEqual({ kind: "even", text: "¥0.00" });
    expect(overShort(null)).toEqual({ kind: "none", text: "—" });
  });
});

describe("workbook", () => {
  it("decodes base64 to the workbook's bytes", () => {
    expect([...base64ToBytes("UEsDBA==")]).toEqual([0x50, 0x4b, 0x03, 0x04]);  // a zip file starts PK\3\4
  });

  it("names the file after the report", () => {
    expect(workbookName("第 3 班 班结报表")).toBe("第_3_班_班结报表.xlsx");
    expect(workbookName("2026-11-22 日结报表")).toBe("2026-11-22_日结报表.xlsx");
  });
});

describe("business day", () => {
  it("is the date in Beijing time", () => {
    expect(businessToday(new Date("2026-11-22T16:30:00Z"))).toBe("2026-11-23");
    expect(businessToday(new Date("2026-11-22T15:59:59Z"))).toBe("2026-11-22");
  });
});

describe("meter difference", () => {
  it("names what the meter shows beyond the fuelings", () => {
    expect(meterDifference(3000, true)).toEqual({ kind: "flagged", text: "泵码多 3.00 L" });
    expect(meterDifference(-10000, true)).toEqual({ kind: "flagged", text: "记录多 10.00 L" });
    expect(meterDifference(300, false)).toEqual({ kind: "ok", text: "相符（+0.30 L）" });
    expect(meterDifference(0, false)).toEqual({ kind: "ok", text: "相符" });
    expect(meterDifference(null, false)).toEqual({ kind: "none", text: "—" });
  });
});
