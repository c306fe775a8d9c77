/** What one misuse of a webhook verifier rejected with. */
export interface WebhookMisuseOutcome {
  /** The misuse, e.g. "a parsed object as payload". */
  label: string;
  /** The rejection's `name` ("ConfigurationError" expected), or "resolved". */
  name: string;
  message: string;
  /** What the message must match: the provider's prefix and the raw-body (or headers) hint. */
  expected: RegExp;
}

/**
 * Calls a provider's webhook verifier with each misuse a framework invites — an already-parsed body (the
 * `express.json()` mistake), a number, no body, and (with `headers`) no headers — starting from otherwise valid
 * options, and reports how each call ended, for the provider's test to assert on.
 */
export async function webhookMisuse(
  provider: string,
  verify: (options: never) => Promise<unknown>,
  options: Record<string, unknown>,
  { headers = true }: { headers?: boolean } = {},
): Promise<WebhookMisuseOutcome[]> {
  const prefix = `^${provider} webhook: `;
  const rawBody = (got: string) => new RegExp(`${prefix}.*raw request body.*got ${got}.*express\\.raw`);
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ["a parsed object as payload", { payload: { id: "evt_1" } }, rawBody("a parsed object")],
    ["a number as payload", { payload: 42 }, rawBody("a number")],
    ["no payload", { payload: undefined }, rawBody("undefined")],
  ];
  if (headers)
    cases.push(["no headers", { headers: undefined }, new RegExp(`${prefix}headers .*got undefined`)]);
  const outcomes: WebhookMisuseOutcome[] = [];
  for (const [label, change, expected] of cases) {
    const outcome = await verify({ ...options, ...change } as never).then(
      () => ({ name: "resolved", message: "" }),
      (error: unknown) => ({ name: (error as Error)?.name, message: (error as Error)?.message }),
    );
    outcomes.push({ label, ...outcome, expected });
  }
  return outcomes;
}
