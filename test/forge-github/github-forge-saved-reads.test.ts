import { afterEach, describe, expect, it } from "vitest";
import { FileExistsError } from "../../src/core/ports/forge.js";
import { gitBlobSha } from "../../src/forge/github/git-blob-sha.js";
import {
  isFresh,
  payloadSnapshot,
} from "../../src/forge/github/payload-snapshot.js";
import { draftNote, forgeFixture, SOP_PATH } from "./forge-fixture.js";
import { loadTask } from "../../src/core/workflow/load-task.js";

let fixture = forgeFixture();
afterEach(() => {
  fixture.double.assertValid();
  fixture = forgeFixture();
});

const BRANCH = "sopflow/1-refund";
const READ_ISSUE = "GET /repos/{owner}/{repo}/issues/{issue_number}";
const READ_PULL = "GET /repos/{owner}/{repo}/pulls/{pull_number}";
const READ_FILE = "GET /repos/{owner}/{repo}/contents/{path}";

describe("the GitHub forge reads nothing the event already shows", () => {
  it("takes the issue from a payload newer than the app's last note, and reads it again once the app has posted since", async () => {
    const { double, issueNumber, makeForge, requests } = fixture;
    const labeled = double.labelIssue({
      issue: issueNumber,
      label: "sop",
      author: "dana",
    });
    const payload = payloadSnapshot(labeled.payload);
    expect(payload.issue?.number).toBe(issueNumber);

    const fresh = makeForge({ payload });
    const first = await requests(() => loadTask(fresh));
    expect(first).not.toContain(READ_ISSUE);
    expect((await loadTask(fresh)).labels).toEqual(["sop", "bug"]);

    await fresh.setStateLabel("sop: needs info");
    await fresh.comment("a note");
    await fresh.flush();
    const redelivered = makeForge({ payload });
    const second = await requests(() => loadTask(redelivered));
    expect(second).toContain(READ_ISSUE);
    expect((await loadTask(redelivered)).labels).toEqual([
      "sop",
      "bug",
      "sop: needs info",
    ]);
  });

  it("takes the pull request from a fresh review payload, and reads it when the payload is older than the app's last note", async () => {
    const { double, issueNumber, makeForge } = fixture;
    const setup = makeForge();
    const sha = await setup.commitFile({
      branch: BRANCH,
      base: "main",
      path: SOP_PATH,
      content: "# Refund\n",
      message: "draft",
    });
    const pull = await setup.openPull({
      branch: BRANCH,
      base: "main",
      title: "SOP: Refund",
      body: `https://github.com/acme/docs/issues/${issueNumber}`,
    });
    await setup.comment(
      draftNote({
        path: SOP_PATH,
        branch: BRANCH,
        commit: sha,
        pull: pull.number,
        title: "Refund",
      }),
    );
    await setup.flush();
    const review = double.submitReview({
      pull: pull.number,
      author: "dana",
      state: "commented",
      body: "ok",
    });
    const payload = payloadSnapshot(review.payload);

    const before = double.calls.length;
    const seen = await loadTask(makeForge({ payload }));
    expect(seen.pull).toMatchObject({
      number: pull.number,
      headSha: sha,
      state: "open",
      reviews: [
        expect.objectContaining({ author: "dana", state: "commented" }),
      ],
    });
    expect(
      double.calls.slice(before).map((c) => `${c.method} ${c.route}`),
    ).not.toContain(READ_PULL);

    await setup.comment("a later note");
    await setup.flush();
    const at = double.calls.length;
    await loadTask(makeForge({ payload }));
    expect(
      double.calls.slice(at).map((c) => `${c.method} ${c.route}`),
    ).toContain(READ_PULL);
  });

  it("counts a payload as fresh only when it is strictly newer than every note (timestamps have whole seconds)", () => {
    expect(
      isFresh({
        updatedAt: "2025-01-06T10:00:01Z",
        changesAt: ["2025-01-06T10:00:00Z"],
      }),
    ).toBe(true);
    expect(
      isFresh({
        updatedAt: "2025-01-06T10:00:00Z",
        changesAt: ["2025-01-06T10:00:00.000Z"],
      }),
    ).toBe(false);
    expect(isFresh({ updatedAt: "2025-01-06T10:00:00Z", changesAt: [] })).toBe(
      true,
    );
    expect(isFresh({ updatedAt: "not a date", changesAt: [] })).toBe(false);
    expect(payloadSnapshot({ issue: { number: 1 } })).toEqual({});
  });
});

describe("the GitHub forge writes a first draft without looking first", () => {
  it("creates a new file in one request after the branch, and says what the base holds when an SOP already sits at the path", async () => {
    const { makeForge, requests } = fixture;
    const made = await requests(() =>
      makeForge().commitFile({
        branch: BRANCH,
        base: "main",
        path: SOP_PATH,
        content: "# Refund\n",
        message: "draft",
        onlyIfNew: true,
      }),
    );
    expect(made).not.toContain(READ_FILE);

    await makeForge().commitFile({
      branch: "main",
      base: "main",
      path: "docs/sops/payout.md",
      content: "# Payout v1\n",
      message: "published earlier",
    });
    const forge = makeForge();
    const refused = await forge
      .commitFile({
        branch: "sopflow/2-payout",
        base: "main",
        path: "docs/sops/payout.md",
        content: "# Payout\n",
        message: "draft",
        onlyIfNew: true,
      })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(FileExistsError);
    expect((refused as FileExistsError).content).toBe("# Payout v1\n");
    const rewritten = await requests(() =>
      forge.commitFile({
        branch: "sopflow/2-payout",
        base: "main",
        path: "docs/sops/payout.md",
        content: "# Payout v2\n",
        message: "draft on v1",
      }),
    );
    expect(rewritten).toEqual(["PUT /repos/{owner}/{repo}/contents/{path}"]);
    expect(
      fixture.double.fileAt("sopflow/2-payout", "docs/sops/payout.md"),
    ).toBe("# Payout v2\n");
  });

  it("updates from a copy the notes hold without reading the file, and reads it when the copy is not what GitHub holds", async () => {
    const { double, makeForge, requests } = fixture;
    const head = await makeForge().commitFile({
      branch: BRANCH,
      base: "main",
      path: SOP_PATH,
      content: "# Refund\n",
      message: "draft",
    });
    const known = await requests(() =>
      makeForge().commitFile({
        branch: BRANCH,
        base: "main",
        path: SOP_PATH,
        content: "# Refund v2\n",
        message: "redraft",
        known: { sha: head, content: "# Refund\n" },
      }),
    );
    expect(known).not.toContain(READ_FILE);
    const next = double.branchHead(BRANCH) ?? "";

    const wrong = await requests(() =>
      makeForge().commitFile({
        branch: BRANCH,
        base: "main",
        path: SOP_PATH,
        content: "# Refund v3\n",
        message: "redraft",
        known: { sha: next, content: "# Not this\n" },
      }),
    );
    expect(wrong).toContain(READ_FILE);
    expect(double.fileAt(BRANCH, SOP_PATH)).toBe("# Refund v3\n");
    expect(gitBlobSha("hello\n")).toBe(
      "ce013625030ba8dba906f756967f9e9ca394464a",
    );
  });
});
