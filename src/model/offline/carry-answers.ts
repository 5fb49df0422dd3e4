import type { Capture } from "../../core/capture/capture-schema.js";
import { NOT_A_STEP_NOTE } from "../../core/capture/skip-answers.js";

/**
 * A fresh parse of the (maybe edited) request, keeping what earlier answers
 * filled in wherever the request itself still leaves it open, and the earlier
 * questions and numbering, so new answers find their questions.
 */
export function carryAnswers({
  fresh,
  previous,
}: {
  fresh: Capture;
  previous: Capture;
}): Capture {
  const same = (a: string, b: string): boolean =>
    a.trim().toLowerCase() === b.trim().toLowerCase();
  return {
    ...fresh,
    name: fresh.name.trim() === "" ? previous.name : fresh.name,
    purpose: fresh.purpose ?? previous.purpose,
    roles: fresh.roles.length > 0 ? fresh.roles : previous.roles,
    trigger: fresh.trigger ?? previous.trigger,
    definitionOfDone: fresh.definitionOfDone ?? previous.definitionOfDone,
    steps: fresh.steps
      .filter(
        (step) =>
          !previous.notes.some((note) =>
            same(note, `${NOT_A_STEP_NOTE}${step.text}`),
          ),
      )
      .map((step) => ({
        ...step,
        clarification:
          step.clarification ??
          previous.steps.find((p) => same(p.text, step.text))?.clarification ??
          null,
      })),
    tools: fresh.tools.map((tool) => ({
      ...tool,
      access:
        tool.access ??
        previous.tools.find((p) => same(p.name, tool.name))?.access ??
        null,
    })),
    pitfalls: fresh.pitfalls.map((pitfall) => ({
      ...pitfall,
      handling:
        pitfall.handling ??
        previous.pitfalls.find((p) => same(p.text, pitfall.text))?.handling ??
        null,
    })),
    notes: [
      ...fresh.notes,
      ...previous.notes.filter((note) => !fresh.notes.includes(note)),
    ],
    questions: previous.questions,
    nextQuestionId: Math.max(previous.nextQuestionId, fresh.nextQuestionId),
  };
}
