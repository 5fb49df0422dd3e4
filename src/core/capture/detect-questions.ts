import type { Capture, Question } from "./capture-schema.js";
import { quoteText } from "./quote-text.js";
import { vagueStep } from "./vague-step.js";

export interface DetectQuestionsInput {
  capture: Capture;
  /** The questions asked before; a question about the same thing keeps its number. */
  previous: Question[];
  /** The number the next new question gets; never lower than any number already used. */
  nextId: number;
}

/**
 * Lists what the capture still needs from the operator. Each question names
 * what it is `about`, so a numbered answer lands in the right field.
 */
export function detectQuestions(input: DetectQuestionsInput): {
  questions: Question[];
  nextId: number;
} {
  let nextId = Math.max(
    input.nextId,
    ...input.previous.map((q) => q.id + 1),
    1,
  );
  const questions = needed(input.capture).map(({ about, text }) => {
    const id = input.previous.find((q) => q.about === about)?.id ?? nextId++;
    return { id, about, text };
  });
  return { questions: questions.sort((a, b) => a.id - b.id), nextId };
}

function needed(capture: Capture): { about: string; text: string }[] {
  const name =
    capture.name.trim() === ""
      ? "this process"
      : `"${quoteText(capture.name, 80)}"`;
  const asks: { about: string; text: string }[] = [];
  const ask = (about: string, text: string): void =>
    void asks.push({ about, text });
  if (capture.name.trim() === "")
    ask(
      "name",
      "What is this process called? A short name people would search for.",
    );
  if (capture.purpose === null)
    ask(
      "purpose",
      `What outcome does ${name} produce — what is true or delivered once it has run?`,
    );
  if (capture.roles.length === 0)
    ask(
      "roles",
      `Who runs ${name}? Name the roles or teams, separated by commas.`,
    );
  if (capture.trigger === null)
    ask(
      "trigger",
      `What triggers ${name} — the event, request or date that starts it?`,
    );
  capture.steps.forEach((step, i) => {
    const vague = step.clarification === null ? vagueStep(step.text) : null;
    const why =
      vague === "fewer than three words"
        ? "it has fewer than three words"
        : `"${vague}" does not say what to do`;
    if (vague !== null)
      ask(
        `step:${i + 1}`,
        `Step ${i + 1} says "${quoteText(step.text)}" — ${why}. What exactly does someone do here, and in which tool?`,
      );
  });
  for (const tool of capture.tools) {
    if (tool.access === null)
      ask(
        `tool:${tool.name}`,
        `What access does someone need to use ${quoteText(tool.name, 60)} (an account, role, licence or group)?`,
      );
  }
  capture.pitfalls.forEach((pitfall, i) => {
    if (pitfall.handling === null)
      ask(
        `pitfall:${i + 1}`,
        `"${quoteText(pitfall.text)}" — what should someone do when this happens?`,
      );
  });
  if (capture.definitionOfDone === null)
    ask(
      "definitionOfDone",
      `How does someone know ${name} is done — what can they check once it has finished correctly?`,
    );
  return asks;
}
