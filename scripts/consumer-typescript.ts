// The settings a consumer project type-checks the installed packages with: strict, library types checked
// (`skipLibCheck: false`), DOM and Node types present. The consumer test varies the module settings on top of them;
// the release rehearsal uses Node16. Both read them here, so they check what a user's strict project would.

/** The compiler options every consumer type-check starts from (module settings are the caller's). */
export const strictConsumerCompilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  target: "ES2022",
  lib: ["ES2023", "DOM"],
  types: ["node"],
} as const;
