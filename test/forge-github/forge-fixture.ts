import { encodeNote } from "../../src/core/notes/encode-note.js";
import type { DraftData } from "../../src/core/workflow/task-data.js";
import {
  createGitHubForge,
  type GitHubForgeOptions,
} from "../../src/forge/github/github-forge.js";
import { answerLabelUpdates } from "../app/label-update-hook.js";
import { GitHubDouble } from "../support/github-double/github-double.js";
import { octokitFor } from "../support/github-double/test-clients.js";

export const BOT = "sopflow[bot]";
export const SOP_PATH = "docs/sops/refund.md";

export const silentLog = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  debug: () => undefined,
};

/** A double with one task issue, and a way to make forges on it (one per "event"). */
export function forgeFixture() {
  const double = new GitHubDouble();
  answerLabelUpdates(double);
  double.addCollaborator({ login: "dana", role: "write" });
  const opened = double.openIssue({
    title: "SOP: Refund a customer",
    body: "Steps:\n1. Open the order",
    author: "dana",
    labels: ["sop", "bug"],
  });
  const issueNumber = opened.payload.issue.number;
  const makeForge = (options: Partial<GitHubForgeOptions> = {}) =>
    createGitHubForge({
      octokit: octokitFor(double),
      owner: "acme",
      repo: "docs",
      issueNumber,
      botLogin: BOT,
      triggerLabel: "sop",
      log: silentLog,
      ...options,
    });
  /** Requests made while `run` runs. */
  const requests = async (run: () => Promise<unknown>) => {
    const before = double.calls.length;
    await run();
    return double.calls.slice(before).map((c) => `${c.method} ${c.route}`);
  };
  return { double, issueNumber, makeForge, requests };
}

/** A draft note as the app posts it, naming the branch and pull request. */
export function draftNote(data: DraftData): string {
  const [body] = encodeNote({
    step: "draft",
    revision: 1,
    inputs: ["capture:1"],
    provider: "offline",
    model: "m",
    calls: 0,
    tokensIn: 0,
    tokensOut: 0,
    at: "2025-01-06T10:00:00Z",
    body: "### Draft",
    data,
  });
  return body ?? "";
}
