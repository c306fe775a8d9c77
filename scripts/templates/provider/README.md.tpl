# @payclients/__name__

Typed __Pascal__ client (scaffolded by `pnpm new-provider __name__`: replace the placeholders in
`specs/__name__.yaml`, then regenerate).

```sh
npm install @payclients/__name__
```

<!-- readme: prelude
declare const clientId: string, clientSecret: string;
-->
```ts
import { create__Pascal__Client } from "@payclients/__name__";

const client = create__Pascal__Client({ clientId, clientSecret, environment: "sandbox" });
const { data } = await client.POST("/payments", { body: { amount: 1999, currency: "EUR" } });
```

## Testing with the emulator

<!-- readme: run -->
```ts
import { create__Pascal__Client } from "@payclients/__name__";
import { create__Pascal__Emulator } from "@payclients/__name__/testing";

await using emulator = await create__Pascal__Emulator();
const client = create__Pascal__Client({ clientId: "test-client", clientSecret: "test-secret", baseUrl: emulator.url });
```

## Unverified

Everything: this package is a scaffold until the spec models the provider's documentation.
