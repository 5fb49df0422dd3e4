import { listNotes } from "../../../src/core/notes/list-notes.js";
import {
  DraftDataSchema,
  readData,
} from "../../../src/core/workflow/task-data.js";
import { startChatServer, type ChatServer } from "../../support/chat-server.js";
import type { GitHubDouble } from "../../support/github-double/github-double.js";
import type { RestCall } from "../../support/github-double/http/rest-pipeline.js";
import { createAppRun } from "./app-run.js";
import type { InjectionCase } from "./injection-case.js";
import {
  lifecycleEvents,
  PULL,
  TASK,
  type ModelKind,
} from "./injection-lifecycle.js";
import { CANARY_KEY, modelScript } from "./injection-model.js";
import { touchedByWrites, writeTrace } from "./write-trace.js";
import type { SentRequest } from "./tapped-probot.js";

/** What one lifecycle left behind, for comparing a hostile run with the benign run of the same shape. */
export interface LifecycleRecord {
  /** Per event: the writes' method and route template. */
  traces: string[][];
  /** Per event: the handler's error message, or "" when it threw none. */
  errors: string[];
  /** The notes the app trusts at the end, "step:revision". */
  notes: string[];
  writes: RestCall[];
  /** Indexes of the events during which a merge was requested. */
  mergeEvents: number[];
  files: string[];
  refs: string[];
  /** The SOP path and branch the task's draft note records. */
  draft: { path: string; branch: string } | null;
  /** Every comment the app posted, and the pull request's body (titles render no mentions or Markdown). */
  appTexts: string[];
  labels: string[];
  requestedReviewers: string[];
  sent: SentRequest[];
  /** Every string the app sent to GitHub, committed file contents decoded. */
  sentStrings: string[];
  /** The messages of every model request, by role. */
  prompts: { role: string; content: string }[][];
  violations: string[];
}

function stringsIn(value: unknown, into: string[]): string[] {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, into));
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "content" && typeof child === "string")
        into.push(Buffer.from(child, "base64").toString("utf8"));
      stringsIn(child, into);
    }
  }
  return into;
}

function trustedNotes(double: GitHubDouble) {
  const bot = double.world.app.botLogin;
  const comments = (double.issue(TASK)?.comments ?? []).map((c) => ({
    id: String(c.id),
    author: c.author,
    authorKind: c.author === bot ? ("self" as const) : ("human" as const),
    body: c.body,
    createdAt: c.createdAt,
  }));
  return listNotes(comments);
}

/** Runs one case's lifecycle — its hostile text, or the benign text of the same slot — through the app and the double. */
export async function runInjectionLifecycle(input: {
  entry: InjectionCase;
  model: ModelKind;
  hostile: boolean;
}): Promise<LifecycleRecord> {
  const server: ChatServer | null =
    input.model === "openai"
      ? await startChatServer(modelScript(input.entry, input.hostile))
      : null;
  try {
    const run = await createAppRun(
      server
        ? {
            app: {
              modelFor: undefined,
              env: {
                OPENAI_API_KEY: CANARY_KEY,
                OPENAI_BASE_URL: server.baseURL,
              },
            },
          }
        : {},
    );
    const { double } = run;
    const traces: string[][] = [];
    const errors: string[] = [];
    const mergeEvents: number[] = [];
    for (const [index, event] of lifecycleEvents(input).entries()) {
      const delivery = await run.deliver(event(double));
      traces.push(writeTrace(delivery.writes));
      errors.push(
        delivery.error === null
          ? ""
          : String(
              delivery.error instanceof Error
                ? delivery.error.message
                : delivery.error,
            ),
      );
      if (delivery.writes.some((w) => w.operationId === "pulls/merge"))
        mergeEvents.push(index);
    }
    const writes = double.writes();
    const notes = trustedNotes(double);
    const draft = readData(
      DraftDataSchema,
      notes.findLast((n) => n.header.step === "draft"),
    );
    const pull = double.issue(PULL);
    const bot = double.world.app.botLogin;
    return {
      traces,
      errors,
      notes: notes.map((n) => `${n.header.step}:${n.header.revision}`),
      writes,
      mergeEvents,
      ...touchedByWrites(writes),
      draft: draft && { path: draft.path, branch: draft.branch },
      appTexts: [
        ...(double.issue(TASK)?.comments ?? [])
          .filter((c) => c.author === bot)
          .map((c) => c.body),
        ...(pull?.pull ? [pull.body ?? ""] : []),
      ],
      labels: double.issue(TASK)?.labels ?? [],
      requestedReviewers: pull?.pull?.requestedReviewers ?? [],
      sent: run.sent,
      sentStrings: run.sent.flatMap((r) =>
        stringsIn(r.body ? JSON.parse(r.body) : null, []),
      ),
      prompts: (server?.requests ?? []).map(
        (r) =>
          (r.body as { messages: { role: string; content: string }[] })
            .messages,
      ),
      violations: double.violations.map((v) => v.message),
    };
  } finally {
    await server?.close();
  }
}
