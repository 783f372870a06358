import { describe, expect, it } from "vitest";
import type { PosCard } from "./cards";
import { fieldErrors, topUpProblem } from "./topUp";

const card = { id: "c1", number: "8800100000000018", state: "ACTIVE", allows: ["SPEND", "TOP_UP"] } as PosCard;
const found = (c: PosCard = card) => ({ status: "found" as const, number: c.number, card: c });

describe("a card top-up at the POS", () => {
  it("is sent once the API has shown a card that takes top-ups and an amount is typed", () => {
    expect(topUpProblem(null, "500")).toBe("请刷卡或输入卡号");
    expect(topUpProblem({ status: "loading", number: card.number }, "500")).toBe("正在查询储值卡…");
    expect(topUpProblem({ status: "missing", number: card.number }, "500")).toBe("储值卡不存在，请核对卡号");
    expect(topUpProblem(found({ ...card, state: "CLOSED", allows: [] }), "500")).toBe("该卡已销户，不能充值");
    expect(topUpProblem(found(), "")).toBe("请输入充值金额");
    expect(topUpProblem(found(), "5.001")).toBe("金额格式不正确");
    expect(topUpProblem(found(), "0")).toBe("金额须大于 0");
    expect(topUpProblem(found(), "500")).toBeNull();
  });

  it("shows the API's refusals under the card or the amount, the rest above", () => {
    const placed = fieldErrors([
      { field: "amountFen", message: "单次充值须在 1.00 至 50000.00 元之间" },
      { field: "stationId", message: "本站没有进行中的班次，请先开班" },
      { field: "cardId", message: "子卡由母卡划拨资金，不能直接充值" },
    ]);
    expect(Object.fromEntries(placed.fields)).toEqual({
      amountFen: ["单次充值须在 1.00 至 50000.00 元之间"], cardId: ["子卡由母卡划拨资金，不能直接充值"],
    });
    expect(placed.general).toEqual(["本站没有进行中的班次，请先开班"]);
  });
});
