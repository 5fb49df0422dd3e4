import type { Word } from "./language.js";
import { PROCEDURE_VERBS } from "./procedure-verbs.js";

// Third-person and participle endings: "sorts", "checks", "pushes" read back to a known verb.
function knownVerb(word: string): boolean {
  const lower = word.toLowerCase().replace(/^re-/, "");
  if (PROCEDURE_VERBS.has(lower)) return true;
  if (lower.endsWith("ies") && PROCEDURE_VERBS.has(`${lower.slice(0, -3)}y`))
    return true;
  if (lower.endsWith("es") && PROCEDURE_VERBS.has(lower.slice(0, -2)))
    return true;
  return lower.endsWith("s") && PROCEDURE_VERBS.has(lower.slice(0, -1));
}

/**
 * Whether an instruction or a predicate starts at word i: the tagger says
 * verb, or the word is a known procedure verb the tagger took for a noun
 * ("check the sign", "sorts out the post"). "don't" starts one too.
 */
export function isVerbAt(words: Word[], i: number): boolean {
  const word = words[i];
  if (word === undefined) return false;
  const lower = word.text.toLowerCase();
  if (lower === "do" && words[i + 1]?.text === "n't") return true;
  if (lower === "don't" || lower === "dont" || lower === "never") return true;
  if (word.pos === "VERB")
    return !/(?:ing|ed)$/i.test(lower) || knownVerb(lower);
  if (word.pos === "AUX")
    return ["does", "do", "makes", "make"].includes(lower);
  if (["NOUN", "PROPN", "ADJ", "X"].includes(word.pos)) {
    const next = words[i + 1];
    // A known verb followed by what it acts on: "check the sign", "sorts out the post".
    return (
      ((knownVerb(lower) &&
        next !== undefined &&
        !["PUNCT", "AUX", "CCONJ", "PART", "VERB"].includes(next.pos)) ||
        (knownVerb(lower) &&
          next?.pos === "VERB" &&
          /^every|^any|^all/i.test(next.text))) &&
      /^[a-z]/.test(word.text)
    );
  }
  return false;
}
