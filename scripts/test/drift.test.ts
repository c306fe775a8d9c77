import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { insideScaffoldCopy, repositoryRoot, runScript, temporaryDirectory } from "./helpers";

// A root holding one provider's spec, package.json and committed generated files.
function copyProvider(prefix: string, provider: string): string {
  const root = temporaryDirectory(prefix);
  cpSync(join(repositoryRoot, "specs", `${provider}.yaml`), join(root, "specs", `${provider}.yaml`));
  for (const part of ["package.json", "src/generated"]) {
    cpSync(join(repositoryRoot, "packages", provider, part), join(root, "packages", provider, part), {
      recursive: true,
    });
  }
  return root;
}

// Each case works on its own copy, so they run side by side (most of their time is spent in child processes).
describe.skipIf(insideScaffoldCopy)("the drift gate (check:generated)", { concurrent: true }, () => {
  it("fails naming the stale file after a spec edit, and passes after regenerating", async () => {
    const root = copyProvider("drift", "scalapay");
    expect((await runScript("check-generated.ts", root)).status).toBe(0);

    const specPath = join(root, "specs", "scalapay.yaml");
    const spec = readFileSync(specPath, "utf8");
    const edited = spec.replace(
      "description: Order created; redirect the consumer to `checkoutUrl`.",
      "description: An edited description.",
    );
    expect(edited).not.toBe(spec);
    writeFileSync(specPath, edited);
    const stale = await runScript("check-generated.ts", root);
    expect(stale.status).toBe(1);
    expect(stale.output).toContain("packages/scalapay/src/generated/schema.ts");
    expect(stale.output).toContain("pnpm generate");

    expect((await runScript("generate.ts", root)).status).toBe(0);
    expect(readFileSync(join(root, "packages/scalapay/src/generated/schema.ts"), "utf8")).toContain(
      "An edited description.",
    );
    expect((await runScript("check-generated.ts", root)).status).toBe(0);
  });

  it("covers the operation table: a spec edit that changes an operation's facts is drift in operations.ts", async () => {
    const root = copyProvider("drift-operations", "scalapay");
    expect((await runScript("check-generated.ts", root)).status).toBe(0);

    const specPath = join(root, "specs", "scalapay.yaml");
    const spec = readFileSync(specPath, "utf8");
    // updateOrder loses its Idempotency-Key parameter: the types change too, but the table must be named.
    const edited = spec.replace(
      /(operationId: updateOrder[\s\S]*?)\n\s+- \$ref: "#\/components\/parameters\/IdempotencyKey"/,
      "$1",
    );
    expect(edited).not.toBe(spec);
    writeFileSync(specPath, edited);
    const stale = await runScript("check-generated.ts", root);
    expect(stale.status).toBe(1);
    expect(stale.output).toContain("packages/scalapay/src/generated/operations.ts");

    expect((await runScript("generate.ts", root)).status).toBe(0);
    const table = readFileSync(join(root, "packages/scalapay/src/generated/operations.ts"), "utf8");
    expect(table).toContain('"POST /v2/orders/{token}": {},');
    expect(table).toContain('"POST /v2/orders": { idempotency: "Idempotency-Key" },');
    expect((await runScript("check-generated.ts", root)).status).toBe(0);

    // A deleted table is reported missing.
    rmSync(join(root, "packages/scalapay/src/generated/operations.ts"));
    const missing = await runScript("check-generated.ts", root);
    expect(missing.status).toBe(1);
    expect(missing.output).toContain("packages/scalapay/src/generated/operations.ts (missing)");
  });

  it("generated files start with a header naming the command, and generation is deterministic", async () => {
    const generated = readFileSync(join(repositoryRoot, "packages/scalapay/src/generated/schema.ts"), "utf8");
    expect(generated.split("\n")[0]).toBe("// This file is generated: do not edit it by hand.");
    expect(generated.split("\n")[1]).toContain("pnpm generate");
    const root = temporaryDirectory("determinism");
    cpSync(join(repositoryRoot, "specs", "scalapay.yaml"), join(root, "specs", "scalapay.yaml"));
    cpSync(
      join(repositoryRoot, "packages", "scalapay", "package.json"),
      join(root, "packages", "scalapay", "package.json"),
    );
    expect((await runScript("generate.ts", root)).status).toBe(0);
    expect(readFileSync(join(root, "packages/scalapay/src/generated/schema.ts"), "utf8")).toBe(generated);
  });

  it("reports a spec without a package", async () => {
    const root = temporaryDirectory("orphan");
    cpSync(join(repositoryRoot, "specs", "scalapay.yaml"), join(root, "specs", "orphan.yaml"));
    const result = await runScript("generate.ts", root);
    expect(result.status).toBe(1);
    expect(result.output).toContain("no package at packages/orphan/");
  });
});
