import type { Logger } from "probot";

/**
 * SIGTERM or SIGINT stops the server gracefully and exits 0 (1 when stopping
 * failed); a second signal exits at once, for an operator who cannot wait.
 */
export function stopOnSignals(input: {
  stop: () => Promise<void>;
  log: Logger;
  exit: (code: number) => void;
}): void {
  const { log, exit } = input;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      log.warn(`${signal} again: exiting without waiting for the running jobs`);
      exit(1);
      return;
    }
    stopping = true;
    log.info(`${signal} received: finishing the running jobs, then exiting`);
    input.stop().then(
      () => exit(0),
      (error: unknown) => {
        log.error({ err: error }, "Could not stop cleanly");
        exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
