import { trimEnd } from "../trim-end.js";
import type { Word } from "./language.js";
import { CLAUSE_EDGES } from "./trim-chars.js";
import type { RoleMention } from "./role-mentions.js";
import { roleMentions } from "./role-mentions.js";
import { isVerbAt } from "./verb-at.js";

const OBJECT_POS = new Set(["NOUN", "PROPN", "PRON", "NUM", "ADJ", "X", "SYM"]);
const JOINERS = new Set([",", ";", "and", "then", "-", "—", "–"]);
const SKIPPED = new Set([",", "and", "then", "also"]);
const SUBORDINATOR =
  /^(?:before|after|once|when|whenever|while|until|if|unless|as soon as)$/i;
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
  // Indexed once, so each joiner is judged in constant time: a sentence may be 65,000 characters long.
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  const starts = new Set(byStart.keys());
  const ends = new Set(mentions.map((m) => m.end));
  const wordsFrom = suffixCounts(words);
  let depth = 0;
  let clauseStart = 0;
  let hasObject = false;
  let hasVerb = false;
  let subordinate = SUBORDINATOR.test(words[0]?.text ?? "");
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === undefined) continue;
    if (word.text === "(") depth++;
    if (word.text === ")") depth = Math.max(0, depth - 1);
    const joiner = JOINERS.has(word.text.toLowerCase());
    if (depth > 0 || i === 0 || !joiner) {
      if (i > clauseStart && OBJECT_POS.has(word.pos)) hasObject = true;
      if (word.pos === "AUX" || isVerbAt(words, i)) hasVerb = true;
      continue;
    }
    let next = i + 1;
    while (SKIPPED.has(words[next]?.text.toLowerCase() ?? "")) next++;
    // "Before breaking the seal, check…": a clause that opens with a subordinator runs on to its main clause.
    if (subordinate && word.text === ",") {
      subordinate = false;
      continue;
    }
    // "under-counter": a hyphen inside a word joins, it does not cut.
    const inWord = word.text === "-" && words[i - 1]?.end === word.start;
    const conditionFollows =
      [";", "-", "—", "–"].includes(word.text) &&
      /^(?:if|when|unless)$/i.test(words[next]?.text ?? "");
    if (conditionFollows && !inWord) {
      // The condition takes the rest of the sentence: its consequence follows it.
      cuts.push(word.start);
      break;
    }
    const roleNext = starts.has(next) || starts.has(next + 1);
    const coordinatedSubjects =
      word.text.toLowerCase() === "and" && ends.has(i - 1) && roleNext;
    const startsAction =
      isVerbAt(words, next) || (roleNext && subjectVerb(words, byStart, next));
    const cut =
      word.text === ";" ||
      (startsAction &&
        hasObject &&
        hasVerb &&
        !subordinate &&
        !inWord &&
        !coordinatedSubjects &&
        (wordsFrom[next] ?? 0) >= 3);
    if (cut) {
      cuts.push(word.start);
      clauseStart = next;
      hasObject = false;
      hasVerb = false;
      subordinate = SUBORDINATOR.test(words[next]?.text ?? "");
    }
  }
  const clauses: string[] = [];
  let from = 0;
  for (const cut of [...cuts, sentence.length]) {
    const clause = trimEnd(
      sentence.slice(from, cut).replace(LEAD, ""),
      CLAUSE_EDGES,
    ).trim();
    if (/[\p{L}\p{N}]/u.test(clause)) clauses.push(clause);
    from = cut;
  }
  return clauses;
}

// "the clerk scans": a role, then its verb.
function subjectVerb(
  words: Word[],
  mentions: Map<number, RoleMention>,
  at: number,
): boolean {
  const mention = mentions.get(at) ?? mentions.get(at + 1);
  if (mention === undefined) return false;
  const after = words[mention.end + 1];
  return (
    after !== undefined &&
    (after.pos === "VERB" ||
      after.pos === "AUX" ||
      isVerbAt(words, mention.end + 1))
  );
}

/** For each index, how many words (not punctuation) stand from there to the end. */
function suffixCounts(words: Word[]): number[] {
  const counts = new Array<number>(words.length + 1).fill(0);
  for (let i = words.length - 1; i >= 0; i--)
    counts[i] = (counts[i + 1] ?? 0) + (words[i]?.pos === "PUNCT" ? 0 : 1);
  return counts;
}
