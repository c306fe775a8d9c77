// One call through each provider's main entry, in whichever runtime runs this file (Node, Bun or Deno): plain
// JavaScript with no `node:` import, reading its one argument the way each runtime offers it. The argument is the
// JSON `{ <provider>: { options, id } }` (client options and an id to read, from the emulators the test started);
// the answer, on stdout, is one JSON line `{ <provider>: { status } | { error, status, apiError } }`.
const argument = globalThis.Deno ? globalThis.Deno.args[0] : globalThis.process.argv[2];
const targets = JSON.parse(argument);

/**
 * Each provider's entry, factory and GET (a list where the API has one, else one record, whose path parameters the
 * last element builds from the target's id).
 */
const calls = {
  scalapay: ["@payclients/scalapay", "createScalapayClient", "/v2/payments/{token}", (id) => ({ token: id })],
  sqala: ["@payclients/sqala", "createSqalaClient", "/recipients"],
  clik2pay: [
    "@payclients/clik2pay",
    "createClik2payClient",
    "/payment-requests/{paymentRequestId}",
    (id) => ({ paymentRequestId: id }),
  ],
  qolo: ["@payclients/qolo", "createQoloClient", "/api/v1/notifications"],
  vaiipay: [
    "@payclients/vaiipay",
    "createVaiiPayClient",
    "/api/payment/{paymentId}",
    (id) => ({ paymentId: id }),
  ],
};

const { ApiError } = await import("@payclients/auth-middleware/errors");
const results = {};
for (const [provider, target] of Object.entries(targets)) {
  try {
    const [entry, factory, path, pathParameters] = calls[provider];
    const client = (await import(entry))[factory](target.options);
    const init = pathParameters ? { params: { path: pathParameters(target.id) } } : {};
    const { response } = await client.GET(path, init);
    results[provider] = { status: response.status };
  } catch (error) {
    results[provider] = { error: error?.name, status: error?.status, apiError: ApiError.isInstance(error) };
  }
}
console.log(JSON.stringify(results));
