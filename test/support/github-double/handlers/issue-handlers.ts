import { renderIssue } from "../factories/render-issue.js";
import { GitHubError } from "../http/reply.js";
import { pagedReply } from "../http/paginate.js";
import { addLabels, createIssue, setIssueState } from "../state/issue-ops.js";
import type { IssueRecord } from "../state/records.js";
import { type Handler, bodyOf, issueOf, repoOf } from "./handler-context.js";
import { checkLabelLimits, labelNames } from "./label-names.js";

interface IssuePatch {
  title?: string | number | null;
  body?: string | null;
  state?: "open" | "closed";
  state_reason?: IssueRecord["stateReason"];
  labels?: unknown;
}

/** Listing, opening, reading and updating issues. */
export const issueHandlers: Record<string, Handler> = {
  "issues/list-for-repo": (context) => {
    const repo = repoOf(context);
    const state = String(context.query.state ?? "open");
    const wanted = String(context.query.labels ?? "")
      .split(",")
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== "");
    const items = [...repo.issues.values()]
      .filter((issue) => state === "all" || issue.state === state)
      .filter((issue) => {
        const has = new Set(issue.labels.map((name) => name.toLowerCase()));
        return wanted.every((name) => has.has(name));
      })
      .sort((a, b) => b.number - a.number)
      .map((issue) => renderIssue({ world: context.world, repo, issue }));
    return pagedReply({ items, query: context.query, url: context.url });
  },

  "issues/create": (context) => {
    const { world } = context;
    const repo = repoOf(context);
    const input = bodyOf<{
      title: string | number;
      body?: string | null;
      labels?: unknown;
      assignees?: string[];
    }>(context);
    const assignees = input.assignees ?? [];
    // GitHub refuses an assignee who cannot be assigned in the repository.
    const unknown = assignees.filter(
      (login) =>
        !repo.collaborators.has(login) &&
        login.toLowerCase() !== repo.owner.toLowerCase(),
    );
    if (unknown.length > 0)
      throw new GitHubError(422, "Validation Failed", {
        errors: [{ resource: "Issue", field: "assignees", code: "invalid" }],
      });
    const names = input.labels === undefined ? [] : labelNames(input.labels);
    checkLabelLimits({ current: [], adding: names });
    const issue = createIssue(world, repo, {
      title: String(input.title),
      body: input.body ?? null,
      author: world.caller,
      labels: names,
    });
    if (assignees.length > 0) issue.assignees = assignees;
    const rendered = renderIssue({ world, repo, issue });
    return { status: 201, body: rendered, headers: { location: rendered.url } };
  },

  "issues/get": (context) => {
    const { repo, issue } = issueOf(context);
    return {
      status: 200,
      body: renderIssue({ world: context.world, repo, issue }),
    };
  },

  "issues/update": (context) => {
    const { world } = context;
    const { repo, issue } = issueOf(context);
    const patch = bodyOf<IssuePatch>(context);
    if (patch.title !== undefined && patch.title !== null)
      issue.title = String(patch.title);
    if (patch.body !== undefined) issue.body = patch.body;
    if (patch.labels !== undefined) {
      const names = labelNames(patch.labels);
      checkLabelLimits({ current: [], adding: names });
      issue.labels = [];
      addLabels(world, repo, { issue, names });
    }
    if (patch.state)
      setIssueState(world, {
        issue,
        state: patch.state,
        by: world.caller,
        reason: patch.state_reason ?? undefined,
      });
    issue.updatedAt = world.tick();
    return { status: 200, body: renderIssue({ world, repo, issue }) };
  },
};
