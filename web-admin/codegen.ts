import type { CodegenConfig } from "@graphql-codegen/cli";

// GQL_OUT lets the freshness check generate elsewhere and compare
const output = process.env.GQL_OUT ?? "src/gql/";

const config: CodegenConfig = {
  schema: "../schema.graphql",
  documents: ["src/**/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    [output]: {
      preset: "client",
      config: {
        enumsAsTypes: true,
        scalars: { DateTime: "string", Long: "number", JSON: "unknown", Decimal: "string" },
        useTypeImports: true,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
