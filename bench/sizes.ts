// Bundle size: minified + gzipped runtime entries, bundled with esbuild the way an application bundler would.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Minified and gzipped byte counts of one bundle. */
export interface BundleSize {
  name: string;
  minified: number;
  gzipped: number;
}

async function measure(name: string, contents: string, external: string[]): Promise<BundleSize> {
  const result = await build({
    stdin: { contents, resolveDir: join(root, "bench"), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
    external,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { name, minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

/** Provider packages (those with a spec) in the workspace. */
export function providerNames(): string[] {
  return readdirSync(join(root, "specs"))
    .filter((file) => file.endsWith(".yaml"))
    .map((file) => file.slice(0, -5))
    .filter((name) => existsSync(join(root, "packages", name, "dist", "index.js")));
}

/** The first `create…Client` factory a provider's main entry exports (its API client). */
function factoryOf(name: string): string {
  const source = readFileSync(join(root, "packages", name, "src", "index.ts"), "utf8");
  const factory = /\bcreate[A-Za-z0-9]+Client\b/.exec(source)?.[0];
  if (!factory) throw new Error(`bench: packages/${name}/src/index.ts exports no create…Client factory`);
  return factory;
}

/**
 * What a user of one provider downloads: a program that imports the provider's main entry, creates a client and
 * makes one call, bundled with everything it pulls in (openapi-fetch and auth-middleware included), tree-shaken.
 * Options and path come from globals so that the program stays the same for every provider (their bytes are few).
 */
export async function oneCallProgramSize(name: string): Promise<BundleSize> {
  const factory = factoryOf(name);
  const entry = JSON.stringify(join(root, "packages", name, "dist", "index.js"));
  const program = [
    `import { ${factory} } from ${entry};`,
    `const client = ${factory}(globalThis.clientOptions);`,
    "export const answer = await client.GET(globalThis.operationPath);",
  ].join("\n");
  return measure(`@payclients/${name}`, program, []);
}

/**
 * Sizes: openapi-fetch alone; auth-middleware's whole entry alone (openapi-fetch external) and each of its subpath
 * entries; each provider's own
 * code over openapi-fetch and auth-middleware (both external), with the auth-middleware code it uses (openapi-fetch
 * external), and its total with both inlined.
 */
export async function runSizes(): Promise<{
  openapiFetch: BundleSize;
  authMiddleware: BundleSize;
  subpaths: BundleSize[];
  providers: Array<{ own: BundleSize; overOpenapiFetch: BundleSize; total: BundleSize; oneCall: BundleSize }>;
}> {
  const openapiFetch = await measure("openapi-fetch", 'export * from "openapi-fetch";', []);
  const authMiddleware = await measure(
    "@payclients/auth-middleware",
    'export * from "@payclients/auth-middleware";',
    ["openapi-fetch"],
  );
  // The subpath entries are shared code too; reported (not gated) so moving logic there stays visible.
  const subpaths = [];
  for (const entry of ["errors", "webhooks"]) {
    subpaths.push(
      await measure(
        `@payclients/auth-middleware/${entry}`,
        `export * from "@payclients/auth-middleware/${entry}";`,
        ["openapi-fetch"],
      ),
    );
  }
  const providers = [];
  for (const name of providerNames()) {
    // By path, so a provider the bench package does not depend on yet (a fresh scaffold) is measured too.
    const entry = `export * from ${JSON.stringify(join(root, "packages", name, "dist", "index.js"))};`;
    providers.push({
      own: await measure(`@payclients/${name}`, entry, ["openapi-fetch", "@payclients/auth-middleware"]),
      // What a user of this one provider pays over openapi-fetch: its own code plus the shared code it uses.
      overOpenapiFetch: await measure(`@payclients/${name}`, entry, ["openapi-fetch"]),
      total: await measure(`@payclients/${name}`, entry, []),
      oneCall: await oneCallProgramSize(name),
    });
  }
  return { openapiFetch, authMiddleware, subpaths, providers };
}

/**
 * auth-middleware's `.` entry by feature, cumulative: each step bundles the named exports so far, so its increase is
 * what that feature adds once the earlier ones are in. Shows what the 4 kB target would cost in features.
 */
export const authMiddlewareFeatures: ReadonlyArray<readonly [label: string, exports: readonly string[]]> = [
  [
    "the pipeline: createPayClient + staticKey (token cache, retries, timeouts, idempotency, errors it throws)",
    ["createPayClient", "staticKey"],
  ],
  [
    "+ every error class and createApiError",
    [
      "ApiError",
      "AuthenticationError",
      "BadRequestError",
      "ConfigurationError",
      "ConflictError",
      "ConnectionError",
      "createApiError",
      "InternalServerError",
      "NotFoundError",
      "PayClientsError",
      "PermissionDeniedError",
      "RateLimitError",
      "TimeoutError",
      "TokenAcquisitionError",
      "UnprocessableEntityError",
      "WebhookVerificationError",
    ],
  ],
  [
    "+ the exchange strategies (credential, login, OAuth2, callback)",
    ["credentialExchange", "loginExchange", "oauth2ClientCredentials", "tokenCallback", "basicAuthorization"],
  ],
  [
    "+ validateBaseUrl, selectBaseUrl, requireCredential",
    ["validateBaseUrl", "selectBaseUrl", "requireCredential"],
  ],
  ["+ RequestLimiter", ["RequestLimiter"]],
  ["+ listAll", ["listAll"]],
];

/** Cumulative sizes of {@link authMiddlewareFeatures}, bundled from the built entry (openapi-fetch external). */
export async function runFeatureSizes(): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  const names: string[] = [];
  for (const [label, exports] of authMiddlewareFeatures) {
    names.push(...exports);
    sizes.push(
      await measure(label, `export { ${names.join(", ")} } from "@payclients/auth-middleware";`, [
        "openapi-fetch",
      ]),
    );
  }
  return sizes;
}

/** Package version, for the results header. */
export function versionOf(packageName: string): string {
  const path = join(root, "packages", packageName.replace("@payclients/", ""), "package.json");
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as { version: string }).version : "";
}
