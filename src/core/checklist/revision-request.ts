import type { RunKey } from "./run-marker.js";

/** The "Revise an SOP" form's fields, as that issue template renders them. */
export const REVISE_FIELDS = {
  sop: "SOP to revise (id or path)",
  change: "What changed and why",
} as const;

/**
 * The revision request a `/sop wrong` comment on a run becomes: an issue in
 * the shape of the "Revise an SOP" form (the SOP, what changed and why),
 * quoting the step and the comment and linking the run, so the SOP's owner
 * revises it through the usual review.
 */
export function revisionRequest(input: {
  key: RunKey;
  sopTitle: string;
  /** The step as the run's box reads, or null when the number names no box. */
  stepLabel: string | null;
  step: string;
  text: string;
  author: string;
  runUrl: string;
  commentUrl: string;
}): { title: string; body: string } {
  // The report is quoted, not re-sent: its @mentions must not ping anyone again from the app's account.
  const quoted = (input.text || "(no details given)")
    .replace(/@(?=[a-z\d])/gi, "@\u200B")
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
  const which =
    input.stepLabel === null
      ? `Step ${input.step}`
      : `Step ${input.step} ("${input.stepLabel}")`;
  const body = [
    `### ${REVISE_FIELDS.sop}`,
    "",
    input.key.path,
    "",
    `### ${REVISE_FIELDS.change}`,
    "",
    `${which} of version ${input.key.version} was reported wrong or unclear by ${input.author} while running it in ${input.runUrl} ([comment](${input.commentUrl})):`,
    "",
    quoted,
    "",
  ].join("\n");
  return {
    title: `Revise ${input.sopTitle || input.key.id}: step ${input.step} wrong or unclear`,
    body,
  };
}
