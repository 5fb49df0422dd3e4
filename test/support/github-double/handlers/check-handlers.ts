import { renderCheckRun } from "../factories/render-check-run.js";
import { paginate } from "../http/paginate.js";
import { GitHubError, notFound } from "../http/reply.js";
import { resolveRef } from "../state/git.js";
import type { Annotation, CheckRunRecord } from "../state/records.js";
import { type Handler, bodyOf, repoOf } from "./handler-context.js";

interface CheckInput {
  name?: string;
  head_sha?: string;
  status?: CheckRunRecord["status"];
  conclusion?: string;
  started_at?: string;
  completed_at?: string;
  details_url?: string;
  external_id?: string;
  output?: {
    title?: string;
    summary?: string;
    text?: string;
    annotations?: Annotation[];
  };
}

// Applies fields of a create or update; annotations accumulate across updates, as on GitHub.
function apply(run: CheckRunRecord, input: CheckInput, now: string): void {
  if (input.name !== undefined) run.name = input.name;
  if (input.status !== undefined) run.status = input.status;
  if (input.started_at !== undefined) run.startedAt = input.started_at;
  if (input.details_url !== undefined) run.detailsUrl = input.details_url;
  if (input.external_id !== undefined) run.externalId = input.external_id;
  if (input.conclusion !== undefined) {
    run.conclusion = input.conclusion;
    run.status = "completed";
  }
  if (run.status === "completed")
    run.completedAt = input.completed_at ?? run.completedAt ?? now;
  const output = input.output;
  if (output) {
    run.output.title = output.title ?? run.output.title;
    run.output.summary = output.summary ?? run.output.summary;
    run.output.text = output.text ?? run.output.text;
    run.output.annotations.push(...(output.annotations ?? []));
  }
}

/** Check runs: the walkthrough's findings as annotations on the SOP's lines. */
export const checkHandlers: Record<string, Handler> = {
  "checks/create": (context) => {
    const { world } = context;
    const repo = repoOf(context);
    const input = bodyOf<CheckInput & { name: string; head_sha: string }>(
      context,
    );
    if (!repo.commits.has(input.head_sha))
      throw new GitHubError(422, `No commit found for SHA: ${input.head_sha}`);
    const now = world.tick();
    const run: CheckRunRecord = {
      id: world.nextId(),
      name: input.name,
      headSha: input.head_sha,
      status: "queued",
      conclusion: null,
      startedAt: now,
      completedAt: null,
      externalId: "",
      detailsUrl: null,
      output: { title: null, summary: null, text: null, annotations: [] },
    };
    apply(run, input, now);
    repo.checkRuns.push(run);
    return { status: 201, body: renderCheckRun({ world, repo, run }) };
  },

  "checks/update": (context) => {
    const repo = repoOf(context);
    const run = repo.checkRuns.find(
      (r) => r.id === context.params.check_run_id,
    );
    if (!run) throw notFound();
    apply(run, bodyOf<CheckInput>(context), context.world.tick());
    return {
      status: 200,
      body: renderCheckRun({ world: context.world, repo, run }),
    };
  },

  "checks/list-for-ref": (context) => {
    const { query } = context;
    const repo = repoOf(context);
    const sha = resolveRef(repo, String(context.params.ref));
    if (sha === undefined)
      throw new GitHubError(
        422,
        `No commit found for SHA: ${String(context.params.ref)}`,
      );
    let runs = repo.checkRuns.filter(
      (r) =>
        r.headSha === sha &&
        (query.check_name === undefined || r.name === query.check_name) &&
        (query.status === undefined || r.status === query.status),
    );
    // "latest" (the default) keeps the newest run of each name.
    if (query.filter !== "all")
      runs = runs.filter(
        (r) => !runs.some((other) => other.name === r.name && other.id > r.id),
      );
    const { page, headers } = paginate({
      items: runs,
      query,
      url: context.url,
    });
    return {
      status: 200,
      headers,
      body: {
        total_count: runs.length,
        check_runs: page.map((run) =>
          renderCheckRun({ world: context.world, repo, run }),
        ),
      },
    };
  },
};
