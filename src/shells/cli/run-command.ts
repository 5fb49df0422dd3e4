import { join } from "node:path";
import { ConfigSchema, type Config } from "../../core/config/config-schema.js";
import { parseConfigText } from "../../core/config/validate-config.js";
import { parseRequest } from "../../core/capture/parse-request.js";
import { sanitizeText } from "../../core/capture/sanitize-text.js";
import { RequestError } from "../../core/capture/request-error.js";
import type { Model } from "../../core/ports/model.js";
import { reconcile } from "../../core/workflow/reconcile.js";
import { PublishDataSchema, readData } from "../../core/workflow/task-data.js";
import { buildTaskView } from "../../core/workflow/task-view.js";
import { git } from "../../forge/local/git.js";
import { openLocalTask } from "../../forge/local/open-local-task.js";
import { parseRunArgs, type RunArgs } from "./cli-args.js";
import { cliLogger } from "./cli-logger.js";
import { localAnswers } from "./local-answers.js";
import { localCheckpoint } from "./local-checkpoint.js";
import { printNewNotes } from "./print-notes.js";
import { promptRequest } from "./prompt-request.js";
import { readRequestFile } from "./read-request-file.js";
import { selectModel } from "./select-model.js";
import type { Terminal } from "./terminal.js";
import { messageOf } from "../../core/message-of.js";
import { loadTask } from "../../core/workflow/load-task.js";

/** Exit codes: 0 done (published or cancelled), 1 failed, 2 waiting for input the run could not get. */
export interface RunOutcome {
  code: 0 | 1 | 2;
  publishedPath: string | null;
}

/** `sopflow run`: the whole workflow on a local git repository. */
export async function runCommand(
  argv: string[],
  terminal: Terminal,
  now: () => string = () => new Date().toISOString(),
): Promise<RunOutcome> {
  const args = parseRunArgs(argv);
  const repo = args.repo ?? process.cwd();
  const request = args.request
    ? await readRequestFile(args.request)
    : terminal.interactive
      ? await promptRequest(terminal)
      : null;
  if (!request) {
    terminal.print(
      "No request: pass --request <file.md> (see examples/), or run in a terminal to describe the process interactively.",
    );
    return { code: 1, publishedPath: null };
  }
  try {
    parseRequest({
      title: sanitizeText(request.title),
      body: sanitizeText(request.body),
    });
  } catch (error) {
    if (!(error instanceof RequestError)) throw error;
    terminal.print(`The request cannot be captured: ${error.message}`);
    return { code: 1, publishedPath: null };
  }
  const operator = args.reviewer ?? (await gitUser(repo)) ?? "operator";
  const task = await openLocalTask({
    repo,
    request,
    author: operator,
    ...(args.base ? { base: args.base } : {}),
    trigger: "sop",
    now,
  });
  const config = await loadConfig(
    task.store.readFile.bind(task.store),
    task.baseBranch,
  );
  const { model, reason } = selectModel({ config, args });
  terminal.print(
    `${task.resumed ? "Resuming" : "Starting"} task ${task.number} in ${task.store.dir} (docs branch ${task.baseBranch}); model: ${model.identity.provider} (${model.identity.model}) — ${reason}.`,
  );
  return loop({ args, terminal, operator, task, config, model, now });
}

async function loop(input: {
  args: RunArgs;
  terminal: Terminal;
  operator: string;
  task: Awaited<ReturnType<typeof openLocalTask>>;
  config: Config;
  model: Model;
  now: () => string;
}): Promise<RunOutcome> {
  const { args, terminal, task } = input;
  const ctx = {
    forge: task.forge,
    model: input.model,
    config: input.config,
    taskId: task.number,
    log: cliLogger(Boolean(args.verbose)),
    now: input.now,
    progress: (m: string) => terminal.print(`… ${m}`),
  };
  let seen = 0;
  let retried = false;
  for (;;) {
    let result;
    try {
      result = await reconcile(ctx);
    } catch (error) {
      seen = printNewNotes(terminal, await loadTask(task.forge), seen);
      terminal.print(
        `${messageOf(error)}\nNothing was lost: rerun the same command to retry the step.`,
      );
      return { code: 1, publishedPath: null };
    }
    seen = printNewNotes(terminal, await loadTask(task.forge), seen);
    // Rerunning after a failure is the operator's `/sop retry`.
    if (result.state === "failed" && !retried) {
      retried = true;
      await task.forge.addComment({
        author: input.operator,
        body: "/sop retry",
      });
      continue;
    }
    if (
      result.state === "needs info" &&
      (await localAnswers({
        forge: task.forge,
        args,
        terminal,
        operator: input.operator,
      }))
    )
      continue;
    if (
      result.state === "awaiting approval" &&
      (await localCheckpoint({
        forge: task.forge,
        args,
        terminal,
        reviewer: input.operator,
      }))
    )
      continue;
    return report({
      terminal,
      task,
      state: result.state,
      reason: result.reason,
    });
  }
}

async function report(input: {
  terminal: Terminal;
  task: Awaited<ReturnType<typeof openLocalTask>>;
  state: string | null;
  reason: string;
}): Promise<RunOutcome> {
  const { terminal, task, state } = input;
  if (state === "published") {
    const publish = readData(
      PublishDataSchema,
      buildTaskView(await loadTask(task.forge)).latest.publish,
    );
    const path = publish ? join(task.store.dir, publish.path) : null;
    terminal.print(
      `Published: ${path ?? "(unknown path)"} on branch ${task.baseBranch}${publish ? ` at ${publish.mergeSha.slice(0, 7)}` : ""}.`,
    );
    return { code: 0, publishedPath: path };
  }
  if (state === "cancelled") {
    terminal.print("The task is cancelled.");
    return { code: 0, publishedPath: null };
  }
  if (state === "failed") {
    terminal.print(
      "A step failed again (see the note above). Rerun the same command to retry.",
    );
    return { code: 1, publishedPath: null };
  }
  const how =
    state === "needs info"
      ? "Answer the open questions above in a file (one line per number, e.g. `1. Every Monday`) and rerun with --answers <file>, or rerun with --draft to draft with the questions flagged."
      : 'Rerun with --approve to publish, or --request-changes "<feedback>" to redraft.';
  terminal.print(
    `Waiting: ${input.reason}.\n${how} The same command with the same --request resumes this task.`,
  );
  return { code: 2, publishedPath: null };
}

/** The local run has no request budget to keep: unless the file says otherwise, the published SOP carries its approval. */
const LOCAL_DEFAULTS: Partial<Config> = { record_approval_in_file: true };

async function loadConfig(
  read: (ref: string, path: string) => Promise<string | null>,
  base: string,
): Promise<Config> {
  const source = ".github/sopflow.yml";
  const text = await read(base, source);
  return text === null
    ? ConfigSchema.parse(LOCAL_DEFAULTS)
    : parseConfigText({
        text,
        source: `${source} on ${base}`,
        defaults: LOCAL_DEFAULTS,
      });
}

async function gitUser(repo: string): Promise<string | null> {
  const { stdout, code } = await git(["config", "user.name"], {
    cwd: repo,
    okCodes: [1, 128],
  }).catch(() => ({ stdout: "", code: 1 }));
  const name = stdout.trim().replace(/\s+/g, "-");
  return code === 0 && name && name !== "sopflow" ? name : null;
}
