import { describe, expect, it } from "vitest";
import { menuFor, routeNeeds } from "./permissions";

describe("menu from permissions", () => {
  it("shows a cashier the home page, the orders and the POS", () => {
    expect(menuFor(["VIEW_STATIONS", "OPERATE_POS", "VIEW_ORDERS"]).map((m) => m.path)).toEqual([
      "/",
      "/stations",
      "/orders",
      "/pos",
    ]);
    expect(menuFor(["VIEW_FORECOURT"]).map((m) => m.path)).toEqual(["/", "/forecourt", "/fuelings", "/anomalies"]);
  });

  it("shows the payments and refunds to whoever sees the reports, beside the orders", () => {
    const paths = menuFor(["VIEW_ORDERS", "VIEW_REPORTS"]).map((m) => m.path);
    expect(paths).toEqual(["/", "/orders", "/payments", "/loyalty-report", "/shifts", "/day-close"]);
  });

  it("shows the loyalty settings, the certification queue and the points report to who may use them", () => {
    expect(menuFor(["MANAGE_LOYALTY", "REVIEW_CERTIFICATIONS"]).map((m) => m.path)).toEqual(["/", "/loyalty", "/certifications"]);
    expect(menuFor(["VIEW_MEMBERS"]).map((m) => m.path)).not.toContain("/loyalty");
    expect(routeNeeds("/loyalty")).toBe("MANAGE_LOYALTY");
    expect(routeNeeds("/certifications")).toBe("REVIEW_CERTIFICATIONS");
    expect(routeNeeds("/loyalty-report")).toBe("VIEW_REPORTS");
  });

  it("shows the stored-value cards and their products beside the members to who manages them", () => {
    expect(menuFor(["VIEW_MEMBERS", "MANAGE_CARDS", "MANAGE_CARD_PRODUCTS"]).map((m) => m.path)).toEqual([
      "/",
      "/members",
      "/cards",
      "/card-products",
    ]);
    expect(menuFor(["VIEW_MEMBERS", "TOP_UP_CARDS"]).map((m) => m.path)).toEqual(["/", "/members"]);
    expect(routeNeeds("/cards")).toBe("MANAGE_CARDS");
    expect(routeNeeds("/card-products")).toBe("MANAGE_CARD_PRODUCTS");
  });

  it("shows nothing beyond home without permissions", () => {
    expect(menuFor([]).map((m) => m.path)).toEqual(["/"]);
  });

  it("knows what each route needs, nested routes included", () => {
    expect(routeNeeds("/roles")).toBe("MANAGE_ROLES");
    expect(routeNeeds("/stations/abc")).toBe("VIEW_STATIONS");
    expect(routeNeeds("/")).toBeNull();
    expect(routeNeeds("/day-close")).toBe("VIEW_REPORTS");
    expect(routeNeeds("/merchants")).toBe("MANAGE_SETTINGS");
    expect(routeNeeds("/payments")).toBe("VIEW_REPORTS");
  });
});
