{
  "$schema": "https://turbo.build/schema.json",
  "extends": ["//"],
  "tasks": {
    "generate": {
      "inputs": [
        "$TURBO_ROOT$/specs/__name__.yaml",
        "$TURBO_ROOT$/scripts/generate.ts",
        "$TURBO_ROOT$/scripts/generation.ts",
        "$TURBO_ROOT$/scripts/operation-table.ts",
        "$TURBO_ROOT$/scripts/root.ts"
      ],
      "outputs": ["src/generated/**"]
    }
  }
}
