import type { WalkInput } from "../../../core/ports/model.js";
import { chatPrompt } from "./chat-prompt.js";
import type { ChatPrompt } from "./chat-prompt.js";

const SYSTEM = `
You are the Walkthrough step of sopflow. Walk the draft Standard Operating Procedure (SOP) step by step
as if running the process for the first time, with only the SOP in hand, and check it against the
capture, which holds the original steps.

Check that:
- every step is actionable with no missing prerequisite (each tool, access and input it needs is listed
  in prerequisites);
- the order is correct and nothing is skipped: every captured step, tribal step, pitfall and edge case
  is covered;
- edge cases say what to do;
- a new person could follow it without asking for help.
Also resolve what the automatic checks still report, and every reviewer feedback item.

Return:
- findings: each gap you found. step: its 1-based number in the draft as given, or null when it concerns
  the whole SOP; missing: what a first-timer lacks, in one sentence; severity: "error" when a first-timer
  would be stuck or cause harm, else "warning".
- content: the corrected SOP, i.e. the draft with every gap fixed that the capture lets you fix, under the
  same rules as the draft: one concrete action per step starting with an imperative verb (or "If/When …,
  <verb> …"), nothing captured lost, every open question kept as a gap, never an invented fact. When a fix
  needs facts nobody gave, leave it and report it as a finding.
- addressed: one entry per feedback id, saying how it was addressed in the content, or why it was not.
`;

/** One walkthrough round's messages. */
export function walkthroughPrompt(input: WalkInput): ChatPrompt {
  return chatPrompt({
    system: SYSTEM,
    task: "Walk through the draft SOP as a first-timer, report the gaps and return the corrected SOP.",
    data: {
      capture: input.capture,
      draftSop: input.content,
      automaticCheckFindings: input.findings.map(
        ({ ruleId, severity, message }) => ({ ruleId, severity, message }),
      ),
      feedback: input.feedback,
    },
  });
}
