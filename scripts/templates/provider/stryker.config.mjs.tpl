import { mutationConfig } from "../../stryker.shared.mjs";

/**
 * The provider's own logic: its error decoder and webhook verifier (the rest is configuration). The first
 * `pnpm test:mutation --package __name__` writes `stryker-incremental.json`: commit it, so CI re-tests only what changed.
 */
export default mutationConfig({ mutate: ["src/errors.ts", "src/webhooks.ts"], minimumScore: 85 });
