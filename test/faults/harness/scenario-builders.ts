import { LIFECYCLE } from "../../app/lifecycle-events.js";
import type { GitHubDouble } from "../../support/github-double/github-double.js";
import { faultTask, type FaultTask } from "./fault-task.js";
import type { Fetch } from "./fresh-probot.js";
import { notesOf } from "./task-notes.js";
import {
  errorNoteSays,
  handlerResult,
  publishedCleanly,
  sameAsWithoutFaults,
} from "./outcome-checks.js";

/** What a scenario left: the problems found (none: it survived) and the GitHub it ran on. */
export interface ScenarioResult {
  problems: string[];
  double: GitHubDouble;
}

/** One fault and what must come of it. */
export interface FaultScenario {
  name: string;
  expected: string;
  run(): Promise<ScenarioResult>;
}

/** Lifecycle actions by index (0 is the issue opened): the operator's answers, changes requested, the approval. */
export const ANSWERS = 1;
export const CHANGES = 2;
export const APPROVAL = 3;

/** How a scenario injures GitHub: a rule on the double (returns nothing) or a way to it (returns a fetch). */
type Injury = (double: GitHubDouble) => Fetch | void;

/** Deliver the lifecycle's actions before `step`, each without fault. */
export async function upTo(task: FaultTask, step: number): Promise<void> {
  while (LIFECYCLE.length - task.remaining() < step) {
    const error = await task.next();
    if (error)
      throw new Error("Unexpected failure before the fault was injected", {
        cause: error,
      });
  }
}

/**
 * The fault hits lifecycle action `at`, handled with Octokit's production
 * retry and throttle plugins; the task must end exactly as without the fault.
 */
export function recovers(input: {
  name: string;
  at: number;
  injure: Injury;
}): FaultScenario {
  return {
    name: input.name,
    expected: "recovered automatically: the same end as without the fault",
    async run() {
      const task = await faultTask();
      await upTo(task, input.at);
      const error = await task.next({
        plugins: "production",
        fetch: input.injure(task.double) ?? undefined,
      });
      await task.finish();
      return {
        problems: [
          ...handlerResult(error),
          ...(await sameAsWithoutFaults(task.double)),
        ],
        double: task.double,
      };
    },
  };
}

/**
 * The fault hits lifecycle action `at` (production plugins) and outlasts
 * their retries: a note must say what happened and what to do; after `fix`
 * (what a person does about it, if anything) `/sop retry` resumes, and the
 * task publishes with nothing twice.
 */
export function notesAndResumes(input: {
  name: string;
  at: number;
  injure: Injury;
  says: RegExp;
  handlerFails: boolean;
  label: string;
  fix?: (double: GitHubDouble) => void;
}): FaultScenario {
  return {
    name: input.name,
    expected: "a note says what happened and what to do; /sop retry resumes",
    async run() {
      const task = await faultTask();
      await upTo(task, input.at);
      const error = await task.next({
        plugins: "production",
        fetch: input.injure(task.double) ?? undefined,
      });
      const labels = task.double.issue(1)?.labels ?? [];
      const problems = [
        ...handlerResult(error, input.handlerFails),
        ...errorNoteSays(task.double, input.says),
      ];
      if (!labels.includes(input.label))
        problems.push(
          `labels are ${JSON.stringify(labels)} after the fault, expected "${input.label}"`,
        );
      input.fix?.(task.double);
      problems.push(...handlerResult(await task.retry()));
      await task.finish();
      const errors = notesOf(task.double).filter(
        (n) => n.header.step === "error",
      ).length;
      if (errors !== 1) problems.push(`${errors} error notes, expected 1`);
      return {
        problems: [...problems, ...publishedCleanly(task.double)],
        double: task.double,
      };
    },
  };
}
