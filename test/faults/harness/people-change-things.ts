import { decodeNotePart } from "../../../src/core/notes/decode-note-part.js";
import { NOTE_SEPARATOR } from "../../../src/core/notes/note-markers.js";
import { exampleAnswers, MAINTAINER, OPERATOR } from "../../app/app-harness.js";
import { PULL, TASK } from "../../app/lifecycle-events.js";
import type { GitHubDouble } from "../../support/github-double/github-double.js";
import { faultTask } from "./fault-task.js";
import {
  handlerResult,
  publishedCleanly,
  samePublishedSop,
} from "./outcome-checks.js";
import {
  APPROVAL,
  CHANGES,
  upTo,
  type FaultScenario,
} from "./scenario-builders.js";
import { noteKeys, notesOf, partSpans, shown } from "./task-notes.js";
import { duplicatesIn } from "./task-outcome.js";

const BRANCH = "heads/sopflow/1-on-call-handover";

/**
 * A person deletes the newest note of a step (every part of it): a comment
 * that holds nothing else goes, one that holds other notes too is edited to
 * leave them alone.
 */
function deleteNote(double: GitHubDouble, step: string): void {
  const note = notesOf(double)
    .filter((n) => n.header.step === step)
    .at(-1);
  if (!note) throw new Error(`Unexpected task without a ${step} note`);
  for (const id of note.commentIds) {
    const body =
      double.issue(TASK)?.comments.find((c) => String(c.id) === id)?.body ?? "";
    const others = partSpans(body)
      .map(({ start, end }) => body.slice(start, end))
      .filter((part) => decodeNotePart(part)?.header.hash !== note.header.hash);
    if (others.length === 0)
      double.deleteComment({ comment: Number(id), author: MAINTAINER });
    else
      double.editComment({
        comment: Number(id),
        author: MAINTAINER,
        body: others.join(NOTE_SEPARATOR),
      });
  }
}

/** A task that loses something to a person mid-way must still publish, once, when the people go on as planned. */
function goesOnAfter(input: {
  name: string;
  before: number;
  change: (double: GitHubDouble) => void;
  check?: (double: GitHubDouble) => string[];
}): FaultScenario {
  return {
    name: input.name,
    expected: "recovered by the next event, which reconciles the task",
    async run() {
      const task = await faultTask();
      await upTo(task, input.before);
      input.change(task.double);
      await task.finish();
      return {
        problems: [
          ...publishedCleanly(task.double),
          ...(await samePublishedSop(task.double)),
          ...(input.check?.(task.double) ?? []),
        ],
        double: task.double,
      };
    },
  };
}

/** Faults people cause: a label, a note, an issue or a branch deleted mid-task. */
export const peopleChangeThings: FaultScenario[] = [
  goesOnAfter({
    name: "a person removed the state label and deleted it from the repository",
    before: CHANGES,
    change: (d) => {
      d.removeLabel({
        issue: TASK,
        label: "sop: awaiting approval",
        author: MAINTAINER,
      });
      d.repo.labels.delete("sop: awaiting approval");
    },
    // Made again by the next event, with its colour.
    check: (d) =>
      d.repo.labels.get("sop: awaiting approval")?.color === "0e8a16"
        ? []
        : ["the deleted state label was not made again with its colour"],
  }),
  goesOnAfter({
    name: "a person deleted the walkthrough note",
    before: CHANGES,
    change: (d) => deleteNote(d, "walkthrough"),
  }),
  goesOnAfter({
    name: "a person deleted the capture note the draft was made from",
    before: CHANGES,
    change: (d) => deleteNote(d, "capture"),
  }),
  goesOnAfter({
    name: "the operator deleted their answers after they were captured",
    before: CHANGES,
    change: (d) => {
      const answers = d
        .issue(TASK)
        ?.comments.find((c) => c.author === OPERATOR);
      if (answers) d.deleteComment({ comment: answers.id, author: OPERATOR });
    },
  }),
  {
    name: "404: the task's issue was deleted mid-task",
    expected: "the event fails loudly and writes nothing",
    async run() {
      const task = await faultTask();
      await upTo(task, APPROVAL);
      task.double.repo.issues.delete(TASK);
      const writes = task.double.writes().length;
      const error = await task.next();
      const problems = handlerResult(error, true);
      if (
        error &&
        !/Could not read (?:issue|the comments of) acme\/docs#1/.test(
          error.message,
        )
      )
        problems.push(
          `the error does not say which issue could not be read: ${error.message}`,
        );
      if (task.double.writes().length !== writes)
        problems.push(
          `${task.double.writes().length - writes} writes after the issue was deleted, expected none`,
        );
      if (task.double.issue(PULL)?.pull?.merged)
        problems.push("the pull request was merged without its task");
      return { problems, double: task.double };
    },
  },
  {
    name: "404: the task's branch was deleted, so GitHub closed its pull request",
    expected:
      "a note says what happened and what to do (reopen the issue); reopening starts again and publishes",
    async run() {
      const task = await faultTask();
      const { double } = task;
      await upTo(task, CHANGES);
      double.repo.refs.delete(BRANCH);
      const problems = handlerResult(
        await task.deliver(
          double.closePull({ pull: PULL, author: MAINTAINER }),
        ),
      );
      const cancel = notesOf(double).at(-1);
      if (
        cancel?.header.step !== "cancel" ||
        !/closed without merging[\s\S]*Reopen this issue/.test(
          shown(cancel.body),
        )
      )
        problems.push(
          `the last note does not say the task was cancelled and how to restart: ${shown(cancel?.body).slice(0, 300)}`,
        );
      if (double.issue(TASK)?.state !== "closed")
        problems.push("the issue is still open after the cancel");
      problems.push(
        ...handlerResult(
          await task.deliver(
            double.reopenIssue({ issue: TASK, author: OPERATOR }),
          ),
        ),
      );
      problems.push(
        ...handlerResult(
          await task.deliver(
            double.comment({
              issue: TASK,
              author: OPERATOR,
              body: exampleAnswers(),
            }),
          ),
        ),
      );
      const pull = [...double.repo.issues.values()].find(
        (i) => i.pull && i.state === "open",
      );
      if (
        !pull ||
        double.branchHead("sopflow/1-on-call-handover") === undefined
      )
        return {
          problems: [
            ...problems,
            "no new branch and pull request after reopening and answering",
          ],
          double,
        };
      problems.push(
        ...handlerResult(
          await task.deliver(
            double.submitReview({
              pull: pull.number,
              author: MAINTAINER,
              state: "approved",
            }),
          ),
        ),
      );
      if (!pull.pull?.merged)
        problems.push(
          `the new pull request #${pull.number} was not merged after its approval`,
        );
      if (noteKeys(double).at(-1) !== "publish:1")
        problems.push(
          `the last note is ${noteKeys(double).at(-1)}, expected publish:1`,
        );
      return { problems: [...problems, ...duplicatesIn(double)], double };
    },
  },
];
