// The one TypeDoc configuration every published package's typedoc.json extends (`pnpm docs`, checked by `pnpm test`):
// zero warnings, every exported symbol documented. Output goes to each package's ignored `api-docs/`.
import { OptionDefaults } from "typedoc";

/** @type {Partial<import("typedoc").TypeDocOptions>} */
export default {
  excludePrivate: true,
  excludeInternal: true,
  excludeExternals: true,
  treatWarningsAsErrors: true,
  treatValidationWarningsAsErrors: true,
  validation: {
    notExported: true,
    invalidLink: true,
    notDocumented: true,
  },
  readme: "none",
  disableSources: true,
  githubPages: false,
  requiredToBeDocumented: ["Enum", "Variable", "Function", "Class", "Interface", "TypeAlias", "Namespace"],
  // openapi-typescript writes `@description`, `@constant`, `@enum` and `@format` on generated schema members.
  blockTags: [...OptionDefaults.blockTags, "@description", "@constant", "@enum", "@format"],
};
