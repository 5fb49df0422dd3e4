import { isVerbAt } from "./verb-at.js";
import { trimEnd } from "../trim-end.js";
import { CLAUSE_EDGES } from "./trim-chars.js";
import type { Word } from "./language.js";

export interface Conditional {
  /** "If the count is wrong" */
  condition: string;
  /** "don't leave the ward, tell the nurse in charge straight away"; null when no action follows. */
  action: string | null;
}

const OPENER = /^(?:if|when|whenever|unless|in case)\b/i;
// "If it is", "if so", "if not": the condition points back at the step before.
const ANAPHORIC =
  /^(?:if|when)\s+(?:so|not|yes|it is|it's|they are|fixed|done|ok|needed|required)\s*,/i;

/** Whether a sentence opens with a condition ("If …", "When …", "Unless …"). */
export function opensWithCondition(text: string): boolean {
  return OPENER.test(text.trim());
}

/** Whether the condition only points back at the step before ("If it is, refund it…"). */
export function isAnaphoric(text: string): boolean {
  return ANAPHORIC.test(text.trim());
}

/**
 * Cuts "If X, Y" or "If X Y" (no comma: "If a patient is NBM check the sign")
 * at the first instruction after the condition's own verb.
 */
export function splitConditional(sentence: string, words: Word[]): Conditional {
  const depths = bracketDepths(words);
  // The action starts at the earlier of: an instruction after a comma or semicolon, or the
  // first instruction after the condition's own verb ("If the count is wrong don't leave…").
  const at = Math.min(afterComma(words, depths), afterVerb(words, depths));
  const word = words[at];
  if (word !== undefined) {
    const previous = words[at - 1];
    const end =
      previous !== undefined && [",", ";"].includes(previous.text)
        ? previous.start
        : word.start;
    return cut(sentence, end, word.start);
  }
  const comma = sentence.indexOf(",");
  if (comma > 0)
    return {
      condition: sentence.slice(0, comma).trim(),
      action: sentence.slice(comma + 1).trim() || null,
    };
  return { condition: sentence.trim(), action: null };
}

/** The first instruction right after a comma or semicolon outside brackets; Infinity when none. */
function afterComma(words: Word[], depths: number[]): number {
  for (let i = 2; i < words.length; i++) {
    const before = words[i - 1];
    if (before === undefined || depths[i - 1] !== 0) continue;
    if (
      [",", ";"].includes(before.text) &&
      isVerbAt(words, i) &&
      words[i]?.pos !== "AUX"
    )
      return i;
  }
  return Infinity;
}

/** The first instruction after the condition's own verb, or a new "I/we/you <verb>"; Infinity when none. */
function afterVerb(words: Word[], depths: number[]): number {
  let seenVerb = false;
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    const previous = words[i - 1];
    if (word === undefined || depths[i] !== 0) continue;
    if (!seenVerb) {
      if (word.pos === "VERB" || word.pos === "AUX") seenVerb = true;
      continue;
    }
    // "… in the last 30 days I phone the supplier": a new subject and its verb start the action.
    if (/^(?:i|we|you)$/i.test(word.text) && isVerbAt(words, i + 1)) return i;
    const afterBreak =
      previous !== undefined &&
      (previous.text === "," ||
        !["DET", "ADP", "PART", "AUX", "PRON", "SCONJ"].includes(previous.pos));
    if (afterBreak && isVerbAt(words, i) && !isAuxOfCondition(words, i))
      return i;
  }
  return Infinity;
}

/** How deep in brackets each word stands (a bracket itself counts as inside). */
function bracketDepths(words: Word[]): number[] {
  let depth = 0;
  return words.map((word) => {
    if (word.text === "(") depth++;
    const at = depth;
    if (word.text === ")") depth = Math.max(0, depth - 1);
    return at;
  });
}

// "is" in "If it is wrong" after a verb already seen belongs to the condition only when it follows a subject.
function isAuxOfCondition(words: Word[], i: number): boolean {
  const word = words[i];
  const next = words[i + 1];
  return (
    word?.pos === "AUX" &&
    !(word.text.toLowerCase() === "do" && next?.text === "n't") &&
    word.text.toLowerCase() !== "don't"
  );
}

function cut(sentence: string, end: number, start: number): Conditional {
  const condition = trimEnd(sentence.slice(0, end), CLAUSE_EDGES);
  const action = sentence.slice(start).trim();
  return { condition, action: action === "" ? null : action };
}
