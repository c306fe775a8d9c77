import { definePackageTests } from "../../vitest.shared";

export default definePackageTests("clik2pay");
