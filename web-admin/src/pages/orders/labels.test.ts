import { describe, expect, it } from "vitest";
import { eventValue } from "./labels";

describe("order history labels", () => {
  it("names each kind's statuses in Chinese", () => {
    expect(eventValue("ORDER", "awaiting_payment")).toBe("待支付");
    expect(eventValue("ORDER", "partially_refunded")).toBe("部分退款");
    expect(eventValue("PAYMENT", "succeeded")).toBe("成功");
    expect(eventValue("REFUND", "succeeded")).toBe("已退款");
    expect(eventValue("PAYMENT", null)).toBe("新建");
  });

  it("shows tags as a list and an unknown status as it came", () => {
    expect(eventValue("TAGS", "滴滴,车队")).toBe("滴滴、车队");
    expect(eventValue("TAGS", "")).toBe("无标签");
    expect(eventValue("ORDER", "archived")).toBe("archived");
  });
});
