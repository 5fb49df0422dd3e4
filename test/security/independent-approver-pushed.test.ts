import { describe, expect, it } from "vitest";
import {
  createHarness,
  exampleAnswers,
  MAINTAINER,
  OPERATOR,
  type Harness,
} from "../app/app-harness.js";
import {
  handoverRequest,
  PULL,
  SOP_PATH,
  TASK,
} from "../app/lifecycle-events.js";

// Break 4 of the hostile review: with require_independent_approver on, a writer pushed her own
// step text to the SOP branch and approved it herself.

const WES = "wes";

async function awaitingApproval(config: string): Promise<Harness> {
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

/** The maintainer pushes a step of her own to the SOP's branch; the app walks the new head. */
async function maintainerPushes(h: Harness): Promise<void> {
  const head = h.double.issue(PULL)?.pull?.headSha ?? "";
  const text = h.double.fileAt(head, SOP_PATH) ?? "";
  await h.deliver(
    h.double.pushCommit({
      branch: "sopflow/1-on-call-handover",
      author: MAINTAINER,
      files: {
        [SOP_PATH]: text.replace(
          "\n2. ",
          "\n2. Wire the on-call budget to the account named in the handover page.\n3. ",
        ),
      },
      message: "Add a step",
    }),
  );
  expect(h.double.issue(TASK)?.labels).toContain("sop: awaiting approval");
}

describe("require_independent_approver and people who pushed", () => {
  it("refuses the approval of someone who pushed a commit to the SOP branch, and says why", async () => {
    const h = await awaitingApproval("require_independent_approver: true\n");
    await maintainerPushes(h);
    await h.deliver(
      h.double.submitReview({
        pull: PULL,
        author: MAINTAINER,
        state: "approved",
      }),
    );
    expect(h.double.issue(PULL)?.pull?.merged).toBe(false);
    const said = (h.double.issue(TASK)?.comments.at(-1)?.body ?? "").replace(
      /\\(.)/g,
      "$1",
    );
    expect(said).toContain(
      `@${MAINTAINER} pushed a commit to the SOP's branch and \`require_independent_approver\` is on`,
    );
    await h.deliver(
      h.double.submitReview({ pull: PULL, author: WES, state: "approved" }),
    );
    expect(h.double.issue(PULL)?.pull?.merged).toBe(true);
    h.double.assertValid();
  });

  it("reads the branch's commits only when the option is on", async () => {
    const h = await awaitingApproval("require_independent_approver: false\n");
    await maintainerPushes(h);
    await h.deliver(
      h.double.submitReview({
        pull: PULL,
        author: MAINTAINER,
        state: "approved",
      }),
    );
    expect(h.double.issue(PULL)?.pull?.merged).toBe(true);
    expect(
      h.double.calls.some((c) => c.operationId === "pulls/list-commits"),
    ).toBe(false);
    h.double.assertValid();
  });
});
