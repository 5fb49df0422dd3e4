import { describe, expect, it } from "vitest";
import { ConfigSchema } from "../../src/core/config/config-schema.js";
import { readCatalog } from "../../src/core/catalog/read-catalog.js";
import { parseSop } from "../../src/core/sop/parse-sop.js";
import { scanReviewDue } from "../../src/forge/github/scan-review-due.js";
import { octokitFor } from "../support/github-double/test-clients.js";
import { silent } from "../forge-github/review-scan-repo.js";
import {
  createHarness,
  exampleAnswers,
  MAINTAINER,
  OPERATOR,
} from "../app/app-harness.js";
import {
  handoverRequest,
  PULL,
  SOP_PATH,
  TASK,
} from "../app/lifecycle-events.js";

const CATALOG = "docs/sops/README.md";
const REVIEW = PULL + 1;
const CONFIRM_PULL = PULL + 2;

/** An SOP published on 2025-01-06 (due for review on 2025-07-05), then the clock moved to `later`. */
async function publishedThen(later: string) {
  const clock = { now: "2025-01-06T10:00:00.000Z" };
  const h = await createHarness({
    config: "docs_folder: docs/sops\n",
    app: { now: () => clock.now },
  });
  const d = h.double;
  await h.deliver(
    d.openIssue({ ...handoverRequest(), author: OPERATOR, labels: ["sop"] }),
  );
  await h.deliver(
    d.comment({ issue: TASK, author: OPERATOR, body: exampleAnswers() }),
  );
  await h.deliver(
    d.submitReview({ pull: PULL, author: MAINTAINER, state: "approved" }),
  );
  clock.now = `${later}T09:00:00.000Z`;
  const scan = () =>
    scanReviewDue({
      octokit: octokitFor(d),
      docs: { owner: d.repo.owner, repo: d.repo.name },
      ref: d.repo.defaultBranch,
      htmlUrl: `https://github.com/${d.repo.owner}/${d.repo.name}`,
      config: ConfigSchema.parse({ docs_folder: "docs/sops" }),
      today: later,
      log: silent,
    });
  return { h, d, scan };
}

describe("review on schedule, on GitHub", () => {
  it("opens one review issue, confirms it with a pull request that only moves the dates, closes it on merge", async () => {
    const { h, d, scan } = await publishedThen("2025-06-20");
    const before = d.fileAt("main", SOP_PATH) ?? "";
    expect((await scan()).opened).toEqual([REVIEW]);
    expect((await scan()).opened).toEqual([]);
    expect(d.issue(REVIEW)?.title).toBe("Review due: On-call handover");

    await h.deliver(
      d.comment({ issue: REVIEW, author: MAINTAINER, body: "/sop confirm" }),
    );
    const pull = d.issue(CONFIRM_PULL)?.pull;
    expect(pull?.head).toBe("sopflow/3-on-call-handover-confirm-1");
    const after = d.fileAt(pull?.headSha ?? "", SOP_PATH) ?? "";
    const changed = after
      .split("\n")
      .filter((line, i) => line !== before.split("\n")[i]);
    expect(changed).toEqual([
      "last_validated: 2025-06-20",
      "review_due: 2025-12-17",
    ]);
    expect(
      readCatalog({
        markdown: d.fileAt(pull?.headSha ?? "", CATALOG) ?? "",
        catalogPath: CATALOG,
      })[0],
    ).toMatchObject({ lastValidated: "2025-06-20", reviewDue: "2025-12-17" });

    await h.deliver(
      d.submitReview({
        pull: CONFIRM_PULL,
        author: MAINTAINER,
        state: "approved",
      }),
    );
    expect(d.issue(CONFIRM_PULL)?.pull?.merged).toBe(true);
    expect(d.issue(REVIEW)?.state).toBe("closed");
    expect(
      parseSop(d.fileAt("main", SOP_PATH) ?? "").file.frontMatter,
    ).toMatchObject({
      last_validated: "2025-06-20",
      review_due: "2025-12-17",
    });
    // Confirmed: the next scan finds nothing due.
    expect(await scan()).toMatchObject({ due: 0, opened: [] });
    expect(d.violations).toEqual([]);
  }, 60_000);

  it("revising from the review issue closes it too, and the revised SOP is not due again", async () => {
    const { h, d, scan } = await publishedThen("2025-06-25");
    expect((await scan()).opened).toEqual([REVIEW]);
    await h.deliver(
      d.comment({
        issue: REVIEW,
        author: MAINTAINER,
        body: "/sop revise Replace step 5: Post the handover page link in #oncall and pin it",
      }),
    );
    expect(d.issue(CONFIRM_PULL)?.pull?.head).toBe(
      "sopflow/3-on-call-handover-revise-1",
    );
    await h.deliver(
      d.submitReview({
        pull: CONFIRM_PULL,
        author: MAINTAINER,
        state: "approved",
      }),
    );
    expect(d.issue(REVIEW)?.state).toBe("closed");
    expect(await scan()).toMatchObject({ due: 0, opened: [] });
  }, 60_000);

  it("a review issue without a command waits; a stranger's /sop confirm changes nothing", async () => {
    const { h, d, scan } = await publishedThen("2025-06-20");
    await scan();
    d.addUser("stranger");
    await h.deliver(
      d.comment({ issue: REVIEW, author: OPERATOR, body: "Looks fine to me." }),
    );
    expect(d.issue(CONFIRM_PULL)).toBeUndefined();
    await h.deliver(
      d.comment({ issue: REVIEW, author: "stranger", body: "/sop confirm" }),
    );
    expect(d.issue(CONFIRM_PULL)).toBeUndefined();
    expect(d.issue(REVIEW)?.comments.at(-1)?.body).toMatch(
      /only the person who asked for this SOP or someone with write access/,
    );
  }, 60_000);

  it("an SOP revised meanwhile needs no review: the next scan closes its review issue and opens none", async () => {
    const { h, d, scan } = await publishedThen("2025-06-20");
    expect((await scan()).opened).toEqual([REVIEW]);
    // Revised from the task that published it, not from the review issue.
    await h.deliver(
      d.comment({
        issue: TASK,
        author: OPERATOR,
        body: "/sop revise Replace step 5: Post the handover page link in #oncall and pin it",
      }),
    );
    await h.deliver(
      d.submitReview({
        pull: CONFIRM_PULL,
        author: MAINTAINER,
        state: "approved",
      }),
    );
    expect(d.issue(CONFIRM_PULL)?.pull?.merged).toBe(true);
    expect(d.issue(REVIEW)?.state).toBe("open");
    expect(await scan()).toMatchObject({
      due: 0,
      opened: [],
      closed: [REVIEW],
    });
    expect(d.issue(REVIEW)?.state).toBe("closed");
    expect(d.issue(REVIEW)?.comments.at(-1)?.body).toMatch(
      /revised or confirmed since; its next review is due on 2025-12-17/,
    );
    expect(await scan()).toMatchObject({ opened: [], closed: [] });
    expect(d.violations).toEqual([]);
  }, 60_000);

  it("a confirmation on the day the SOP was validated opens no empty pull request and says why", async () => {
    const { h, d } = await publishedThen("2025-01-06");
    // The handler reports the failed step (an error note on the issue), as for any step.
    await expect(
      h.deliver(
        d.comment({ issue: TASK, author: OPERATOR, body: "/sop confirm" }),
      ),
    ).rejects.toThrow(/changes nothing/);
    expect(d.issue(REVIEW)).toBeUndefined();
    expect(d.issue(TASK)?.comments.at(-1)?.body).toMatch(
      /changes nothing in docs\/sops\/on-call-handover\.md: it already reads so \(last validated 2025-01-06\)/,
    );
    expect(d.violations).toEqual([]);
  }, 60_000);
});
