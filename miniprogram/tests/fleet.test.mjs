// The fleet administrator's pages (车队管理): the figures and forms of pages/fleet/logic, and the vehicle
// page's own logic (compiled by tsc) against a `wx` whose requests answer as /mp/graphql would: it shows a
// vehicle's limits, saves what was typed as the API's input, shows a refusal on its field, and freezes the
// vehicle with the reason typed in the modal.
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const BUILD = resolve(import.meta.dirname, "..", "build");
const logic = require(`${BUILD}/pages/fleet/logic.js`);
const money = (fen) => ({ fen: String(fen) });
const GRADES = [{ code: "1402", name: "92#" }, { code: "1405", name: "95#" }, { code: "2001", name: "0#" }];
const VEHICLE = {
  id: "RmxlZXRWZWhpY2xlOjE=", plate: "川A12345", driverName: "王师傅", status: "ACTIVE", gradeCodes: ["2001"],
  dailyAmount: money(50000), dailyVolume: { ml: "120500" }, dailyCount: 3,
  today: { count: 1, amount: money(7300), volume: { ml: "10000" } },
};

describe("fleet figures", () => {
  it("shows balances, limits, today's use and what is left", () => {
    expect(logic.balancesView({ prepaid: money(123456), granted: money(0), creditLimit: money(1000000),
      creditUsed: money(2500), creditAvailable: money(997500), spendable: money(1120956) }).map((b) => `${b.label} ${b.value}`))
      .toEqual(["预存余额 ¥1,234.56", "赠送余额 ¥0.00", "授信额度 ¥10,000.00", "已用授信 ¥25.00", "剩余授信 ¥9,975.00",
        "可用合计 ¥11,209.56"]);
    expect(logic.vehicleView(VEHICLE, GRADES)).toEqual({
      id: VEHICLE.id, plate: "川A12345", driver: "王师傅", frozen: false, state: "正常", grades: "0#",
      limits: "每日 ¥500.00 · 120.50 L · 3 次", today: "今日 ¥73.00 · 10.00 L · 1 次", left: "今日还可挂账 ¥427.00" });
    const free = { ...VEHICLE, status: "FROZEN", gradeCodes: [], dailyAmount: null, dailyVolume: null, dailyCount: null };
    expect(logic.vehicleView(free, GRADES)).toMatchObject({ frozen: true, state: "已冻结", grades: "不限油品",
      limits: "每日不限", left: "" });
  });

  it("turns the typed limits into the API's input, blank meaning no limit", () => {
    expect(logic.limitsForm(VEHICLE, GRADES)).toEqual({ amount: "500", volume: "120.5", count: "3",
      grades: [{ code: "1402", name: "92#", checked: false }, { code: "1405", name: "95#", checked: false },
        { code: "2001", name: "0#", checked: true }] });
    expect(logic.parseLimits({ amount: "1,200.5", volume: "80.25", count: "2", gradeCodes: ["1405", "1402"] })).toEqual({
      input: { gradeCodes: ["1402", "1405"], dailyAmountFen: "120050", dailyVolumeMl: "80250", dailyCount: 2 }, problems: {} });
    expect(logic.parseLimits({ amount: "", volume: " ", count: "", gradeCodes: [] }).input).toEqual({
      gradeCodes: [], dailyAmountFen: null, dailyVolumeMl: null, dailyCount: null });
    const refused = logic.parseLimits({ amount: "12.345", volume: "abc", count: "1.5", gradeCodes: [] });
    expect(refused.input).toBeNull();
    expect(Object.keys(refused.problems)).toEqual(["dailyAmountFen", "dailyVolumeMl", "dailyCount"]);
  });

  it("lists the last twelve months and shows a statement's totals and lines", () => {
    expect(logic.recentMonths(new Date(2026, 1, 15), 3)).toEqual(["2026-02", "2026-01", "2025-12"]);
    const view = logic.statementView({
      month: "2026-12", opening: { prepaid: money(0), granted: money(0), creditUsed: money(0) },
      closing: { prepaid: money(92700), granted: money(0), creditUsed: money(0) }, spent: money(7300),
      volume: { ml: "10000" }, toppedUp: money(100000), paid: money(0),
      orders: [{ at: "2026-12-01T02:00:00Z", orderNumber: "S001-1", stationName: "石桥辅加油站", plate: "川A12345",
        grades: ["92#"], volume: { ml: "10000" }, amount: money(7300) }],
      receipts: [{ at: "2026-12-01T01:00:00Z", kind: "TOP_UP", amount: money(100000) }],
      adjustments: [{ at: "2026-12-01T01:30:00Z", kind: "CREDIT_LIMIT", before: money(0), after: money(500000), reason: "年度授信" }],
    });
    expect(view.totals.slice(0, 4).map((t) => t.value)).toEqual(["¥73.00", "1 笔", "10.00 L", "¥1,000.00"]);
    expect(view.orders[0]).toMatchObject({ plate: "川A12345", what: "92# · 10.00 L", amount: "¥73.00" });
    expect(view.receipts[0]).toMatchObject({ what: "预存充值", amount: "¥1,000.00" });
    expect(view.adjustments[0]).toMatchObject({ what: "授信额度", change: "¥0.00 → ¥5,000.00", reason: "年度授信" });
  });

  it("keys a refusal's errors by the field it names", () => {
    expect(logic.errorsByField([{ field: "gradeCodes.1", message: "油品 X 不存在" }, { field: null, message: "失败" },
      { field: "gradeCodes.2", message: "另一个" }])).toEqual({ gradeCodes: "油品 X 不存在", general: "失败" });
  });
});

/** A `wx` answering /mp/graphql's operations from `answers` (name -> variables -> data) and recording calls. */
function fakeWx(answers) {
  const storage = new Map([["forecourt.token", "t"], ["forecourt.refreshToken", "r"]]);
  const calls = [];
  return {
    calls, modal: null, toasts: [], back: 0,
    getStorageSync: (k) => storage.get(k) || "", setStorageSync: (k, v) => storage.set(k, v), removeStorageSync: (k) => storage.delete(k),
    request(options) {
      calls.push({ name: options.data.operationName, variables: options.data.variables });
      const data = answers[options.data.operationName](options.data.variables);
      const body = data.errors ? { data: null, errors: data.errors } : { data };
      setTimeout(() => options.success({ statusCode: 200, data: body }), 0);
    },
    showToast(options) { this.toasts.push(options.title); },
    showModal(options) { this.modal = options; },
    navigateBack() { this.back += 1; },
  };
}

function loadPage(path) {
  let definition = null;
  globalThis.Component = (d) => { definition = d; };
  delete require.cache[require.resolve(`${BUILD}/${path}.js`)];
  require(`${BUILD}/${path}.js`);
  const page = { data: JSON.parse(JSON.stringify(definition.data)) };
  page.setData = (patch) => Object.assign(page.data, patch);
  for (const [name, fn] of Object.entries(definition.methods)) page[name] = fn.bind(page);
  return page;
}

describe("the vehicle page", () => {
  let vehicle;
  const fleet = () => ({ id: "RmxlZXQ6MQ==", number: "F00001", name: "顺达物流", status: "FROZEN", vehicleCount: 1,
    balances: {}, grades: GRADES, vehicles: [vehicle] });
  beforeEach(() => {
    vehicle = JSON.parse(JSON.stringify(VEHICLE));
    global.wx = fakeWx({
      ViewerFleet: ({ id }) => ({ viewerFleet: { ...fleet(), id } }),
      ViewerFleetVehicleLimitsSet: ({ input }) => {
        if (input.dailyCount === 0) {
          return { viewerFleetVehicleLimitsSet: { vehicle: null, errors: [{ field: "dailyCount", code: "INVALID", message: "限额须大于 0（不限请留空）" }] } };
        }
        Object.assign(vehicle, { gradeCodes: input.gradeCodes, dailyAmount: input.dailyAmountFen ? money(input.dailyAmountFen) : null,
          dailyVolume: input.dailyVolumeMl ? { ml: input.dailyVolumeMl } : null, dailyCount: input.dailyCount });
        return { viewerFleetVehicleLimitsSet: { vehicle, errors: [] } };
      },
      ViewerFleetVehicleFreeze: ({ input }) => {
        vehicle.status = "FROZEN";
        vehicle.reason = input.reason;
        return { viewerFleetVehicleFreeze: { vehicle, errors: [] } };
      },
    });
  });

  it("shows the limits, saves what was typed and shows a refusal on its field", async () => {
    const page = loadPage("pages/fleet-vehicle/fleet-vehicle");
    await page.onLoad({ fleetId: "RmxlZXQ6MQ==", id: VEHICLE.id });
    expect(page.data.error).toBe("");  // a frozen fleet still shows its vehicles' limits
    expect([page.data.amount, page.data.volume, page.data.count]).toEqual(["500", "120.5", "3"]);
    page.onInput({ currentTarget: { dataset: { field: "amount" } }, detail: { value: "300" } });
    page.onInput({ currentTarget: { dataset: { field: "volume" } }, detail: { value: "" } });
    page.onGrades({ detail: { value: ["1402", "2001"] } });
    await page.onSave();
    const saved = wx.calls.at(-1);
    expect(saved).toEqual({ name: "ViewerFleetVehicleLimitsSet", variables: { input: { id: VEHICLE.id,
      gradeCodes: ["1402", "2001"], dailyAmountFen: "30000", dailyVolumeMl: null, dailyCount: 3 } } });
    expect(page.data.saved).toBe(true);
    expect(page.data.vehicle.limits).toBe("每日 ¥300.00 · 3 次");
    expect(page.data.vehicle.grades).toBe("92#、0#");
    page.onInput({ currentTarget: { dataset: { field: "count" } }, detail: { value: "0" } });
    await page.onSave();
    expect(page.data.problems).toEqual({ dailyCount: "限额须大于 0（不限请留空）" });
    page.onInput({ currentTarget: { dataset: { field: "count" } }, detail: { value: "两次" } });
    const before = wx.calls.length;
    await page.onSave();
    expect(wx.calls.length).toBe(before);  // not a number: nothing is sent
    expect(Object.keys(page.data.problems)).toEqual(["dailyCount"]);
  });

  it("freezes the vehicle with the reason typed in the modal", async () => {
    const page = loadPage("pages/fleet-vehicle/fleet-vehicle");
    await page.onLoad({ fleetId: "RmxlZXQ6MQ==", id: VEHICLE.id });
    page.onToggleFreeze();
    expect(wx.modal.title).toBe("冻结车辆");
    wx.modal.success({ confirm: true, content: "司机离职" });
    await new Promise((r) => setTimeout(r, 20));
    expect(wx.calls.at(-1)).toEqual({ name: "ViewerFleetVehicleFreeze", variables: { input: { id: VEHICLE.id, reason: "司机离职" } } });
    expect(page.data.vehicle).toMatchObject({ frozen: true, state: "已冻结" });
  });

  it("says so when the member does not administer the fleet", async () => {
    global.wx = fakeWx({ ViewerFleet: () => ({ errors: [{ message: "您不是该车队的管理员", extensions: { code: "FORBIDDEN" } }] }) });
    const page = loadPage("pages/fleet-vehicle/fleet-vehicle");
    await page.onLoad({ fleetId: "RmxlZXQ6Mg==", id: VEHICLE.id });
    expect(page.data.error).toBe("您不是该车队的管理员");
    expect(page.data.vehicle).toBeNull();
  });
});
