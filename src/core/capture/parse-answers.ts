import type { Answer, Question } from "./capture-schema.js";
import { collapseSpaces } from "./collapse-spaces.js";
import { sanitizeText } from "./sanitize-text.js";

// Each pattern matches a key only; the answer is the rest of the line, trimmed, so no
// quantifier here can trade spaces with the answer's text.
// "Q1: …", "Question 1 - …", "Answer 1: …", "A1: …", "#1 …": always a key.
const STRONG_KEY =
  /^\s*(?:\*\*)?(?:(?:q|question|answer)\s*(?:#\s*)?(\d{1,6})|a(\d{1,6})(?=\s*[:.)]))(?:\*\*)?(?:\s*[:.)\-—–](?:\*\*)?)?/i;
const HASH_KEY = /^\s*#(\d{1,6})(?![\d\p{L}])(?:\s*[:.)\-—–])?/u;
// "1. …", "1) …", "1: …": a key only when an open question has that number, so a
// numbered list inside an answer stays part of the answer.
const NUMBER_KEY = /^\s*(?:\*\*)?(\d{1,6})(?:\*\*)?[.):](?:\*\*)?(?=\s|$)/;
const SKIPPED = /^\s*(?:>|\/sop\b)/;

/**
 * Reads an operator's comment as answers to numbered questions. Lines before
 * the first key form one unkeyed answer (questionId null); quoted lines and
 * `/sop` commands are not answers.
 */
export function parseAnswers(input: {
  text: string;
  open: Question[];
}): Answer[] {
  const openIds = new Set(input.open.map((q) => q.id));
  const texts = new Map<number | null, string[]>([[null, []]]);
  let current: string[] = texts.get(null) ?? [];
  for (const line of collapseSpaces(sanitizeText(input.text)).split("\n")) {
    if (SKIPPED.test(line)) continue;
    const key = keyOf(line, openIds);
    if (key === null) {
      current.push(line);
      continue;
    }
    current = texts.get(key.id) ?? [];
    texts.set(key.id, current);
    if (current.length > 0) current.push("");
    current.push(key.rest);
  }
  return [...texts]
    .map(([questionId, lines]) => ({
      questionId,
      text: lines.join("\n").trim(),
    }))
    .filter((a) => a.text !== "");
}

function keyOf(
  line: string,
  openIds: Set<number>,
): { id: number; rest: string } | null {
  const rest = (m: RegExpExecArray): string => line.slice(m[0].length).trim();
  const strong = STRONG_KEY.exec(line);
  if (strong !== null)
    return { id: Number(strong[1] ?? strong[2]), rest: rest(strong) };
  const hash = HASH_KEY.exec(line);
  if (hash !== null) return { id: Number(hash[1]), rest: rest(hash) };
  const numbered = NUMBER_KEY.exec(line);
  const id = Number(numbered?.[1]);
  return numbered !== null && openIds.has(id)
    ? { id, rest: rest(numbered) }
    : null;
}
