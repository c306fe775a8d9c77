import { definePackageBuild } from "../../tsup.config.base";

export default definePackageBuild({ index: "src/index.ts", cli: "src/cli.ts" }, { platform: "node" });
