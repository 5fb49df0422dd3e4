import { afterEach, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { listNotes, type ListedNote } from "../../src/core/notes/list-notes.js";
import { DraftDataSchema } from "../../src/core/workflow/task-data.js";
import { GitStore } from "../../src/forge/local/git-store.js";
import { LocalForge } from "../../src/forge/local/local-forge.js";
import { runCommand } from "../../src/shells/cli/run-command.js";
import { loadModelFixture } from "../model/model-fixtures.js";
import { captureTerminal } from "../support/capture-terminal.js";
import {
  startChatServer,
  type ChatServer,
  type ScriptedResponse,
} from "../support/chat-server.js";
import { setModelEnv } from "../support/model-env.js";
import {
  exchangesOf,
  loadLifecycle,
  repoPath,
  scriptOf,
} from "../support/model-lifecycle.js";
import { tempGitRepo } from "../support/temp-git-repo.js";
import { loadTask } from "../../src/core/workflow/load-task.js";

const lifecycle = loadLifecycle("customer-onboarding");
const capture = scriptOf(exchangesOf(lifecycle, { step: "capture" }));
const draft = scriptOf(exchangesOf(lifecycle, { step: "draft", revision: 1 }));
const walkthrough = scriptOf(
  exchangesOf(lifecycle, { step: "walkthrough", revision: 1 }),
);
// Short limits so a hanging endpoint fails the step in two seconds instead of five minutes.
const CONFIG = "model:\n  timeout_seconds: 1\n  step_deadline_seconds: 2\n";

let cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

/** A docs repository with the short model limits committed on main, and the task's command line. */
function docsRepo() {
  const repo = tempGitRepo();
  cleanups.push(repo.cleanup);
  mkdirSync(join(repo.dir, ".github"));
  writeFileSync(join(repo.dir, ".github/sopflow.yml"), CONFIG);
  repo.git("add", ".github/sopflow.yml");
  repo.git("commit", "--quiet", "-m", "sopflow config");
  const forge = new LocalForge(new GitStore(repo.dir), {
    task: 1,
    baseBranch: "main",
    now: () => new Date().toISOString(),
    trigger: "sop",
  });
  const args = [
    "--repo",
    repo.dir,
    "--request",
    repoPath(lifecycle.request),
    "--reviewer",
    "lead",
  ];
  return {
    repo,
    forge,
    args,
    notes: async (): Promise<ListedNote[]> =>
      listNotes((await loadTask(forge)).comments),
  };
}

/** The endpoint the next run talks to, through OPENAI_API_KEY and OPENAI_BASE_URL. */
async function endpoint(script: ScriptedResponse[]): Promise<ChatServer> {
  const server = await startChatServer(script);
  cleanups.push(
    () => server.close(),
    setModelEnv({ apiKey: "test-key", baseURL: server.baseURL }),
  );
  return server;
}

function schemaName(request: ChatServer["requests"][number]): string {
  return (
    request.body as { response_format: { json_schema: { name: string } } }
  ).response_format.json_schema.name;
}

function sopBranches(repo: ReturnType<typeof docsRepo>["repo"]): string[] {
  return repo
    .git(
      "for-each-ref",
      "--format=%(refname:short) %(objectname)",
      "refs/heads/sopflow/1-*",
    )
    .trim()
    .split("\n")
    .filter(Boolean);
}

/** A run that fails: exit code 1, the failure printed, and how to retry. */
async function expectFailure(args: string[], message: RegExp): Promise<void> {
  const terminal = captureTerminal();
  const outcome = await runCommand(args, terminal);
  expect(outcome.code).toBe(1);
  expect(terminal.output()).toMatch(
    new RegExp(message.source.replace(/^\^/, ""), "m"),
  );
  expect(terminal.output()).toMatch(/rerun the same command to retry/);
}

/** After a failure: the same command again (the rerun is the operator's `/sop retry`), plus approval, against an endpoint that answers. */
async function retryAndPublish(
  task: ReturnType<typeof docsRepo>,
  script: ScriptedResponse[],
): Promise<ChatServer> {
  const server = await endpoint(script);
  const terminal = captureTerminal();
  const outcome = await runCommand(
    [...task.args, "--approve", "--yes"],
    terminal,
  );
  expect(outcome.code, terminal.output()).toBe(0);
  expect(server.pending()).toBe(0);
  expect(
    task.repo.git(
      "show",
      `main:${outcome.publishedPath!.slice(task.repo.dir.length + 1)}`,
    ),
  ).toContain("Post the customer's name in #wins");
  return server;
}

describe("a model failure in the local run", () => {
  it("a draft call that hangs past the timeout and the deadline ends in an error note; a retry resumes and publishes", async () => {
    const task = docsRepo();
    const hanging = await endpoint([...capture, { hang: true, forever: true }]);

    const started = Date.now();
    await expectFailure(
      task.args,
      /^The draft step of task 1 failed: Draft \(openai-compatible gpt-4\.1-mini\): the step did not finish within its deadline of 2 s \(timeout\)/,
    );
    // Bounded by the configured deadline, not the default 90 s timeout and its retries.
    expect(Date.now() - started).toBeLessThan(15_000);
    const [, ...drafts] = hanging.requests.map(schemaName);
    expect(drafts.length).toBeGreaterThanOrEqual(1);
    expect(new Set(drafts)).toEqual(new Set(["sop_draft"]));

    const notes = await task.notes();
    expect(notes.map((n) => `${n.header.step}:${n.header.revision}`)).toEqual([
      "capture:1",
      "error:1",
    ]);
    const error = notes.at(-1)!;
    expect(error.data).toMatchObject({ step: "draft" });
    expect(error.header).toMatchObject({
      provider: "sopflow",
      calls: 0,
      inputs: ["failed:draft"],
    });
    expect(error.body).toMatch(/The draft step did not complete/);
    expect(error.body).toMatch(
      /did not finish within its deadline of 2 s \(timeout\)/,
    );
    expect(error.body).toMatch(/\/sop retry/);
    expect(sopBranches(task.repo)).toEqual([]);

    const answering = await retryAndPublish(task, [...draft, ...walkthrough]);
    expect(answering.requests).toHaveLength(2);
    const after = await task.notes();
    expect(after.map((n) => `${n.header.step}:${n.header.revision}`)).toEqual([
      "capture:1",
      "error:1",
      "draft:1",
      "walkthrough:1",
      "publish:1",
    ]);
  });

  it("a walkthrough refusal ends in an error note and commits nothing on the SOP branch; a retry resumes and publishes", async () => {
    const task = docsRepo();
    await endpoint([...capture, ...draft, ...loadModelFixture("refusal")]);

    await expectFailure(
      task.args,
      /walkthrough step of task 1 failed: Walkthrough \(openai-compatible gpt-4\.1-mini\): the model refused/,
    );

    const notes = await task.notes();
    expect(notes.map((n) => `${n.header.step}:${n.header.revision}`)).toEqual([
      "capture:1",
      "draft:1",
      "error:1",
    ]);
    const error = notes.at(-1)!;
    expect(error.data).toMatchObject({ step: "walkthrough" });
    expect(error.body).toContain(
      "the model refused: I'm sorry, but I can't help with that request. (refusal)",
    );
    expect(error.body).toMatch(
      /Rephrase the request or the comment that led to it, then comment \\?`\/sop retry\\?`/,
    );
    const drafted = DraftDataSchema.parse(notes[1]!.data);
    expect(sopBranches(task.repo)).toEqual([
      `${drafted.branch} ${drafted.commit}`,
    ]);

    const answering = await retryAndPublish(task, walkthrough);
    expect(answering.requests).toHaveLength(1);
  });

  it("a draft cut off at the output limit (finish_reason length) ends in an error note and commits nothing; a retry resumes and publishes", async () => {
    const task = docsRepo();
    await endpoint([...capture, ...loadModelFixture("finish-length")]);

    await expectFailure(
      task.args,
      /draft step of task 1 failed: Draft \(openai-compatible gpt-4\.1-mini\): the answer was cut off/,
    );

    const notes = await task.notes();
    expect(notes.map((n) => `${n.header.step}:${n.header.revision}`)).toEqual([
      "capture:1",
      "error:1",
    ]);
    const error = notes.at(-1)!;
    expect(error.data).toMatchObject({ step: "draft" });
    expect(error.body).toMatch(
      /the answer was cut off at the model's output limit \(truncated\)/,
    );
    expect(error.body).toMatch(/model\.name/);
    expect(sopBranches(task.repo)).toEqual([]);

    const answering = await retryAndPublish(task, [...draft, ...walkthrough]);
    expect(answering.requests).toHaveLength(2);
  });
});
