import { describe, expect, it } from "vitest";
import {
  formatLitres,
  formatMultiplier,
  gradeDiscountInput,
  nextRank,
  pointsMonths,
  renameErrorFields,
  ruleFormValues,
  ruleInput,
  TIER_FORM_FIELDS,
  tierFormValues,
  tierInput,
} from "./labels";

describe("loyalty forms", () => {
  it("sends a tier's thresholds in fen and millilitres and its member prices in fen per litre", () => {
    const input = tierInput(null, {
      name: " 银卡 ",
      rank: 1,
      minSpendYuan: 1000.1,
      minLitres: null,
      multiplier: 1.5,
      gradeDiscounts: [{ gradeCode: "1402", yuanPerLitre: 0.35 }, { gradeCode: "  " }],
    });
    expect(input).toEqual({
      id: null,
      name: " 银卡 ",
      rank: 1,
      minSpendFen: 100010,
      minVolumeMl: null,
      pointsMultiplierPct: 150,
      gradeDiscounts: [{ gradeCode: "1402", fenPerLitre: 35 }],
    });
  });

  it("shows a saved tier in yuan and litres, and round-trips it", () => {
    const tier = {
      id: "T1", name: "金卡", rank: 2, pointsMultiplierPct: 200,
      minSpend: { fen: 500000, yuan: "5000.00" }, minVolume: { ml: 1500500, litres: "1500.500" },
      gradeDiscounts: [{ gradeCode: "1402", perLitre: { fen: 20, yuan: "0.20" } }],
    };
    const values = tierFormValues(tier);
    expect(values).toMatchObject({ minSpendYuan: 5000, minLitres: 1500.5, multiplier: 2 });
    expect(tierInput("T1", values)).toMatchObject({ minSpendFen: 500000, minVolumeMl: 1500500, pointsMultiplierPct: 200,
      gradeDiscounts: [{ gradeCode: "1402", fenPerLitre: 20 }] });
  });

  it("gives a new tier the rank above the ladder's top", () => {
    expect(nextRank([])).toBe(0);
    expect(nextRank([{ rank: 0 }, { rank: 3 }, { rank: 1 }])).toBe(4);
    expect(tierFormValues(null, 4)).toMatchObject({ rank: 4, multiplier: 1 });
  });

  it("leaves out empty grade rows", () => {
    expect(gradeDiscountInput(undefined)).toEqual([]);
    expect(gradeDiscountInput([{ gradeCode: " 1405 ", yuanPerLitre: 1 }])).toEqual([{ gradeCode: "1405", fenPerLitre: 100 }]);
  });

  it("sends a campaign its multiplier and period only, a base rule its basis and points only", () => {
    const campaign = ruleInput("R1", {
      name: "周末双倍", kind: "CAMPAIGN", target: "FUEL", gradeCode: "", basis: "PER_YUAN", points: 1, multiplier: 2,
      period: ["2026-12-05T00:00:00+08:00", "2026-12-07T00:00:00+08:00"], active: true,
    });
    expect(campaign).toEqual({
      id: "R1", name: "周末双倍", kind: "CAMPAIGN", target: "FUEL", gradeCode: null, basis: null, points: null,
      multiplierPct: 200, startsAt: "2026-12-04T16:00:00.000Z", endsAt: "2026-12-06T16:00:00.000Z", active: true,
    });
    const base = ruleInput(null, { name: "商品每元 1 分", kind: "BASE", target: "GOODS", gradeCode: "1402", basis: "PER_YUAN", points: 1, multiplier: 3 });
    expect(base).toMatchObject({ gradeCode: null, basis: "PER_YUAN", points: 1, multiplierPct: null, startsAt: null, endsAt: null });
  });

  it("shows a saved campaign with its period", () => {
    const values = ruleFormValues({
      id: "R1", name: "双倍", kind: "CAMPAIGN", target: "FUEL", gradeCode: null, basis: null, points: null,
      multiplierPct: 250, startsAt: "2026-12-04T16:00:00Z", endsAt: "2026-12-06T16:00:00Z", active: false,
    });
    expect(values.multiplier).toBe(2.5);
    expect(values.period?.map((d) => (typeof d === "string" ? d : d.toISOString()))).toEqual([
      "2026-12-04T16:00:00.000Z",
      "2026-12-06T16:00:00.000Z",
    ]);
  });

  it("puts the API's field errors on the form's fields", () => {
    const payload = { errors: [{ field: "minSpendFen", message: "门槛须大于 0" }, { field: "name", message: "重复" }, { field: null, message: "x" }] };
    expect(renameErrorFields(payload, TIER_FORM_FIELDS)?.errors.map((e) => e.field)).toEqual(["minSpendYuan", "name", null]);
    expect(renameErrorFields(null, TIER_FORM_FIELDS)).toBeNull();
  });
});

describe("loyalty figures", () => {
  it("fills months without movements with zeros", () => {
    const february = { month: "2026-02", issued: 10, redeemed: 2, expired: 1, refunded: 2, revoked: 3, shortfall: 1 };
    expect(pointsMonths([february], ["2026-01", "2026-02"])).toEqual([
      { month: "2026-01", issued: 0, redeemed: 0, expired: 0, refunded: 0, revoked: 0, shortfall: 0 },
      february,
    ]);
  });

  it("formats litres and multipliers", () => {
    expect(formatLitres(12345)).toBe("12.35 L");
    expect(formatMultiplier(150)).toBe("1.5 倍");
    expect(formatMultiplier(200)).toBe("2 倍");
  });
});
