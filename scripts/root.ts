import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// Its own module so that scripts needing only the root (check:changesets, pnpm test) do not load openapi-typescript,
// and with it TypeScript, on every start.
/** Repository root, resolved from this file (or `PAYCLIENTS_ROOT`, which the scripts' own tests use on copies). */
export const repositoryRoot =
  process.env.PAYCLIENTS_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), "..");
