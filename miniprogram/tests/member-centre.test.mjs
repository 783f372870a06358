// The member centre's components as WeChat renders them (miniprogram-simulate, from the build): the member
// code's Code 128 barcode drawn on a canvas, and the points statement list.
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const simulate = require("miniprogram-simulate");
const code128 = require(resolve(import.meta.dirname, "..", "build", "lib", "code128.js"));
const BUILD = resolve(import.meta.dirname, "..", "build", "components");
const loaded = new Map();
const load = (name) => {
  if (!loaded.has(name)) loaded.set(name, simulate.load(join(BUILD, name, name), name, { rootPath: BUILD }));
  return loaded.get(name);
};
const squash = (dom) => dom.textContent.replace(/\s+/g, "");

function mount(name, props) {
  const comp = simulate.render(load(name), props);
  comp.attach(document.createElement("parent-wrapper"));
  return comp;
}

/** A canvas that records the rectangles filled in black. */
function recordingCanvas() {
  const bars = [];
  const ctx = { fillStyle: "", fillRect(x, y, w, h) { if (this.fillStyle === "#000000") bars.push({ x, w, h }); } };
  return { width: 0, height: 0, bars, getContext: () => ctx };
}

beforeAll(() => {
  global.wx = Object.assign(global.wx || {}, { getWindowInfo: () => ({ pixelRatio: 3 }) });
});

describe("barcode", () => {
  const CODE = "123456789012345678";

  it("encodes the member code in Code 128 and draws whole-pixel bars with a quiet zone", async () => {
    const comp = mount("barcode", { code: CODE, width: 640, height: 160 });
    await simulate.sleep(10);
    expect(comp.querySelector(".barcode-canvas")).toBeTruthy();
    expect(comp.data.widths).toEqual(code128.code128Widths(CODE));
    expect(comp.data.modules).toBe(11 * 11 + 13);  // start, nine pairs, check symbol; stop
    const canvas = recordingCanvas();
    const module = comp.instance.draw(canvas, 320, 80);
    expect([canvas.width, canvas.height]).toEqual([960, 240]);
    expect(module).toBe(Math.floor(960 / (134 + 20)));
    // read the bars back: each run of bar and space in modules gives the widths again
    const widths = [];
    canvas.bars.forEach((bar, i) => {
      expect(bar.h).toBe(240);
      widths.push(bar.w / module);
      if (i + 1 < canvas.bars.length) widths.push((canvas.bars[i + 1].x - bar.x - bar.w) / module);
    });
    expect(widths).toEqual(comp.data.widths);
    const left = canvas.bars[0].x;
    const right = 960 - (canvas.bars.at(-1).x + canvas.bars.at(-1).w);
    expect(Math.min(left, right)).toBeGreaterThanOrEqual(10 * module);
  });

  it("follows the rotating code and hides when there is none", async () => {
    const comp = mount("barcode", { code: CODE });
    await simulate.sleep(10);
    comp.setData({ code: "876543210987654321" });
    await simulate.sleep(10);
    expect(comp.data.widths).toEqual(code128.code128Widths("876543210987654321"));
    comp.setData({ code: "" });
    await simulate.sleep(10);
    expect(comp.querySelector(".barcode-canvas")).toBeUndefined();
  });

  it("says so when the code cannot be drawn", async () => {
    const comp = mount("barcode", { code: "会员码" });
    await simulate.sleep(10);
    expect(squash(comp.querySelector(".barcode-error").dom)).toBe("条形码无法生成，请使用二维码");
  });
});

describe("points-list", () => {
  const movement = (id, kind, points, balanceAfter, description, occurredAt = "2026-12-01T02:30:00Z") =>
    ({ id, kind, points, balanceAfter, description, occurredAt });
  const MOVEMENTS = [
    movement("m6", "REVOKE", -146, 0, "退款 P20261201-0007"),
    movement("m5", "REFUND", 300, 146, "退款退回积分"),
    movement("m4", "EXPIRE", -20, 0, "积分到期"),
    movement("m3", "GIFT", -500, 20, "兑换 洗车券"),
    movement("m2", "REDEEM", -1000, 520, "加油抵扣 ¥10.00"),
    movement("m1", "EARN", 1520, 1520, "加油 P20261130-0001"),
  ];

  it("labels every kind of movement in Chinese with its sign, time and what was held after", async () => {
    const comp = mount("points-list", { movements: MOVEMENTS, more: false });
    await simulate.sleep(10);
    const all = (selector) => comp.querySelectorAll(selector).map((n) => squash(n.dom));
    expect(comp.querySelectorAll(".movement").length).toBe(6);
    expect(all(".label")).toEqual(["退款扣回", "退款退回", "积分过期", "兑换礼品", "积分抵扣", "消费获得"]);
    expect(all(".points")).toEqual(["-146", "+300", "-20", "-500", "-1000", "+1520"]);
    const points = comp.querySelectorAll(".points");
    expect(points[5].dom.className).toContain("gain");
    expect(points[4].dom.className).toContain("spend");
    expect(all(".after")[5]).toBe("余1520");
    expect(all(".description")[4]).toBe("加油抵扣¥10.00");
    expect(all(".at")[0]).toMatch(/^2026-12-01\d\d:30$/);
    expect(comp.querySelector(".more")).toBeUndefined();
    expect(comp.querySelector(".empty")).toBeUndefined();
  });

  it("asks for the next page once while loading, and says when there is nothing", async () => {
    const comp = mount("points-list", { movements: MOVEMENTS.slice(0, 2), more: true });
    await simulate.sleep(10);
    const asked = [];
    comp.addEventListener("more", () => asked.push(1));
    comp.querySelector(".more").dispatchEvent("tap");
    await simulate.sleep(10);
    expect(asked.length).toBe(1);
    comp.setData({ loading: true });
    await simulate.sleep(10);
    expect(squash(comp.querySelector(".more").dom)).toBe("加载中…");
    comp.querySelector(".more").dispatchEvent("tap");
    await simulate.sleep(10);
    expect(asked.length).toBe(1);
    comp.setData({ movements: [...MOVEMENTS.slice(0, 2), ...MOVEMENTS.slice(2)], loading: false, more: false });
    await simulate.sleep(10);
    expect(comp.querySelectorAll(".movement").length).toBe(6);
    const empty = mount("points-list", { movements: [] });
    await simulate.sleep(10);
    expect(squash(empty.querySelector(".empty").dom)).toBe("暂无积分记录");
  });

  it("names an unknown kind by its sign", async () => {
    const comp = mount("points-list", { movements: [movement("x", "ADJUST", -5, 0, "调整")] });
    await simulate.sleep(10);
    expect(squash(comp.querySelector(".label").dom)).toBe("积分支出");
  });
});

describe("lib/family", () => {
  const family = require(resolve(import.meta.dirname, "..", "build", "lib", "family.js"));

  it("reads yuan typed in as fen and refuses anything else", () => {
    expect([family.fen("100"), family.fen("50.5"), family.fen(" 0.01 "), family.fen(""), family.fen(undefined)])
      .toEqual([10000, 5050, 1, null, null]);
    for (const bad of ["1.234", "-5", "abc", "1e3"]) expect(() => family.fen(bad)).toThrow(/金额格式不正确/);
    expect([family.count("5"), family.count("")]).toEqual([5, null]);
    expect(() => family.count("2.5")).toThrow();
  });

  it("keeps an attempt's key while the same thing is retried and makes a new one for another", () => {
    const body = { parentId: "p", allocations: [{ childId: "c1", amountFen: 100 }] };
    const key = family.attemptKey("alloc-p", body);
    expect(key).toMatch(/^alloc-p-/);
    expect(key.length).toBeGreaterThanOrEqual(8);
    expect(family.attemptKey("alloc-p", { ...body })).toBe(key);
    const other = family.attemptKey("alloc-p", { ...body, allocations: [{ childId: "c1", amountFen: 200 }] });
    expect(other).not.toBe(key);
    expect(family.attemptKey("back-c1", body)).not.toBe(other);
  });
});
