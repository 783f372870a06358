import { describe, expect, it } from "vitest";
import { addGoods, isBarcode, MAX_GOODS_LINES, MAX_QUANTITY, setQuantity } from "./cart";

const water = { goodsId: "g1", name: "农夫山泉", unit: "瓶", priceFen: 200 };
const oil = { goodsId: "g2", name: "机油", unit: "桶", priceFen: 8900 };

describe("goods lines", () => {
  it("tells a barcode from a name", () => {
    expect(isBarcode("6921168509256")).toBe(true);
    expect(isBarcode(" 6921168509256 ")).toBe(true);
    expect(isBarcode("12345")).toBe(false);
    expect(isBarcode("农夫")).toBe(false);
  });

  it("adds a scanned item once per line, counting repeats", () => {
    let lines = addGoods([], water);
    lines = addGoods(lines, oil);
    lines = addGoods(lines, water);
    expect(lines.map((l) => [l.goodsId, l.quantity])).toEqual([["g1", 2], ["g2", 1]]);
    expect(lines[0].priceFen).toBe(200);
  });

  it("keeps quantities within what the API accepts", () => {
    let lines = setQuantity(addGoods([], water), "g1", 5000);
    expect(lines[0].quantity).toBe(MAX_QUANTITY);
    lines = addGoods(lines, water);
    expect(lines[0].quantity).toBe(MAX_QUANTITY);
    lines = setQuantity(lines, "g1", 3.7);
    expect(lines[0].quantity).toBe(3);
    expect(setQuantity(lines, "g1", 0)).toEqual([]);
  });

  it("holds at most as many lines as the API accepts", () => {
    let lines = addGoods([], water);
    for (let i = 0; i < MAX_GOODS_LINES + 5; i += 1) lines = addGoods(lines, { ...oil, goodsId: `o${i}` });
    expect(lines).toHaveLength(MAX_GOODS_LINES);
  });
});
