// The components as WeChat renders them (miniprogram-simulate): the station card, the nozzle picker, the
// payment sheet and the rotating member code, loaded from the compiled build (npm run build).
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

const require = createRequire(import.meta.url);
const simulate = require("miniprogram-simulate");
const BUILD = resolve(import.meta.dirname, "..", "build", "components");
const loaded = new Map();
const load = (name) => {
  if (!loaded.has(name)) loaded.set(name, simulate.load(join(BUILD, name, name), name, { rootPath: BUILD }));
  return loaded.get(name);
};
const squash = (dom) => dom.textContent.replace(/\s+/g, "");
const text = (comp, selector) => squash(comp.querySelector(selector).dom);
const price = (fen) => ({ fen: String(fen) });

const STATION = {
  id: "U3RhdGlvbjox", code: "S001", name: "石桥辅加油站", address: "成都市金牛区石桥辅路 1 号",
  latitude: "30.700000", longitude: "104.050000", phone: "028-80000001", openingHours: "00:00-24:00", openNow: true,
  distanceM: 1234, payeeName: "石桥辅加油站（演示）",
  grades: [{ code: "1402", name: "92#", price: price(730) }, { code: "2001", name: "0#", price: price(706) }],
};

function mount(name, props) {
  const comp = simulate.render(load(name), props);
  comp.attach(document.createElement("parent-wrapper"));
  return comp;
}

beforeAll(() => {
  global.wx = Object.assign(global.wx || {}, { openLocation: vi.fn(), makePhoneCall: vi.fn() });
});
afterEach(() => vi.useRealTimers());

describe("station-card", () => {
  it("shows distance, open now, today's prices and the payee; navigates, calls and selects", async () => {
    const comp = mount("station-card", { station: STATION });
    await simulate.sleep(10);
    expect(text(comp, ".name")).toBe("石桥辅加油站");
    expect(text(comp, ".distance")).toBe("1.2km");
    expect(text(comp, ".status")).toContain("营业中");
    expect(text(comp, ".grades")).toBe("92#¥7.30/L0#¥7.06/L");
    expect(text(comp, ".payee")).toBe("收款方：石桥辅加油站（演示）");
    const selected = vi.fn();
    comp.addEventListener("select", (event) => selected(event.detail));
    comp.querySelector(".navigate").dispatchEvent("tap");
    comp.querySelector(".call").dispatchEvent("tap");
    comp.querySelector(".fuel").dispatchEvent("tap");
    await simulate.sleep(10);
    expect(wx.openLocation).toHaveBeenCalledWith(expect.objectContaining({ latitude: 30.7, longitude: 104.05, name: "石桥辅加油站" }));
    expect(wx.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: "028-80000001" });
    expect(selected).toHaveBeenCalledWith({ id: STATION.id });
  });

  it("says a closed station is resting", async () => {
    const comp = mount("station-card", { station: { ...STATION, openNow: false, distanceM: 850 } });
    await simulate.sleep(10);
    expect(text(comp, ".status")).toContain("休息中");
    expect(text(comp, ".distance")).toBe("850m");
  });
});

describe("nozzle-picker", () => {
  const nozzles = [
    { number: 1, state: "IDLE", amount: price(0), grade: { code: "1402", name: "92#", price: price(730) } },
    { number: 2, state: "FUELING", amount: price(4520), grade: { code: "1405", name: "95#", price: price(781) } },
    { number: 3, state: "OFFLINE", amount: price(0), grade: { code: "2001", name: "0#", price: price(706) } },
  ];

  it("shows each nozzle's grade, price and live state, and picks one", async () => {
    const comp = mount("nozzle-picker", { nozzles, selected: 2 });
    await simulate.sleep(10);
    const items = comp.querySelectorAll(".nozzle");
    expect(items.map((n) => squash(n.dom))).toEqual(["1号枪92#¥7.30空闲", "2号枪95#¥7.81加油中¥45.20", "3号枪0#¥7.06离线"]);
    expect(items[1].dom.className).toContain("selected");
    const picked = vi.fn();
    comp.addEventListener("select", (event) => picked(event.detail));
    items[0].dispatchEvent("tap");
    await simulate.sleep(10);
    expect(picked).toHaveBeenCalledWith({ number: 1 });
  });

  it("says when the station has no nozzles", async () => {
    const comp = mount("nozzle-picker", { nozzles: [] });
    await simulate.sleep(10);
    expect(text(comp, ".empty")).toBe("本站暂无油枪信息");
  });
});

describe("payment-sheet", () => {
  const quote = {
    fueling: { id: "f1" }, lines: [{ description: "1号枪 20.00 L", amount: price(14600) }],
    discounts: [{ label: "会员价 92#", amount: price(600) }], total: price(14600), discount: price(600), payable: price(14000),
  };

  it("shows the platform's lines, discounts, payable and payee, and asks to pay", async () => {
    const comp = mount("payment-sheet", { quote, payee: "石桥辅加油站（演示）" });
    await simulate.sleep(10);
    expect(text(comp, ".line")).toBe("1号枪20.00L¥146.00");
    expect(text(comp, ".discount")).toBe("会员价92#-¥6.00");
    expect(text(comp, ".payable")).toBe("应付¥140.00");
    expect(text(comp, ".payee")).toBe("收款方：石桥辅加油站（演示）");
    const paid = vi.fn();
    comp.addEventListener("pay", paid);
    comp.querySelector(".pay").dispatchEvent("tap");
    await simulate.sleep(10);
    expect(paid).toHaveBeenCalledTimes(1);
  });

  it("does not pay twice while paying, and shows the status", async () => {
    const comp = mount("payment-sheet", { quote, paying: true, status: "PENDING" });
    await simulate.sleep(10);
    const paid = vi.fn();
    comp.addEventListener("pay", paid);
    comp.querySelector(".pay").dispatchEvent("tap");
    await simulate.sleep(10);
    expect(paid).not.toHaveBeenCalled();
    expect(text(comp, ".status")).toBe("支付中");
  });
});

describe("payment-sheet with stored-value cards", () => {
  const quote = {
    fueling: { id: "f1" }, lines: [{ description: "1号枪 20.00 L", amount: price(14600) }],
    discounts: [], total: price(14600), discount: price(0), payable: price(14600),
  };
  const card = (id, number, total, passwordAbove) => ({ id, number, state: "ACTIVE", role: "PARENT", allows: ["SPEND"],
    hasPassword: true, balance: { total: price(total), principal: price(total), bonus: price(0) },
    product: { name: "加油卡", passwordAbove: passwordAbove === null ? null : price(passwordAbove) } });
  const cards = [card("c1", "8800100000000018", 50000, 5000), card("c2", "8800100000000026", 20000, null)];

  it("offers the member's cards with their balance and asks the password when the product wants it", async () => {
    const comp = mount("payment-sheet", { quote, cards });
    await simulate.sleep(10);
    const options = comp.querySelectorAll(".card-option");
    expect(options.map((o) => squash(o.dom))).toEqual(["储值卡加油卡尾号0018余额¥500.00", "储值卡加油卡尾号0026余额¥200.00"]);
    expect(text(comp, ".pay")).toBe("微信支付¥146.00");
    expect(comp.querySelector(".password")).toBeUndefined();
    options[0].dispatchEvent("tap");
    await simulate.sleep(10);
    expect(text(comp, ".pay")).toBe("储值卡支付¥146.00");
    expect(comp.querySelector(".card-option.chosen").dom.textContent).toContain("0018");
    comp.querySelector(".password-input").dispatchEvent("input", { detail: { value: "135790" } });
    await simulate.sleep(10);
    const paid = vi.fn();
    comp.addEventListener("pay", (event) => paid(event.detail));
    comp.querySelector(".pay").dispatchEvent("tap");
    await simulate.sleep(10);
    expect(paid).toHaveBeenCalledWith({ tender: "CARD", cardId: "c1", password: "135790" });
  });

  it("pays without a password below the threshold, and shows the field when the platform asks for it", async () => {
    const comp = mount("payment-sheet", { quote, cards });
    await simulate.sleep(10);
    comp.querySelectorAll(".card-option")[1].dispatchEvent("tap");
    await simulate.sleep(10);
    expect(comp.querySelector(".password")).toBeUndefined();
    const paid = vi.fn();
    comp.addEventListener("pay", (event) => paid(event.detail));
    comp.querySelector(".pay").dispatchEvent("tap");
    await simulate.sleep(10);
    expect(paid).toHaveBeenLastCalledWith({ tender: "CARD", cardId: "c2", password: "" });
    comp.setData({ passwordRequired: true, error: "支付密码错误" });
    await simulate.sleep(10);
    expect(comp.querySelector(".password")).toBeTruthy();
    expect(text(comp, ".error")).toBe("支付密码错误");
    comp.querySelector(".wechat").dispatchEvent("tap");
    await simulate.sleep(10);
    expect(comp.querySelector(".password")).toBeUndefined();
    comp.querySelector(".pay").dispatchEvent("tap");
    await simulate.sleep(10);
    expect(paid).toHaveBeenLastCalledWith({ tender: "WECHAT" });
  });

  it("offers WeChat Pay only when the member has no card that can pay", async () => {
    const comp = mount("payment-sheet", { quote, cards: [] });
    await simulate.sleep(10);
    expect(comp.querySelectorAll(".card-option").length).toBe(0);
    expect(text(comp, ".pay")).toBe("微信支付¥146.00");
  });
});

describe("member-code", () => {
  it("draws the code as a QR code with its digits and asks for a new one before it expires", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    vi.setSystemTime(new Date("2026-12-03T08:00:00Z"));
    const comp = simulate.render(load("member-code"), { code: "123456789012345678", expiresAt: "2026-12-03T08:01:00Z" });
    comp.attach(document.createElement("parent-wrapper"));
    await vi.advanceTimersByTimeAsync(10);
    const refresh = vi.fn();
    comp.addEventListener("refresh", refresh);
    const rows = comp.querySelectorAll(".qr-row");
    expect(rows.length).toBeGreaterThanOrEqual(21);
    expect(comp.querySelectorAll(".m.d").length).toBeGreaterThan(100);
    expect(comp.querySelector(".digits").dom.textContent).toBe("1234 5678 9012 3456 78");
    vi.advanceTimersByTime(49_000);
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_500);  // ten seconds before it expires
    expect(refresh).toHaveBeenCalledTimes(1);
  });
});
