// The goods lines of the checkout being prepared: one line per item, its quantity within what the API accepts.

export interface GoodsLine {
  goodsId: string;
  name: string;
  unit: string;
  /** The item's price as the API listed it, shown per unit; what the line costs comes from the quote. */
  priceFen: number;
  quantity: number;
}

export const MAX_QUANTITY = 999;
export const MAX_GOODS_LINES = 30;

/** A scanned or typed barcode (EAN/UPC and in-store codes), as opposed to part of a name. */
export function isBarcode(text: string): boolean {
  return /^\d{6,20}$/.test(text.trim());
}

/** Adds one of the item: a new line, or one more on its line (the same item scanned twice). */
export function addGoods(lines: readonly GoodsLine[], item: Omit<GoodsLine, "quantity">): GoodsLine[] {
  if (lines.some((l) => l.goodsId === item.goodsId)) {
    return lines.map((l) => (l.goodsId === item.goodsId ? { ...l, quantity: Math.min(l.quantity + 1, MAX_QUANTITY) } : l));
  }
  if (lines.length >= MAX_GOODS_LINES) return [...lines];
  return [...lines, { ...item, quantity: 1 }];
}

/** Sets a line's quantity (kept within 1-999); 0 or less removes the line. */
export function setQuantity(lines: readonly GoodsLine[], goodsId: string, quantity: number): GoodsLine[] {
  if (!Number.isFinite(quantity) || quantity < 1) return lines.filter((l) => l.goodsId !== goodsId);
  const held = Math.min(Math.floor(quantity), MAX_QUANTITY);
  return lines.map((l) => (l.goodsId === goodsId ? { ...l, quantity: held } : l));
}
