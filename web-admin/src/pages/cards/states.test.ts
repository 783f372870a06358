import { describe, expect, it } from "vitest";
import { eventsFor, may } from "./states";

describe("state changes offered", () => {
  it("offers what leads out of each state, and nothing on a closed card", () => {
    expect(eventsFor("ACTIVE")).toEqual(["FREEZE", "REPORT_LOST", "DISABLE"]);
    expect(eventsFor("FROZEN")).toEqual(["UNFREEZE", "REPORT_LOST"]);
    expect(eventsFor("REPORTED_LOST")).toEqual(["UNREPORT"]);
    expect(eventsFor("DISABLED")).toEqual(["ENABLE"]);
    expect(eventsFor("CLOSED")).toEqual([]);
  });

  it("reads what money may move from the card's own allows", () => {
    const card = { allows: ["TOP_UP", "CLOSE"] as const };
    expect(may(card, "TOP_UP")).toBe(true);
    expect(may(card, "ALLOCATE")).toBe(false);
  });
});
