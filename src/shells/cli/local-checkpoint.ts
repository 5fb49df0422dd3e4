import { listNotes } from "../../core/notes/list-notes.js";
import type { LocalForge } from "../../forge/local/local-forge.js";
import type { RunArgs } from "./cli-args.js";
import type { Terminal } from "./terminal.js";
import { loadTask } from "../../core/workflow/load-task.js";

const PUBLISH_ANYWAY = "/sop publish anyway";

/**
 * The human checkpoint at the terminal: approve, or request changes with
 * feedback. Flags make it scriptable; each flag acts once per task. A draft
 * made in this very run was shown to nobody: `--approve` publishes it only
 * with `--yes`.
 */
export async function localCheckpoint(input: {
  forge: LocalForge;
  args: RunArgs;
  terminal: Terminal;
  reviewer: string;
  /** The newest draft revision an earlier run printed. */
  shownDraft: number;
}): Promise<boolean> {
  const { forge, args, terminal, reviewer } = input;
  const snapshot = await loadTask(forge);
  const pull = snapshot.pull;
  if (!pull) return false;
  const drafted = Math.max(
    0,
    ...listNotes(snapshot.comments)
      .filter((n) => n.header.step === "draft")
      .map((n) => n.header.revision),
  );
  const unseen = drafted > input.shownDraft && !args.yes;
  const feedback = args["request-changes"];
  if (
    feedback &&
    !pull.reviews.some(
      (r) => r.state === "changes_requested" && r.body === feedback,
    )
  ) {
    await forge.submitReview({
      author: reviewer,
      state: "changes_requested",
      body: feedback,
    });
    terminal.print(`Requested changes as ${reviewer}: ${feedback}`);
    return true;
  }
  const approved = pull.reviews.some(
    (r) => r.state === "approved" && r.commitId === pull.headSha,
  );
  if (args.approve && !approved && unseen) {
    terminal.print(
      `Not approved: draft ${drafted} was made in this run and nobody has read it yet. It is on branch ${pull.branch}; read it, then rerun with --approve to publish it (add --yes to approve a draft unseen).`,
    );
    return false;
  }
  if (
    approved &&
    args["publish-anyway"] &&
    !snapshot.comments.some(
      (c) => c.author === reviewer && c.body === PUBLISH_ANYWAY,
    )
  ) {
    await forge.addComment({ author: reviewer, body: PUBLISH_ANYWAY });
    terminal.print(`Publishing anyway, on record, as ${reviewer}.`);
    return true;
  }
  if (args.approve && !approved) {
    await forge.submitReview({ author: reviewer, state: "approved", body: "" });
    terminal.print(`Approved as ${reviewer}.`);
    return true;
  }
  if (!terminal.interactive || args.approve || feedback) return false;
  terminal.print(
    `The draft is on branch ${pull.branch} (head ${pull.headSha.slice(0, 7)}).`,
  );
  const choice = (
    await terminal.ask(
      "Approve and publish [a], request changes [c], or stop here [q]? ",
    )
  ).toLowerCase();
  if (choice.startsWith("a")) {
    await forge.submitReview({ author: reviewer, state: "approved", body: "" });
    return true;
  }
  if (choice.startsWith("c")) {
    const body = await terminal.askLines(
      'Your feedback (e.g. "Add step after 2: …", "Replace step 3: …")',
    );
    if (!body.trim()) return false;
    await forge.submitReview({
      author: reviewer,
      state: "changes_requested",
      body,
    });
    return true;
  }
  return false;
}
