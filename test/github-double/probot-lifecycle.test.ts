import { describe, expect, test } from "vitest";
import { listNotes } from "../../src/core/notes/list-notes.js";
import { createOfflineModel } from "../../src/model/offline/offline-model.js";
import { createApp } from "../../src/shells/app/app.js";
import { GitHubDouble } from "../support/github-double/github-double.js";
import { probotFor } from "../support/github-double/test-clients.js";
import { exampleRequest } from "../app/app-harness.js";
import { answerLabelUpdates } from "../app/label-update-hook.js";

const NOW = () => "2025-01-06T10:00:00.000Z";

/** sopflow's first step on a new request, with Probot authenticated one way or the other. */
async function openRequest(input: {
  double: GitHubDouble;
  githubToken?: string;
  botLogin?: string;
}) {
  const { double } = input;
  answerLabelUpdates(double);
  double.addUser("dana");
  const probot = probotFor(
    double,
    input.githubToken ? { githubToken: input.githubToken } : {},
  );
  await probot.load(
    createApp({
      modelFor: () => createOfflineModel(),
      now: NOW,
      env: {},
      ...(input.botLogin ? { botLogin: input.botLogin } : {}),
    }),
  );
  await probot.receive(
    double.openIssue({ ...exampleRequest(), author: "dana", labels: ["sop"] }),
  );
  const comments = double.issue(1)?.comments ?? [];
  return {
    authors: [...new Set(comments.map((c) => c.author))],
    notes: listNotes(
      comments.map((c, i) => ({
        id: String(i),
        author: c.author,
        authorKind: "self" as const,
        body: c.body,
        createdAt: NOW(),
      })),
    ).map((n) => n.header.step),
    tokens: double.calls.filter(
      (c) => c.operationId === "apps/create-installation-access-token",
    ).length,
  };
}

describe("Probot runs sopflow on the double, as an app or with a workflow token", () => {
  test("as an installation: a token is requested, and the notes are the app's own", async () => {
    const double = new GitHubDouble();
    const run = await openRequest({ double });
    expect(run.tokens).toBeGreaterThan(0);
    expect(run.authors).toEqual(["sopflow[bot]"]);
    expect(run.notes).toContain("capture");
    expect(double.issue(1)?.labels).toContain("sop: needs info");
    expect(double.violations).toEqual([]);
  });

  test("with the Action's workflow token: no installation token, and the notes come from whoever the token is", async () => {
    const double = new GitHubDouble({ caller: "github-actions[bot]" });
    const run = await openRequest({
      double,
      githubToken: "ghs_workflow",
      botLogin: "github-actions[bot]",
    });
    expect(run.tokens).toBe(0);
    expect(run.authors).toEqual(["github-actions[bot]"]);
    expect(run.notes).toContain("capture");
    expect(double.violations).toEqual([]);
  });
});
