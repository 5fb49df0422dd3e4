import { join } from "node:path";
import { ConfigSchema, type Config } from "../../core/config/config-schema.js";
import { parseConfigText } from "../../core/config/validate-config.js";
import { parseRequest } from "../../core/capture/parse-request.js";
import { sanitizeText } from "../../core/capture/sanitize-text.js";
import { RequestError } from "../../core/capture/request-error.js";
import { listNotes } from "../../core/notes/list-notes.js";
import type { Model } from "../../core/ports/model.js";
import { reconcile } from "../../core/workflow/reconcile.js";
import { PublishDataSchema, readData } from "../../core/workflow/task-data.js";
import { buildTaskView } from "../../core/workflow/task-view.js";
import { git } from "../../forge/local/git.js";
import { openLocalTask } from "../../forge/local/open-local-task.js";
import { assertEnglish } from "../../core/capture/free-text/english-only.js";
import { parseRunArgs, type RunArgs } from "./cli-args.js";
import { cliLogger } from "./cli-logger.js";
import { localAnswers } from "./local-answers.js";
import { localCheckpoint } from "./local-checkpoint.js";
import { localWords } from "./local-words.js";
import { printNewNotes } from "./print-notes.js";
import { promptRequest } from "./prompt-request.js";
import { readRequestFile } from "./read-request-file.js";
import { selectModel } from "./select-model.js";
import type { Terminal } from "./terminal.js";
import { messageOf } from "../../core/message-of.js";
import { loadTask } from "../../core/workflow/load-task.js";
import { USAGE } from "./usage-text.js";
import { UsageError } from "./usage-error.js";

/** Exit codes: 0 done (published or cancelled), 1 failed or wrong usage, 2 waiting for input the run could not get. */
export interface RunOutcome {
  code: 0 | 1 | 2;
  publishedPath: string | null;
}

type LocalTask = Awaited<ReturnType<typeof openLocalTask>>;

/** `sopflow run`: the whole workflow on a local git repository. */
export async function runCommand(
  argv: string[],
  terminal: Terminal,
  now: () => string = () => new Date().toISOString(),
  /** A request made by another command (`sopflow revise`): no request file, not a new process to capture. */
  given?: { title: string; body: string; command: string },
): Promise<RunOutcome> {
  try {
    return await run(argv, terminal, now, given);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    terminal.print(`sopflow ${given?.command ?? "run"}: ${error.message}`);
    return { code: 1, publishedPath: null };
  }
}

async function run(
  argv: string[],
  terminal: Terminal,
  now: () => string,
  given?: { title: string; body: string },
): Promise<RunOutcome> {
  const args = parseRunArgs(argv);
  if (args.help) {
    terminal.print(USAGE);
    return { code: 0, publishedPath: null };
  }
  const repo = args.repo ?? process.cwd();
  const number = taskNumber(args);
  const request = given
    ? { title: given.title, body: given.body }
    : args.request
      ? await readRequestFile(args.request)
      : number === null && terminal.interactive
        ? await promptRequest(terminal)
        : null;
  if (number === null && !request)
    throw new UsageError(
      "no request: pass --request <file.md> (see examples/), --task <n> to resume a task (`sopflow status` lists them), or run in a terminal to describe the process interactively.",
    );
  if (request && !given) {
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
  }
  const operator = args.reviewer ?? (await gitUser(repo)) ?? "operator";
  const task = await openLocalTask({
    repo,
    request: number !== null || !request ? { number: number ?? 0 } : request,
    author: operator,
    ...(args.base ? { base: args.base } : {}),
    trigger: "sop",
    now,
  });
  // `--task n --request file`: the local twin of editing the issue; the next step merges the change into the draft.
  if (number !== null && request && (await task.forge.editRequest(request)))
    terminal.print(
      `The request of task ${task.number} changed: capturing it again.`,
    );
  const config = await loadConfig(
    task.store.readFile.bind(task.store),
    task.baseBranch,
  );
  const { model, reason } = selectModel({ config, args });
  terminal.print(
    `${task.resumed ? "Resuming" : "Starting"} task ${task.number} in ${task.store.dir} (docs branch ${task.baseBranch}); model: ${model.identity.provider} (${model.identity.model}) — ${reason}.`,
  );
  const snapshot = await loadTask(task.forge);
  if (model.identity.provider === "offline") {
    try {
      assertEnglish({ title: snapshot.title, body: snapshot.body });
    } catch (error) {
      if (!(error instanceof RequestError)) throw error;
      terminal.print(
        `${error.message}\nNothing was captured; task ${task.number} waits: \`sopflow run --task ${task.number} --provider …\` resumes it with a model.`,
      );
      return { code: 1, publishedPath: null };
    }
  }
  return loop({ args, terminal, operator, task, config, model, now });
}

function taskNumber(args: RunArgs): number | null {
  if (args.task === undefined) return null;
  const number = Number(args.task);
  if (!Number.isInteger(number) || number < 1)
    throw new UsageError(
      `Unexpected --task ${args.task}, expected a task number such as 1 (\`sopflow status\` lists them)`,
    );
  return number;
}

async function loop(input: {
  args: RunArgs;
  terminal: Terminal;
  operator: string;
  task: LocalTask;
  config: Config;
  model: Model;
  now: () => string;
}): Promise<RunOutcome> {
  const { args, terminal, task } = input;
  const verbose = Boolean(args.verbose);
  const ctx = {
    forge: task.forge,
    model: input.model,
    config: input.config,
    taskId: task.number,
    log: cliLogger(verbose),
    now: input.now,
    progress: (m: string) => terminal.print(`… ${m}`),
  };
  // What earlier runs printed is not printed again: a rerun shows only what it does.
  const atStart = listNotes((await loadTask(task.forge)).comments);
  let seen = atStart.length;
  const print = async () =>
    (seen = printNewNotes({
      terminal,
      snapshot: await loadTask(task.forge),
      seen,
      verbose,
      dir: task.store.dir,
    }));
  if (args.cancel) await cancelOnce(task, input.operator);
  let retried = false;
  for (;;) {
    let result;
    try {
      result = await reconcile(ctx);
    } catch (error) {
      await print();
      terminal.print(
        `${messageOf(error)}\nNothing was lost: rerun the same command to retry the step.`,
      );
      return { code: 1, publishedPath: null };
    }
    await print();
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
        shownDraft: Math.max(
          0,
          ...atStart
            .filter((n) => n.header.step === "draft")
            .map((n) => n.header.revision),
        ),
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

/** `--cancel`: the operator's `/sop cancel`, said once per task. */
async function cancelOnce(task: LocalTask, operator: string): Promise<void> {
  const view = buildTaskView(await loadTask(task.forge));
  if (view.cancelled || view.commands.some((c) => c.command.name === "cancel"))
    return;
  await task.forge.addComment({ author: operator, body: "/sop cancel" });
}

async function report(input: {
  terminal: Terminal;
  task: LocalTask;
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
      : 'Read the draft, then rerun with --approve to publish it, or --request-changes "<feedback>" to redraft.';
  terminal.print(
    `Waiting: ${localWords(input.reason)}.\n${how}\nResume with \`sopflow run --task ${task.number}\` and those flags (\`sopflow status\` lists the tasks).`,
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
