import { describe, expect, it } from "vitest";
import { balanceText, bonusTiersText, cardNumber, cardProblem, holderText, memberCardChoices, passwordNeeded, pickCard, type PosCard } from "./cards";

const card = (fields: Partial<PosCard> = {}): PosCard => ({
  __typename: "Card", id: "c1", number: "8800100000000018", state: "ACTIVE", allows: ["SPEND", "TOP_UP"], role: "PARENT",
  hasPassword: true, expiresAt: null, holder: { id: "m1", number: "M000000001", name: "王师傅" }, parent: null,
  balance: { principal: { fen: 50000 }, bonus: { fen: 5000 }, total: { fen: 55000 } },
  product: { id: "p1", name: "示范加油卡", named: true, passwordAbove: { fen: 5000 }, topUpMin: { fen: 100 },
    topUpMax: { fen: 5000000 }, bonusTiers: [{ min: { fen: 50000 }, bonus: { fen: 5000 } }, { min: { fen: 100000 }, bonus: { fen: 15000 } }] },
  ...fields,
} as PosCard);

describe("a stored-value card at the POS", () => {
  it("reads the number without the spaces of a printed card", () => {
    expect(cardNumber(" 8800 1000-0000 0018 ")).toBe("8800100000000018");
  });

  it("takes the card of exactly the number from a search that also matches holders", () => {
    const other = card({ id: "c2", number: "8800100000000026" });
    expect(pickCard([other, card()], "8800100000000018")?.id).toBe("c1");
    expect(pickCard([other], "8800100000000018")).toBeNull();
  });

  it("tells why it cannot pay, from what the API allows", () => {
    const n = "8800100000000018";
    expect(cardProblem(null, "")).toBe("请刷卡或输入卡号");
    expect(cardProblem({ status: "failed", number: n, message: "没有权限" }, n)).toBe("没有权限");
    expect(cardProblem({ status: "found", number: n, card: card({ state: "REPORTED_LOST", allows: [] }) }, n)).toBe("该卡已挂失，不能消费");
    expect(cardProblem({ status: "found", number: n, card: card() }, n)).toBeNull();
  });

  it("asks for the password above the product's amount (not at it), or when the checkout asked", () => {
    const lookup = { status: "found" as const, number: "8800100000000018", card: card() };
    expect(passwordNeeded(lookup, 5000, false)).toBe(false);
    expect(passwordNeeded(lookup, 5001, false)).toBe(true);
    expect(passwordNeeded(lookup, null, false)).toBe(false);
    expect(passwordNeeded(null, 100, true)).toBe(true);
  });

  it("shows the holder, the balance (a shared child's is its parent's) and the bonus tiers", () => {
    expect(holderText(card())).toBe("王师傅（M000000001）");
    expect(holderText(card({ holder: null }))).toBe("不记名卡");
    expect(balanceText(card())).toBe("余额 ¥550.00（本金 ¥500.00 + 赠送 ¥50.00）");
    expect(balanceText(card({ role: "CHILD", parent: { id: "c0", number: "8800100000000000", mode: "SHARED", balance: { total: { fen: 123400 } } } })))
      .toBe("共享母卡 8800100000000000 余额 ¥1,234.00");
    expect(bonusTiersText(card())).toBe("充 ¥500.00 送 ¥50.00；充 ¥1,000.00 送 ¥150.00");
    expect(bonusTiersText(card({ product: { ...card().product, bonusTiers: [] } }))).toBeNull();
  });
});

describe("the identified member's cards offered in a card row", () => {
  const card = (number: string, state: "ACTIVE" | "REPORTED_LOST" | "FROZEN", fen: number) =>
    ({ number, state, product: { name: "加油卡" }, balance: { total: { fen } } });

  it("offers the active ones with their last digits and balance", () => {
    expect(memberCardChoices([card("8800100000000018", "ACTIVE", 50_000), card("8800100000000026", "REPORTED_LOST", 100),
      card("8800100000000034", "FROZEN", 100), card("8800100000000042", "ACTIVE", 1_234)])).toEqual([
      { number: "8800100000000018", label: "加油卡 尾号0018 余额¥500.00" },
      { number: "8800100000000042", label: "加油卡 尾号0042 余额¥12.34" },
    ]);
    expect(memberCardChoices([])).toEqual([]);
  });
});
