// Fails when the committed src/gql differs from what the schema and the operations generate now.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const COMMITTED = "src/gql";
const fresh = mkdtempSync(join(tmpdir(), "gql-"));
try {
  execFileSync("npx", ["graphql-codegen", "--config", "codegen.ts", "--silent"], {
    stdio: "inherit",
    env: { ...process.env, GQL_OUT: `${fresh}/` },
  });
  const names = [...new Set([...readdirSync(COMMITTED), ...readdirSync(fresh)])].sort();
  const read = (dir, name) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), "utf8") : null);
  const stale = names.filter((name) => read(COMMITTED, name) !== read(fresh, name));
  if (stale.length > 0) {
    console.error(`src/gql is stale (${stale.join(", ")}): run 'npm run codegen' and commit it`);
    process.exitCode = 1;
  } else {
    console.log("src/gql is up to date");
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
