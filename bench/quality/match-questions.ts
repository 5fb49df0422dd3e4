import type { Question } from "../../src/core/capture/capture-schema.js";
import type { Ask, Expect } from "./corpus-expect.js";

export interface QuestionScore {
  /** Gaps of `ask` that got a question. */
  needed: number;
  neededTotal: number;
  /** Questions about something stated (`not_ask`), or a second question about the same thing. */
  redundant: Question[];
  /** Questions about no gap the expectations name. */
  other: Question[];
  /** Each question with the gap it asks about, to answer it. */
  matched: { question: Question; ask: Ask }[];
  /** Gaps nobody asked about. */
  missed: Ask[];
}

/** Whether `phrase` stands in `text` as whole words; an all-capitals phrase must match its case. */
export function mentions(text: string, phrase: string): boolean {
  const exact = phrase === phrase.toUpperCase() && /\p{Lu}/u.test(phrase);
  const [hay, needle] = exact
    ? [text, phrase]
    : [text.toLowerCase(), phrase.toLowerCase()];
  const word = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);
  for (
    let at = hay.indexOf(needle);
    at >= 0;
    at = hay.indexOf(needle, at + 1)
  ) {
    const edgeBefore = !word(needle.charAt(0)) || !word(hay.charAt(at - 1));
    const last = needle.charAt(needle.length - 1);
    const edgeAfter = !word(last) || !word(hay.charAt(at + needle.length));
    if (edgeBefore && edgeAfter) return true;
  }
  return false;
}

function asksAbout(question: Question, match: string): boolean {
  if (match.startsWith("about:")) return question.about === match.slice(6);
  return mentions(question.text, match);
}

/** Sorts the capture's questions into the gaps they ask about, stated things asked again, and others. */
export function matchQuestions(
  questions: Question[],
  expect: Expect,
): QuestionScore {
  const taken = new Set<Ask>();
  const score: QuestionScore = {
    needed: 0,
    neededTotal: expect.ask.length,
    redundant: [],
    other: [],
    matched: [],
    missed: [],
  };
  for (const question of questions) {
    const stated = expect.not_ask.some((n) =>
      "about" in n
        ? question.about === n.about
        : mentions(question.text, n.text),
    );
    const ask = expect.ask.find(
      (a) => !taken.has(a) && a.match.some((m) => asksAbout(question, m)),
    );
    const twice = questions.some(
      (q) => q !== question && q.id < question.id && q.about === question.about,
    );
    if (stated || twice) score.redundant.push(question);
    else if (ask === undefined) score.other.push(question);
    else {
      taken.add(ask);
      score.matched.push({ question, ask });
    }
  }
  score.needed = taken.size;
  score.missed = expect.ask.filter((a) => !taken.has(a));
  return score;
}
