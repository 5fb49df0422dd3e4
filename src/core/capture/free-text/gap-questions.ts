import type { Capture } from "../capture-schema.js";
import { quoteText } from "../quote-text.js";
import { significantWords } from "../significant-words.js";
import { undefinedAcronyms } from "./acronyms.js";
import { CLARIFIED } from "./gap-answers.js";
import { vaguePhrase } from "./vague-phrase.js";

export interface Ask {
  about: string;
  text: string;
}

/**
 * The real gaps a capture leaves that the field-by-field questions do not
 * cover: acronyms nobody defined, vague words in steps, edge cases and
 * cautions, and definition-of-done items no step produces. One question per
 * gap, quoting the operator's words.
 */
export function gapQuestions(
  capture: Capture,
  asked: Set<string>,
  /** False when the definition of done came from an answer: the operator has just said what done is. */
  doneFromRequest = true,
): Ask[] {
  const asks: Ask[] = [];
  for (const { term, context } of undefinedAcronyms(capture))
    asks.push({
      about: `acronym:${term}`,
      text: `What does "${term}" stand for, as in "${quoteText(context, 80)}"? A first-timer may not know it.`,
    });
  capture.steps.forEach((step, i) => {
    const about = `step:${i + 1}`;
    const phrase = step.clarification === null ? vaguePhrase(step.text) : null;
    if (phrase !== null && !asked.has(about))
      asks.push({
        about,
        text: `Step ${i + 1} says "${quoteText(step.text)}" — "${phrase}" does not say exactly what to do. What does someone do here?`,
      });
  });
  capture.pitfalls.forEach((pitfall, i) => {
    const phrase =
      pitfall.handling === null || clarified(capture, pitfall.handling)
        ? null
        : vaguePhrase(pitfall.handling);
    if (phrase !== null)
      asks.push({
        about: `vague:pitfall:${i + 1}`,
        text: `"${quoteText(`${pitfall.text} — ${pitfall.handling ?? ""}`)}" — what exactly does "${phrase}" mean here?`,
      });
  });
  (capture.cautions ?? []).forEach((caution, i) => {
    const phrase = clarified(capture, caution.text)
      ? null
      : vaguePhrase(caution.text);
    if (phrase !== null)
      asks.push({
        about: `vague:caution:${i + 1}`,
        text: `"${quoteText(caution.text)}" — what exactly does "${phrase}" cover?`,
      });
  });
  const done = capture.definitionOfDone?.trim() ?? "";
  if (done !== "" && done.split(/\s+/).length < 3)
    asks.push({
      about: "definitionOfDone",
      text: `The definition of done says only "${quoteText(done, 40)}": what can someone check once the process has finished correctly?`,
    });
  // A vague step still open may be the one that produces an item: ask about the step first.
  else if (
    doneFromRequest &&
    ![...asked, ...asks.map((a) => a.about)].some((a) => a.startsWith("step:"))
  )
    doneItems(capture.definitionOfDone).forEach((item, i) => {
      // Once answered, the answer's step is what produces it, whatever its words.
      const answered = capture.notes.some((n) =>
        n.startsWith(`Answer (done:${i + 1}):`),
      );
      if (!answered && !produced(item, capture))
        asks.push({
          about: `done:${i + 1}`,
          text: `The definition of done says "${quoteText(item)}", but no step does that: what does someone do to get there, and who does it?`,
        });
    });
  return asks;
}

/** Definition-of-done items: its lines and "; "-separated parts, as the drafter lists them. */
export function doneItems(text: string | null): string[] {
  return (text ?? "")
    .split(/\n|;\s+/)
    .map((item) => item.trim().replace(/^(?:[-*+•]|\d{1,3}[.)])\s+/, ""))
    .filter((item) => item !== "");
}

/** Whether steps produce every part of the item ("the sheet is signed and the alarm is set" has two). */
function produced(item: string, capture: Capture): boolean {
  const parts: string[] = [];
  for (const part of item.split(/,\s|\sand\s/)) {
    // "… signed by both sides and filed": a part of one word belongs to the part before.
    if (parts.length > 0 && significantWords(part).length < 2)
      parts[parts.length - 1] += ` ${part}`;
    else parts.push(part);
  }
  return parts.every((part) => partProduced(part, capture));
}

/** Whether the steps together hold two thirds of the part's words ("seen by both nurses" is the bed-by-bed step). */
function partProduced(item: string, capture: Capture): boolean {
  const words = new Set(significantWords(item).map(stem));
  if (words.size === 0) return true;
  const all = new Set(
    capture.steps.flatMap((step) =>
      significantWords(`${step.text} ${step.clarification ?? ""}`).map(stem),
    ),
  );
  // Short parts ("badge works") must come from one step; longer ones may be spread over several.
  return (
    (words.size >= 3 &&
      [...words].filter((w) => all.has(w)).length / words.size >= 0.66) ||
    oneStepProduces(words, capture)
  );
}

/** Whether some step (or its clarification) holds most of the part's words. */
function oneStepProduces(words: Set<string>, capture: Capture): boolean {
  return capture.steps.some((step) => {
    const own = new Set(
      significantWords(`${step.text} ${step.clarification ?? ""}`).map(stem),
    );
    const shared = [...words].filter((w) => own.has(w)).length;
    return shared / words.size >= 0.6 || shared >= 3;
  });
}

/** An answer already explained this text (see applyGapAnswers). */
function clarified(_capture: Capture, text: string): boolean {
  return text.includes(CLARIFIED);
}

/** "nurses" and "nurse", "signed" and "sign": the same word for matching. */
function stem(word: string): string {
  return word.replace(/(?:ing|ed|s)$/, "").replace(/e$/, "");
}
