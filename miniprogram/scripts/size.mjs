// The main package's size as uploaded: the compiled JavaScript, templates, styles, JSON and miniprogram_npm
// (build/, which holds what DevTools compiles and uploads; TypeScript sources, tests and tools are not
// uploaded). WeChat refuses a main package over 2 MB; this fails beyond it.
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const BUILD = resolve(import.meta.dirname, "..", "build");
const LIMIT = 2 * 1024 * 1024;
function size(dir) {
  return readdirSync(dir).reduce((total, name) => {
    const path = join(dir, name);
    return total + (statSync(path).isDirectory() ? size(path) : statSync(path).size);
  }, 0);
}
const bytes = size(BUILD);
console.log(`main package: ${(bytes / 1024).toFixed(1)} KB of ${LIMIT / 1024 / 1024} MB`);
process.exit(bytes > LIMIT ? 1 : 0);
