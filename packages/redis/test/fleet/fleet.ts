import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createClik2payClient } from "@payclients/clik2pay";
import { type Clik2payEmulator, createClik2payEmulator } from "@payclients/clik2pay/testing";
import type { WorkerCommand, WorkerConfig, WorkerReply } from "./worker";

const workerPath = fileURLToPath(new URL("./worker.ts", import.meta.url));

/** One child process of the fleet. */
export interface FleetProcess {
  readonly child: ChildProcess;
  /** Sends a command and resolves with the reply of the given type. */
  ask<Type extends WorkerReply["type"]>(
    command: WorkerCommand,
    type: Type,
  ): Promise<Extract<WorkerReply, { type: Type }>>;
  kill(): void;
}

/** Starts a worker process (`node --import tsx`) and waits until it is ready. */
export async function startProcess(config: WorkerConfig): Promise<FleetProcess> {
  const child = fork(workerPath, [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, FLEET_WORKER: JSON.stringify(config) },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const next = <Type extends WorkerReply["type"]>(type: Type) =>
    new Promise<Extract<WorkerReply, { type: Type }>>((resolve, reject) => {
      const onMessage = (reply: WorkerReply) => {
        if (reply.type !== type) return;
        child.off("message", onMessage);
        child.off("exit", onExit);
        resolve(reply as Extract<WorkerReply, { type: Type }>);
      };
      const onExit = (code: number | null) => {
        child.off("message", onMessage);
        reject(new Error(`fleet process exited (${code}) before answering ${type}`));
      };
      child.on("message", onMessage);
      child.once("exit", onExit);
    });
  await next("ready");
  return {
    child,
    ask(command, type) {
      const reply = next(type);
      child.send(command);
      return reply;
    },
    kill() {
      child.kill("SIGKILL");
    },
  };
}

/** The emulator, one payment request to GET, and the config every worker shares. */
export async function startFleetEmulator(
  base: Pick<WorkerConfig, "kind" | "redisUrl">,
): Promise<{ emulator: Clik2payEmulator; config: WorkerConfig }> {
  const emulator = await createClik2payEmulator({ rateLimit: false });
  const { username, password, apiKey, apiUrl: baseUrl, tokenUrl } = emulator;
  const setup = createClik2payClient({ ...emulator.clientOptions, limiter: false });
  const { data } = await setup.POST("/payment-requests", {
    body: {
      type: "ECOMM",
      amount: 10,
      deliveryMode: "EMAIL",
      merchantTransactionId: "fleet-1",
      payer: { name: "Fleet Payer", email: "payer@example.test", mobileNumber: "4165550123" },
    },
  });
  emulator.auth.clearJournal();
  emulator.api.clearJournal();
  return {
    emulator,
    config: { ...base, username, password, apiKey, baseUrl, tokenUrl, paymentRequestId: String(data.id) },
  };
}

/** Stops every process still running. */
export async function stopAll(processes: readonly FleetProcess[]): Promise<void> {
  await Promise.all(
    processes.map(async (fleetProcess) => {
      const { child } = fleetProcess;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.send({ type: "exit" } satisfies WorkerCommand);
      const timer = setTimeout(() => fleetProcess.kill(), 3_000);
      await exited;
      clearTimeout(timer);
    }),
  );
}
