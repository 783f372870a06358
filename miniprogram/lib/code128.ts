// Code 128 (ISO/IEC 15417), code sets B and C: printable ASCII in set B, runs of digits packed in pairs in
// set C (the 18-digit member code is Start C, nine pairs, the check symbol and Stop). The result is the
// symbols' values and the bars and spaces as module widths, which the member code draws on a canvas with
// a quiet zone of ten modules either side.

// Bar, space, bar, space, bar, space widths in modules of the symbol values 0 to 105; Stop has a final bar.
const PATTERNS = (
  "212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 " +
  "221312 231212 112232 122132 122231 113222 123122 123221 223211 221132 " +
  "221231 213212 223112 312131 311222 321122 321221 312212 322112 322211 " +
  "212123 212321 232121 111323 131123 131321 112313 132113 132311 211313 " +
  "231113 231311 112133 112331 132131 113123 113321 133121 313121 211331 " +
  "231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 " +
  "314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 " +
  "112412 122114 122411 142112 142211 241211 221114 413111 241112 134111 " +
  "111242 121142 121241 114212 124112 124211 411212 421112 421211 212141 " +
  "214121 412121 111143 111341 131141 114113 114311 411113 411311 113141 " +
  "114131 311141 411131 211412 211214 211232"
).split(" ");
const STOP_PATTERN = "2331112";

export const START_B = 104;
export const START_C = 105;
export const CODE_B = 100; // in set C: go to set B
export const CODE_C = 99; // in set B: go to set C
export const STOP = 106;
export const QUIET_ZONE = 10;

const isDigit = (text: string, i: number) => i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57;

function digitsAt(text: string, i: number): number {
  let n = 0;
  while (isDigit(text, i + n)) n++;
  return n;
}

/** The symbol values of `text`: the start, the data, the check symbol and Stop. Throws on characters
 * outside printable ASCII (set B) or an empty text. */
export function code128Values(text: string): number[] {
  if (!text) throw new Error("Code 128: nothing to encode");
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126) throw new Error(`Code 128: cannot encode character ${JSON.stringify(text[i])}`);
  }
  const values: number[] = [];
  // Start in set C for 4 digits or more (or a text of just 2 digits); in set B, go to set C for a run of 4
  // digits at the end or 6 within, its first digit left in B when the run is odd.
  const leading = digitsAt(text, 0);
  let set: "B" | "C" = leading >= 4 || (leading === 2 && text.length === 2) ? "C" : "B";
  values.push(set === "C" ? START_C : START_B);
  let i = 0;
  while (i < text.length) {
    if (set === "C") {
      if (digitsAt(text, i) >= 2) {
        values.push(Number(text.slice(i, i + 2)));
        i += 2;
        continue;
      }
      values.push(CODE_B);
      set = "B";
    }
    const run = digitsAt(text, i);
    const atEnd = i + run === text.length;
    if (run >= 4 && (atEnd || run >= 6)) {
      if (run % 2 === 1) {
        values.push(text.charCodeAt(i) - 32);
        i++;
      }
      values.push(CODE_C);
      set = "C";
      continue;
    }
    values.push(text.charCodeAt(i) - 32);
    i++;
  }
  const check = values.reduce((sum, v, position) => sum + v * Math.max(position, 1), 0) % 103;
  values.push(check, STOP);
  return values;
}

/** Module widths, bar first and alternating, of the whole symbol (no quiet zone). */
export function code128Widths(text: string): number[] {
  return code128Values(text).flatMap((v) => (v === STOP ? STOP_PATTERN : PATTERNS[v]).split("").map(Number));
}

/** The symbol as modules, true for a bar: "1101…" when joined. */
export function code128Modules(text: string): boolean[] {
  const modules: boolean[] = [];
  code128Widths(text).forEach((width, i) => {
    for (let k = 0; k < width; k++) modules.push(i % 2 === 0);
  });
  return modules;
}

/** The pattern table, for its tests. */
export const TABLE = { patterns: PATTERNS, stop: STOP_PATTERN };
