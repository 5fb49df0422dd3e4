import type { ProbotOctokit } from "probot";
import { readCheckboxes } from "../../../core/checklist/read-checkboxes.js";
import { recordEdit } from "../../../core/checklist/record-edit.js";
import {
  completionNote,
  emptyRunRecord,
  readRunRecord,
  runRecordBody,
} from "../../../core/checklist/run-record.js";
import { attempt } from "../github-error.js";
import type { RepoRef } from "../forge-state.js";
import { botComments } from "./bot-comments.js";

/**
 * One edit of a run issue added to its record: the run-record comment (the
 * app's own) is created or updated with who changed which box, and when
 * every box is ticked the run closes with the completion note. Requests:
 * 1 per 100 comments + 1 when a box changed + 2 on completion.
 */
export async function recordRunEdit(input: {
  octokit: ProbotOctokit;
  repo: RepoRef;
  issueNumber: number;
  botLogin: string;
  /** The body before this edit (the delivery's changes.body.from); null when the edit left the body alone. */
  before: string | null;
  after: string;
  sender: string;
  at: string;
}): Promise<{ changed: boolean; closed: boolean }> {
  const { octokit, repo, issueNumber } = input;
  const where = `${repo.owner}/${repo.repo}#${issueNumber}`;
  const after = readCheckboxes(input.after);
  const comments = await botComments(input);
  const held = comments.find((c) => readRunRecord(c.body) !== null);
  // Before any record, the run stood as it was opened: every box unticked.
  const record =
    readRunRecord(held?.body) ??
    emptyRunRecord(after.map((box) => ({ ...box, checked: false })));
  const edit = recordEdit({
    record,
    before: input.before === null ? after : readCheckboxes(input.before),
    after,
    sender: input.sender,
    at: input.at,
  });
  if (edit.changed) {
    const body = runRecordBody(edit.record);
    await attempt(`record the run's ticks on ${where}`, async () => {
      if (held)
        await octokit.rest.issues.updateComment({
          ...repo,
          comment_id: held.id,
          body,
        });
      else
        await octokit.rest.issues.createComment({
          ...repo,
          issue_number: issueNumber,
          body,
        });
    });
  }
  if (!edit.complete) return { changed: edit.changed, closed: false };
  await attempt(`post the completion note on ${where}`, () =>
    octokit.rest.issues.createComment({
      ...repo,
      issue_number: issueNumber,
      body: completionNote({ record: edit.record, at: input.at }),
    }),
  );
  await attempt(`close the completed run ${where}`, () =>
    octokit.rest.issues.update({
      ...repo,
      issue_number: issueNumber,
      state: "closed",
      state_reason: "completed",
    }),
  );
  return { changed: edit.changed, closed: true };
}
