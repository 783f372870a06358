import { describe, expect, it } from "vitest";
import { placeTenderErrors } from "./tenderErrors";

const rows = [{ key: "t1", kind: "CASH" }, { key: "t2", kind: "CARD" }, { key: "t3", kind: "ON_ACCOUNT" }];

describe("the checkout's refusals", () => {
  it("go to the row they name; a password's asks for it", () => {
    const placed = placeTenderErrors([
      { field: "tenders.1.password", message: "支付密码错误" },
      { field: "tenders.1.amountFen", message: "卡内余额不足（可用 12.00 元）" },
      { field: "vehiclePlate", message: "车辆 川A12345 不在车队白名单中" },
      { field: "tenders.0.givenFen", message: "实收现金不足" },
      { field: "tenders", message: "应收 10.00 元，支付合计 9.00 元" },
      { field: null, message: "请稍后再试" },
    ], rows);
    expect(Object.fromEntries(placed.rows)).toEqual({
      t1: ["实收现金不足"],
      t2: ["支付密码错误", "卡内余额不足（可用 12.00 元）"],
      t3: ["车辆 川A12345 不在车队白名单中"],
    });
    expect(placed.passwordAsked).toEqual(["t2"]);
    expect(placed.rest.map((e) => e.message)).toEqual(["应收 10.00 元，支付合计 9.00 元", "请稍后再试"]);
  });

  it("keep a row they name that is gone, and the order's plate without an on-account row, for the checkout", () => {
    const placed = placeTenderErrors([
      { field: "tenders.4.reference", message: "x" }, { field: "vehiclePlate", message: "车牌号格式不正确" },
    ], rows.slice(0, 2));
    expect(placed.rows.size).toBe(0);
    expect(placed.rest).toHaveLength(2);
  });
});
