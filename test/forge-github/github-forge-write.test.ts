import { afterEach, describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/checks/finding.js";
import { encodeNote } from "../../src/core/notes/encode-note.js";
import { listNotes } from "../../src/core/notes/list-notes.js";
import { NOTE_SEPARATOR } from "../../src/core/notes/note-markers.js";
import { HeadMovedError } from "../../src/core/ports/forge.js";
import { STATE_LABELS } from "../../src/core/workflow/state-labels.js";
import { octokitFor } from "../support/github-double/test-clients.js";
import { BOT, draftNote, forgeFixture, SOP_PATH } from "./forge-fixture.js";
import { loadTask } from "../../src/core/workflow/load-task.js";

let fixture = forgeFixture();
afterEach(() => {
  fixture.double.assertValid();
  fixture = forgeFixture();
});

const BRANCH = "sopflow/1-refund";

describe("the GitHub forge writes a task", () => {
  it("keeps one run's snapshot current through its own writes: a later load costs nothing and matches a fresh read", async () => {
    const { double, makeForge, requests } = fixture;
    double.addCollaborator({ login: "mo", role: "admin" });
    const forge = makeForge();
    await loadTask(forge);
    const made = await requests(async () => {
      await forge.comment("first note");
      await forge.setStateLabel(STATE_LABELS["awaiting approval"].name);
      const sha = await forge.commitFile({
        branch: BRANCH,
        base: "main",
        path: SOP_PATH,
        content: "# Refund\n",
        message: "draft",
      });
      const pull = await forge.openPull({
        branch: BRANCH,
        base: "main",
        title: "SOP: Refund",
        body: "b",
      });
      await forge.comment(
        draftNote({
          path: SOP_PATH,
          branch: BRANCH,
          commit: sha,
          pull: pull.number,
          title: "Refund",
        }),
      );
      await forge.commitFile({
        branch: BRANCH,
        base: "main",
        path: SOP_PATH,
        content: "# Refund\n\nMore.\n",
        message: "fix",
        expectedHead: sha,
      });
      expect(
        await forge.merge({
          pull: pull.number,
          sha: (await loadTask(forge)).pull?.headSha ?? "",
          method: "squash",
          title: "publish",
          message: "Approved by @maintainer.",
        }),
      ).toMatchObject({ ok: true });
      await forge.setStateLabel(STATE_LABELS.published.name, {
        close: "completed",
      });
      await forge.flush();
    });
    const cached = await loadTask(forge);
    expect(await requests(() => loadTask(forge))).toEqual([]);
    expect(made).not.toContain(
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    );

    const fresh = await loadTask(makeForge());
    expect(cached).toEqual(fresh);
    expect(fresh.pull).toMatchObject({
      state: "merged",
      mergedBy: BOT,
      mergeSha: double.branchHead("main"),
    });
    expect(double.issue(1)).toMatchObject({
      state: "closed",
      stateReason: "completed",
    });
  });

  it("holds the run's comments until flush, showing them at once, then posts the notes together and anything else alone", async () => {
    const { double, makeForge, requests } = fixture;
    const forge = makeForge();
    await loadTask(forge);
    const notes = [1, 2, 3].flatMap((revision) =>
      encodeNote({
        step: "capture",
        revision,
        inputs: [],
        provider: "offline",
        model: "m",
        calls: 0,
        tokensIn: 0,
        tokensOut: 0,
        at: "2025-01-06T10:00:00Z",
        body: `### Capture ${revision}`,
        data: { revision },
      }),
    );
    const held = await requests(async () => {
      await forge.comment(notes[0]!);
      await forge.comment(notes[1]!);
      await forge.comment("a reply that is no note");
      await forge.comment(notes[2]!);
    });
    expect(held).toEqual([]);
    expect((await loadTask(forge)).comments.map((c) => [c.id, c.body])).toEqual(
      [
        ["pending-1", notes[0]],
        ["pending-2", notes[1]],
        ["pending-3", "a reply that is no note"],
        ["pending-4", notes[2]],
      ],
    );
    expect(await requests(() => forge.flush())).toEqual(
      Array.from(
        { length: 3 },
        () => "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
      ),
    );
    expect(double.issue(1)?.comments.map((c) => c.body)).toEqual([
      `${notes[0]}${NOTE_SEPARATOR}${notes[1]}`,
      "a reply that is no note",
      notes[2],
    ]);
    const fresh = await loadTask(makeForge());
    expect(await loadTask(forge)).toEqual(fresh);
    expect(listNotes(fresh.comments).map((n) => n.data)).toEqual([
      { revision: 1 },
      { revision: 2 },
      { revision: 3 },
    ]);
    expect(await requests(() => forge.flush())).toEqual([]);
  });

  it("sets the state label in one request, keeping the trigger and people's labels, and styles a label GitHub had to create", async () => {
    const { double, makeForge, requests } = fixture;
    const forge = makeForge();
    await loadTask(forge);
    expect(
      await requests(() =>
        forge.setStateLabel(STATE_LABELS["needs info"].name),
      ),
    ).toEqual([
      "PUT /repos/{owner}/{repo}/issues/{issue_number}/labels",
      "PATCH /repos/{owner}/{repo}/labels/{name}",
    ]);
    expect(double.issue(1)?.labels).toEqual(["sop", "bug", "sop: needs info"]);
    expect(double.repo.labels.get("sop: needs info")).toMatchObject({
      color: STATE_LABELS["needs info"].color,
      description: STATE_LABELS["needs info"].description,
    });
    expect(
      await requests(() =>
        forge.setStateLabel(STATE_LABELS["needs info"].name),
      ),
    ).toEqual([]);

    double.repo.labels.set("sop: awaiting approval", {
      id: 1,
      name: "sop: awaiting approval",
      color: "123456",
      description: "ours",
    });
    const made = await requests(() =>
      makeForge().setStateLabel(STATE_LABELS["awaiting approval"].name),
    );
    // The task is read in parallel, then the label set: the reads' order is not fixed.
    expect(made.slice(0, 3).sort()).toEqual([
      "GET /repos/{owner}/{repo}",
      "GET /repos/{owner}/{repo}/issues/{issue_number}",
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    ]);
    expect(made.slice(3)).toEqual([
      "PUT /repos/{owner}/{repo}/issues/{issue_number}/labels",
    ]);
    expect(double.issue(1)?.labels).toEqual([
      "sop",
      "bug",
      "sop: awaiting approval",
    ]);
    expect(double.repo.labels.get("sop: awaiting approval")?.color).toBe(
      "123456",
    );
  });

  it("commits to a new branch made from the base, updates by blob, and makes no commit for unchanged content", async () => {
    const { double, makeForge, requests } = fixture;
    const forge = makeForge();
    const base = double.branchHead("main");
    expect(await forge.readFile("main", SOP_PATH)).toBeNull();
    const first = await forge.commitFile({
      branch: BRANCH,
      base: "main",
      path: SOP_PATH,
      content: "# Refund\n",
      message: "draft",
    });
    expect(double.repo.commits.get(first)?.parents).toEqual([base]);
    expect(double.fileAt(BRANCH, SOP_PATH)).toBe("# Refund\n");
    expect(
      await requests(async () =>
        expect(
          await forge.commitFile({
            branch: BRANCH,
            base: "main",
            path: SOP_PATH,
            content: "# Refund\n",
            message: "again",
          }),
        ).toBe(first),
      ),
    ).toEqual([]);

    const later = makeForge();
    const second = await later.commitFile({
      branch: BRANCH,
      base: "main",
      path: SOP_PATH,
      content: "# Refund v2\n",
      message: "redraft",
    });
    expect(double.repo.commits.get(second)?.parents).toEqual([first]);
    expect(await later.readFile(second, SOP_PATH)).toBe("# Refund v2\n");
  });

  it("refuses to write on a head that moved: before writing when it knows, from the new commit's parent when it finds out", async () => {
    const { double, makeForge, requests } = fixture;
    const forge = makeForge();
    const first = await forge.commitFile({
      branch: BRANCH,
      base: "main",
      path: SOP_PATH,
      content: "# Refund\n",
      message: "draft",
    });
    const refused = await requests(() =>
      expect(
        forge.commitFile({
          branch: BRANCH,
          base: "main",
          path: SOP_PATH,
          content: "x",
          message: "m",
          expectedHead: "0".repeat(40),
        }),
      ).rejects.toBeInstanceOf(HeadMovedError),
    );
    expect(refused).toEqual([]);

    await forge.openPull({
      branch: BRANCH,
      base: "main",
      title: "SOP",
      body: "b",
    });
    double.addCollaborator({ login: "mo", role: "write" });
    double.pushCommit({
      branch: BRANCH,
      files: { "docs/other.md": "other\n" },
      author: "mo",
    });
    const moved = await forge
      .commitFile({
        branch: BRANCH,
        base: "main",
        path: SOP_PATH,
        content: "# Refund v2\n",
        message: "fix",
        expectedHead: first,
      })
      .catch((e: unknown) => e);
    expect(moved).toBeInstanceOf(HeadMovedError);
    expect((moved as HeadMovedError).actual).not.toBe(first);

    double.pushCommit({
      branch: BRANCH,
      files: { [SOP_PATH]: "# Theirs\n" },
      author: "mo",
    });
    const stale = makeForge();
    await stale.readFile(BRANCH, SOP_PATH);
    double.pushCommit({
      branch: BRANCH,
      files: { [SOP_PATH]: "# Theirs again\n" },
      author: "mo",
    });
    await expect(
      stale.commitFile({
        branch: BRANCH,
        base: "main",
        path: SOP_PATH,
        content: "# Mine\n",
        message: "m",
      }),
    ).rejects.toBeInstanceOf(HeadMovedError);
  });

  it("treats an existing pull request for the branch as the task's", async () => {
    const { double, makeForge } = fixture;
    const forge = makeForge();
    await forge.commitFile({
      branch: BRANCH,
      base: "main",
      path: SOP_PATH,
      content: "# Refund\n",
      message: "draft",
    });
    const octokit = octokitFor(double);
    const { data: existing } = await octokit.rest.pulls.create({
      owner: "acme",
      repo: "docs",
      head: BRANCH,
      base: "main",
      title: "by hand",
    });
    const pull = await makeForge().openPull({
      branch: BRANCH,
      base: "main",
      title: "SOP: Refund",
      body: "b",
    });
    expect(pull).toMatchObject({
      number: existing.number,
      branch: BRANCH,
      state: "open",
      url: existing.html_url,
    });
  });

  it("reports every finding as an annotation, fifty per request, failing the check only on errors", async () => {
    const { double, makeForge, requests } = fixture;
    const forge = makeForge();
    const sha = await forge.commitFile({
      branch: BRANCH,
      base: "main",
      path: SOP_PATH,
      content: "# Refund\n",
      message: "draft",
    });
    const findings: Finding[] = Array.from({ length: 120 }, (_, i) => ({
      ruleId: `rule-${i % 3}`,
      severity: (["error", "warning", "suggestion"] as const)[i % 3] ?? "error",
      message: `Unexpected thing ${i}, expected other`,
      line: i + 1,
      column: 1,
    }));
    const made = await requests(() =>
      forge.reportCheck({
        sha,
        path: SOP_PATH,
        findings,
        summary: "40 problems",
      }),
    );
    expect(made).toEqual([
      "POST /repos/{owner}/{repo}/check-runs",
      "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
      "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
    ]);
    const [run] = double.checkRuns(sha);
    expect(run).toMatchObject({
      name: "SOP walkthrough",
      status: "completed",
      conclusion: "failure",
      output: {
        title: "40 errors, 40 warnings, 40 suggestions",
        summary: "40 problems",
      },
    });
    expect(run?.output.annotations).toHaveLength(120);
    expect(run?.output.annotations.slice(0, 3)).toEqual([
      {
        path: SOP_PATH,
        start_line: 1,
        end_line: 1,
        annotation_level: "failure",
        message: "Unexpected thing 0, expected other",
        title: "rule-0",
        raw_details:
          "What rule-0 wants, why, and examples: https://github.com/sopflow/sopflow/blob/v1/docs/rules.md#rule-0",
      },
      {
        path: SOP_PATH,
        start_line: 2,
        end_line: 2,
        annotation_level: "warning",
        message: "Unexpected thing 1, expected other",
        title: "rule-1",
        raw_details:
          "What rule-1 wants, why, and examples: https://github.com/sopflow/sopflow/blob/v1/docs/rules.md#rule-1",
      },
      {
        path: SOP_PATH,
        start_line: 3,
        end_line: 3,
        annotation_level: "notice",
        message: "Unexpected thing 2, expected other",
        title: "rule-2",
        raw_details:
          "What rule-2 wants, why, and examples: https://github.com/sopflow/sopflow/blob/v1/docs/rules.md#rule-2",
      },
    ]);
  });

  it("asks reviewers except the app and the author, and shrugs off someone GitHub will not ask", async () => {
    const { double, makeForge, requests } = fixture;
    const forge = makeForge();
    await forge.commitFile({
      branch: BRANCH,
      base: "main",
      path: SOP_PATH,
      content: "# Refund\n",
      message: "draft",
    });
    const pull = await forge.openPull({
      branch: BRANCH,
      base: "main",
      title: "SOP",
      body: "b",
    });
    await forge.requestReview({
      pull: pull.number,
      reviewers: ["@dana", BOT, "dana"],
    });
    expect(double.issue(pull.number)?.pull?.requestedReviewers).toEqual([
      "dana",
    ]);
    expect(
      await requests(() =>
        forge.requestReview({ pull: pull.number, reviewers: [BOT] }),
      ),
    ).toEqual([]);
    double.addUser("outsider");
    await expect(
      forge.requestReview({ pull: pull.number, reviewers: ["outsider"] }),
    ).resolves.toBeUndefined();
  });

  it("merges only the given head: a moved head and an unmergeable pull request are answers, not failures", async () => {
    const { double, makeForge } = fixture;
    const forge = makeForge();
    const sha = await forge.commitFile({
      branch: BRANCH,
      base: "main",
      path: SOP_PATH,
      content: "# Refund\n",
      message: "draft",
    });
    const pull = await forge.openPull({
      branch: BRANCH,
      base: "main",
      title: "SOP",
      body: "b",
    });
    expect(
      await forge.merge({
        pull: pull.number,
        sha: "f".repeat(40),
        method: "squash",
        title: "t",
        message: "m",
      }),
    ).toMatchObject({ ok: false, reason: "head-moved" });
    double.setMergeable(pull.number, false);
    expect(
      await forge.merge({
        pull: pull.number,
        sha,
        method: "squash",
        title: "t",
        message: "m",
      }),
    ).toMatchObject({ ok: false, reason: "not-mergeable" });
    double.setMergeable(pull.number, true);
    const merged = await forge.merge({
      pull: pull.number,
      sha,
      method: "squash",
      title: "docs(sop): publish",
      message: "Approved by @maintainer.",
    });
    expect(merged).toEqual({ ok: true, sha: double.branchHead("main") });
    expect(double.fileAt("main", SOP_PATH)).toBe("# Refund\n");
  });

  it("names the note it could not post, with GitHub's error as the cause", async () => {
    const { double, makeForge } = fixture;
    double.failNext({ route: "issues/create-comment", status: 500 });
    const note = draftNote({
      path: SOP_PATH,
      branch: BRANCH,
      commit: "c",
      pull: 2,
      title: "Refund",
    });
    const forge = makeForge();
    await forge.comment(note);
    const error = (await forge.flush().catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(
      /^Could not post the draft note on acme\/docs#1: /,
    );
    expect((error.cause as { status?: number }).status).toBe(500);
  });

  it("never posts a comment over GitHub's limit", async () => {
    const { double, makeForge } = fixture;
    await expect(makeForge().comment("x".repeat(65_537))).rejects.toThrow(
      /65536/,
    );
    expect(double.issue(1)?.comments).toEqual([]);
  });
});
