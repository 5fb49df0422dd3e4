// Every text sopflow shows people on GitHub, as file snapshots: the notes on the issue, the pull
// request's body and the walkthrough's check run, from real runs of the app on the GitHub double.
// A wording change shows up here as a diff to review; `npx vitest run -u` accepts it.
import { describe, expect, it } from "vitest";
import type { GitHubDouble } from "../support/github-double/github-double.js";
import { createHarness, MAINTAINER, OPERATOR } from "../app/app-harness.js";
import { LIFECYCLE, PULL, TASK } from "../app/lifecycle-events.js";
import { textNormaliser } from "./normalise-text.js";

const BOT = "sopflow[bot]";

/** The app's comments on the task issue, oldest first, as they read. */
function botComments(
  double: GitHubDouble,
  normalise: (text: string) => string,
): string[] {
  return (double.issue(TASK)?.comments ?? [])
    .filter((c) => c.author === BOT)
    .map((c) => normalise(c.body));
}

/** The check run as the Checks tab shows it: title, summary, details and the annotations. */
function checkRunText(double: GitHubDouble): string {
  const head = double.issue(PULL)?.pull?.headSha ?? "";
  return double
    .checkRuns(head)
    .map(({ name, conclusion, output }) =>
      [
        `# ${name}: ${output.title} (${conclusion})`,
        output.summary,
        output.text ?? "(no details)",
        "## Annotations",
        ...output.annotations.map(
          (a) =>
            `- ${a.path}:${a.start_line} ${a.annotation_level} ${a.title ?? ""}: ${a.message}`,
        ),
      ].join("\n\n"),
    )
    .join("\n\n---\n\n");
}

async function awaitingApproval() {
  const h = await createHarness();
  for (const event of LIFECYCLE.slice(0, 2))
    await h.deliver(event.act(h.double));
  return h;
}

describe("what people read on GitHub", () => {
  it("the notes, the pull request body and the check run of a whole lifecycle", async () => {
    const normalise = textNormaliser();
    const h = await createHarness();
    const [opened, answered, changes, approved] = LIFECYCLE;
    await h.deliver(opened!.act(h.double));
    await h.deliver(answered!.act(h.double));
    const firstCheck = checkRunText(h.double);
    await h.deliver(changes!.act(h.double));
    await h.deliver(approved!.act(h.double));

    const [capture, draft, redraft, publish, ...rest] = botComments(
      h.double,
      normalise,
    );
    expect(rest).toEqual([]);
    await expect(capture).toMatchFileSnapshot(
      "./__snapshots__/github/1-capture-with-questions.md",
    );
    await expect(draft).toMatchFileSnapshot(
      "./__snapshots__/github/2-capture-draft-walkthrough.md",
    );
    await expect(redraft).toMatchFileSnapshot(
      "./__snapshots__/github/3-redraft-walkthrough.md",
    );
    await expect(publish).toMatchFileSnapshot(
      "./__snapshots__/github/4-publish.md",
    );
    await expect(
      normalise(h.double.issue(PULL)?.body ?? ""),
    ).toMatchFileSnapshot("./__snapshots__/github/pull-request-body.md");
    await expect(normalise(firstCheck)).toMatchFileSnapshot(
      "./__snapshots__/github/check-run-first-draft.md",
    );
    await expect(normalise(checkRunText(h.double))).toMatchFileSnapshot(
      "./__snapshots__/github/check-run-redraft.md",
    );
  });

  it("the answers to /sop status, /sop help, an unknown command and a refused /sop cancel", async () => {
    const normalise = textNormaliser();
    const h = await createHarness();
    h.double.addCollaborator({ login: "eve", role: "read" });
    await h.deliver(LIFECYCLE[0]!.act(h.double));
    const before = botComments(h.double, normalise).length;
    const replies: Record<string, string> = {};
    for (const [name, author, body] of [
      ["status-needs-info", OPERATOR, "/sop status"],
      ["help", OPERATOR, "/sop help"],
      ["unknown-command", OPERATOR, "/sop publish-now"],
      ["cancel-refused", "eve", "/sop cancel"],
    ] as const) {
      await h.deliver(h.double.comment({ issue: TASK, author, body }));
      replies[name] =
        botComments(h.double, normalise).slice(before).at(-1) ?? "";
    }
    for (const [name, text] of Object.entries(replies))
      await expect(text).toMatchFileSnapshot(
        `./__snapshots__/github/reply-${name}.md`,
      );
  });

  it("the status while waiting for approval, and the note of a cancelled task", async () => {
    const normalise = textNormaliser();
    const h = await awaitingApproval();
    await h.deliver(
      h.double.comment({
        issue: TASK,
        author: MAINTAINER,
        body: "/sop status",
      }),
    );
    await expect(botComments(h.double, normalise).at(-1)).toMatchFileSnapshot(
      "./__snapshots__/github/reply-status-awaiting-approval.md",
    );
    await h.deliver(
      h.double.comment({ issue: TASK, author: OPERATOR, body: "/sop cancel" }),
    );
    await expect(botComments(h.double, normalise).at(-1)).toMatchFileSnapshot(
      "./__snapshots__/github/cancel.md",
    );
  });

  it("the error note when GitHub fails a write, and the comment on an invalid settings file", async () => {
    const normalise = textNormaliser();
    const failing = await createHarness();
    failing.double.failNext({ route: "issues/create-comment", status: 500 });
    // The delivery fails (so GitHub shows it as failed); the note says what happened.
    await expect(
      failing.deliver(LIFECYCLE[0]!.act(failing.double)),
    ).rejects.toBeInstanceOf(Error);
    const [error, ...others] = botComments(failing.double, normalise);
    expect(others).toEqual([]);
    await expect(error).toMatchFileSnapshot(
      "./__snapshots__/github/error-github-write.md",
    );

    const misconfigured = await createHarness({
      config: "walkthrough_rounds: lots\nmerge_method: fast-forward\n",
    });
    await misconfigured.deliver(LIFECYCLE[0]!.act(misconfigured.double));
    await expect(
      botComments(misconfigured.double, normalise).join("\n\n---\n\n"),
    ).toMatchFileSnapshot("./__snapshots__/github/config-problem.md");
  });
});
