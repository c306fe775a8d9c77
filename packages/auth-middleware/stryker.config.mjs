import { mutationConfig } from "../../stryker.shared.mjs";

/**
 * Every runtime file of the shared core; index.ts only re-exports. The target is 90 % (issue 21); the gate holds the
 * last measurement (88.5 %) until the survivors listed in the issue-21 report are killed: raise it then.
 */
export default mutationConfig({ mutate: ["src/**/*.ts", "!src/index.ts"], minimumScore: 88 });
