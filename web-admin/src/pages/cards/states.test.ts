import { describe, expect, it } from "vitest";
import { may, mayClose, stateChanges, type CardTransition } from "./states";

const freeze: CardTransition = { event: "FREEZE", label: "冻结", to: "FROZEN" };
const lost: CardTransition = { event: "REPORT_LOST", label: "挂失", to: "REPORTED_LOST" };
const close: CardTransition = { event: "CLOSE", label: "销户", to: "CLOSED" };

describe("state changes offered", () => {
  it("offers the API's transitions in its order, closing apart", () => {
    const card = { transitions: [freeze, lost, close] };
    expect(stateChanges(card)).toEqual([freeze, lost]);
    expect(mayClose(card)).toBe(true);
  });

  it("offers nothing the API does not list (a closed card, a viewer without the permission)", () => {
    expect(stateChanges({ transitions: [] })).toEqual([]);
    expect(mayClose({ transitions: [] })).toBe(false);
    expect(mayClose({ transitions: [lost] })).toBe(false);
  });

  it("reads what money may move from the card's own allows", () => {
    const card = { allows: ["TOP_UP", "CLOSE"] as const };
    expect(may(card, "TOP_UP")).toBe(true);
    expect(may(card, "ALLOCATE")).toBe(false);
  });
});
