import { renderIssue } from "../factories/render-issue.js";
import { addLabels, setIssueState } from "../state/issue-ops.js";
import type { IssueRecord } from "../state/records.js";
import { type Handler, bodyOf, issueOf } from "./handler-context.js";
import { checkLabelLimits, labelNames } from "./label-names.js";

interface IssuePatch {
  title?: string | number | null;
  body?: string | null;
  state?: "open" | "closed";
  state_reason?: IssueRecord["stateReason"];
  labels?: unknown;
}

/** Reading and updating one issue. */
export const issueHandlers: Record<string, Handler> = {
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
