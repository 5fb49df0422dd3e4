import { fork } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(
  new URL("../fixtures/redis-worker.ts", import.meta.url),
);

/** Forks a queue worker process (TypeScript run through tsx) and resolves once it is listening. */
export async function forkWorker(
  env: Record<string, string>,
): Promise<ChildProcess> {
  const child = fork(script, {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) =>
      reject(
        new Error(
          `Unexpected exit of the worker process (code ${code}), expected it to start`,
        ),
      ),
    );
  });
  return child;
}

/** Asks a worker to close gracefully and resolves with its exit code. */
export async function closeWorker(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  child.send("close");
  return exited;
}
