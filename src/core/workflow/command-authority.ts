import type { Role, TaskComment } from "../ports/forge.js";
import type { Action } from "./action.js";
import { roleWrites } from "./approval-policy.js";
import { parseCommand } from "./parse-command.js";
import { buildTaskView, type TaskView } from "./task-view.js";

/** Commands that spend model calls. */
const SPENDING = new Set(["draft", "retry"]);
/** Marks a reply to a command over the limit. */
const OVER = "over-limit";
/** Notes of steps that act on input (a reply only answers). */
const ACTING = new Set(["capture", "draft", "walkthrough", "publish", "error"]);

/** Answers (any comment that is not a command) and model-spending commands feed the task. */
function feeds(comment: TaskComment): boolean {
  const command = parseCommand(comment.body);
  return !command || SPENDING.has(command.name);
}

function spends(comment: TaskComment): boolean {
  const name = parseCommand(comment.body)?.name;
  return name !== undefined && SPENDING.has(name);
}

/** This cycle's human comments that feed the task and no note has taken up yet. */
function pending(view: TaskView): { comment: TaskComment; index: number }[] {
  return view.snapshot.comments.flatMap((comment, index) =>
    comment.authorKind === "human" &&
    index >= view.cycleStart &&
    !view.consumed.has(`comment:${comment.id}`) &&
    feeds(comment)
      ? [{ comment, index }]
      : [],
  );
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Whose write access must be read before their comments may feed the task: everyone but the requester. */
export function speakers(view: TaskView): string[] {
  return pending(view)
    .map(({ comment }) => comment.author)
    .filter((author) => !same(author, view.snapshot.author));
}

/**
 * Answers, `/sop draft` and `/sop retry` count only from the person who
 * asked for the SOP or someone with write access, and model-spending
 * commands only up to `limit` per task. The rest are set aside as if a bot
 * had written them; `refusal` tells each person without standing once, and
 * each command over the limit, why nothing happened.
 */
export function heardView(
  view: TaskView,
  input: { roles: Map<string, Role>; limit: number },
): { view: TaskView; refusal: Action | null } {
  const standing = (login: string) => {
    const role = input.roles.get(login);
    return (
      same(login, view.snapshot.author) || (role ? roleWrites(role) : false)
    );
  };
  const used = view.snapshot.comments.filter(
    (c) =>
      c.authorKind === "human" &&
      spends(c) &&
      view.allNotes.some(
        (n) =>
          ACTING.has(n.header.step) &&
          n.header.inputs.includes(`comment:${c.id}`),
      ),
  ).length;
  const waiting = pending(view);
  const strangers = waiting.filter(({ comment }) => !standing(comment.author));
  const overLimit = waiting
    .filter(({ comment }) => standing(comment.author) && spends(comment))
    .slice(Math.max(0, input.limit - used));
  const aside = new Set([
    ...[...strangers, ...overLimit].map(({ comment }) => comment.id),
    ...refusedBefore(view),
  ]);
  if (aside.size === 0) return { view, refusal: null };
  const heard = buildTaskView({
    ...view.snapshot,
    comments: view.snapshot.comments.map((c) =>
      aside.has(c.id) ? { ...c, authorKind: "bot" as const } : c,
    ),
  });
  return {
    view: heard,
    refusal: refusal(view, { strangers, overLimit, input }),
  };
}

/** Comments an earlier refusal answered: they stay set aside. */
function refusedBefore(view: TaskView): string[] {
  return view.notes
    .filter(
      (n) =>
        n.header.step === "reply" &&
        n.header.inputs.some((i) => i.startsWith("refused:") || i === OVER),
    )
    .flatMap((n) =>
      n.header.inputs
        .filter((i) => i.startsWith("comment:"))
        .map((i) => i.slice("comment:".length)),
    );
}

function refusal(
  view: TaskView,
  found: {
    strangers: { comment: TaskComment }[];
    overLimit: { comment: TaskComment }[];
    input: { limit: number };
  },
): Action | null {
  const stranger = found.strangers.find(
    ({ comment }) => !view.consumed.has(`refused:${comment.author}`),
  );
  if (stranger) {
    const who = stranger.comment.author;
    return {
      kind: "reply",
      body: `@${who}: only the person who asked for this SOP or someone with write access can answer its questions or use \`/sop draft\` and \`/sop retry\`, so sopflow did not use your comments.`,
      inputs: [
        `refused:${who}`,
        ...found.strangers
          .filter(({ comment }) => comment.author === who)
          .map(({ comment }) => `comment:${comment.id}`),
      ],
    };
  }
  const over = found.overLimit[0];
  if (!over) return null;
  return {
    kind: "reply",
    body: `@${over.comment.author}: this task has used its ${found.input.limit} \`/sop draft\` and \`/sop retry\` commands (\`model_command_limit\` in the settings), so sopflow did not run this one. Someone who maintains the repository can raise the limit; approving or requesting changes on the pull request still works.`,
    inputs: [OVER, `comment:${over.comment.id}`],
  };
}

/**
 * Comments set aside get their reply while the task waits for people: not on
 * a finished task, and not right after a failed step (any note after a
 * failure lets the next run redo the step, which a stranger must not cause).
 */
export function replyOrDecided(input: {
  refusal: Action | null;
  decided: Action;
  view: TaskView;
}): Action {
  const { refusal, decided, view } = input;
  const waits =
    decided.kind === "wait" &&
    decided.state !== "published" &&
    decided.state !== "cancelled";
  const afterFailure = view.notes.at(-1)?.header.step === "error";
  return refusal && waits && !afterFailure ? refusal : decided;
}
