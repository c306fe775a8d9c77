// Which providers a test run covers: shared by the scripts' and the examples' tests, so no imports (the examples
// resolve modules as NodeNext, the scripts as bundlers).
/**
 * The providers a narrowed run tests (`pnpm test --provider <name>` sets `PAYCLIENTS_TEST_PROVIDERS`), or `undefined`
 * when every provider is under test. Checks that span providers outside their packages (the consumer test, README
 * blocks, the runtime matrix) cover only these, so the scaffold test's nested run checks the new provider alone.
 */
export const narrowedProviders: readonly string[] | undefined = process.env.PAYCLIENTS_TEST_PROVIDERS?.split(
  ",",
)
  .map((name) => name.trim())
  .filter(Boolean);

/** Whether a narrowed run leaves out every one of `providers` (a check about them alone is then skipped). */
export function narrowedAway(providers: readonly string[]): boolean {
  return (
    narrowedProviders !== undefined && !providers.some((provider) => narrowedProviders?.includes(provider))
  );
}
