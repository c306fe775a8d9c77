import { definePackageBuild } from "../../tsup.config.base";

export default definePackageBuild({ index: "src/index.ts" });
