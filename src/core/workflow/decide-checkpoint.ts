import type { PullSnapshot } from "../ports/forge.js";
import type { Action } from "./action.js";
import { evaluateApproval } from "./approval-policy.js";
import type { DecideInput } from "./decide-input.js";
import { inputId } from "./task-input.js";
import { gatePublish } from "./publish-gate.js";

/**
 * The checkpoint: publish on an approval that counts; explain, once each,
 * why an approval made after the walkthrough did not count; otherwise wait.
 */
export function decideCheckpoint(
  input: DecideInput & { pull: PullSnapshot },
): Action {
  const { view, pull, config } = input;
  const walkedAt = view.latest.walkthrough?.createdAt ?? "";
  for (const review of [...pull.reviews].reverse()) {
    const id = inputId.review(review.id);
    if (
      review.state === "dismissed" &&
      review.commitId === pull.headSha &&
      !view.consumed.has(id) &&
      review.submittedAt >= walkedAt
    ) {
      return {
        kind: "reply",
        body: `The review by @${review.author} was dismissed, so it does not count as an approval.`,
        inputs: [id],
      };
    }
    if (review.state !== "approved") continue;
    const verdict = evaluateApproval({
      review,
      headSha: pull.headSha,
      issueAuthor: view.snapshot.author,
      role: input.roles.get(review.author),
      inApproverTeam: input.teamMembers.has(review.author),
      ...(input.pushers ? { pushers: input.pushers } : {}),
      policy: config,
    });
    if (verdict.counts) {
      return gatePublish({
        view,
        pull,
        config,
        review,
        approval: {
          reviewId: review.id,
          by: review.author,
          at: review.submittedAt,
          sha: pull.headSha,
        },
      });
    }
    if (!view.consumed.has(id) && review.submittedAt >= walkedAt) {
      return {
        kind: "reply",
        body: `This approval does not publish the SOP: ${verdict.why}.`,
        inputs: [id],
      };
    }
  }
  return {
    kind: "wait",
    state: "awaiting approval",
    reason: `an approving review of pull request #${pull.number} on its current head by someone with write access`,
  };
}

/** Users whose role the checkpoint needs: authors of approvals on the current head (or the last walked commit, see decideResume). */
export function approvers(
  pull: PullSnapshot | null,
  walked: string | null = null,
): string[] {
  if (!pull) return [];
  const onTarget = (sha: string) => sha === pull.headSha || sha === walked;
  return [
    ...new Set(
      pull.reviews
        .filter(
          (r) =>
            r.state === "approved" &&
            r.authorKind === "human" &&
            onTarget(r.commitId),
        )
        .map((r) => r.author),
    ),
  ];
}
