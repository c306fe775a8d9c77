{
  "$schema": "https://typedoc.org/schema.json",
  "extends": ["../../typedoc.base.mjs"],
  "out": "api-docs",
  "entryPoints": ["src/index.ts", "src/testing/index.ts"],
  "intentionallyNotExported": ["operationTable"]
}
