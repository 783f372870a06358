import { describe, expect, it } from "vitest";
import { mergeStatus } from "./NozzleGrid";

const status = (number: number, version: number, fen: number) =>
  ({
    nozzle: { id: `n${number}`, number, grade: { name: "92#" } },
    state: "FUELING",
    amount: { fen },
    volume: { ml: 0 },
    unitPrice: { fen: 730 },
    version,
    updatedAt: "2026-01-01T00:00:00Z",
  }) as const;

describe("mergeStatus", () => {
  it("keeps the newest version of each nozzle", () => {
    let grid = mergeStatus({}, status(1, 5, 100));
    grid = mergeStatus(grid, status(1, 4, 50));
    grid = mergeStatus(grid, status(2, 1, 10));
    grid = mergeStatus(grid, status(1, 6, 200));
    expect(grid[1].amount.fen).toBe(200);
    expect(grid[2].amount.fen).toBe(10);
  });
});
