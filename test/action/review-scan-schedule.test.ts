import { afterEach, describe, expect, it } from "vitest";
import { REVIEW_LABEL } from "../../src/core/review/review-issue.js";
import { readActionEnv } from "../../src/shells/action/read-action-env.js";
import { runReviewScan } from "../../src/shells/action/run-review-scan.js";
import { sopWith } from "../catalog/catalog-files.js";
import { ACTIONS_BOT, servedDouble } from "./action-harness.js";

describe("the Action on its schedule event", () => {
  let close = (): Promise<void> => Promise.resolve();
  afterEach(() => close());

  it("reads the config, scans the docs branch and opens the due review issue as the workflow token", async () => {
    const served = await servedDouble({
      ".github/sopflow.yml": "docs_folder: handbook\nreview_window_days: 7\n",
      "handbook/close-month.md": sopWith({
        id: "sop-3-close-month",
        title: "Close the month",
        owner: "@dana",
        review_due: "2027-05-05",
      }),
      "handbook/later.md": sopWith({
        id: "sop-4-later",
        review_due: "2027-05-20",
      }),
    });
    close = served.close;
    const { double } = served;
    const env = readActionEnv({
      INPUT_TOKEN: "ghs_workflow",
      GITHUB_EVENT_NAME: "schedule",
      GITHUB_EVENT_PATH: "/unused",
      GITHUB_API_URL: served.apiUrl,
    });
    // Hand-written: the parts of a schedule event's payload the scan reads.
    const event = {
      id: "1",
      name: "schedule",
      payload: {
        schedule: "17 6 * * *",
        repository: {
          full_name: `${double.repo.owner}/${double.repo.name}`,
          default_branch: double.repo.defaultBranch,
          html_url: `https://github.com/${double.repo.owner}/${double.repo.name}`,
        },
      },
    };
    const scan = () =>
      runReviewScan({
        env,
        event,
        repository: `${double.repo.owner}/${double.repo.name}`,
        today: "2027-05-01",
        logLevel: "fatal",
      });
    const result = await scan();
    expect(result).toMatchObject({ sops: 2, due: 1, filesRead: 2 });
    const issue = double.issue(result.opened[0] ?? 0);
    expect(issue?.title).toBe("Review due: Close the month");
    expect(issue?.author).toBe(ACTIONS_BOT);
    expect(issue?.labels).toEqual([REVIEW_LABEL]);
    expect(issue?.assignees).toEqual(["dana"]);
    expect(await scan()).toMatchObject({ opened: [], alreadyOpen: 1 });
    expect(double.violations).toEqual([]);
  });
});
