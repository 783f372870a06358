import { describe, expect, it } from "vitest";
import type { CardLookup, PosCard } from "./cards";
import { allocate, remainingText, tenderRow, type TenderRow } from "./tenders";

const row = (kind: TenderRow["kind"], fields: Partial<TenderRow> = {}): TenderRow => ({ ...tenderRow(kind, kind), ...fields });

// the first argument is the payable of the API's quote
describe("split tender against the quoted payable", () => {
  it("lets one blank row take the whole payable", () => {
    const result = allocate(14655, [row("CASH", { given: "200" })]);
    expect(result.remainingFen).toBe(0);
    expect(result.rows[0]).toEqual({ amountFen: 14655, changeFen: 5345, problem: null, passwordNeeded: false });
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

const card = (fields: Partial<PosCard> = {}, passwordAboveFen: number | null = 20000): PosCard => ({
  __typename: "Card", id: "c1", number: "8800100000000018", state: "ACTIVE", allows: ["SPEND", "TOP_UP"], role: "PARENT",
  hasPassword: true, expiresAt: null, holder: { id: "m1", number: "M000000001", name: "王师傅" }, parent: null,
  balance: { principal: { fen: 50000 }, bonus: { fen: 5000 }, total: { fen: 55000 } },
  product: { id: "p1", name: "示范加油卡", named: true, passwordAbove: passwordAboveFen === null ? null : { fen: passwordAboveFen },
    topUpMin: { fen: 100 }, topUpMax: { fen: 5000000 }, bonusTiers: [] },
  ...fields,
} as PosCard);
const found = (c: PosCard = card()): CardLookup => ({ status: "found", number: c.number, card: c });
const cardRow = (fields: Partial<TenderRow> = {}) => row("CARD", { reference: "8800 1000 0000 0018", card: found(), ...fields });
const member = { memberId: "m1", orderPlate: null };

describe("in-station tenders: stored-value card, points, on account", () => {
  it("pays by card once the API has shown the card, its number without the printed spaces", () => {
    const result = allocate(15000, [cardRow()]);
    expect(result.rows[0]).toEqual({ amountFen: 15000, changeFen: null, problem: null, passwordNeeded: false });
    expect(result.inputs).toEqual([{ tender: "CARD", amountFen: 15000, reference: "8800100000000018" }]);
  });

  it("waits for the card and refuses one that is missing or may not pay", () => {
    const problem = (fields: Partial<TenderRow>) => allocate(15000, [cardRow(fields)]).rows[0].problem;
    expect(problem({ reference: "", card: null })).toBe("请刷卡或输入卡号");
    expect(problem({ reference: "1234" })).toBe("请刷卡或输入卡号");
    expect(problem({ card: { status: "loading", number: "8800100000000018" } })).toBe("正在查询储值卡…");
    expect(problem({ card: { status: "missing", number: "8800100000000018" } })).toBe("储值卡不存在，请核对卡号");
    expect(problem({ card: found(card({ number: "8800100000000026" })) })).toBe("正在查询储值卡…");  // another number's answer
    expect(problem({ card: found(card({ state: "FROZEN", allows: ["RECEIVE"] })) })).toBe("该卡已冻结，不能消费");
  });

  it("asks for the password above the product's amount, and sends it", () => {
    const asked = allocate(25000, [cardRow()]);
    expect(asked.rows[0]).toMatchObject({ passwordNeeded: true, problem: "请输入支付密码" });
    expect(asked.inputs).toBeNull();
    expect(allocate(25000, [cardRow({ password: "135790" })]).inputs)
      .toEqual([{ tender: "CARD", amountFen: 25000, reference: "8800100000000018", password: "135790" }]);
    expect(allocate(20000, [cardRow({ password: "135790" })]).inputs)
      .toEqual([{ tender: "CARD", amountFen: 20000, reference: "8800100000000018" }]);
    expect(allocate(25000, [cardRow({ card: found(card({}, null)) })]).rows[0].passwordNeeded).toBe(false);
  });

  it("asks for the password once the checkout said it is needed or wrong, even below the product's amount", () => {
    const result = allocate(5000, [cardRow({ passwordAsked: true })]);
    expect(result.rows[0]).toMatchObject({ passwordNeeded: true, problem: "请输入支付密码" });
    // a card without a password: sent as it is, the API says what to do
    expect(allocate(25000, [cardRow({ card: found(card({ hasPassword: false })) })]).inputs)
      .toEqual([{ tender: "CARD", amountFen: 25000, reference: "8800100000000018" }]);
  });

  it("pays with points only for an identified member, the amount in yuan", () => {
    const rows = [row("POINTS", { amount: "5" }), row("CASH")];
    expect(allocate(10000, rows).rows[0].problem).toBe("积分支付须先识别会员");
    expect(allocate(10000, rows, member).inputs).toEqual([
      { tender: "POINTS", amountFen: 500 }, { tender: "CASH", amountFen: 9500, givenFen: 9500 },
    ]);
  });

  it("puts on account by the plate typed, else by the order's plate", () => {
    expect(allocate(10000, [row("ON_ACCOUNT")]).rows[0].problem).toBe("请填写车队车辆的车牌号");
    expect(allocate(10000, [row("ON_ACCOUNT")], { memberId: "m1", orderPlate: "川A12345" }).inputs)
      .toEqual([{ tender: "ON_ACCOUNT", amountFen: 10000 }]);
    expect(allocate(10000, [row("ON_ACCOUNT", { reference: " 川a88888 " })]).inputs)
      .toEqual([{ tender: "ON_ACCOUNT", amountFen: 10000, reference: "川A88888" }]);
  });
});
