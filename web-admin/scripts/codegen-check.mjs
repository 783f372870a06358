// Fails when the committed src/gql differs from what the schema and the operations generate.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const saved = mkdtempSync(join(tmpdir(), "gql-"));
cpSync("src/gql", saved, { recursive: true });
try {
  execFileSync("npx", ["graphql-codegen", "--config", "codegen.ts", "--silent"], { stdio: "inherit" });
  const stale = readdirSync("src/gql").filter(
    (name) => readFileSync(join("src/gql", name), "utf8") !== readFileSync(join(saved, name), "utf8"),
  );
  if (stale.length > 0) {
    cpSync(saved, "src/gql", { recursive: true });
    console.error(`src/gql is stale (${stale.join(", ")}): run 'npm run codegen' and commit it`);
    process.exit(1);
  }
  console.log("src/gql is up to date");
} finally {
  rmSync(saved, { recursive: true, force: true });
}
