import type { ProbotOctokit } from "probot";
import {
  buildChecklist,
  type Checklist,
} from "../../../core/checklist/build-checklist.js";
import type { Config } from "../../../core/config/config-schema.js";
import { parseSop } from "../../../core/sop/parse-sop.js";
import { attempt } from "../github-error.js";
import type { RepoRef } from "../forge-state.js";
import { readRunSource } from "./read-run-source.js";

export type StartedRun =
  | { kind: "started"; number: number; url: string; checklist: Checklist }
  | { kind: "problem"; problem: string };

/**
 * A run of an SOP on GitHub: the checklist made from the SOP at the docs
 * branch's current commit, written into `fill` (the issue someone opened
 * from the "Run an SOP" form) or into a new issue in `repo`. Requests: the
 * source's (3-4) + 1.
 */
export async function startRun(input: {
  octokit: ProbotOctokit;
  repo: RepoRef;
  docs: RepoRef;
  config: Config;
  sop: string;
  /** The issue to turn into the run; null opens a new one. */
  fill: number | null;
  shown?: { default_branch: string; html_url: string } | undefined;
  period?: string | null;
  assignees?: string[];
}): Promise<StartedRun> {
  const { octokit, repo } = input;
  const source = await readRunSource(input);
  if ("problem" in source) return { kind: "problem", problem: source.problem };
  const checklist = buildChecklist({
    sop: parseSop(source.markdown),
    path: source.path,
    commit: source.commit,
    link: source.link,
    period: input.period ?? null,
  });
  const where = `${repo.owner}/${repo.repo}`;
  if (input.fill !== null) {
    const number = input.fill;
    const { data } = await attempt(
      `write the run into ${where}#${number}`,
      () =>
        octokit.rest.issues.update({
          ...repo,
          issue_number: number,
          title: checklist.title,
          body: checklist.body,
        }),
    );
    return { kind: "started", number, url: data.html_url, checklist };
  }
  const { data } = await attempt(
    `open a run of ${source.path} in ${where}`,
    () =>
      octokit.rest.issues.create({
        ...repo,
        title: checklist.title,
        body: checklist.body,
        labels: checklist.labels,
        ...(input.assignees?.length ? { assignees: input.assignees } : {}),
      }),
  );
  return {
    kind: "started",
    number: data.number,
    url: data.html_url,
    checklist,
  };
}
