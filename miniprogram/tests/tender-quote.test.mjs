// The payment sheet asks for the sale to be priced again when the driver picks another tender (the member's
// discounts differ by tender), and only when the tender really changes.
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";

const require = createRequire(import.meta.url);
const simulate = require("miniprogram-simulate");
const BUILD = resolve(import.meta.dirname, "..", "build", "components");
const price = (fen) => ({ fen: String(fen) });

describe("payment-sheet tender", () => {
  const quote = {
    fueling: { id: "f1" }, lines: [{ description: "1号枪 20.00 L", amount: price(14600) }],
    discounts: [], total: price(14600), discount: price(0), payable: price(14600),
  };
  const card = { id: "c1", number: "8800100000000018", state: "ACTIVE", role: "PARENT", allows: ["SPEND"],
    hasPassword: true, balance: { total: price(50000), principal: price(50000), bonus: price(0) },
    product: { name: "加油卡", passwordAbove: null } };

  it("emits the tender once per change, and the new price shows on the pay button", async () => {
    const comp = simulate.render(simulate.load(join(BUILD, "payment-sheet", "payment-sheet"), "payment-sheet",
      { rootPath: BUILD }), { quote, cards: [card] });
    comp.attach(document.createElement("parent-wrapper"));
    await simulate.sleep(10);
    const asked = vi.fn();
    comp.addEventListener("tender", (event) => asked(event.detail));
    const option = comp.querySelector(".card-option");
    option.dispatchEvent("tap");
    await simulate.sleep(10);
    option.dispatchEvent("tap");  // the same card again: no new price needed
    await simulate.sleep(10);
    expect(asked.mock.calls).toEqual([[{ tender: "CARD" }]]);
    comp.setData({ quote: { ...quote, discounts: [{ label: "储值卡 98 折", amount: price(292) }], payable: price(14308) } });
    await simulate.sleep(10);
    expect(comp.querySelector(".pay").dom.textContent.replace(/\s+/g, "")).toBe("储值卡支付¥143.08");
    comp.querySelector(".wechat").dispatchEvent("tap");
    await simulate.sleep(10);
    expect(asked.mock.calls).toEqual([[{ tender: "CARD" }], [{ tender: "WECHAT" }]]);
  });
});
