import { describe, expect, it } from "vitest";
import { AttemptKey, changeFor, codeTender, fenToYuanText, yuanToFen } from "./money";

describe("cashier money", () => {
  it("parses yuan into fen without floating point", () => {
    expect(yuanToFen("12.3")).toBe(1230);
    expect(yuanToFen("0.07")).toBe(7);
    expect(yuanToFen("150")).toBe(15000);
    expect(yuanToFen("1.005")).toBeNull();
    expect(yuanToFen("-1")).toBeNull();
    expect(yuanToFen("")).toBeNull();
    expect(fenToYuanText(15002)).toBe("150.02");
  });

  it("computes the change only when the cash covers the amount", () => {
    expect(changeFor(14655, 20000)).toBe(5345);
    expect(changeFor(14655, 14655)).toBe(0);
    expect(changeFor(14655, 10000)).toBeNull();
    expect(changeFor(14655, null)).toBeNull();
  });

  it("tells WeChat from Alipay codes", () => {
    expect(codeTender("134567890123451234")).toBe("WECHAT");
    expect(codeTender("287634438256641234")).toBe("ALIPAY");
    expect(codeTender("12345")).toBeNull();
  });

  it("keeps the idempotency key across retries of the same checkout", () => {
    let n = 0;
    const keys = new AttemptKey(() => `k${++n}`);
    expect(keys.for("f1|CASH")).toBe("k1");
    expect(keys.for("f1|CASH")).toBe("k1"); // a retry after a lost answer
    expect(keys.for("f1,f2|CASH")).toBe("k2"); // another checkout
    keys.done();
    expect(keys.for("f1,f2|CASH")).toBe("k3"); // paid: the next one is new
  });
});
