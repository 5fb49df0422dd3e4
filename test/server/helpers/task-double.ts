import { decodeNoteParts } from "../../../src/core/notes/decode-note-parts.js";
import { answerLabelUpdates } from "../../app/label-update-hook.js";
import { OPERATOR } from "../../app/app-harness.js";
import { handoverRequest } from "../../app/lifecycle-events.js";
import { GitHubDouble } from "../../support/github-double/github-double.js";
import type { Delivery } from "./send-delivery.js";

/** The GitHub double as the app tests set it up: a docs repository, an operator who may write. */
export function taskDouble(): GitHubDouble {
  const double = new GitHubDouble({
    repo: { files: { "README.md": "# docs\n" } },
  });
  answerLabelUpdates(double);
  double.addCollaborator({ login: OPERATOR, role: "write" });
  return double;
}

/** The operator opens an SOP request (the "sop" label applied, as the issue form does). */
export function openTask(double: GitHubDouble): Delivery {
  return double.openIssue({
    ...handoverRequest(),
    author: OPERATOR,
    labels: ["sop"],
  });
}

/** The notes the app left on the issue, as "step:revision" (null for a comment of the app that is no note). */
export function notesOn(
  double: GitHubDouble,
  issue: number,
): (string | null)[] {
  return (double.issue(issue)?.comments ?? [])
    .filter((c) => c.author === double.world.app.botLogin)
    .flatMap((c) => {
      const notes = decodeNoteParts(c.body).map(
        ({ header }) => `${header.step}:${header.revision}`,
      );
      return notes.length > 0 ? notes : [null];
    });
}
