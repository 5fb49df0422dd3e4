import { expect, it } from "vitest";
import { createRepo } from "../support/github-double/state/create-repo.js";
import { submitReview } from "../support/github-double/human/pull-actions.js";
import {
  createHarness,
  exampleAnswers,
  MAINTAINER,
  OPERATOR,
} from "./app-harness.js";
import { handoverRequest, SOP_PATH } from "./lifecycle-events.js";

it("keeps the SOP, its branch and pull request in the configured docs repository while the task stays on the issue", async () => {
  const h = await createHarness({
    double: { repo: { owner: "acme", name: "requests" } },
    config: "docs_repository: acme/handbook\n",
  });
  const { double } = h;
  const handbook = createRepo(double.world, {
    owner: "acme",
    name: "handbook",
    files: {
      "README.md": "# handbook\n",
      ".github/sopflow.yml": "accept_tasks_from: [acme/requests]\n",
    },
  });
  for (const [login, role] of [
    [OPERATOR, "write"],
    [MAINTAINER, "maintain"],
  ] as const)
    handbook.collaborators.set(login, { role, permission: "write" });

  await h.deliver(
    double.openIssue({
      ...handoverRequest(),
      author: OPERATOR,
      labels: ["sop"],
    }),
  );
  await h.deliver(
    double.comment({ issue: 1, author: OPERATOR, body: exampleAnswers() }),
  );
  const pull = handbook.issues.get(1);
  expect(pull?.pull).toMatchObject({
    head: "sopflow/1-on-call-handover",
    requestedReviewers: [OPERATOR],
  });
  expect(pull?.body).toContain("https://github.com/acme/requests/issues/1");
  expect([...double.repo.issues.keys()]).toEqual([1]);

  await h.deliver(
    submitReview(
      { world: double.world, repo: handbook },
      { pull: 1, author: MAINTAINER, state: "approved" },
    ),
  );
  expect(handbook.issues.get(1)?.pull?.merged).toBe(true);
  const merge = handbook.refs.get("heads/main");
  expect(double.issue(1)).toMatchObject({
    state: "closed",
    labels: ["sop", "sop: published"],
  });
  expect(double.issue(1)?.comments.at(-1)?.body).toContain(
    `https://github.com/acme/handbook/blob/${merge}/${SOP_PATH}`,
  );
  double.assertValid();
});
