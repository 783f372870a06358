import { describe, expect, it } from "vitest";
import { allocate, remainingText, tenderRow, type TenderRow } from "./tenders";

const row = (kind: TenderRow["kind"], fields: Partial<TenderRow> = {}): TenderRow => ({ ...tenderRow(kind, kind), ...fields });

// the first argument is the payable of the API's quote
describe("split tender against the quoted payable", () => {
  it("lets one blank row take the whole payable", () => {
    const result = allocate(14655, [row("CASH", { given: "200" })]);
    expect(result.remainingFen).toBe(0);
    expect(result.rows[0]).toEqual({ amountFen: 14655, changeFen: 5345, problem: null });
    expect(result.inputs).toEqual([{ tender: "CASH", amountFen: 14655, givenFen: 20000 }]);
  });

  it("pays part in cash and the rest with a payment code", () => {
    const result = allocate(14655, [row("CASH", { amount: "50" }), row("CODE", { authCode: "134567890123450000" })]);
    expect(result.rows.map((r) => r.amountFen)).toEqual([5000, 9655]);
    expect(result.inputs).toEqual([
      { tender: "CASH", amountFen: 5000, givenFen: 5000 },
      { tender: "WECHAT", amountFen: 9655, authCode: "134567890123450000" },
    ]);
  });

  it("shows what is missing until the rows cover the payable", () => {
    const short = allocate(10000, [row("CASH", { amount: "30" }), row("UNIONPAY", { amount: "50", reference: "R1" })]);
    expect(short.remainingFen).toBe(2000);
    expect(short.inputs).toBeNull();
    expect(remainingText(short.remainingFen)).toBe("还差 ¥20.00");
    const over = allocate(10000, [row("CASH", { amount: "120" })]);
    expect(over.remainingFen).toBe(-2000);
    expect(over.inputs).toBeNull();
    expect(remainingText(over.remainingFen)).toBe("超出 ¥20.00");
    expect(remainingText(0)).toBe("已足额");
  });

  it("tells each row's problem", () => {
    const result = allocate(10000, [
      row("CASH", { amount: "40", given: "30" }),
      row("UNIONPAY", { amount: "30" }),
      row("CODE", { authCode: "12345" }),
    ]);
    expect(result.rows.map((r) => r.problem)).toEqual(["实收不足", "请填写参考号", "请扫描顾客的付款码"]);
    expect(result.inputs).toBeNull();
    expect(allocate(10000, [row("CASH", { amount: "1.005" })]).rows[0].problem).toBe("金额格式不正确");
    expect(allocate(10000, [row("CASH", { amount: "100" }), row("CODE")]).rows[1].problem).toBe("金额须大于 0");
  });

  it("refuses two blank rows and two payment codes", () => {
    expect(allocate(10000, [row("CASH"), row("UNIONPAY", { reference: "R" })]).rows[1].problem)
      .toBe("只能有一种方式留空（自动取余额）");
    const codes = allocate(10000, [
      row("CODE", { amount: "50", authCode: "134567890123451234" }),
      row("CODE", { authCode: "287634438256641234" }),
    ]);
    expect(codes.rows.map((r) => r.problem)).toEqual(["一笔结账最多使用一个付款码", "一笔结账最多使用一个付款码"]);
  });

  it("sends Alipay codes as Alipay and card references trimmed", () => {
    const result = allocate(3000, [row("UNIONPAY", { amount: "10", reference: " 0042 " }), row("CODE", { authCode: "287634438256641234" })]);
    expect(result.inputs).toEqual([
      { tender: "UNIONPAY", amountFen: 1000, reference: "0042" },
      { tender: "ALIPAY", amountFen: 2000, authCode: "287634438256641234" },
    ]);
  });

  it("has nothing to pay while the quote asks nothing", () => {
    expect(allocate(0, [row("CASH")]).inputs).toBeNull();
  });

  it("follows a new payable: a discount quoted after the rows were typed leaves them in excess", () => {
    const rows = [row("CASH", { amount: "100" })];
    expect(allocate(10000, rows).inputs).toEqual([{ tender: "CASH", amountFen: 10000, givenFen: 10000 }]);
    const discounted = allocate(9500, rows);
    expect(discounted.remainingFen).toBe(-500);
    expect(discounted.inputs).toBeNull();
  });
});
