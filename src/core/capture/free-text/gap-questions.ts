import type { Capture } from "../capture-schema.js";
import { quoteText } from "../quote-text.js";
import { significantWords } from "../significant-words.js";
import { undefinedAcronyms } from "./acronyms.js";
import { CLARIFIED } from "./gap-answers.js";
import { PROCEDURE_VERBS } from "./procedure-verbs.js";
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
  /** The request leaves the owner open ("someone in support or finance handles it"): see ownerUnclear. */
  ownerOpen = false,
): Ask[] {
  const asks: Ask[] = [];
  for (const { term, context } of undefinedAcronyms(capture))
    asks.push({
      about: `acronym:${term}`,
      text: `What does "${term}" stand for, as in "${quoteText(context, 80)}"? A first-timer may not know it.`,
    });
  for (const { name, context } of unknownPeople(capture))
    asks.push({
      about: `person:${name}`,
      text: `Who is ${name}, as in "${quoteText(context, 80)}"? Give the role or job title: a new hire may not know ${name}.`,
    });
  const roleAsk = ownerOpen ? rolesPerStep(capture) : null;
  if (roleAsk !== null) asks.push(roleAsk);
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
  else if (doneFromRequest)
    doneItems(capture.definitionOfDone).forEach((item, i) => {
      // Once answered, the answer's step is what produces it, whatever its words.
      const answered = capture.notes.some((n) =>
        n.startsWith(`Answer (done:${i + 1}):`),
      );
      const missing = answered ? null : unproducedPart(item, capture);
      if (missing !== null)
        asks.push({
          about: `done:${i + 1}`,
          text: `The definition of done says "${quoteText(missing)}", but no step does that: what does someone do to get there, and who does it?`,
        });
    });
  return asks;
}

// "Maria's sign-off", "ask Dave", "ring Priya": a person the reader is sent to by first name.
const PERSON =
  /\b(?:ask|tell|call|ring|email|phone|ping|text|see|message|check with)\s+(\p{Lu}\p{Ll}{1,15})\b|\b(\p{Lu}\p{Ll}{1,15})['’]s\s+(?:sign-off|signoff|approval|okay|ok|say-so|permission)/u;

/** People named only by first name, who are neither a role nor a tool, each once with where they appear. */
function unknownPeople(capture: Capture): { name: string; context: string }[] {
  const known = new Set(
    [
      ...capture.roles,
      ...capture.tools.map((t) => t.name),
      ...(capture.definitions ?? []).map((d) => d.term),
    ].map((n) => n.toLowerCase()),
  );
  const texts = [
    ...capture.steps.map((s) => s.text),
    ...capture.pitfalls.map((p) => `${p.text} ${p.handling ?? ""}`),
    ...(capture.cautions ?? []).map((c) => c.text),
  ];
  const found = new Map<string, string>();
  for (const text of texts) {
    const match = PERSON.exec(text);
    const name = match?.[1] ?? match?.[2];
    // "call Disable the account": a capitalised instruction, not a person.
    const lower = name?.toLowerCase() ?? "";
    if (name === undefined || known.has(lower) || PROCEDURE_VERBS.has(lower))
      continue;
    if (!found.has(name)) found.set(name, text);
  }
  return [...found].map(([name, context]) => ({ name, context }));
}

// "someone in support or finance handles it": roles named, but nobody given the steps.
const OWNER_OPEN = /\b(?:someone|somebody|anyone|anybody)\s+(?:in|from)\s/i;

/** Whether the request leaves open who of the roles does the work (the question is asked only then). */
export function ownerUnclear(requestText: string): boolean {
  return OWNER_OPEN.test(requestText);
}

/**
 * When several roles take part and the request never says which of them
 * does what (no step, edge case or caution names one): one question for all
 * the steps. A role named in an edge case ("call the lab manager") shows who
 * does what already: the others run the steps.
 */
function rolesPerStep(capture: Capture): Ask | null {
  if (capture.roles.length < 2 || capture.steps.length === 0) return null;
  const roleWords = capture.roles.map((r) => significantWords(r).map(stem));
  const texts = [
    ...capture.steps.map((s) => s.text),
    ...capture.pitfalls.map((p) => `${p.text} ${p.handling ?? ""}`),
    ...(capture.cautions ?? []).map((c) => c.text),
  ];
  const named = texts.some((text) => {
    const own = new Set(significantWords(text).map(stem));
    return roleWords.some(
      (words) => words.length > 0 && words.every((w) => own.has(w)),
    );
  });
  if (named) return null;
  return {
    about: "roles:steps",
    text: `The request names ${capture.roles.join(", ")} but not who does each step: which role does which step?`,
  };
}

/** Definition-of-done items: its lines and "; "-separated parts, as the drafter lists them. */
export function doneItems(text: string | null): string[] {
  return (text ?? "")
    .split(/\n|;\s+/)
    .map((item) => item.trim().replace(/^(?:[-*+•]|\d{1,3}[.)])\s+/, ""))
    .filter((item) => item !== "");
}

/** The first part of the item no step produces ("the sheet is signed and the alarm is set" has two), or null. */
function unproducedPart(item: string, capture: Capture): string | null {
  const parts: string[] = [];
  for (const part of item.split(/,\s|\sand\s/)) {
    // "… signed by both sides and filed": a part of one word belongs to the part before.
    if (parts.length > 0 && significantWords(part).length < 2)
      parts[parts.length - 1] += ` ${part}`;
    else parts.push(part);
  }
  const missing = parts.find((part) => !partProduced(part, capture));
  // The whole item reads better when it is short; a long one is quoted by its missing part.
  if (missing === undefined) return null;
  return item.length <= 100 ? item : missing.trim();
}

/** Whether the steps together hold two thirds of the part's words ("seen by both nurses" is the bed-by-bed step). */
function partProduced(item: string, capture: Capture): boolean {
  const words = new Set(significantWords(item).map(stem));
  if (words.size === 0) return true;
  const best = Math.max(
    0,
    ...capture.steps.map((step) => {
      const own = new Set(
        significantWords(`${step.text} ${step.clarification ?? ""}`).map(stem),
      );
      return [...words].filter((w) => own.has(w)).length;
    }),
  );
  if (best / words.size >= 0.6) return true;
  // "the signed count sheets are filed in the stock office": when no step holds more than half of it, a step must do what it says was done ("filed").
  const done = PARTICIPLE.exec(item)?.[1];
  if (
    done !== undefined &&
    best / words.size <= 0.5 &&
    !stepsHold(stem(done.toLowerCase()), capture)
  )
    return false;
  const all = new Set(
    capture.steps.flatMap((step) =>
      significantWords(`${step.text} ${step.clarification ?? ""}`).map(stem),
    ),
  );
  // Short parts ("badge works") must come from one step; longer ones may be spread over several.
  return (
    (words.size >= 3 &&
      [...words].filter((w) => all.has(w)).length / words.size >= 0.66) ||
    best >= 3
  );
}

// The regular participle that says what was done: "are filed", "is posted", "has been signed".
const PARTICIPLE = /\b(?:is|are|was|were|been)\s+(\p{L}{2,30}ed)\b/iu;

function stepsHold(word: string, capture: Capture): boolean {
  return capture.steps.some((step) =>
    significantWords(`${step.text} ${step.clarification ?? ""}`)
      .map(stem)
      .includes(word),
  );
}

/** An answer already explained this text (see applyGapAnswers). */
function clarified(_capture: Capture, text: string): boolean {
  return text.includes(CLARIFIED);
}

/** "nurses" and "nurse", "signed" and "sign": the same word for matching. */
function stem(word: string): string {
  return word.replace(/(?:ing|ed|s)$/, "").replace(/e$/, "");
}
