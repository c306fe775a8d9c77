import { mutationConfig } from "../../stryker.shared.mjs";

/** The provider's own logic: its error decoder and webhook verifier (the rest is configuration). */
export default mutationConfig({ mutate: ["src/errors.ts", "src/webhooks.ts"], minimumScore: 85 });
