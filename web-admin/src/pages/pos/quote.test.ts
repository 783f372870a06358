import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { latestAsker, QUOTE_DELAY_MS, quoteProblems, quoteRequest, quoteTenders } from "./quote";
import { tenderRow, type TenderRow } from "./tenders";

const row = (kind: TenderRow["kind"], fields: Partial<TenderRow> = {}): TenderRow => ({ ...tenderRow(kind, kind), ...fields });
const water = { goodsId: "g1", name: "农夫山泉", unit: "瓶", priceFen: 200, quantity: 2 };
const sale = { stationId: "s1", fuelingIds: ["f1", "f2"], goods: [water], discountFen: 0, discountReason: "", rows: [row("CASH")], memberId: null };

describe("the question a quote asks", () => {
  it("names each tender the rows intend once, a payment code once it tells its channel", () => {
    expect(quoteTenders([row("CASH"), row("CASH", { amount: "5" }), row("UNIONPAY")])).toEqual(["CASH", "UNIONPAY"]);
    expect(quoteTenders([row("CODE", { authCode: "1345" }), row("CASH")])).toEqual(["CASH"]);
    expect(quoteTenders([row("CODE", { authCode: "287634438256641234" }), row("CASH")])).toEqual(["ALIPAY", "CASH"]);
    expect(quoteTenders([row("CARD"), row("POINTS"), row("ON_ACCOUNT"), row("CARD")])).toEqual(["CARD", "POINTS", "ON_ACCOUNT"]);
  });

  it("asks for the fuelings, goods, manual discount and tender kinds, nothing while nothing is sold", () => {
    expect(quoteRequest({ ...sale, fuelingIds: [], goods: [] })).toBeNull();
    expect(quoteRequest({ ...sale, discountFen: 500, discountReason: " 老客户 " })?.input).toEqual({
      stationId: "s1", fuelingIds: ["f1", "f2"], goods: [{ goodsId: "g1", quantity: 2 }],
      discountFen: 500, discountReason: "老客户", tenders: ["CASH"], memberId: null,
    });
    expect(quoteRequest({ ...sale, discountReason: "typed, then the amount cleared" })?.input.discountReason).toBeNull();
  });

  it("is the same question while only amounts typed into the tenders change", () => {
    const asked = quoteRequest(sale)?.key;
    expect(quoteRequest({ ...sale, rows: [row("CASH", { amount: "10", given: "100" })] })?.key).toBe(asked);
    expect(quoteRequest({ ...sale, rows: [row("UNIONPAY")] })?.key).not.toBe(asked);
    expect(quoteRequest({ ...sale, goods: [{ ...water, quantity: 3 }] })?.key).not.toBe(asked);
    expect(quoteRequest({ ...sale, fuelingIds: ["f1"] })?.key).not.toBe(asked);
    expect(quoteRequest({ ...sale, discountFen: 100, discountReason: "x" })?.key).not.toBe(asked);
    expect(quoteRequest({ ...sale, memberId: "m1" })?.key).not.toBe(asked);
  });
});

describe("the quote's errors", () => {
  it("go next to the field they name, the rest on the checkout", () => {
    const { fields, general } = quoteProblems([
      { field: "discountReason", message: "手工优惠须填写原因" },
      { field: "fuelingIds.1", message: "交易序号 12 的加油记录已结账" },
      { field: "goods.0.goodsId", message: "商品不存在或已停售" },
      { field: "goods.0.quantity", message: "数量须在 1 到 999 之间" },
      { field: "memberId", message: "会员不存在" },
      { field: "stationId", message: "没有权限" },
      { field: null, message: "请稍后再试" },
    ]);
    expect(Object.fromEntries(fields)).toEqual({
      discountReason: ["手工优惠须填写原因"],
      fuelingIds: ["交易序号 12 的加油记录已结账"],
      "goods.0": ["商品不存在或已停售", "数量须在 1 到 999 之间"],
      memberId: ["会员不存在"],
    });
    expect(general).toEqual(["没有权限", "请稍后再试"]);
  });
});

describe("asking only the latest question", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("waits for the typing to stop and asks once", async () => {
    const send = vi.fn(async (n: number) => n * 10);
    const deliver = vi.fn();
    const asker = latestAsker(send, deliver);
    asker.ask(1);
    await vi.advanceTimersByTimeAsync(QUOTE_DELAY_MS - 1);
    asker.ask(2);
    await vi.advanceTimersByTimeAsync(QUOTE_DELAY_MS - 1);
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(send.mock.calls.map((c) => c[0])).toEqual([2]);
    expect(deliver).toHaveBeenCalledWith(2, { answer: 20 });
  });

  it("drops an answer that comes after a newer question, and aborts its request", async () => {
    const pending: { n: number; signal: AbortSignal; resolve: (v: number) => void }[] = [];
    const send = (n: number, signal: AbortSignal) => new Promise<number>((resolve) => pending.push({ n, signal, resolve }));
    const deliver = vi.fn();
    const asker = latestAsker(send, deliver);
    asker.ask(1);
    await vi.advanceTimersByTimeAsync(QUOTE_DELAY_MS);
    asker.ask(2);
    expect(pending[0].signal.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(QUOTE_DELAY_MS);
    pending[1].resolve(20);
    pending[0].resolve(10);
    await vi.advanceTimersByTimeAsync(0);
    expect(deliver.mock.calls).toEqual([[2, { answer: 20 }]]);
  });

  it("tells a failure of the latest question, and nothing once cancelled", async () => {
    const deliver = vi.fn();
    const asker = latestAsker(async () => { throw new Error("offline"); }, deliver);
    asker.ask("a");
    await vi.advanceTimersByTimeAsync(QUOTE_DELAY_MS);
    expect(deliver).toHaveBeenCalledWith("a", { failure: new Error("offline") });
    asker.ask("b");
    asker.cancel();
    await vi.advanceTimersByTimeAsync(QUOTE_DELAY_MS);
    expect(deliver).toHaveBeenCalledTimes(1);
  });
});
