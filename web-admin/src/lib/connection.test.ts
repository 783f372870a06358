import { describe, expect, it, vi } from "vitest";
import { CursorBook, type PageOf } from "./connection";

function pages(total: number): (first: number, after: string | null) => Promise<PageOf<number>> {
  return async (first, after) => {
    const start = after === null ? 0 : Number(after);
    const items = Array.from({ length: Math.min(first, total - start) }, (_, i) => start + i);
    return {
      totalCount: total,
      pageInfo: { hasNextPage: start + first < total, endCursor: String(start + items.length) },
      edges: items.map((node) => ({ node })),
    };
  };
}

describe("CursorBook", () => {
  it("walks forward to a page whose cursor it does not know yet", async () => {
    const fetch = vi.fn(pages(25));
    const book = new CursorBook();
    const third = await book.page("k", 3, 10, fetch);
    expect(third).toEqual({ data: [20, 21, 22, 23, 24], total: 25, success: true });
    expect(fetch.mock.calls.map((c) => c[1])).toEqual([null, "10", "20"]);
  });

  it("reuses known cursors", async () => {
    const fetch = vi.fn(pages(25));
    const book = new CursorBook();
    await book.page("k", 2, 10, fetch);
    fetch.mockClear();
    expect((await book.page("k", 2, 10, fetch)).data[0]).toBe(10);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
