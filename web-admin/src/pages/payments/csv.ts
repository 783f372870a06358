// A list exported as CSV in the browser: UTF-8 with a byte-order mark so that Excel reads the Chinese text,
// every field quoted when it holds a comma, a quote or a line break, and a leading =, +, - or @ defused so that
// no spreadsheet takes a value for a formula.

export interface CsvColumn<T> {
  title: string;
  value: (row: T) => string | number | null | undefined;
}

const FORMULA = /^[=+\-@\t\r]/;

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const lines = [columns.map((c) => csvField(c.title)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvField(c.value(row))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** Yuan with two decimals and no grouping, as a spreadsheet reads a number. */
export function csvYuan(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? "" : (fen / 100).toFixed(2);
}

export function saveCsv(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `${name.replace(/[\\/:*?"<>|\s]+/g, "_")}.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
