// tsc compiles the TypeScript into build/; the templates, styles and JSON are copied beside it, so that tests
// (miniprogram-simulate, the harness) load the same files WeChat DevTools compiles itself.
import { execFileSync } from "node:child_process";
import { cpSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const HERE = resolve(import.meta.dirname, "..");
execFileSync(process.execPath, [join(HERE, "node_modules", "typescript", "bin", "tsc"), "-p", join(HERE, "tsconfig.json")],
  { stdio: "inherit" });
function copy(dir) {
  for (const name of readdirSync(join(HERE, dir))) {
    const path = join(dir, name);
    if (statSync(join(HERE, path)).isDirectory()) copy(path);
    else if (/\.(wxml|wxss|json)$/.test(name)) cpSync(join(HERE, path), join(HERE, "build", path));
  }
}
for (const dir of ["pages", "components"]) copy(dir);
for (const file of ["app.json", "app.wxss", "sitemap.json"]) cpSync(join(HERE, file), join(HERE, "build", file));
cpSync(join(HERE, "miniprogram_npm"), join(HERE, "build", "miniprogram_npm"), { recursive: true });
