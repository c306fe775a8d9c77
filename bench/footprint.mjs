// One client library in a fresh process (plain JavaScript, no tsx, so start-up is the library's own), run by
// bench/peers.ts:
//   node footprint.mjs cold <client> <port>   prints ms from process start to the first response (import included)
//   node --expose-gc footprint.mjs heap <client> <port>   prints bytes retained per client (200 clients, after GC)
const [mode, name, port] = process.argv.slice(2);
const baseUrl = `http://127.0.0.1:${port}`;
const params = { path: { token: "ORDER-TOKEN" } };

/** Imports a library and returns a factory of clients; each client's `call` makes the bench's one GET. */
async function factoryOf(client) {
  switch (client) {
    case "fetch":
      return () => ({ call: async () => (await fetch(`${baseUrl}/v2/payments/ORDER-TOKEN`)).json() });
    case "openapi-fetch": {
      const { default: createClient } = await import("openapi-fetch");
      return () => {
        const plain = createClient({ baseUrl });
        return { call: () => plain.GET("/v2/payments/{token}", { params }) };
      };
    }
    case "payclients": {
      const { createScalapayClient } = await import("@payclients/scalapay");
      return () => {
        const payclients = createScalapayClient({ apiKey: "qhtfs87hjnc12kkos", baseUrl });
        return { call: () => payclients.GET("/v2/payments/{token}", { params }) };
      };
    }
    case "payclients-node": {
      const { createScalapayClient } = await import("@payclients/scalapay");
      const { nodeFetch } = await import("@payclients/auth-middleware/node");
      return () => {
        const payclients = createScalapayClient({ apiKey: "qhtfs87hjnc12kkos", baseUrl, fetch: nodeFetch() });
        return { call: () => payclients.GET("/v2/payments/{token}", { params }) };
      };
    }
    case "stripe":
    case "stripe-fetch": {
      const { default: Stripe } = await import("stripe");
      return () => {
        const stripe = new Stripe("sk_test_qhtfs87hjnc12kkos", {
          host: "127.0.0.1",
          port: Number(port),
          protocol: "http",
          ...(client === "stripe-fetch" ? { httpClient: Stripe.createFetchHttpClient() } : {}),
        });
        return { call: () => stripe.paymentIntents.retrieve("ORDER-TOKEN") };
      };
    }
    case "openai": {
      const { default: OpenAI } = await import("openai");
      return () => {
        const openai = new OpenAI({ apiKey: "sk-qhtfs87hjnc12kkos", baseURL: `${baseUrl}/v1` });
        return { call: () => openai.models.retrieve("ORDER-TOKEN") };
      };
    }
    default:
      throw new Error(`unknown client ${client}`);
  }
}

const create = await factoryOf(name);
if (mode === "cold") {
  await create().call();
  console.log(performance.now().toFixed(1));
} else {
  // One client used once first, so lazily built shared state (agents, caches) is not counted per client.
  await create().call();
  const clients = [];
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  for (let index = 0; index < 200; index += 1) clients.push(create());
  globalThis.gc();
  console.log(Math.round((process.memoryUsage().heapUsed - before) / clients.length));
}
process.exit(0);
