import type { Answer, Question } from "./capture-schema.js";
import { parseAnswers } from "./parse-answers.js";
import { quoteText } from "./quote-text.js";

// "3 - …", "3 – …": a number with a dash, the way people also number answers.
const DASH_KEY = /^(\s*)(\d{1,6}) ?[-–—] /;
// "3. …", "3) …", "3: …" at the start of a line.
const NUMBER_KEY = /^\s*(\d{1,6})[.):](?:\s|$)/;

/**
 * An operator's comment checked before it changes anything: answers to open
 * questions are kept; a number that is not an open question, and a number
 * answered twice in one comment, are left out and explained in `unused`
 * (never appended to the answer above them). A numbered list inside an
 * answer (1., 2., …) stays part of that answer.
 */
export function checkAnswers(input: {
  text: string;
  open: Question[];
  /** The next question number the capture would give: below it, a missing number was answered already. */
  nextId: number;
}): { answers: Answer[]; unused: string[] } {
  const openIds = new Set(input.open.map((q) => q.id));
  const unused: string[] = [];
  const segments: { id: number | null; lines: string[] }[] = [
    { id: null, lines: [] },
  ];
  const seen = new Map<number, number>();
  let inner = 0;
  for (const raw of input.text.split("\n")) {
    const current = segments.at(-1) as { lines: string[] };
    const line = raw.replace(DASH_KEY, "$1$2. ");
    const match = NUMBER_KEY.exec(line);
    const id = match ? Number(match[1]) : null;
    if (id === null) {
      current.lines.push(raw);
      continue;
    }
    // 1., 2., 3. under an answer are that answer's own list.
    if (inner > 0 ? id === inner + 1 : id === 1 && !openIds.has(1)) {
      inner = id;
      current.lines.push(raw);
      continue;
    }
    if (openIds.has(id)) {
      seen.set(id, (seen.get(id) ?? 0) + 1);
      inner = 0;
      segments.push({ id, lines: [line.replace(NUMBER_KEY, "")] });
      continue;
    }
    unused.push(
      `"${quoteText(raw, 80)}": ${id < input.nextId ? `question ${id} is not open (it was answered already)` : `there is no question ${id}`}`,
    );
  }
  const twice = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  for (const id of twice)
    unused.push(
      `question ${id} was answered ${seen.get(id)} times in one comment: none of them was used, answer it once`,
    );
  // Within a segment the other key forms ("Q3:", "#3") and skipped lines are read as before.
  const answers = segments
    .flatMap((segment) =>
      parseAnswers({ text: segment.lines.join("\n"), open: [] }).map((a) => ({
        questionId: a.questionId ?? segment.id,
        text: a.text,
      })),
    )
    .filter((a) => a.questionId === null || !twice.includes(a.questionId));
  return { answers, unused };
}
