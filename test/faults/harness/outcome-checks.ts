import { parseSop } from "../../../src/core/sop/parse-sop.js";
import type { SopContent } from "../../../src/core/sop/sop-schema.js";
import { MAINTAINER } from "../../app/app-harness.js";
import { PULL, SOP_PATH, TASK } from "../../app/lifecycle-events.js";
import type { GitHubDouble } from "../../support/github-double/github-double.js";
import { runLifecycle } from "./run-lifecycle.js";
import { notesOf, shown } from "./task-notes.js";
import {
  duplicatesIn,
  firstDifference,
  outcomeDiff,
  taskOutcome,
  type TaskOutcome,
} from "./task-outcome.js";

let baseline: Promise<{ outcome: TaskOutcome; sop: SopContent }> | undefined;

/** What the lifecycle leaves when nothing goes wrong (run once per process). */
function withoutFaults(): Promise<{ outcome: TaskOutcome; sop: SopContent }> {
  baseline ??= runLifecycle().then((run) => {
    if (run.errors.length > 0)
      throw new Error(
        `Unexpected errors in the lifecycle without faults: ${run.errors.join("; ")}`,
      );
    return { outcome: taskOutcome(run.double), sop: publishedSop(run.double) };
  });
  return baseline;
}

function publishedSop(double: GitHubDouble): SopContent {
  return parseSop(double.fileAt("main", SOP_PATH) ?? "").file.content;
}

/** The published SOP says what it says without faults: nothing captured, answered or reviewed was lost. */
export async function samePublishedSop(
  double: GitHubDouble,
): Promise<string[]> {
  const [want, got] = [
    JSON.stringify((await withoutFaults()).sop),
    JSON.stringify(publishedSop(double)),
  ];
  return want === got
    ? []
    : [
        `the published SOP differs from the one published without faults: ${firstDifference(want, got)}`,
      ];
}

/** Published once, approved by the maintainer, nothing twice, GitHub's contract kept. */
export function publishedCleanly(double: GitHubDouble): string[] {
  const problems = [
    ...duplicatesIn(double),
    ...double.violations.map((v) => `contract: ${v.message}`),
  ];
  const issue = double.issue(TASK);
  const pull = double.issue(PULL)?.pull;
  if (`${issue?.state}/${issue?.stateReason}` !== "closed/completed")
    problems.push(
      `issue is ${issue?.state}/${issue?.stateReason}, expected closed/completed`,
    );
  if (
    JSON.stringify(issue?.labels) !== JSON.stringify(["sop", "sop: published"])
  )
    problems.push(
      `labels are ${JSON.stringify(issue?.labels)}, expected ["sop","sop: published"]`,
    );
  if (!pull?.merged) problems.push("the pull request is not merged");
  const mergeMessage =
    double.repo.commits.get(pull?.mergeCommitSha ?? "")?.message ?? "";
  if (!new RegExp(`Approved by @${MAINTAINER}\\b`).test(mergeMessage))
    problems.push(`the merge commit does not record @${MAINTAINER}'s approval`);
  const keys = notesOf(double).map(
    (n) => `${n.header.step}:${n.header.revision}`,
  );
  if (new Set(keys).size !== keys.length)
    problems.push(`notes repeat a step and revision: ${keys.join(", ")}`);
  if (keys.at(-1) !== "publish:1")
    problems.push(`the last note is ${keys.at(-1)}, expected publish:1`);
  return problems;
}

/** Ended exactly as the lifecycle without faults ends. */
export async function sameAsWithoutFaults(
  double: GitHubDouble,
): Promise<string[]> {
  return [
    ...publishedCleanly(double),
    ...outcomeDiff((await withoutFaults()).outcome, taskOutcome(double)),
  ];
}

/** The newest note is an error note whose text matches. */
export function errorNoteSays(double: GitHubDouble, pattern: RegExp): string[] {
  const last = notesOf(double).at(-1);
  if (last?.header.step !== "error")
    return [
      `the last note is ${last ? `${last.header.step}:${last.header.revision}` : "missing"}, expected an error note`,
    ];
  return pattern.test(shown(last.body))
    ? []
    : [
        `the error note does not say ${pattern}: ${shown(last.body).slice(0, 400)}`,
      ];
}

/** A problem when the handler failed (or, with `expectFailure`, when it did not). */
export function handlerResult(
  error: Error | null,
  expectFailure = false,
): string[] {
  if (expectFailure)
    return error
      ? []
      : [
          "the handler returned, expected it to fail so the shell reports the failure",
        ];
  return error ? [`the handler failed: ${error.message}`] : [];
}
