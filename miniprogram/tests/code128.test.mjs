// The Code 128 encoder (lib/code128.ts, from the build) against published encodings: the check symbols of
// the specification's worked examples, the start and stop patterns, and the member code in set C; every
// symbol read back from its bars gives the text again.
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const code128 = require(resolve(import.meta.dirname, "..", "build", "lib", "code128.js"));
const bits = (text) => code128.code128Modules(text).map((dark) => (dark ? "1" : "0")).join("");

/** Reads the symbols back from the module widths and decodes sets B and C, as a scanner would. */
function decode(widths) {
  const { patterns, stop } = code128.TABLE;
  const values = [];
  for (let i = 0; i < widths.length - 7; i += 6) values.push(patterns.indexOf(widths.slice(i, i + 6).join("")));
  expect(widths.slice(-7).join("")).toBe(stop);
  const [start, ...rest] = values;
  const check = rest.pop();
  expect(check).toBe([start, ...rest].reduce((s, v, i) => s + v * Math.max(i, 1), 0) % 103);
  let set = start === code128.START_C ? "C" : "B";
  let text = "";
  for (const v of rest) {
    if (set === "C" && v === code128.CODE_B) set = "B";
    else if (set === "B" && v === code128.CODE_C) set = "C";
    else text += set === "C" ? String(v).padStart(2, "0") : String.fromCharCode(v + 32);
  }
  return text;
}

describe("code 128 table", () => {
  it("has 106 symbols of 11 modules with an even bar width, and the 13-module stop", () => {
    const { patterns, stop } = code128.TABLE;
    expect(patterns.length).toBe(106);
    expect(new Set(patterns).size).toBe(106);
    for (const p of patterns) {
      const w = p.split("").map(Number);
      expect(w.reduce((a, b) => a + b, 0)).toBe(11);
      expect((w[0] + w[2] + w[4]) % 2).toBe(0);
    }
    expect(stop.split("").map(Number).reduce((a, b) => a + b, 0)).toBe(13);
  });
});

describe("code128Values", () => {
  it("gives the published check symbols", () => {
    expect(code128.code128Values("abcdef")).toEqual([104, 65, 66, 67, 68, 69, 70, 97, 106]);  // 1539 % 103
    expect(code128.code128Values("345678")).toEqual([105, 34, 56, 78, 73, 106]);  // 485 % 103
    // HI345678 in set B, then set C for the six digits: 104 + 40 + 82 + 297 + 136 + 280 + 468 = 1407 -> 68
    expect(code128.code128Values("HI345678")).toEqual([104, 40, 41, 99, 34, 56, 78, 68, 106]);
  });

  it("packs the 18-digit member code in nine pairs of set C", () => {
    const values = code128.code128Values("123456789012345678");
    expect(values.slice(0, 10)).toEqual([105, 12, 34, 56, 78, 90, 12, 34, 56, 78]);
    expect(values.length).toBe(12);
    expect(values.at(-1)).toBe(106);
  });

  it("keeps short or odd digit runs in set B and refuses what set B cannot carry", () => {
    expect(code128.code128Values("A1B")[0]).toBe(104);
    expect(code128.code128Values("12")).toEqual([105, 12, (105 + 12) % 103, 106]);
    expect(code128.code128Values("A12345")).toEqual([104, 33, 17, 99, 23, 45, (104 + 33 + 34 + 297 + 92 + 225) % 103, 106]);
    expect(() => code128.code128Values("")).toThrow();
    expect(() => code128.code128Values("会员")).toThrow();
    expect(() => code128.code128Values("a\tb")).toThrow();
  });
});

describe("code128Modules", () => {
  it("draws the published start and stop patterns", () => {
    expect(bits("345678").startsWith("11010011100")).toBe(true);  // Start C
    expect(bits("abc").startsWith("11010010000")).toBe(true);  // Start B
    expect(bits("abc").endsWith("1100011101011")).toBe(true);  // Stop and its final bar
    expect(bits("345678").slice(11, 22)).toBe("10001011000");  // 34
  });

  it("is 11 modules a symbol plus the 13 of stop, and reads back as the text", () => {
    for (const text of ["123456789012345678", "000000000000000001", "HI345678", "Forecourt-2026", "a1234b", "7"]) {
      const values = code128.code128Values(text);
      expect(code128.code128Modules(text).length).toBe(11 * (values.length - 1) + 13);
      expect(decode(code128.code128Widths(text))).toBe(text);
    }
  });
});
