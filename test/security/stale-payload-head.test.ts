import { describe, expect, it } from "vitest";
import {
  createHarness,
  exampleAnswers,
  MAINTAINER,
  OPERATOR,
  type Harness,
} from "../app/app-harness.js";
import { handoverRequest, PULL, TASK } from "../app/lifecycle-events.js";

// Break 8 of the hostile review: an approval delivered after a later push.

const WES = "wes";
const BRANCH = "sopflow/1-on-call-handover";

async function awaitingApproval(config?: string): Promise<Harness> {
  const h = await createHarness({ config });
  h.double.addCollaborator({ login: WES, role: "write" });
  await h.deliver(
    h.double.openIssue({
      ...handoverRequest(),
      author: OPERATOR,
      labels: ["sop"],
    }),
  );
  await h.deliver(
    h.double.comment({ issue: TASK, author: OPERATOR, body: exampleAnswers() }),
  );
  expect(h.double.issue(TASK)?.labels).toContain("sop: awaiting approval");
  return h;
}

/** The maintainer approves the head; before that event is handled, Wes pushes a file of his own. */
async function approvalAfterPush(h: Harness) {
  const approved = h.double.issue(PULL)?.pull?.headSha ?? "";
  const approval = h.double.submitReview({
    pull: PULL,
    author: MAINTAINER,
    state: "approved",
  });
  h.double.pushCommit({
    branch: BRANCH,
    author: WES,
    files: { "docs/sops/extra.md": "Unreviewed text.\n" },
    message: "Add a page nobody reviewed",
  });
  const pushed = h.double.branchHead(BRANCH) ?? "";
  await h.deliver(approval);
  return { approved, pushed };
}

const plain = (h: Harness) =>
  (h.double.issue(TASK)?.comments ?? [])
    .map((c) => c.body.replace(/\\(.)/g, "$1"))
    .join("\n");

describe("an approval whose payload shows an older head than the branch has", () => {
  for (const record of [false, true]) {
    it(`neither merges nor commits on top of the unreviewed push${record ? " (record_approval_in_file)" : ""}, and the task says why`, async () => {
      const h = await awaitingApproval(
        record ? "record_approval_in_file: true\n" : undefined,
      );
      const { approved, pushed } = await approvalAfterPush(h);
      expect(h.double.issue(PULL)?.pull?.merged).toBe(false);
      // No approval record on top of the push: the push is not the approved version.
      expect(
        h.double
          .writes()
          .some(
            (c) =>
              c.operationId === "repos/create-or-update-file-contents" &&
              /record approval/.test(
                (c.requestBody as { message?: string }).message ?? "",
              ),
          ),
      ).toBe(false);
      expect(plain(h)).toContain(
        `@${MAINTAINER} approved ${approved.slice(0, 7)}, but the branch has moved to ${pushed.slice(0, 7)} since`,
      );
      // The new head is walked through and waits for an approval of its own.
      expect(plain(h)).toContain(`"sha:${pushed}"`);
      expect(h.double.issue(TASK)?.labels).toContain("sop: awaiting approval");
      await h.deliver(
        h.double.submitReview({
          pull: PULL,
          author: MAINTAINER,
          state: "approved",
        }),
      );
      expect(h.double.issue(PULL)?.pull?.merged).toBe(true);
      h.double.assertValid();
    });
  }
});
