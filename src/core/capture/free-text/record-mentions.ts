import { PROCEDURE_VERBS } from "./procedure-verbs.js";
import { trimToWord } from "./trim-chars.js";

// Nouns that name something a procedure writes down and keeps.
const RECORD_NOUNS = new Set(
  "log logbook register report form checklist sheet record records".split(" "),
);
// Nouns that name a document a procedure relies on.
const REFERENCE_NOUNS = new Set(
  "policy guideline guidelines manual handbook standard regulations".split(" "),
);
// Words that end a name going backwards from its noun: articles, prepositions, pronouns, joins.
const STOP = new Set(
  (
    "the a an this that these those our their your its my his her " +
    "in on into onto to of for from with by at against and or but then " +
    "both each every all any it they we you i when if before after once"
  ).split(" "),
);
const MAX_NAME_WORDS = 3;

/** The records a text names ("the CD register", "the fridge temp log"), each once, as written. */
export function recordMentions(texts: readonly string[]): string[] {
  return mentions(texts, RECORD_NOUNS);
}

/** The documents a text relies on ("the infection control policy", "the boiler manual"), each once. */
export function referenceMentions(texts: readonly string[]): string[] {
  return mentions(texts, REFERENCE_NOUNS);
}

/**
 * Names ending in one of `nouns`, with up to three words before it that are
 * not articles, prepositions or instructions: one pass over each text's words.
 */
function mentions(
  texts: readonly string[],
  nouns: ReadonlySet<string>,
): string[] {
  const found: string[] = [];
  for (const text of texts) {
    const words = text.split(/\s+/).map((w) => w.replace(/^[("'“]+/u, ""));
    for (let i = 0; i < words.length; i++) {
      const noun = bare(words[i]);
      // "form" in "form a queue" or "Log in" is a verb: the noun is never first.
      if (!nouns.has(noun) || i === 0) continue;
      let start = i;
      while (
        start > 0 &&
        i - start < MAX_NAME_WORDS &&
        isNamePart(words[start - 1] ?? "")
      )
        start--;
      found.push(trimToWord(words.slice(start, i + 1).join(" ")));
    }
  }
  // A bare noun ("sign the register") names nothing a reader could find: only named records count.
  const named = found.filter((name) => name.includes(" "));
  return [...new Map(named.map((f) => [f.toLowerCase(), f])).values()];
}

function isNamePart(word: string): boolean {
  const lower = bare(word);
  if (lower === "" || STOP.has(lower) || PROCEDURE_VERBS.has(lower))
    return false;
  // A word that ends a clause ("fridge," or "done.") is not part of the next name.
  return !/[,.;:!?)]$/.test(word);
}

function bare(word: string | undefined): string {
  return (word ?? "").toLowerCase().replace(/[^\p{L}\p{N}-]/gu, "");
}
