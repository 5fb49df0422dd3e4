import { PROCEDURE_VERBS as KNOWN } from "../../core/capture/free-text/procedure-verbs.js";

const IRREGULAR: Record<string, string> = {
  is: "be",
  are: "be",
  was: "be",
  were: "be",
  has: "have",
  had: "have",
  does: "do",
  did: "do",
  goes: "go",
  went: "go",
  sent: "send",
  made: "make",
  took: "take",
  got: "get",
  gave: "give",
  wrote: "write",
  ran: "run",
  kept: "keep",
  told: "tell",
  paid: "pay",
  left: "leave",
  found: "find",
  built: "build",
  bought: "buy",
  brought: "bring",
  held: "hold",
  met: "meet",
  saw: "see",
  said: "say",
  came: "come",
  chose: "choose",
  began: "begin",
  spent: "spend",
  sold: "sell",
  caught: "catch",
  forgot: "forget",
  rang: "ring",
  doing: "do",
  going: "go",
  having: "have",
};

// Stems that lost a final "e" to "-ed"/"-ing": "creat(ing)", "us(ing)", "mak(ing)", "sav(ing)".
const LOST_E = /(?:at|ut|iz|ar|ur|iv|ov|ak|ok|ag|ug|ud|[^s]s|[cgvz])$/;

export function isKnownVerb(word: string): boolean {
  return KNOWN.has(word.toLowerCase());
}

/**
 * The base form of a verb the operator conjugated: "sends" → "send",
 * "copies" → "copy", "pushes" → "push", "created" → "create", "logging" → "log".
 * `certain` says the word is known to be a verb (it followed a subject),
 * so unknown words are converted too; otherwise only known verbs are.
 */
export function baseVerb(word: string, certain: boolean): string {
  const lower = word.toLowerCase();
  // Own keys only: a step starting "constructor" or "__proto__" must not find Object's.
  const irregular = Object.hasOwn(IRREGULAR, lower)
    ? IRREGULAR[lower]
    : undefined;
  if (irregular !== undefined) return irregular;
  if (KNOWN.has(lower)) return lower;
  const candidates = [
    ...thirdPerson(lower),
    ...suffixed(lower, "ed"),
    ...suffixed(lower, "ing"),
  ];
  const known = candidates.find((c) => KNOWN.has(c));
  if (known !== undefined) return known;
  if (!certain) return lower;
  return candidates[0] ?? lower;
}

function thirdPerson(word: string): string[] {
  if (word.endsWith("ies") && word.length > 4) return [`${word.slice(0, -3)}y`];
  if (/(?:ss|sh|ch|x|zz|o)es$/.test(word)) return [word.slice(0, -2)];
  if (word.endsWith("s") && !/(?:ss|us|is)$/.test(word) && word.length > 3)
    return [word.slice(0, -1)];
  return [];
}

function suffixed(word: string, suffix: "ed" | "ing"): string[] {
  if (!word.endsWith(suffix) || word.length <= suffix.length + 1) return [];
  const stem = word.slice(0, -suffix.length);
  if (suffix === "ed" && stem.endsWith("i")) return [`${stem.slice(0, -1)}y`];
  const doubled = /([^aeiouls])\1$/.test(stem) ? [stem.slice(0, -1)] : [];
  const withE = LOST_E.test(stem) && !stem.endsWith("ss") ? [`${stem}e`] : [];
  return [...doubled, ...withE, stem];
}
