import type { DraftInput } from "../../../core/ports/model.js";
import { chatPrompt } from "./chat-prompt.js";
import type { ChatPrompt } from "./chat-prompt.js";

const SYSTEM = `
You are the Draft step of sopflow. Write the Standard Operating Procedure (SOP) from the capture: the
Capture step's record of how the process really runs, with its steps and tribal knowledge. Work from it.

Write for someone doing this for the first time. No assumed knowledge: name every system, screen, role
and input explicitly.
- title; purpose: the outcome the process produces; scope: what the SOP covers, from trigger to done;
  trigger: what starts the process; roles: who runs it.
- prerequisites: the access, tools and inputs needed before starting. Every tool or access any step uses
  appears here.
- steps: numbered in order, each one concrete action a person can do without guessing, starting with an
  imperative verb ("Open …", "Send …") or with "If …, <verb> …" / "When …, <verb> …". Details of a step go
  in its substeps, each also one action.
- definitions: every acronym and term a first-timer may not know, with its meaning (from the capture's
  definitions).
- cautions: the Safety and cautions section: every caution of the capture. A caution that guards a step
  is also in that step's cautions, so the reader meets it right before the step.
- steps: when several roles run the process, say in each step who does it, at its end: "… (done by the
  accountant)". Keep each step's words verbatim where rewording would change a fact; no step is a
  greeting, a sign-off, a question ("Done?") or a remark about the request, and none leans on vague words
  ("stuff", "etc.", "sort out", "as needed", "should", "might").
- edgeCases: each pitfall or edge case, and what to do when it occurs (never a case without an action).
- records: each record the procedure produces or updates (a log, register, form, sheet or report the
  capture names): what, where it is kept and how long, each "Not stated in the request" when the capture
  does not say; empty when it names none.
- definitionOfDone: checkable items that tell the reader the process completed correctly.
- references: documents the procedure relies on (policies, manuals, other SOPs) the capture names; empty
  when none.
- gaps: every open question of the capture becomes a gap with its questionId and text. Where a field
  depends on an open question, write "Not yet known — see open question <id>" there. Never invent a
  fact the capture does not hold.

Nothing captured may be lost: every captured step (the tribal ones too), tool, access, pitfall, note and
the definition of done appears in the SOP.

On a redraft you also get the previous SOP and reviewer feedback: start from the previous SOP, address
every feedback item, and keep the rest as it was unless it contradicts the capture.
`;

/** The Draft step's messages: a first draft, or a redraft with feedback. */
export function draftPrompt(input: DraftInput): ChatPrompt {
  const task = input.previous
    ? "Redraft the SOP: address every feedback item, keep everything captured."
    : "Draft the SOP from the capture.";
  return chatPrompt({
    system: SYSTEM,
    task,
    data: {
      capture: input.capture,
      previousSop: input.previous,
      feedback: input.feedback,
    },
  });
}
