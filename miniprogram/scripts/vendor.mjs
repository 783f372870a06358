// The runtime packages the mini-program requires, as WeChat DevTools' "构建 npm" would lay them out under
// miniprogram_npm/ (committed, so the project opens as is). `--check` fails when a copy differs from node_modules.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const HERE = resolve(import.meta.dirname, "..");
const PACKAGES = { "qrcode-generator": "dist/qrcode.js" };
let stale = false;
for (const [name, file] of Object.entries(PACKAGES)) {
  const source = readFileSync(join(HERE, "node_modules", name, file), "utf8");
  const target = join(HERE, "miniprogram_npm", name, "index.js");
  if (process.argv.includes("--check")) {
    let current = null;
    try { current = readFileSync(target, "utf8"); } catch { /* missing */ }
    if (current !== source) { console.error(`stale: ${target}: run 'npm run vendor'`); stale = true; }
  } else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, source);
  }
}
process.exit(stale ? 1 : 0);
