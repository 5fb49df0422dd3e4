/** Verbs common in procedures, in their base form: the list that keeps conversions honest. */
const KNOWN = new Set(
  (
    "accept access acknowledge add adjust agree allocate announce answer apply approve archive arrange ask assign attach " +
    "back backup bill block book brief bring build buy calculate call cancel capture change charge chase check choose " +
    "clean clear click close collect comment commit compare complete configure confirm connect contact copy correct " +
    "count create cut debit decide declare delete deliver deploy describe disable discuss dispatch do download draft " +
    "drop edit email enable end enter escalate estimate export file fill filter find finish fix flag follow forward " +
    "generate get give go grant hand handle have help hold import inform install invite invoice issue keep label " +
    "launch leave link list load lock log look mail make mark match merge message monitor move name note notify " +
    "offer open order pack page pay phone ping place plan post prepare press print process publish pull push put " +
    "raise read receive reconcile record refund register reject release remind remove rename renew reopen repeat " +
    "replace reply report request reset resolve restart restore return review revoke rotate run save scan schedule " +
    "search select sell send set settle share ship sign sort split start stop store submit sync tag take talk tell " +
    "test tick track transfer triage turn type unlock update upload use validate verify visit wait walk watch write"
  ).split(" "),
);

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
