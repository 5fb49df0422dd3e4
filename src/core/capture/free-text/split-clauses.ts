import type { Word } from "./language.js";
import { roleMentions } from "./role-mentions.js";
import { isVerbAt } from "./verb-at.js";

const OBJECT_POS = new Set(["NOUN", "PROPN", "PRON", "NUM", "ADJ", "X", "SYM"]);
const LEAD = /^(?:[\s,;:—–-]|and\b|then\b|also\b)+/i;

/**
 * One action per clause: cuts a sentence at "; ", and at ", " / " and " /
 * " then " / " - " where a new instruction or a new "<role> <verb>" starts
 * — never inside brackets, and never between verbs that share one object
 * ("sweep and mop the floor", "wrap, label and date everything").
 */
export function splitClauses(sentence: string, words: Word[]): string[] {
  const cuts: number[] = [];
  const mentions = roleMentions(words, sentence);
  let depth = 0;
  let clauseStart = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === undefined) continue;
    if (word.text === "(") depth++;
    if (word.text === ")") depth = Math.max(0, depth - 1);
    if (depth > 0 || i === 0) continue;
    const joiner = [",", ";", "and", "then", "-", "—", "–"].includes(
      word.text.toLowerCase(),
    );
    if (!joiner) continue;
    let next = i + 1;
    while (
      [",", "and", "then", "also"].includes(
        words[next]?.text.toLowerCase() ?? "",
      )
    )
      next++;
    const startsAction =
      isVerbAt(words, next) ||
      (mentions.some((m) => m.start === next || m.start === next + 1) &&
        subjectVerb(words, mentions, next));
    const hasObject = words
      .slice(clauseStart + 1, i)
      .some((w) => OBJECT_POS.has(w.pos));
    if (word.text === ";" || (startsAction && hasObject)) {
      cuts.push(word.start);
      clauseStart = next;
    }
  }
  const clauses: string[] = [];
  let from = 0;
  for (const cut of [...cuts, sentence.length]) {
    const clause = sentence
      .slice(from, cut)
      .replace(LEAD, "")
      .replace(/[\s,;:—–-]+$/, "")
      .trim();
    if (/[\p{L}\p{N}]/u.test(clause)) clauses.push(clause);
    from = cut;
  }
  return clauses;
}

// "the clerk scans": a role, then its verb.
function subjectVerb(
  words: Word[],
  mentions: ReturnType<typeof roleMentions>,
  at: number,
): boolean {
  const mention = mentions.find((m) => m.start === at || m.start === at + 1);
  if (mention === undefined) return false;
  const after = words[mention.end + 1];
  return (
    after !== undefined &&
    (after.pos === "VERB" ||
      after.pos === "AUX" ||
      isVerbAt(words, mention.end + 1))
  );
}
