// What the points page says of points about to lapse (lib/loyalty, from the compiled build): the platform's
// figure and date (China time), nothing when none lapse within the month.
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const loyalty = require(resolve(import.meta.dirname, "..", "build", "lib", "loyalty.js"));

describe("points about to lapse", () => {
  it("names the points and the day, China time", () => {
    expect(loyalty.expiringText(500, "2026-12-31T03:00:00+00:00")).toBe("500 积分将于 12月31日前过期");
    expect(loyalty.expiringText("300", "2026-12-31T17:00:00+00:00")).toBe("300 积分将于 1月1日前过期");
  });

  it("says nothing when nothing lapses", () => {
    expect(loyalty.expiringText(0, "2026-12-31T03:00:00+00:00")).toBe("");
    expect(loyalty.expiringText("0", null)).toBe("");
  });
});
