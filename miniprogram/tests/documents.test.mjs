// Every operation of the mini-program is valid against ../schema.graphql, and a removed or renamed field
// is caught; the manifest the API loads holds exactly these documents under their sha256.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse, print, visit } from "graphql";
import { describe, expect, it } from "vitest";
import { compile, sha256 } from "../scripts/documents.mjs";

const ROOT = resolve(import.meta.dirname, "..", "..");
const SCHEMA = readFileSync(process.env.FORECOURT_SCHEMA || join(ROOT, "schema.graphql"), "utf8");

describe("trusted documents", () => {
  it("validate against the schema", () => {
    const { documents, problems } = compile(SCHEMA);
    expect(problems).toEqual([]);
    expect(Object.keys(documents)).toContain("DriverCheckout");
  });

  it("fail on a renamed field", () => {
    const renamed = SCHEMA.replace(/\n  payeeName: String\n/, "\n  payee: String\n");
    expect(renamed).not.toEqual(SCHEMA);
    expect(compile(renamed).problems.join("\n")).toMatch(/Cannot query field "payeeName"/);
  });

  it("fail on a removed operation", () => {
    const removed = print(visit(parse(SCHEMA), {
      FieldDefinition: (field) => (field.name.value === "driverCheckout" ? null : undefined),
    }));
    expect(compile(removed).problems.join("\n")).toMatch(/driverCheckout/);
  });

  it("are the manifest the API loads, keyed by their sha256", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "api", "driver", "trusted_documents.json"), "utf8"));
    const { documents } = compile(SCHEMA);
    expect(Object.keys(manifest).sort()).toEqual(Object.values(documents).map(sha256).sort());
    for (const [hash, text] of Object.entries(manifest)) expect(sha256(text)).toBe(hash);
  });
});
