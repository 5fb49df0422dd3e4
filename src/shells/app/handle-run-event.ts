import type { Logger, ProbotOctokit } from "probot";
import { z } from "zod";
import { RUN_LABEL } from "../../core/checklist/build-checklist.js";
import { parseRunCommand } from "../../core/checklist/run-commands.js";
import { runKeyOf } from "../../core/checklist/run-marker.js";
import {
  readRunForm,
  RUN_FORM_FIELD,
} from "../../core/checklist/read-run-form.js";
import type { Config } from "../../core/config/config-schema.js";
import { attempt } from "../../forge/github/github-error.js";
import type { RepoRef } from "../../forge/github/forge-state.js";
import { botComments } from "../../forge/github/runs/bot-comments.js";
import { recordRunEdit } from "../../forge/github/runs/record-run-edit.js";
import { reportWrongStep } from "../../forge/github/runs/report-wrong-step.js";
import { startRun } from "../../forge/github/runs/start-run.js";
import { docsRepoConsent } from "./docs-repo-consent.js";
import type { EventOutcome } from "./handle-event.js";
import { loadConfig } from "./load-config.js";
import type { TaskRef } from "./route-event.js";

// Who may make the app open issues on their word (a run, a revision request): the repository's own people.
const TRUSTED = new Set(["OWNER", "MEMBER", "COLLABORATOR"]);
const STARTED = "<!-- sopflow:run-started ";

const Payload = z.object({
  action: z.string(),
  sender: z.object({ login: z.string() }),
  issue: z.object({
    number: z.number().int(),
    title: z.string(),
    body: z.string().nullable().optional(),
    html_url: z.string(),
    state: z.string().optional(),
    user: z.object({ login: z.string() }).nullable().optional(),
    labels: z.array(z.object({ name: z.string() })).optional(),
    author_association: z.string().optional(),
  }),
  comment: z
    .object({
      id: z.number().int(),
      body: z.string().nullable().optional(),
      html_url: z.string(),
      user: z.object({ login: z.string() }).nullable(),
      author_association: z.string(),
    })
    .optional(),
  changes: z
    .object({ body: z.object({ from: z.string() }).optional() })
    .optional(),
  repository: z
    .object({ default_branch: z.string(), html_url: z.string() })
    .optional(),
});

/**
 * The events that concern runs of SOPs, before the task workflow sees
 * them: `/sop run <sop>` on any issue, an issue opened from the "Run an SOP"
 * form, an edit of a run (its ticks recorded), `/sop wrong <step> <what>`
 * on a run. Null for every other event.
 */
export async function handleRunEvent(input: {
  name: string;
  payload: unknown;
  octokit: ProbotOctokit;
  task: TaskRef;
  botLogin: string;
  configPath?: string;
  now: () => string;
  log: Logger;
}): Promise<EventOutcome | null> {
  const parsed = Payload.safeParse(input.payload);
  if (!parsed.success) return null;
  const p = parsed.data;
  const event = `${input.name}.${p.action}`;
  const repo: RepoRef = { owner: input.task.owner, repo: input.task.repo };
  const key = `${repo.owner}/${repo.repo}#${p.issue.number}`;
  const isRun = (p.issue.labels ?? []).some((l) => l.name === RUN_LABEL);
  const done = (reason: string, actions: string[]): EventOutcome => {
    input.log.info({ task: key, actions }, reason);
    return {
      kind: "reconciled",
      task: key,
      result: { state: null, reason, actions },
    };
  };
  const common = { octokit: input.octokit, botLogin: input.botLogin };

  if (event === "issues.edited" && isRun && p.issue.state !== "closed") {
    const body = p.issue.body ?? "";
    if (runKeyOf(body) === null) return null;
    const result = await recordRunEdit({
      ...common,
      repo,
      issueNumber: p.issue.number,
      before: p.changes?.body?.from ?? null,
      after: body,
      sender: p.sender.login,
      at: input.now(),
    });
    return result.closed
      ? done("every box is ticked: the run is complete", [
          "run-record",
          "run-complete",
        ])
      : done(
          result.changed ? "the run's ticks are recorded" : "no box changed",
          result.changed ? ["run-record"] : [],
        );
  }

  if (event === "issues.opened" && isRun && runKeyOf(p.issue.body) === null) {
    const sop = readRunForm(p.issue.body);
    const config = await configFor(input);
    if (sop === null || config === null) {
      await say(
        input.octokit,
        repo,
        p.issue.number,
        `Which SOP? Write its id or path under "### ${RUN_FORM_FIELD}" in the description, then sopflow fills in the checklist.`,
      );
      return done("the run names no SOP", ["reply"]);
    }
    return start({
      ...input,
      repo,
      shown: p.repository,
      config,
      sop,
      fill: p.issue.number,
      replyTo: null,
      done,
    });
  }

  if (
    event !== "issue_comment.created" ||
    p.comment === undefined ||
    p.comment.user === null
  )
    return null;
  const command = parseRunCommand(p.comment.body ?? "");
  if (command === null) return null;
  const author = p.comment.user.login;
  if (
    !TRUSTED.has(p.comment.author_association) &&
    !(command.kind === "wrong" && p.issue.user?.login === author)
  ) {
    input.log.info(
      { task: key },
      `/sop ${command.kind} by @${author}, who is not a member or collaborator: ignored`,
    );
    return done(`@${author} may not start runs or revision requests here`, []);
  }
  const config = await configFor(input);
  if (config === null) return null;
  if (command.kind === "run" && command.sop === "") {
    await say(
      input.octokit,
      repo,
      p.issue.number,
      "Which SOP? Comment `/sop run <id or path>`, e.g. an id from the catalog.",
    );
    return done("/sop run names no SOP", ["reply"]);
  }
  if (command.kind === "run") {
    const earlier = await botComments({
      ...common,
      repo,
      issueNumber: p.issue.number,
    });
    if (earlier.some((c) => c.body.includes(`${STARTED}${p.comment!.id} -->`)))
      return done("this /sop run was answered already", []);
    return start({
      ...input,
      repo,
      shown: p.repository,
      config,
      sop: command.sop,
      fill: null,
      replyTo: { issue: p.issue.number, comment: p.comment.id },
      done,
    });
  }
  const runKey = isRun ? runKeyOf(p.issue.body) : null;
  if (runKey === null) return null;
  const outcome = await reportWrongStep({
    ...common,
    repo,
    run: {
      number: p.issue.number,
      url: p.issue.html_url,
      title: p.issue.title,
      body: p.issue.body ?? "",
    },
    key: runKey,
    step: command.step,
    text: command.text,
    comment: { id: p.comment.id, url: p.comment.html_url, author },
    labels: [config.trigger_label],
  });
  return outcome.opened === null
    ? done("this report was answered already", [])
    : done(`revision request #${outcome.opened} opened`, ["revision-request"]);
}

async function configFor(input: {
  octokit: ProbotOctokit;
  task: TaskRef;
  configPath?: string;
}): Promise<Config | null> {
  const loaded = await loadConfig({
    octokit: input.octokit,
    task: input.task,
    ...(input.configPath ? { path: input.configPath } : {}),
  });
  return loaded.ok ? loaded.config : null;
}

async function start(input: {
  octokit: ProbotOctokit;
  repo: RepoRef;
  shown: { default_branch: string; html_url: string } | undefined;
  config: Config;
  sop: string;
  fill: number | null;
  replyTo: { issue: number; comment: number } | null;
  done: (reason: string, actions: string[]) => EventOutcome;
}): Promise<EventOutcome> {
  const { octokit, repo, config } = input;
  const [owner, name] = config.docs_repository?.split("/") ?? [];
  const docs = owner && name ? { owner, repo: name } : repo;
  // Another docs repository is read only once it has said it accepts this one.
  const refusal =
    docs === repo ? null : await docsRepoConsent({ octokit, task: repo, docs });
  const started = refusal
    ? { kind: "problem" as const, problem: refusal.message }
    : await startRun({
        octokit,
        repo,
        docs,
        config,
        sop: input.sop,
        fill: input.fill,
        shown: sameRepo(docs, repo) ? input.shown : undefined,
      });
  const where = input.replyTo?.issue ?? input.fill;
  const marker = input.replyTo
    ? `\n\n${STARTED}${input.replyTo.comment} -->\n`
    : "";
  if (started.kind === "problem") {
    if (where !== null)
      await say(octokit, repo, where, `${started.problem}${marker}`);
    return input.done(started.problem, ["reply"]);
  }
  if (input.replyTo)
    await say(
      octokit,
      repo,
      input.replyTo.issue,
      `Started run #${started.number} of \`${started.checklist.key.path}\` (version ${started.checklist.key.version}).${marker}`,
    );
  return input.done(
    `run #${started.number} of ${started.checklist.key.path} started`,
    ["run-start"],
  );
}

async function say(
  octokit: ProbotOctokit,
  repo: RepoRef,
  issue: number,
  body: string,
): Promise<void> {
  await attempt(`comment on ${repo.owner}/${repo.repo}#${issue}`, () =>
    octokit.rest.issues.createComment({ ...repo, issue_number: issue, body }),
  );
}

function sameRepo(a: RepoRef, b: RepoRef): boolean {
  return (
    a.owner.toLowerCase() === b.owner.toLowerCase() &&
    a.repo.toLowerCase() === b.repo.toLowerCase()
  );
}
