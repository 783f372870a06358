import { describe, expect, it } from "vitest";
import { csvField, csvYuan, toCsv } from "./csv";
import { collectAll } from "./exportAll";
import { paymentFilter, refundFilter } from "./filters";

describe("CSV", () => {
  it("quotes what needs quoting and defuses formulas", () => {
    expect(csvField("S001-20261122-0007")).toBe("S001-20261122-0007");
    expect(csvField('顾客说"多收了",退款')).toBe('"顾客说""多收了"",退款"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("-12")).toBe("'-12");
    expect(csvField(-12)).toBe("-12");
    expect(csvField(null)).toBe("");
  });

  it("starts with a byte-order mark and a header line, rows end with CRLF", () => {
    const text = toCsv([{ n: "A1", fen: 123456 }], [
      { title: "单号", value: (r) => r.n }, { title: "金额（元）", value: (r) => csvYuan(r.fen) }]);
    expect(text).toBe("\uFEFF单号,金额（元）\r\nA1,1234.56\r\n");
    expect(csvYuan(null)).toBe("");
  });
});

describe("export of a whole filter", () => {
  it("follows the cursors until the last page, within the limit", async () => {
    const pages: Record<string, { nodes: number[]; next: string | null }> = {
      start: { nodes: [1, 2], next: "a" }, a: { nodes: [3, 4], next: "b" }, b: { nodes: [5], next: null } };
    const fetch = async (_first: number, after: string | null) => {
      const page = pages[after ?? "start"];
      return { totalCount: 5, pageInfo: { hasNextPage: page.next !== null, endCursor: page.next },
        edges: page.nodes.map((node) => ({ node })) };
    };
    expect(await collectAll(fetch, 10)).toEqual({ rows: [1, 2, 3, 4, 5], complete: true });
    expect(await collectAll(fetch, 3)).toEqual({ rows: [1, 2, 3, 4], complete: false });
  });
});

describe("filters", () => {
  it("takes the form's station, else the console's, and trims the search", () => {
    expect(paymentFilter({ station: "S2", tender: "WECHAT", status: "SUCCEEDED", search: "  4200 " }, "S1")).toEqual({
      stationIds: ["S2"], from: null, to: null, tenders: ["WECHAT"], statuses: ["SUCCEEDED"], search: "4200" });
    expect(paymentFilter({ search: "  " }, "S1")).toMatchObject({ stationIds: ["S1"], search: null, statuses: null });
    expect(refundFilter({}, null)).toEqual({ stationIds: null, from: null, to: null, tenders: null, statuses: null });
  });

  it("sends the time range as instants", () => {
    const filter = refundFilter({ time: ["2026-11-22 08:00:00", "2026-11-22 20:00:00"] }, null);
    expect(new Date(filter.to!).getTime() - new Date(filter.from!).getTime()).toBe(12 * 3600 * 1000);
  });
});
