import { describe, expect, it } from "vitest";
import { classifyMemberInput, driverLabel, initialPlate, lookupVariables } from "./member";

describe("what the cashier typed into the member field", () => {
  it("is a phone number when it has 11 digits, spaces and dashes aside", () => {
    expect(classifyMemberInput("13800138000")).toEqual({ by: "phone", phone: "13800138000" });
    expect(classifyMemberInput(" 138 0013-8000 ")).toEqual({ by: "phone", phone: "13800138000" });
  });

  it("is a member code when a scanner typed 18 digits", () => {
    expect(classifyMemberInput("881234567890123456")).toEqual({ by: "memberCode", memberCode: "881234567890123456" });
  });

  it("is a card number when it has other digits, up to 20", () => {
    expect(classifyMemberInput("9123 4567 8901 2345")).toEqual({ by: "cardNumber", cardNumber: "9123456789012345" });
    expect(classifyMemberInput("1380013800")).toEqual({ by: "cardNumber", cardNumber: "1380013800" });
    expect(classifyMemberInput("8812345678901234567")?.by).toBe("cardNumber");
  });

  it("is none of these beyond 20 digits", () => {
    expect(classifyMemberInput("881234567890123456789")?.by).toBe("unknown");
  });

  it("is a plate otherwise, upper-cased without separators", () => {
    expect(classifyMemberInput("京a·12345")).toEqual({ by: "plate", plate: "京A12345" });
    expect(classifyMemberInput("粤BD12345")).toEqual({ by: "plate", plate: "粤BD12345" });
  });

  it("is nothing while blank", () => {
    expect(classifyMemberInput("")).toBeNull();
    expect(classifyMemberInput("  ")).toBeNull();
  });

  it("asks memberLookup by exactly one key", () => {
    const none = { phone: null, plate: null, memberCode: null, cardNumber: null };
    expect(lookupVariables({ by: "phone", phone: "13800138000" })).toEqual({ ...none, phone: "13800138000" });
    expect(lookupVariables({ by: "plate", plate: "京A12345" })).toEqual({ ...none, plate: "京A12345" });
    expect(lookupVariables({ by: "memberCode", memberCode: "88" })).toEqual({ ...none, memberCode: "88" });
    expect(lookupVariables({ by: "cardNumber", cardNumber: "9123" })).toEqual({ ...none, cardNumber: "9123" });
  });
});

describe("the plate recorded with the sale", () => {
  const two = [{ plate: "京A12345" }, { plate: "京B54321" }];

  it("is the plate looked up", () => {
    expect(initialPlate({ by: "plate", plate: "京B54321" }, two)).toBe("京B54321");
  });

  it("is the member's only vehicle when found by phone or code", () => {
    expect(initialPlate({ by: "phone", phone: "13800138000" }, [{ plate: "京A12345" }])).toBe("京A12345");
    expect(initialPlate({ by: "memberCode", memberCode: "88" }, [{ plate: "京A12345" }])).toBe("京A12345");
  });

  it("is left to the cashier when the member has several vehicles or none", () => {
    expect(initialPlate({ by: "phone", phone: "13800138000" }, two)).toBeNull();
    expect(initialPlate({ by: "phone", phone: "13800138000" }, [])).toBeNull();
  });
});

describe("who an order was for", () => {
  it("names the member and the plate, either alone, or nobody", () => {
    expect(driverLabel({ number: "M0001", name: "张三" }, "京A12345")).toBe("会员 M0001 张三 · 京A12345");
    expect(driverLabel({ number: "M0001", name: null }, null)).toBe("会员 M0001");
    expect(driverLabel(null, "京A12345")).toBe("车牌 京A12345");
    expect(driverLabel(null, null)).toBeNull();
  });
});
