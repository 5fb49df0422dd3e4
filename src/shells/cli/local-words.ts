/**
 * The GitHub words in notes and reasons, said the way the local run does it:
 * there are no comments or pull requests to act on, only flags of the rerun.
 */
const PHRASES: [string, string][] = [
  [
    "answer them by number in a comment, or comment `/sop draft` to draft with them flagged",
    "answer them by number in a file and rerun with `--answers <file>`, or rerun with `--draft` to draft with them flagged",
  ],
  [
    "Answer in a comment, one answer per number",
    "Answer in a file, one answer per number, and rerun with `--answers <file>`",
  ],
  ["comment `/sop draft`", "rerun with `--draft`"],
  ["comment `/sop publish anyway`", "rerun with `--approve --publish-anyway`"],
  [
    "the approver comments `/sop publish anyway`",
    "rerun with `--approve --publish-anyway`",
  ],
  ["(or `/sop draft`)", "(or rerun with `--draft`)"],
  ["comment `/sop retry` to try again", "rerun the same command to try again"],
  [
    "comment `/sop retry` to run the step again (or rerun `sopflow run` locally)",
    "rerun the same command to run the step again",
  ],
  ["comment `/sop retry`", "rerun the same command"],
  ["`/sop retry`", "a rerun"],
];

/** "Pull request #N" is the task's branch locally; approvals and reviews are flags of the rerun. */
const PULL_REVIEW =
  /an approving review of pull request #\d+ on its current head by someone with write access/g;

const CHECKPOINT =
  /Approve \[pull request #\d+\]\(<?branch ([^)>]*)>?\) to publish this SOP, or request changes to send it back to drafting\. An approval counts only on the current head commit and from someone with write access\./g;

export function localWords(text: string): string {
  let said = text;
  for (const [github, local] of PHRASES) said = said.split(github).join(local);
  return said
    .replace(PULL_REVIEW, "your approval of the current draft")
    .replace(
      CHECKPOINT,
      'Read the draft on branch $1, then rerun with `--approve` to publish it, or with `--request-changes "<feedback>"` to send it back to drafting.',
    );
}
