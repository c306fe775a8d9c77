import { definePackageBuild } from "../../tsup.config.base";

// Splitting keeps one copy of the error classes shared by both entries (instanceof works across them).
export default definePackageBuild(
  {
    index: "src/index.ts",
    errors: "src/errors.ts",
    webhooks: "src/webhooks.ts",
    otel: "src/otel.ts",
    node: "src/node.ts",
  },
  // `./node` imports Node's own modules; web runtimes never load that entry.
  { splitting: true, external: [/^node:/] },
);
