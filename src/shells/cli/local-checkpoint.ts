import type { LocalForge } from "../../forge/local/local-forge.js";
import type { RunArgs } from "./cli-args.js";
import type { Terminal } from "./terminal.js";
import { loadTask } from "../../core/workflow/load-task.js";

/**
 * The human checkpoint at the terminal: approve, or request changes with
 * feedback. Flags make it scriptable; each flag acts once per task.
 */
export async function localCheckpoint(input: {
  forge: LocalForge;
  args: RunArgs;
  terminal: Terminal;
  reviewer: string;
}): Promise<boolean> {
  const { forge, args, terminal, reviewer } = input;
  const pull = (await loadTask(forge)).pull;
  if (!pull) return false;
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
  if (
    args.approve &&
    !pull.reviews.some(
      (r) => r.state === "approved" && r.commitId === pull.headSha,
    )
  ) {
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
