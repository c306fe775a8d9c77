// What keeps `pnpm release:rehearse` from publishing anywhere but a loopback registry. The rehearsal runs the real
// `changeset publish`, which picks each package's registry as follows (first match): the manifest's
// `publishConfig["@scope:registry"]`, the `npm_config_@scope:registry` environment variable,
// `publishConfig.registry`, `npm_config_registry`, else registry.npmjs.org. `pnpm publish` also honours a manifest's
// `publishConfig.registry`. Every one of those that could apply must be loopback.

/** True for http(s) URLs whose host is loopback: 127.0.0.0/8, localhost or [::1]. */
export function isLoopbackUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return false;
  const host = parsed.hostname.toLowerCase();
  if (host === "localhost" || host === "[::1]") return true;
  const octets = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  return octets?.slice(1).every((octet) => Number(octet) <= 255) ?? false;
}

export interface PublishedManifest {
  name: string;
  private?: boolean;
  publishConfig?: Record<string, unknown>;
}

/** Every registry URL a publish of these packages could go to, with the reason, as changesets and pnpm pick them. */
export function publishTargets(
  manifests: PublishedManifest[],
  env: NodeJS.ProcessEnv,
): Array<{ name: string; url: string; source: string }> {
  const targets: Array<{ name: string; url: string; source: string }> = [];
  for (const manifest of manifests.filter((candidate) => !candidate.private)) {
    const scope = manifest.name.startsWith("@") ? manifest.name.split("/")[0] : undefined;
    for (const [key, value] of Object.entries(manifest.publishConfig ?? {})) {
      if (/registry$/i.test(key) && typeof value === "string")
        targets.push({ name: manifest.name, url: value, source: `publishConfig["${key}"]` });
    }
    const scoped = scope ? env[`npm_config_${scope}:registry`] : undefined;
    const chosen = scoped ?? env.npm_config_registry ?? "https://registry.npmjs.org";
    targets.push({
      name: manifest.name,
      url: chosen,
      source: scoped
        ? `npm_config_${scope}:registry`
        : env.npm_config_registry
          ? "npm_config_registry"
          : "npm's default registry",
    });
  }
  return targets;
}

/** The targets that are not loopback, as lines for an error message. */
export function nonLoopbackTargets(targets: Array<{ name: string; url: string; source: string }>): string[] {
  return targets
    .filter(({ url }) => !isLoopbackUrl(url))
    .map(({ name, url, source }) => `${name} would publish to ${url} (${source})`);
}
