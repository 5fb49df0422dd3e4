/** The commands sopflow understands on a task issue. */
export const HELP_TEXT = [
  "sopflow commands (comment on this issue):",
  "",
  "- `/sop draft`: draft the SOP now; open questions show in it as flagged gaps",
  "- `/sop retry`: redo the step that failed, or else the last step, with the settings file read again",
  "- `/sop status`: where the task stands and what it waits for",
  "- `/sop cancel`: cancel the task (reopen the issue to start again)",
  "- `/sop publish anyway`: after approving, publish although error findings or open questions would block it (recorded in the revision history)",
  "- `/sop help`: this list",
  "",
  "Answer open questions by number, e.g. `1. Every Monday at 9:00`. Approve the pull request to publish; request changes to redraft.",
].join("\n");
