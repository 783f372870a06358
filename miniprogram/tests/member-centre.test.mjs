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
