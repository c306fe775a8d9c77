import { definePackageBuild } from "../../tsup.config.base";

// Splitting keeps one copy of the error classes shared by both entries (instanceof works across them).
export default definePackageBuild(
  { index: "src/index.ts", errors: "src/errors.ts", webhooks: "src/webhooks.ts", otel: "src/otel.ts" },
  { splitting: true },
);
