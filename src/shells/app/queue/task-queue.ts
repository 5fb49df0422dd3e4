/** One webhook delivery, queued for the task (issue) it concerns. */
export interface TaskJob {
  deliveryId: string;
  /** The task the event belongs to, e.g. "owner/repo#12": its events run one at a time, in order. */
  taskKey: string;
  name: string;
  payload: unknown;
  receivedAt: number;
}

export type TaskHandler = (job: TaskJob) => Promise<void>;

export interface TaskQueue {
  enqueue(job: TaskJob): Promise<void>;
  start(handler: TaskHandler): void;
  /** Graceful: stop taking new jobs, finish the running ones. */
  close(): Promise<void>;
}

/** A job whose handler failed on every attempt, kept for inspection. */
export interface FailedTaskJob {
  job: TaskJob;
  error: string;
  attempts: number;
  failedAt: number;
}

/** The slice of Probot's (pino) logger the queues use. */
export interface QueueLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}
