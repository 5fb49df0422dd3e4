/** Words a step never starts with: pronouns, articles, determiners, sequence words, auxiliaries. */
const NOT_VERBS = new Set(
  (
    "i we you he she they it one someone somebody everyone everybody people " +
    "the a an this that these those my our your his her its their each every some any all both another " +
    "then first next also finally afterwards later now second third lastly " +
    "is are was were be been has have had should must will would can could may might shall there"
  ).split(" "),
);

/** Common SOP verbs; their third-person form ("opens") betrays a description instead of an instruction. */
const VERBS = (
  "open click select enter type run check verify confirm create add remove delete update send email log sign " +
  "go navigate copy paste save upload download review approve assign notify close set use make ask call " +
  "record write read fill submit restart start stop deploy merge push pull tag install configure enable " +
  "disable export import print attach choose press wait move mark archive schedule contact escalate " +
  "request test ensure find look tell give get take put share invite complete finish generate refund " +
  "cancel charge scan sort label pack ship book post publish reply forward file do"
).split(" ");

const THIRD_PERSON = new Set(VERBS.map(thirdPerson));
const ING_STEMS = new Set(
  "bring string spring swing sting sling fling cling wring".split(" "),
);
const ED_STEMS = new Set("embed shred shed".split(" "));
const CONDITIONS = new Set(
  "if when once after before unless whenever while until".split(" "),
);

export interface NonImperative {
  /** The offending word as written. */
  word: string;
  /** True when the step opens with a condition but no ", <verb>" follows. */
  conditionWithoutAction: boolean;
}

/**
 * Why a step does not start like an instruction, or null when it does. A
 * deterministic heuristic: it flags the usual wrong openings and accepts the rest.
 */
export function nonImperativeStart(text: string): NonImperative | null {
  const word = firstWord(text);
  if (word === null) return null;
  const lower = word.toLowerCase();
  if (CONDITIONS.has(lower)) {
    const comma = text.indexOf(",");
    if (comma < 0) return { word, conditionWithoutAction: true };
    // "If X, then do Y" is ordinary English: the "then" after the condition is allowed.
    return nonImperativeStart(
      text.slice(comma + 1).replace(/^\s*then\s+/i, ""),
    );
  }
  return isNotVerb(lower) ? { word, conditionWithoutAction: false } : null;
}

/** The first word when the text starts with one (after quotes or emphasis marks); null otherwise. */
export function firstWord(text: string): string | null {
  const match = /^[\s"'“‘*_(]*(\p{L}[\p{L}'’-]*)/u.exec(text);
  return match?.[1] ?? null;
}

function isNotVerb(lower: string): boolean {
  if (NOT_VERBS.has(lower) || THIRD_PERSON.has(lower)) return true;
  if (lower.length > 4 && lower.endsWith("ing")) return !ING_STEMS.has(lower);
  if (lower.length > 3 && lower.endsWith("ed"))
    return !lower.endsWith("eed") && !ED_STEMS.has(lower);
  return false;
}

function thirdPerson(verb: string): string {
  if (/(?:[sxzo]|sh|ch)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}
