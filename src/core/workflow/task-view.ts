import { latestNotes } from "../notes/latest-notes.js";
import { listNotes, type ListedNote } from "../notes/list-notes.js";
import type { NoteStep } from "../notes/note-header.js";
import type { TaskComment, TaskSnapshot } from "../ports/forge.js";
import { draftNoteProblem, publishNoteProblem } from "./note-invariants.js";
import { parseCommand, type ParsedCommand } from "./parse-command.js";
import { CaptureDataSchema, readData } from "./task-data.js";

export interface CommandComment {
  comment: TaskComment;
  index: number;
  command: ParsedCommand;
}

/** What the workflow reads of a task: the current cycle's notes and the human input around them. */
export interface TaskView {
  snapshot: TaskSnapshot;
  /** Notes of the current cycle (after the last cancel, when the issue was reopened). */
  notes: ListedNote[];
  latest: Partial<Record<NoteStep, ListedNote>>;
  /** Every note of the task, all cycles (for totals). */
  allNotes: ListedNote[];
  /** Everything a note of this cycle was made from ("comment:12", "review:7", …). */
  consumed: Set<string>;
  /** Human comments of this cycle that are not commands, with their position. */
  humanComments: { comment: TaskComment; index: number }[];
  commands: CommandComment[];
  /** Where the current cycle starts among the comments. */
  cycleStart: number;
  /** True when the task was cancelled and the issue is still closed. */
  cancelled: boolean;
}

export function buildTaskView(snapshot: TaskSnapshot): TaskView {
  // A note that names a branch or path sopflow would never use, or a merge that did not happen, is not sopflow's: it is left out.
  const listed = listNotes(snapshot.comments);
  // A revision, confirmation or retirement starts a new cycle at its capture note; the publish notes before it stood for their own pull request.
  const lifecycleStart = lifecycleCycleStart(listed);
  const allNotes = listed.filter(
    (n) =>
      (n.header.step !== "draft" || draftNoteProblem(n, snapshot) === null) &&
      (n.header.step !== "publish" ||
        n.index < lifecycleStart ||
        publishNoteProblem(n, snapshot.pull) === null),
  );
  const lastCancel = [...allNotes]
    .reverse()
    .find((n) => n.header.step === "cancel");
  // Replies to what people said after the cancel (an approval, a command) leave it cancelled.
  const lastStep = [...allNotes]
    .reverse()
    .find((n) => n.header.step !== "reply");
  const cancelled =
    Boolean(lastCancel) && !snapshot.open && lastStep === lastCancel;
  const cycleStart = Math.max(
    lastCancel && !cancelled ? lastCancel.index + 1 : 0,
    cancelled && lastCancel ? 0 : lifecycleStart,
  );
  const notes = cancelled
    ? allNotes
    : allNotes.filter((n) => n.index >= cycleStart);
  const consumed = new Set(notes.flatMap((n) => n.header.inputs));
  const humanComments: TaskView["humanComments"] = [];
  const commands: CommandComment[] = [];
  snapshot.comments.forEach((comment, index) => {
    if (comment.authorKind !== "human" || index < cycleStart) return;
    const command = parseCommand(comment.body);
    if (command) commands.push({ comment, index, command });
    else humanComments.push({ comment, index });
  });
  return {
    snapshot,
    notes,
    latest: latestNotes(notes),
    allNotes,
    consumed,
    humanComments,
    commands,
    cycleStart,
    cancelled,
  };
}

/** Where the newest revision, confirmation or retirement cycle starts: its capture note (0 when none). */
function lifecycleCycleStart(notes: ListedNote[]): number {
  const last = [...notes]
    .reverse()
    .find(
      (n) =>
        n.header.step === "capture" &&
        readData(CaptureDataSchema, n)?.lifecycle !== undefined,
    );
  return last?.index ?? 0;
}
