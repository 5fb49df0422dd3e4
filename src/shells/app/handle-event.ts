import type { Logger, ProbotOctokit } from "probot";
import { z } from "zod";
import type { Config } from "../../core/config/config-schema.js";
import type { ConfigError } from "../../core/config/validate-config.js";
import type { Forge, TaskComment } from "../../core/ports/forge.js";
import type { Model } from "../../core/ports/model.js";
import { sameName } from "../../core/same-name.js";
import {
  reconcile,
  type ReconcileResult,
} from "../../core/workflow/reconcile.js";
import { createGitHubForge } from "../../forge/github/github-forge.js";
import type { DocsRepoInfo, RepoRef } from "../../forge/github/forge-state.js";
import { listTaskComments } from "../../forge/github/list-task-comments.js";
import {
  payloadSnapshot,
  type PayloadSnapshot,
} from "../../forge/github/payload-snapshot.js";
import { docsRepoConsent } from "./docs-repo-consent.js";
import { postConfigProblem } from "./post-config-problem.js";
import { workflowTokenLimits } from "./workflow-token-limits.js";
import { CONFIG_PATH, loadConfig, type LoadedConfig } from "./load-config.js";
import { pinnedConfig, readsConfigAfresh } from "./pinned-config.js";
import {
  routeEvent,
  taskKey,
  type EventRoute,
  type TaskRef,
} from "./route-event.js";
import { snapshotIsTask, taskVerdict } from "./task-verdict.js";
import { handleRunEvent } from "./handle-run-event.js";

/** One webhook delivery with what it takes to act on it. */
export interface TaskEvent {
  id: string;
  name: string;
  payload: unknown;
  octokit: ProbotOctokit;
  log: Logger;
}

export interface EventDeps {
  botLogin: () => Promise<string>;
  modelFor: (config: Config, log: Logger) => Model;
  now: () => string;
  /** The config file's path in the task repository (default `.github/sopflow.yml`; the Action's `config-path`). */
  configPath?: string;
  /** The Action runs with the workflow token: settings it cannot carry out are refused. */
  workflowToken?: boolean;
}

export type EventOutcome =
  | { kind: "ignored"; reason: string }
  | { kind: "config-problem"; task: string; posted: boolean }
  | { kind: "reconciled"; task: string; result: ReconcileResult };

const PayloadRepo = z.object({
  repository: z.object({
    name: z.string(),
    owner: z.object({ login: z.string() }),
    default_branch: z.string(),
    html_url: z.string(),
  }),
});

/**
 * The app's one handler: which task (from the payload alone), is it a task
 * (config's trigger label, else the issue), then reconcile it through the
 * GitHub forge. Errors propagate to the shell, which reports them.
 */
export async function handleEvent(
  event: TaskEvent,
  deps: EventDeps,
): Promise<EventOutcome> {
  const route = routeEvent({ name: event.name, payload: event.payload });
  if (route.kind === "ignore") {
    event.log.debug({ delivery: event.id }, `ignored: ${route.reason}`);
    return { kind: "ignored", reason: route.reason };
  }
  const key = taskKey(route.task);
  const log = event.log.child({ delivery: event.id, task: key });
  const botLogin = await deps.botLogin();
  const run = await handleRunEvent({
    ...event,
    task: route.task,
    botLogin,
    now: deps.now,
    log,
    ...(deps.configPath ? { configPath: deps.configPath } : {}),
  });
  if (run !== null) return run;
  const { comments, pinned } = await readPinned({ event, route, botLogin });
  const read: LoadedConfig = pinned
    ? { ok: true, config: pinned }
    : await loadConfig({
        octokit: event.octokit,
        task: route.task,
        ...(deps.configPath ? { path: deps.configPath } : {}),
      });
  const loaded = deps.workflowToken
    ? workflowTokenLimits(
        read,
        `${route.task.owner}/${route.task.repo}/${deps.configPath ?? CONFIG_PATH}`,
      )
    : read;
  if (pinned) log.debug("settings as the task's newest step note pinned them");
  const triggerLabel = loaded.ok
    ? loaded.config.trigger_label
    : loaded.triggerLabel;
  const verdict = taskVerdict(route.test, triggerLabel);
  if (verdict === "no")
    return ignored(log, `${key} is not a task (no "${triggerLabel}" label)`);

  const own = { owner: route.task.owner, repo: route.task.repo };
  const wanted = loaded.ok ? docsRepoOf(loaded.config, route.task) : own;
  // Nothing is read from or written to another docs repository until it has said it accepts this one.
  const refusal =
    loaded.ok && !sameRepo(wanted, own)
      ? await docsRepoConsent({
          octokit: event.octokit,
          task: own,
          docs: wanted,
        })
      : null;
  const docsRepo = refusal ? own : wanted;
  const forge = createGitHubForge({
    octokit: event.octokit,
    owner: route.task.owner,
    repo: route.task.repo,
    docsRepo,
    docsInfo: docsInfoFrom(event.payload, docsRepo),
    payload: shownInPayload(event.payload, docsRepo),
    issueNumber: route.task.issueNumber,
    botLogin,
    ...(comments ? { comments } : {}),
    triggerLabel,
    log,
  });
  if (
    verdict === "load" &&
    !snapshotIsTask(await forge.loadIssue(), triggerLabel)
  )
    return ignored(
      log,
      `${key} is not a task (no "${triggerLabel}" label and no sopflow note)`,
    );
  if (!loaded.ok) return reportProblem({ forge, log, key }, loaded.error);
  if (refusal) return reportProblem({ forge, log, key }, refusal);
  const result = await reconcile({
    forge,
    model: deps.modelFor(loaded.config, log),
    config: loaded.config,
    taskId: route.task.issueNumber,
    log,
    now: deps.now,
  });
  log.info(
    { state: result.state, actions: result.actions },
    `${key} waits: ${result.reason}`,
  );
  return { kind: "reconciled", task: key, result };
}

/** For a step inside a running task: its comments (read once for the whole run) and the settings they pin. */
async function readPinned(input: {
  event: TaskEvent;
  route: Extract<EventRoute, { kind: "task" }>;
  botLogin: string;
}): Promise<{ comments?: TaskComment[]; pinned: Config | null }> {
  const { event, route } = input;
  const action = (event.payload as { action?: unknown } | null)?.action;
  const { test } = route;
  const notesPossible =
    test.kind === "labels-or-notes" ||
    (test.kind === "labels" && test.notesPossible);
  if (
    !notesPossible ||
    readsConfigAfresh({
      event: `${event.name}.${String(action)}`,
      payload: event.payload,
    })
  )
    return { pinned: null };
  const comments = await listTaskComments({
    octokit: event.octokit,
    ...route.task,
    botLogin: input.botLogin,
  });
  return { comments, pinned: pinnedConfig(comments) };
}

/** Say on the task, once, why sopflow does nothing on it. */
async function reportProblem(
  run: { forge: Forge; log: Logger; key: string },
  problem: ConfigError,
): Promise<EventOutcome> {
  run.log.warn({ problems: problem.problems }, problem.message);
  const posted = await postConfigProblem(run.forge, problem);
  await run.forge.flush();
  return { kind: "config-problem", task: run.key, posted };
}

function ignored(log: Logger, reason: string): EventOutcome {
  log.debug(`ignored: ${reason}`);
  return { kind: "ignored", reason };
}

function sameRepo(a: RepoRef, b: RepoRef): boolean {
  return (
    a.owner.toLowerCase() === b.owner.toLowerCase() &&
    a.repo.toLowerCase() === b.repo.toLowerCase()
  );
}

function docsRepoOf(config: Config, task: TaskRef): RepoRef {
  const [owner, repo] = config.docs_repository?.split("/") ?? [];
  return owner && repo
    ? { owner, repo }
    : { owner: task.owner, repo: task.repo };
}

/** The task as the payload shows it; its pull request only when the payload is about the docs repository. */
function shownInPayload(payload: unknown, docs: RepoRef): PayloadSnapshot {
  const shown = payloadSnapshot(payload);
  return docsInfoFrom(payload, docs)
    ? shown
    : { ...(shown.issue ? { issue: shown.issue } : {}) };
}

/** The docs repository's default branch and page, when the payload is about that repository. */
function docsInfoFrom(
  payload: unknown,
  docs: RepoRef,
): DocsRepoInfo | undefined {
  const parsed = PayloadRepo.safeParse(payload);
  if (!parsed.success) return undefined;
  const { repository } = parsed.data;
  const same =
    sameName(repository.owner.login, docs.owner) &&
    sameName(repository.name, docs.repo);
  return same
    ? { defaultBranch: repository.default_branch, htmlUrl: repository.html_url }
    : undefined;
}
