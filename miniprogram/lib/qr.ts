// The member code as a QR code matrix (true = dark module), drawn by the member-code component.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const qrcode = require("../miniprogram_npm/qrcode-generator/index.js");

export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, "M");
  qr.addData(text, "Numeric");
  qr.make();
  const size: number = qr.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => qr.isDark(row, col)));
}
