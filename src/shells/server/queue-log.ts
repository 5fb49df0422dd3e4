import type { Logger } from "probot";
import type { QueueLog } from "../app/queue/task-queue.js";

/**
 * The queues' log lines through Probot's logger, under the field names the
 * app's handler uses (`delivery`, `task`), so one query finds every line of a
 * delivery or a task: the webhook's, the queue's and the work's.
 */
export function queueLogOf(log: Logger): QueueLog {
  const write =
    (level: "info" | "warn" | "error") => (fields: object, message: string) =>
      log[level](renamed(fields), message);
  return { info: write("info"), warn: write("warn"), error: write("error") };
}

function renamed(fields: object): object {
  const { deliveryId, taskKey, ...rest } = fields as {
    deliveryId?: unknown;
    taskKey?: unknown;
  };
  return {
    ...(deliveryId === undefined ? {} : { delivery: deliveryId }),
    ...(taskKey === undefined ? {} : { task: taskKey }),
    ...rest,
  };
}
