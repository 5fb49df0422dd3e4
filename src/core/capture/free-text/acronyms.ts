import type { Capture } from "../capture-schema.js";
import { trimToWord } from "./trim-chars.js";

// Acronyms any reader knows; asking about them would be noise.
const COMMON = new Set(
  (
    "SOP PDF UTC GMT BST ID IT HR UK US EU OK PC UV AM PM CEO CFO CTO FAQ URL API USB VAT CO CO2 PIN SMS " +
    "ASAP FYI AOB PO VM DB QA PCR DNA RNA PPE NHS GP TV IP VPN CSV XLS ETA EUR USD GBP AND OR NOT DO NO NEVER ALWAYS ALL ONLY MUST STOP TODO TBD TBC FIXME XXX"
  ).split(" "),
);
// Two to six capitals (an optional plural "s"), or a capital and three digits ("M365").
const ACRONYM = /^(?:[A-Z]{2,6}s?|[A-Z]\d{3})$/;
const ROMAN = /^[IVXL]+$/;

/** Acronyms the request uses without saying what they stand for, each with the text it first appears in. */
export function undefinedAcronyms(
  capture: Capture,
): { term: string; context: string }[] {
  // Not the name: the title's first letter may have been capitalised ("qPCR" → "QPCR").
  const texts = [
    capture.purpose ?? "",
    capture.trigger ?? "",
    ...capture.roles,
    ...capture.steps.map((s) => s.text),
    ...capture.pitfalls.map((p) => `${p.text} ${p.handling ?? ""}`),
    ...(capture.cautions ?? []).map((c) => c.text),
    capture.definitionOfDone ?? "",
    ...capture.tools.map((t) => t.name),
  ];
  const defined = new Set((capture.definitions ?? []).map((d) => d.term));
  return findAcronyms(texts).filter(({ term }) => !defined.has(term));
}

/** Acronyms in the texts that no reader can be assumed to know and the texts do not spell out, each with where it first appears. */
export function findAcronyms(
  texts: string[],
): { term: string; context: string }[] {
  const found = new Map<string, string>();
  for (const text of texts) {
    const tokens = text.split(/[\s/]+/);
    for (const [i, token] of tokens.entries()) {
      const word = trimToWord(token);
      const short = isShortForm(word, tokens[i - 1]);
      if (!short && (!ACRONYM.test(word) || ROMAN.test(word))) continue;
      const term =
        /[A-Z]s$/.test(word) && word.length > 2 ? word.slice(0, -1) : word;
      if (COMMON.has(term) || found.has(term)) continue;
      if (spelledOut(term, texts)) continue;
      found.set(term, text);
    }
  }
  return [...found].map(([term, context]) => ({ term, context }));
}

// Capitalised two-letter words that are English or a name, not a short form.
const TWO_LETTER_WORDS = new Set(
  "An As At Be By Do Go He Hi If In Is It Me My No Of Oh Ok On Or So To Up Us We Mr Dr St Ms Jo Al Ed Mo".split(
    " ",
  ),
);

/** "positive control Ct between 25 and 30": a capital and a small letter after a lower-case word is a unit or short form (Ct, Cq, Tm). */
function isShortForm(word: string, before: string | undefined): boolean {
  return (
    /^[A-Z][a-z]$/.test(word) &&
    !TWO_LETTER_WORDS.has(word) &&
    /[a-z0-9]$/.test(before ?? "")
  );
}

/** "Medication Administration Record (MAR)" or "MAR (Medication Administration Record)": defined in the text. */
function spelledOut(term: string, texts: string[]): boolean {
  const initials = term.toLowerCase();
  return texts.some((text) => {
    for (
      let at = text.indexOf(term);
      at >= 0;
      at = text.indexOf(term, at + 1)
    ) {
      const after = /^\s*\(([^()]{3,80})\)/.exec(
        text.slice(at + term.length),
      )?.[1];
      if (after !== undefined && initialsOf(after) === initials) return true;
      const before = text.slice(Math.max(0, at - 80), at);
      const open = before.lastIndexOf("(");
      if (
        open >= 0 &&
        before.endsWith("(") &&
        initialsOf(
          before.slice(0, open).split(/\s+/).slice(-term.length).join(" "),
        ) === initials
      )
        return true;
    }
    return false;
  });
}

function initialsOf(words: string): string {
  return words
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toLowerCase())
    .join("");
}
