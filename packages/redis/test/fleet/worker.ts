// One process of a fleet: a Clik2pay client on a RedisTokenStore (and, when asked, a RedisRequestLimiter), driven by
// its parent test over IPC. Its clock is the wall clock plus an offset the parent moves along with the emulator's.
import { type Logger, PayClientsError } from "@payclients/auth-middleware";
import { createClik2payClient } from "@payclients/clik2pay";
import {
  clik2payFleetLimits,
  RedisRequestLimiter,
  RedisTokenStore,
  type UnavailablePolicy,
} from "../../src/index";
import { type ClientKind, connectRedis } from "../support/clients";

/** What the parent passes in `FLEET_WORKER` (JSON). */
export interface WorkerConfig {
  kind: ClientKind;
  redisUrl: string;
  policy?: UnavailablePolicy;
  leaseMs?: number;
  /** Generous by default: the shared test machine can stall a process for a second, which is not an outage. */
  commandTimeoutMs?: number;
  encryptionKey?: string;
  limiter?: boolean;
  username: string;
  password: string;
  apiKey: string;
  baseUrl: string;
  tokenUrl: string;
  paymentRequestId: string;
}

/** Messages from the parent. */
export type WorkerCommand =
  | { type: "advance"; ms: number }
  | { type: "run"; calls: number; timeoutMs: number }
  | { type: "drive"; forMs: number; concurrency: number }
  | { type: "exit" };

/** One call's outcome as the parent sees it. */
export interface CallOutcome {
  ok: boolean;
  ms: number;
  error?: string;
}

/** Answers to the parent. */
export type WorkerReply =
  | { type: "ready" }
  | { type: "advanced" }
  | { type: "ran"; outcomes: CallOutcome[]; tokenRequests: number; logs: string[] }
  | { type: "drove"; calls: number; failures: string[]; logs: string[] };

const config = JSON.parse(process.env.FLEET_WORKER ?? "{}") as WorkerConfig;
const send = (reply: WorkerReply) => process.send?.(reply);
let offset = 0;
const clock = { now: () => Date.now() + offset };
const logs: string[] = [];
const logger: Logger = Object.fromEntries(
  (["debug", "info", "warn", "error"] as const).map((level) => [
    level,
    (message: string, fields?: Record<string, unknown>) =>
      logs.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`),
  ]),
) as unknown as Logger;

const { client: redis, close } = await connectRedis(config.kind, config.redisUrl);
const tokenStore = new RedisTokenStore({
  redis,
  logger,
  commandTimeoutMs: config.commandTimeoutMs ?? 5_000,
  ...(config.policy ? { onUnavailable: config.policy } : {}),
  ...(config.leaseMs ? { leaseMs: config.leaseMs } : {}),
  ...(config.encryptionKey ? { encryptionKey: config.encryptionKey } : {}),
});
const limiter = config.limiter
  ? new RedisRequestLimiter({ redis, account: `clik2pay:${config.username}`, ...clik2payFleetLimits, logger })
  : false;
const client = createClik2payClient({
  username: config.username,
  password: config.password,
  apiKey: config.apiKey,
  baseUrl: config.baseUrl,
  tokenUrl: config.tokenUrl,
  clock,
  tokenStore,
  limiter,
  logger,
  logLevel: "warn",
});
const params = { path: { paymentRequestId: config.paymentRequestId } };

async function call(timeoutMs: number): Promise<CallOutcome> {
  const started = Date.now();
  try {
    await client.GET("/payment-requests/{paymentRequestId}", { params, timeoutMs });
    return { ok: true, ms: Date.now() - started };
  } catch (error) {
    const name = PayClientsError.isInstance(error) ? (error as Error).name : "non-payclients error";
    return { ok: false, ms: Date.now() - started, error: `${name}: ${(error as Error).message}` };
  }
}

process.on("message", async (command: WorkerCommand) => {
  if (command.type === "advance") {
    offset += command.ms;
    send({ type: "advanced" });
  } else if (command.type === "run") {
    const outcomes = await Promise.all(Array.from({ length: command.calls }, () => call(command.timeoutMs)));
    send({ type: "ran", outcomes, tokenRequests: client.stats.tokenRequests, logs: logs.splice(0) });
  } else if (command.type === "drive") {
    const until = Date.now() + command.forMs;
    let calls = 0;
    const failures: string[] = [];
    await Promise.all(
      Array.from({ length: command.concurrency }, async () => {
        while (Date.now() < until) {
          const outcome = await call(30_000);
          calls += 1;
          if (!outcome.ok) failures.push(outcome.error ?? "");
        }
      }),
    );
    send({ type: "drove", calls, failures, logs: logs.splice(0) });
  } else {
    await tokenStore.close();
    if (limiter) await limiter.close();
    await close();
    process.exit(0);
  }
});
send({ type: "ready" });
