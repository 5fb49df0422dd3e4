import { trimEnd } from "../trim-end.js";
import type { Word } from "./language.js";
import { CLAUSE_EDGES } from "./trim-chars.js";
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
  let depth = 0;
  let clauseStart = 0;
  let subordinate = SUBORDINATOR.test(words[0]?.text ?? "");
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === undefined) continue;
    if (word.text === "(") depth++;
    if (word.text === ")") depth = Math.max(0, depth - 1);
    if (depth > 0 || i === 0 || !JOINERS.has(word.text.toLowerCase())) continue;
    let next = i + 1;
    while (SKIPPED.has(words[next]?.text.toLowerCase() ?? "")) next++;
    const left = words.slice(clauseStart, i);
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
    const coordinatedSubjects =
      word.text.toLowerCase() === "and" &&
      mentions.some((m) => m.end === i - 1) &&
      mentions.some((m) => m.start === next || m.start === next + 1);
    const startsAction =
      isVerbAt(words, next) ||
      (mentions.some((m) => m.start === next || m.start === next + 1) &&
        subjectVerb(words, mentions, next));
    const hasObject = left.slice(1).some((w) => OBJECT_POS.has(w.pos));
    const hasVerb = left.some(
      (w, j) => w.pos === "AUX" || isVerbAt(words, clauseStart + j),
    );
    const rightWords = words
      .slice(next)
      .filter((w) => w.pos !== "PUNCT").length;
    const cut =
      word.text === ";" ||
      (startsAction &&
        hasObject &&
        hasVerb &&
        !subordinate &&
        !inWord &&
        !coordinatedSubjects &&
        rightWords >= 3);
    if (cut) {
      cuts.push(word.start);
      clauseStart = next;
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
