import { describe, expect, it } from "vitest";
import { commitToBranch } from "../support/github-double/state/git.js";
import type { GitHubDouble } from "../support/github-double/github-double.js";
import {
  createHarness,
  exampleAnswers,
  MAINTAINER,
  OPERATOR,
} from "./app-harness.js";
import { handoverRequest, PULL, TASK } from "./lifecycle-events.js";

function changeConfig(double: GitHubDouble, text: string): void {
  commitToBranch(double.repo, {
    branch: "main",
    changes: { ".github/sopflow.yml": text },
    message: "change settings",
    author: {
      name: MAINTAINER,
      email: "mo@example.com",
      date: double.world.tick(),
    },
  });
}

/** Whether a delivery read `.github/sopflow.yml`. */
async function readsConfig(
  h: Awaited<ReturnType<typeof createHarness>>,
  event: { id: string; name: string; payload: unknown },
): Promise<boolean> {
  const before = h.double.calls.length;
  await h.deliver(event);
  return h.double.calls
    .slice(before)
    .some(
      (c) =>
        c.operationId === "repos/get-content" &&
        /sopflow\.yml/.test(decodeURIComponent(c.path)),
    );
}

describe("settings pinned by a running task's notes", () => {
  it("drafts with the settings the task started with, and reads the file again on an issue event or `/sop retry`", async () => {
    const h = await createHarness({
      config: "docs_folder: docs/sops\nreviewers: [mo]\n",
    });
    const { double } = h;
    expect(
      await readsConfig(
        h,
        double.openIssue({
          ...handoverRequest(),
          author: OPERATOR,
          labels: ["sop"],
        }),
      ),
    ).toBe(true);

    changeConfig(double, "docs_folder: handbook\nreviewers: [mo]\n");
    expect(
      await readsConfig(
        h,
        double.comment({
          issue: TASK,
          author: OPERATOR,
          body: exampleAnswers(),
        }),
      ),
    ).toBe(false);
    const head = double.issue(PULL)?.pull?.headSha ?? "";
    expect(double.fileAt(head, "docs/sops/on-call-handover.md")).toBeDefined();
    expect(double.fileAt(head, "handbook/on-call-handover.md")).toBeUndefined();

    expect(
      await readsConfig(
        h,
        double.comment({ issue: TASK, author: OPERATOR, body: "/sop retry" }),
      ),
    ).toBe(true);
    expect(
      await readsConfig(
        h,
        double.editIssue({
          issue: TASK,
          author: OPERATOR,
          body: `${handoverRequest().body}\n`,
        }),
      ),
    ).toBe(true);
    expect(
      await readsConfig(
        h,
        double.submitReview({
          pull: PULL,
          author: MAINTAINER,
          state: "commented",
          body: "Looks fine so far.",
        }),
      ),
    ).toBe(false);
    double.assertValid();
  });

  it("applies changed approval rules to a running task once `/sop retry` walks it again under them", async () => {
    const h = await createHarness({ config: "docs_folder: docs/sops\n" });
    const { double } = h;
    await h.deliver(
      double.openIssue({
        ...handoverRequest(),
        author: OPERATOR,
        labels: ["sop"],
      }),
    );
    await h.deliver(
      double.comment({ issue: TASK, author: OPERATOR, body: exampleAnswers() }),
    );
    changeConfig(
      double,
      "docs_folder: docs/sops\napprovers:\n  users: [nobody-else]\n",
    );
    await h.deliver(
      double.comment({ issue: TASK, author: OPERATOR, body: "/sop retry" }),
    );
    expect(double.issue(TASK)?.comments.at(-1)?.body).toMatch(
      /"step":"walkthrough","revision":2,/,
    );
    await h.deliver(
      double.submitReview({
        pull: PULL,
        author: MAINTAINER,
        state: "approved",
      }),
    );
    expect(double.issue(PULL)?.pull?.merged).toBe(false);
    expect(double.issue(TASK)?.comments.at(-1)?.body).toMatch(
      /does not publish the SOP/,
    );
    double.assertValid();
  });
});
