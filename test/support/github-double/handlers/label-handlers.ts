import { renderLabel } from "../factories/render-label.js";
import { pagedReply } from "../http/paginate.js";
import { GitHubError, notFound, validationFailed } from "../http/reply.js";
import { addLabels } from "../state/issue-ops.js";
import type { IssueRecord, RepoRecord } from "../state/records.js";
import { type Handler, bodyOf, issueOf, repoOf } from "./handler-context.js";
import { checkLabelLimits, labelNames } from "./label-names.js";

function rendered(repo: RepoRecord, issue: IssueRecord) {
  return issue.labels.flatMap((name) => {
    const label = repo.labels.get(name.toLowerCase());
    return label ? [renderLabel(repo, label)] : [];
  });
}

/** Repository labels and the labels on an issue (the task's state shows there). */
export const labelHandlers: Record<string, Handler> = {
  "issues/get-label": (context) => {
    const repo = repoOf(context);
    const label = repo.labels.get(String(context.params.name).toLowerCase());
    if (!label) throw notFound();
    return { status: 200, body: renderLabel(repo, label) };
  },

  "issues/create-label": (context) => {
    const repo = repoOf(context);
    const input = bodyOf<{
      name: string;
      color?: string;
      description?: string;
    }>(context);
    checkLabelLimits({ current: [], adding: [input.name] });
    if (repo.labels.has(input.name.toLowerCase()))
      throw validationFailed([
        { resource: "Label", code: "already_exists", field: "name" },
      ]);
    const label = {
      id: context.world.nextId(),
      name: input.name,
      color: (input.color ?? "ededed").replace(/^#/, ""),
      description: input.description ?? null,
    };
    repo.labels.set(label.name.toLowerCase(), label);
    return { status: 201, body: renderLabel(repo, label) };
  },

  "issues/list-labels-on-issue": (context) => {
    const { repo, issue } = issueOf(context);
    return pagedReply({
      items: rendered(repo, issue),
      query: context.query,
      url: context.url,
    });
  },

  "issues/add-labels": (context) => {
    const { repo, issue } = issueOf(context);
    const names = labelNames(context.body);
    checkLabelLimits({ current: issue.labels, adding: names });
    addLabels(context.world, repo, { issue, names });
    return { status: 200, body: rendered(repo, issue) };
  },

  "issues/set-labels": (context) => {
    const { repo, issue } = issueOf(context);
    const names = labelNames(context.body);
    checkLabelLimits({ current: [], adding: names });
    issue.labels = [];
    addLabels(context.world, repo, { issue, names });
    return { status: 200, body: rendered(repo, issue) };
  },

  "issues/remove-label": (context) => {
    const { repo, issue } = issueOf(context);
    const name = String(context.params.name).toLowerCase();
    if (!issue.labels.some((l) => l.toLowerCase() === name))
      throw new GitHubError(404, "Label does not exist");
    issue.labels = issue.labels.filter((l) => l.toLowerCase() !== name);
    issue.updatedAt = context.world.now();
    return { status: 200, body: rendered(repo, issue) };
  },
};
