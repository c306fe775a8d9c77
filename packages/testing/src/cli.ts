#!/usr/bin/env node
// `payclients-emulator <provider> [--port <n>] [--admin-port <n>] [--json]`: runs the emulator of an installed
// `@payclients/<provider>` package as a server, until SIGINT or SIGTERM. The provider is resolved from the current
// directory's project, so the bin works from any project that installed the provider and this kit.
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { type StandaloneEmulatorFactory, startAdminServer } from "./standalone";

const usage = "usage: payclients-emulator <provider> [--port <n>] [--admin-port <n>] [--json]";

function fail(message: string): never {
  console.error(`payclients-emulator: ${message}\n${usage}`);
  process.exit(2);
}

function portOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    fail(`--${name} must be a port number, got "${value}"`);
  return port;
}

async function loadFactory(provider: string): Promise<StandaloneEmulatorFactory> {
  if (!/^[a-z][a-z0-9-]*$/.test(provider)) fail(`"${provider}" is not a provider name`);
  const specifier = `@payclients/${provider}/testing`;
  let resolved: string;
  try {
    resolved = createRequire(join(process.cwd(), "package.json")).resolve(specifier);
  } catch {
    fail(`cannot find ${specifier} from ${process.cwd()}; install @payclients/${provider} in this project`);
  }
  const loaded = (await import(pathToFileURL(resolved).href)) as {
    startStandaloneEmulator?: StandaloneEmulatorFactory;
    default?: { startStandaloneEmulator?: StandaloneEmulatorFactory };
  };
  const factory = loaded.startStandaloneEmulator ?? loaded.default?.startStandaloneEmulator;
  if (typeof factory !== "function") fail(`${specifier} exports no startStandaloneEmulator`);
  return factory;
}

async function main(): Promise<void> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { port: { type: "string" }, "admin-port": { type: "string" }, json: { type: "boolean" } },
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const { positionals, values } = parsed;
  const [provider, ...extra] = positionals;
  if (!provider || extra.length > 0) fail("name exactly one provider");
  const factory = await loadFactory(provider);
  const emulator = await factory({ port: portOption(values.port as string | undefined, "port") });
  const admin = await startAdminServer(
    emulator,
    portOption(values["admin-port"] as string | undefined, "admin-port"),
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    await admin.close();
    await emulator.close();
    console.log(`payclients-emulator: ${provider} stopped (${signal})`);
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  const ready = { provider, urls: emulator.urls, admin: admin.url, credentials: emulator.credentials };
  if (values.json) {
    console.log(JSON.stringify(ready));
    return;
  }
  console.log(`payclients-emulator: ${provider} emulator ready (test credentials only; Ctrl-C stops it)`);
  for (const [name, url] of Object.entries(emulator.urls)) console.log(`  ${name} url: ${url}`);
  console.log(`  admin url: ${admin.url}`);
  for (const [name, value] of Object.entries(emulator.credentials)) console.log(`  ${name}: ${value}`);
}

main().catch((error: unknown) => {
  console.error(`payclients-emulator: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
