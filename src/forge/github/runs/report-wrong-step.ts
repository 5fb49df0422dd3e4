import type { ProbotOctokit } from "probot";
import { readCheckboxes } from "../../../core/checklist/read-checkboxes.js";
import { revisionRequest } from "../../../core/checklist/revision-request.js";
import type { RunKey } from "../../../core/checklist/run-marker.js";
import { attempt } from "../github-error.js";
import type { RepoRef } from "../forge-state.js";
import { botComments } from "./bot-comments.js";

const REPLY = "<!-- sopflow:wrong-step-reply ";

/**
 * `/sop wrong <step> <what>` on a run: a revision request for the SOP (an
 * issue in the "Revise an SOP" form, labelled as that template labels it)
 * linking the run and the comment, and a reply on the run linking the
 * request. Once per comment: a redelivery finds the reply and stops.
 * Requests: 1 per 100 comments + 2.
 */
export async function reportWrongStep(input: {
  octokit: ProbotOctokit;
  repo: RepoRef;
  run: { number: number; url: string; title: string; body: string };
  key: RunKey;
  step: string;
  text: string;
  comment: { id: number; url: string; author: string };
  botLogin: string;
  labels: string[];
}): Promise<{ opened: number | null }> {
  const { octokit, repo, run, comment } = input;
  const where = `${repo.owner}/${repo.repo}#${run.number}`;
  const replies = await botComments({ ...input, issueNumber: run.number });
  if (replies.some((c) => c.body.includes(`${REPLY}${comment.id} -->`)))
    return { opened: null };
  const boxes = readCheckboxes(run.body);
  const byNumber = boxes.find((box) => box.label.startsWith(`${input.step}. `));
  const request = revisionRequest({
    key: input.key,
    sopTitle: run.title.replace(/^Run: /, ""),
    stepLabel: byNumber?.label ?? null,
    step: input.step,
    text: input.text,
    author: `@${comment.author}`,
    runUrl: run.url,
    commentUrl: comment.url,
  });
  const { data } = await attempt(
    `open a revision request for ${input.key.path} from ${where}`,
    () =>
      octokit.rest.issues.create({
        ...repo,
        title: request.title,
        body: request.body,
        labels: input.labels,
      }),
  );
  await attempt(`answer the report on ${where}`, () =>
    octokit.rest.issues.createComment({
      ...repo,
      issue_number: run.number,
      body: `Thanks @${comment.author}: revision request #${data.number} asks the SOP's owner to fix step ${input.step}. This run goes on with the SOP as it stands.\n\n${REPLY}${comment.id} -->\n`,
    }),
  );
  return { opened: data.number };
}
