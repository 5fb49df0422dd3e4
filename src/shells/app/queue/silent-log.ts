import type { QueueLog } from "./task-queue.js";

const ignore = (): void => undefined;

/** The default log of the queues: callers that want logs pass Probot's. */
export const silentLog: QueueLog = {
  info: ignore,
  warn: ignore,
  error: ignore,
};
