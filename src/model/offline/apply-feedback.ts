import { quoteText } from "../../core/capture/quote-text.js";
import { stepHints } from "../../core/capture/step-hints.js";
import type { Feedback } from "../../core/ports/model.js";
import type { SopContent, SopStep } from "../../core/sop/sop-schema.js";
import { definitionOfDoneItems } from "./definition-of-done-items.js";
import { draftStep } from "./draft-step.js";
import type { Instruction } from "./parse-feedback.js";
import { parseFeedback } from "./parse-feedback.js";

export interface ApplyFeedbackInput {
  content: SopContent;
  feedback: Feedback[];
  roles: string[];
  tools: string[];
}

/** Per feedback id, how the offline drafter addressed it. */
export interface Addressed {
  id: string;
  how: string;
}

interface Edits {
  removed: Set<number>;
  replaced: Map<number, SopStep>;
  /** Steps to insert after step N (0: before the first). */
  inserted: Map<number, SopStep[]>;
}

/**
 * Applies feedback written in the offline grammar (see parseFeedback). Step
 * numbers refer to the draft before any of this feedback, so instructions
 * given together do not shift each other. Anything else is reported as not
 * applied, never guessed at.
 */
export function applyFeedback(input: ApplyFeedbackInput): {
  content: SopContent;
  addressed: Addressed[];
} {
  const content = structuredClone(input.content);
  const edits: Edits = {
    removed: new Set(),
    replaced: new Map(),
    inserted: new Map(),
  };
  const reports = input.feedback.map((feedback) => {
    const { instructions, unread } = parseFeedback(feedback.body);
    const done = instructions.map((instruction) =>
      apply({ instruction, content, edits, input }),
    );
    return { id: feedback.id, done, unread };
  });
  const base = input.content.steps;
  content.steps = [
    ...(edits.inserted.get(0) ?? []),
    ...base.flatMap((step, i) => [
      ...(edits.removed.has(i + 1) ? [] : [edits.replaced.get(i + 1) ?? step]),
      ...(edits.inserted.get(i + 1) ?? []),
    ]),
  ];
  const addressed = reports.map(({ id, done, unread }) => ({
    id,
    how: describe(
      done.map((report) => report(content.steps)),
      unread,
    ),
  }));
  return { content, addressed };
}

type Report = (steps: SopStep[]) => { applied: boolean; text: string };

function apply({
  instruction,
  content,
  edits,
  input,
}: {
  instruction: Instruction;
  content: SopContent;
  edits: Edits;
  input: ApplyFeedbackInput;
}): Report {
  const count = input.content.steps.length;
  const noStep =
    (n: number): Report =>
    () => ({
      applied: false,
      text: `there is no step ${n} (the draft has ${count})`,
    });
  const drafted = (text: string): SopStep => {
    const hints = stepHints(text, input.tools);
    return draftStep({
      step: {
        text: hints.text || text,
        tools: hints.tools,
        clarification: null,
      },
      roles: input.roles,
      placeholder: null,
    });
  };
  switch (instruction.kind) {
    case "add-step": {
      const after = instruction.after ?? count;
      if (after > count) return noStep(after);
      const step = drafted(instruction.text);
      edits.inserted.set(after, [...(edits.inserted.get(after) ?? []), step]);
      return (steps) => ({
        applied: true,
        text: `added step ${steps.indexOf(step) + 1}`,
      });
    }
    case "replace-step":
    case "remove-step": {
      const n = instruction.step;
      if (n < 1 || n > count) return noStep(n);
      if (edits.removed.has(n) || edits.replaced.has(n))
        return () => ({
          applied: false,
          text: `step ${n} is already changed by another instruction`,
        });
      if (instruction.kind === "remove-step") {
        edits.removed.add(n);
        return () => ({ applied: true, text: `removed step ${n}` });
      }
      const step = drafted(instruction.text);
      edits.replaced.set(n, step);
      return (steps) => ({
        applied: true,
        text: `replaced step ${n} (now step ${steps.indexOf(step) + 1})`,
      });
    }
    case "add-prerequisite":
      content.prerequisites.push(instruction.text);
      return () => ({
        applied: true,
        text: `added prerequisite "${quoteText(instruction.text, 60)}"`,
      });
    case "add-edge-case":
      content.edgeCases.push({
        case: instruction.case,
        action: instruction.action,
      });
      return () => ({
        applied: true,
        text: `added edge case "${quoteText(instruction.case, 60)}"`,
      });
    case "definition-of-done":
      content.definitionOfDone.push(...definitionOfDoneItems(instruction.text));
      return () => ({ applied: true, text: "added to the definition of done" });
  }
}

function describe(
  done: { applied: boolean; text: string }[],
  unread: string[],
): string {
  const applied = done.filter((d) => d.applied).map((d) => d.text);
  const refused = done.filter((d) => !d.applied).map((d) => d.text);
  const parts = [
    applied.length > 0 ? `Applied: ${applied.join("; ")}` : null,
    refused.length > 0 ? `Not applied: ${refused.join("; ")}` : null,
    unread.length > 0 || done.length === 0
      ? `Not applied by the offline drafter: needs a model or an edit on the branch (${unread.length > 0 ? `"${quoteText(unread.join(" "), 100)}"` : "no text"})`
      : null,
  ];
  return parts.filter((p) => p !== null).join(". ");
}
