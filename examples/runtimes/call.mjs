// One call through each provider's main entry, in whichever runtime runs this file (Node, Bun or Deno): plain
// JavaScript with no `node:` import, reading its one argument the way each runtime offers it. The argument is the
// JSON `{ <provider>: { options, id } }` (client options and an id to read, from the emulators the test started);
// the answer, on stdout, is one JSON line `{ <provider>: { status } | { error, status, apiError } }`.
const argument = globalThis.Deno ? globalThis.Deno.args[0] : globalThis.process.argv[2];
const targets = JSON.parse(argument);

/** How each provider's client is made and which GET it sends (a list where the API has one, else one record). */
const calls = {
  scalapay: async ({ options, id }) => {
    const { createScalapayClient } = await import("@payclients/scalapay");
    return createScalapayClient(options).GET("/v2/payments/{token}", { params: { path: { token: id } } });
  },
  sqala: async ({ options }) => {
    const { createSqalaClient } = await import("@payclients/sqala");
    return createSqalaClient(options).GET("/recipients");
  },
  clik2pay: async ({ options, id }) => {
    const { createClik2payClient } = await import("@payclients/clik2pay");
    return createClik2payClient(options).GET("/payment-requests/{paymentRequestId}", {
      params: { path: { paymentRequestId: id } },
    });
  },
  qolo: async ({ options }) => {
    const { createQoloClient } = await import("@payclients/qolo");
    return createQoloClient(options).GET("/api/v1/notifications");
  },
  vaiipay: async ({ options, id }) => {
    const { createVaiiPayClient } = await import("@payclients/vaiipay");
    return createVaiiPayClient(options).GET("/api/payment/{paymentId}", {
      params: { path: { paymentId: id } },
    });
  },
};

const { ApiError } = await import("@payclients/auth-middleware/errors");
const results = {};
for (const [provider, target] of Object.entries(targets)) {
  try {
    const { response } = await calls[provider](target);
    results[provider] = { status: response.status };
  } catch (error) {
    results[provider] = { error: error?.name, status: error?.status, apiError: ApiError.isInstance(error) };
  }
}
console.log(JSON.stringify(results));
