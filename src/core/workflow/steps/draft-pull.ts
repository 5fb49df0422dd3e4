import { inertMentions } from "../../markdown/inert-mentions.js";
import { stringifyMarkdown } from "../../markdown/stringify-markdown.js";
import type { PullSnapshot } from "../../ports/forge.js";
import { pullBody } from "../bodies/pull-body.js";
import type { RunContext } from "../run-context.js";
import type { DraftData } from "../task-data.js";
import type { TaskView } from "../task-view.js";

/**
 * The task's open pull request for this branch, or a new one; and the draft
 * note's data naming it. Shared by first drafts, redrafts and the lifecycle
 * pull requests (revise, confirm, retire).
 */
export async function draftPull(
  ctx: RunContext,
  input: {
    snapshot: TaskView["snapshot"];
    branch: string;
    path: string;
    commit: string;
    title: string;
    sopTitle: string;
  },
): Promise<{ pull: PullSnapshot; data: DraftData }> {
  const { snapshot, branch, path, commit, sopTitle } = input;
  const pull =
    snapshot.pull &&
    snapshot.pull.branch === branch &&
    snapshot.pull.state === "open"
      ? snapshot.pull
      : await ctx.forge.openPull({
          branch,
          base: snapshot.baseBranch,
          title: input.title,
          body: stringifyMarkdown(
            inertMentions({
              tree: pullBody({
                title: sopTitle,
                taskUrl: snapshot.url,
                taskNumber: snapshot.number,
                path,
                approvalInFile: ctx.config.record_approval_in_file,
              }),
              keep: [],
            }),
          ),
        });
  const data: DraftData = {
    path,
    branch,
    commit,
    pull: pull.number,
    title: sopTitle,
    config: ctx.config,
  };
  return { pull, data };
}
